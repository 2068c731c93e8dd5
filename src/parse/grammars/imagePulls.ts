// docker's refusal of a pull from a private ECR repository when nothing more came back: `pull
// access denied for <account>.dkr.ecr.<region>.amazonaws.com/<repo>, repository does not exist or
// may require 'docker login'`, alone or with a bare `: denied`. ECS relays it in its stopped reason
// (`CannotPullContainerError: …`) when the task execution role could not get a token or read the
// image. The registry host makes it ECR's; a reason after `denied:` is another rule's (the IAM
// sentence, an expired token) or Docker Hub's (`requested access to the resource is denied`).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** A space between two words, or the wrap a page or console put there. */
const GAP = String.raw`(?:[ \t]*\r?\n[ \t]*|[ \t]+)`

/** A private ECR image reference, the account or Region possibly masked (`***`, `<ACCID>`). */
const ECR_IMAGE = String.raw`[^\s,/]*\.dkr\.ecr\.[^\s,/]+\.amazonaws\.com(?:\.cn)?\/[^\s,]+`

const WORDS = ['repository', 'does', 'not', 'exist', 'or', 'may', 'require', "'docker", "login'"]

/** A credentials failure said in the same log is what the pull met (see the expired-token rule). */
const LOGIN_FAILURE = /[Tt]oken has expired|no basic auth credentials/

export const imagePullRules: PhraseRule[] = [
  {
    id: 'docker-ecr-pull-denied',
    rule: 'WD803',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['pull access denied'],
    re: new RegExp(
      String.raw`pull access denied for${GAP}(${ECR_IMAGE}),${GAP}` +
        WORDS.join(GAP) +
        // Nothing after, or a bare `: denied` that names no reason.
        String.raw`(?!:[ \t]*denied:)(?::[ \t]*denied\b(?![:\w]))?`,
      'g'
    ),
    when: (text) => !LOGIN_FAILURE.test(text),
    facts: (m, d) => {
      d.service = 'ecr'
      d.detail.url = m[1]!
    }
  }
]
