// docker's refusal of a pull from a private ECR repository when nothing more came back: `pull
// access denied for <account>.dkr.ecr.<region>.amazonaws.com/<repo>, repository does not exist or
// may require 'docker login'`, alone or with a bare `: denied`. ECS relays it in its stopped reason
// (`CannotPullContainerError: …`) when the task execution role could not get a token or read the
// image. The registry host makes it ECR's; a reason after `denied:` is another rule's (the IAM
// sentence, an expired token) or Docker Hub's (`requested access to the resource is denied`).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'
import { ECR_HOST, otherHostOnLine, otherRegistryShown } from '../registryHosts.js'

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
      // Not after the daemon's status 404 (ECS's `CannotPullContainerError: API error (404): pull
      // access denied for …`): the repository is not there, whoever asks (not-found).
      String.raw`(?<!\(404\):[ \t]{0,4})pull access denied for${GAP}(${ECR_IMAGE}),${GAP}` +
        WORDS.join(GAP) +
        // Nothing after, or a bare `: denied` that names no reason.
        String.raw`(?!:[ \t]*denied:)(?::[ \t]*denied\b(?![:\w]))?`,
      'g'
    ),
    when: (text) => !LOGIN_FAILURE.test(text),
    facts: (m, d) => {
      d.service = 'ecr'
      d.detail.url = m[1]!
      // ECS relaying it for a task (its stopped reason): the task execution role pulled.
      if (/\bCannotPullContainerError\b/.test(m.input)) d.detail.relayedBy = 'ecs'
    }
  },
  {
    // docker push refused by ECR, which answers a 403 with no body docker could read (`error
    // parsing HTTP 403 response body: unexpected end of JSON input: ""`; a push without
    // ecr:BatchCheckLayerAvailability, aws/aws-dotnet-deploy#474). A 403 is a refusal: ECR's when
    // its host is shown, nobody's in particular without one, and not AWS's when the log names
    // another registry.
    id: 'registry-403-empty-body',
    rule: 'WD845',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    // Docker before 1.10 left the status out (`Error parsing HTTP response: unexpected end of JSON
    // input: ""`, moby/moby#19010): ECR's only with its host shown.
    needs: ['error parsing HTTP 403 response body: ', 'Error parsing HTTP response: '],
    re: /\berror parsing HTTP 403 response body: unexpected end of JSON input: ""|\bError parsing HTTP response: unexpected end of JSON input: ""/g,
    accept: (m) =>
      !otherHostOnLine(m) &&
      !otherRegistryShown(m.input) &&
      (m[0].includes('403') || ECR_HOST.test(m.input)),
    facts: (m, d, ctx) => {
      if (ctx.ecrRegistry || ECR_HOST.test(m.input)) d.service = 'ecr'
    }
  }
]
