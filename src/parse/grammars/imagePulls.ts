// docker's refusal of a pull from a private ECR repository when nothing more came back: `pull
// access denied for <account>.dkr.ecr.<region>.amazonaws.com/<repo>, repository does not exist or
// may require 'docker login'`, alone or with a bare `: denied`. ECS relays it in its stopped reason
// (`CannotPullContainerError: …`) when the task execution role could not get a token or read the
// image. The registry host makes it ECR's; a reason after `denied:` is another rule's (the IAM
// sentence, an expired token) or Docker Hub's (`requested access to the resource is denied`).
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'
import {
  ECR_HOST,
  PUSH_TARGET_SOURCE,
  otherHostOnLine,
  otherRegistryShown
} from '../registryHosts.js'

/** A space between two words, or the wrap a page or console put there. */
const GAP = String.raw`(?:[ \t]*\r?\n[ \t]*|[ \t]+)`

/** A private ECR image reference, the account or Region possibly masked (`***`, `<ACCID>`). */
// The registry's account as printed, or a writer's mask with spaces inside (`*censored id number
// here*.dkr.ecr.…`, kalrish/aws-csgo#6; `<account id>`, `[account]`).
const ECR_IMAGE = String.raw`(?:\*[\w ]{1,40}\*|<[\w ]{1,40}>|\[[\w ]{1,40}\]|[^\s,/]*)\.dkr\.ecr\.[^\s,/]+\.amazonaws\.com(?:\.cn)?\/[^\s,]+`

const WORDS = ['repository', 'does', 'not', 'exist', 'or', 'may', 'require', "'docker", "login'"]

/** A credentials failure said in the same log is what the pull met (see the expired-token rule). */
const LOGIN_FAILURE = /[Tt]oken has expired|no basic auth credentials/

/** An S3 endpoint of AWS's (`bucket.s3-eu-west-1.amazonaws.com`, `s3.amazonaws.com/bucket`). */
const S3_HOST_SHOWN =
  /\bhttps?:\/\/(?:[\w.-]+\.)?s3(?:[.-][\w-]+)*\.amazonaws\.com(?:\.cn)?(?=[/:\s"']|$)/

/** The registry host docker said it pushes to or pulls from (`[host:port/…]`, `docker push host/…`). */
const REGISTRY_TARGET = new RegExp(
  String.raw`${PUSH_TARGET_SOURCE}|\bdocker(?:[ \t]+-{1,2}[\w-]+)*[ \t]+(?:push|pull)[ \t]+(?:-{1,2}[\w-]+[ \t]+)*([^\s/]+)\/`,
  'g'
)

/** The record shows docker pushing to or pulling from a registry host that is not ECR. */
function otherRegistryTarget(text: string): boolean {
  for (const m of text.matchAll(REGISTRY_TARGET)) {
    const host = (m[1] ?? m[2])!
    // A host has a dot or a port (`localhost:5000`); `library/…` and `user/…` are Docker Hub names.
    if (/[.:]/.test(host) && !ECR_HOST.test(host)) return true
  }
  return false
}

export const imagePullRules: PhraseRule[] = [
  {
    // ECR Public answering a pull with a bare 403 (Helm's `unexpected status from HEAD request to
    // https://public.ecr.aws/v2/…/manifests/v0.1.1: 403 Forbidden`, aws-samples/eks-workshop-v2#704).
    // Public images need no login: the 403 is a stale ECR Public token the client still sends
    // (the trap ecr-public-stale-login).
    id: 'ecr-public-forbidden',
    rule: 'WD7055',
    kind: 'denial',
    priority: PRIORITY.message,
    // BuildKit names the host, not the URL (`pulling from host public.ecr.aws failed with status
    // code [manifests 22.04_stable]: 403 Forbidden`, aws-samples/amazon-eks-machine-learning-with-
    // terraform-and-kubeflow#69).
    needs: ['public.ecr.aws/v2/', 'pulling from host public.ecr.aws'],
    re: /\bhttps:\/\/public\.ecr\.aws\/v2\/[^\s"']{1,300}?["']?:[ \t]*403 Forbidden\b|\bpulling from host public\.ecr\.aws failed with status code \[manifests [^\]\n]{1,128}\]: 403 Forbidden\b/g,
    facts: (_m, d) => {
      d.service = 'ecr-public'
    }
  },
  {
    // ECR Public's registry API refusing a request with its JSON error (`{"errors":[{"code":
    // "DENIED","message":"Not Authorized"}]}`, escaped in a controller's log, a tag listing of
    // public.ecr.aws/opensearchproject/opensearch, jetstack/version-checker#122). Public images
    // need no login: a stale or wrong ECR Public token was sent (the trap ecr-public-stale-login).
    id: 'ecr-public-denied-body',
    rule: 'WD7131',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['"DENIED'],
    re: /\{\\?"errors\\?":\[\{\\?"code\\?":\\?"(DENIED)\\?",\\?"message\\?":\\?"Not Authorized\\?"/g,
    // ECR Public's host in the record: the same body from a private ECR host is WD759's 401.
    when: (text) => text.includes('public.ecr.aws'),
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 'ecr-public'
    }
  },
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
    // ECR's refusal cut after its caller (`… may require 'docker login': denied: User:
    // arn:aws:sts::131992011433` and the line ends: a console or a build report cut the message,
    // awslabs/aws-codebuild-jenkins-plugin#106). The ECR host before it makes it ECR's; what the
    // caller was refused is not printed.
    id: 'ecr-denied-caller-cut',
    rule: 'WD7077',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['denied: User: arn:'],
    re: /\bdenied: User: (arn:aws[\w-]*:(?:sts|iam)::[^\s`'"]{0,400}?)[`'"]?[ \t]*$/gm,
    when: (text) => /\.dkr\.ecr\./.test(text),
    facts: (m, d) => {
      d.service = 'ecr'
      d.principal = m[1]!
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
    // A registry that keeps its layers in S3 (GitLab's, a self-hosted distribution) relays S3's
    // own 403 when S3 refuses the blob request it redirected docker to: the record shows the S3
    // host that answered (gitlab-org/gitlab-ce#19356's capture: `http://bucket.s3-eu-west-1.
    // amazonaws.com/docker/registry/v2/blobs/…`), a bare S3 refusal whatever registry it was.
    // Without it, a push or pull to another registry's host (`The push refers to repository
    // [gitlab.example.com:4567/…]`, `docker push gitlab.example.com:4567/…`, gitlab-ce#19963) is
    // that registry's 403.
    // The push's own target, named above its layers' lines however many (h128-094: Azure's), says
    // the same from the scan's context.
    when: (text, ctx) =>
      !ctx.pushTarget || ECR_HOST.test(ctx.pushTarget) || S3_HOST_SHOWN.test(text),
    accept: (m) =>
      S3_HOST_SHOWN.test(m.input) ||
      (!otherHostOnLine(m) &&
        !otherRegistryShown(m.input) &&
        !otherRegistryTarget(m.input) &&
        (m[0].includes('403') || ECR_HOST.test(m.input))),
    facts: (m, d, ctx) => {
      if (ctx.ecrRegistry || ECR_HOST.test(m.input)) d.service = 'ecr'
      else if (S3_HOST_SHOWN.test(m.input)) d.service = 's3'
    }
  }
]
