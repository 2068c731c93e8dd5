// One rule per cause: the title, the explanation and where the fix goes. Prose only; the doctor
// (doctor.ts) decides the cause. Values from the token or STS are put in `backticks`, which
// every renderer shows as code (escaped), never as Markdown.
import type { FixOwner, FixTargetKind } from '../model/FixTarget.js'
import type { OidcCause } from '../model/Oidc.js'

export interface CauseFacts {
  roleArn: string
  roleName: string | null
  account: string | null
  sub: string | null
  aud: string | null
  audience: string
  stsMessage: string | null
  /** Why the ID token could not be had or read, when that is what failed. */
  tokenProblem: string | null
  durationSeconds: number | null
  forkRepository: string | null
  /** The trust policy was evaluated and accepts the claims. */
  policyAccepts: boolean
  mismatchCount: number
}

export interface CauseRule {
  title(f: CauseFacts): string
  explanation(f: CauseFacts): string
  target: { kind: FixTargetKind; owner: FixOwner; description(f: CauseFacts): string }
  /** Whether the role's trust statement for the presented claims is part of the fix. */
  trustRemedy: boolean
}

// Backticks inside a value would end our code span: they never occur in these values legitimately.
export const tick = (s: string | null | undefined): string => `\`${(s ?? '').replace(/`/g, "'")}\``

const sub = (f: CauseFacts) => (f.sub ? ` (sub ${tick(f.sub)})` : '')
const role = (f: CauseFacts) => tick(f.roleArn || '(empty)')
const stsSaid = (f: CauseFacts) => (f.stsMessage ? ` STS answered ${tick(f.stsMessage)}.` : '')
const inAccount = (f: CauseFacts) => (f.account ? `account ${f.account}` : "the role's account")

const WORKFLOW_TARGET = {
  kind: 'workflow' as const,
  owner: 'you' as const,
  description: () => 'the workflow: the job must be able to get an ID token'
}

export const CAUSES: Record<OidcCause, CauseRule> = {
  'no-id-token-permission': {
    title: () => 'The job has no OIDC token: it lacks `permissions: id-token: write`',
    explanation: () =>
      'GitHub gave this job no ID token (`ACTIONS_ID_TOKEN_REQUEST_URL` is not set), so configure-aws-credentials could not use OIDC; it then reports `Could not load credentials from any providers` after asking whether you meant to set the `id-token` permission. Add `id-token: write` under `permissions:` of the job (or the workflow). Setting `permissions:` drops every permission not listed, so keep `contents: read` too.',
    target: WORKFLOW_TARGET,
    trustRemedy: false
  },
  'fork-pull-request': {
    title: (f) =>
      `Pull requests from forks get no OIDC token${f.forkRepository ? ` (this one comes from ${tick(f.forkRepository)})` : ''}`,
    explanation: () =>
      "GitHub never gives a pull request from a fork an ID token, whatever `permissions:` says: code from outside the repository must not be able to assume your AWS roles. Skip the AWS steps for forks (`if: github.event.pull_request.head.repo.full_name == github.repository`), or run them after review from a separate `workflow_run` workflow that does not check out the fork's code.",
    target: WORKFLOW_TARGET,
    trustRemedy: false
  },
  'no-oidc-provider': {
    title: (f) => `No IAM OIDC provider for GitHub in ${inAccount(f)}`,
    explanation: (f) =>
      `STS looked for the IAM OIDC identity provider of GitHub's token issuer in the account of role ${role(f)} and found none.${stsSaid(f)} Create the provider with the audience \`${f.audience.replace(/`/g, "'")}\` (below); the role's trust policy must then name it as its Federated principal. A role ARN with the wrong account number gives the same answer.`,
    target: {
      kind: 'identity-provider',
      owner: 'you',
      description: (f) => `the IAM OIDC identity providers of ${inAccount(f)}`
    },
    trustRemedy: true
  },
  audience: {
    title: (f) => `The token's audience ${tick(f.aud)} is not one the OIDC provider accepts`,
    explanation: (f) =>
      `STS rejected the token's \`aud\` claim (${tick(f.aud)}): it is not in the client-id list of the IAM OIDC provider in ${inAccount(f)}.${stsSaid(f)} configure-aws-credentials requests \`sts.amazonaws.com\` unless its \`audience\` input says otherwise; use the audience the provider lists, or add this one to it.`,
    target: {
      kind: 'identity-provider',
      owner: 'you',
      description: (f) => `the audiences (client ids) of the IAM OIDC provider in ${inAccount(f)}`
    },
    trustRemedy: true
  },
  thumbprint: {
    title: () => "STS could not verify the token with GitHub's signing keys",
    explanation: (f) =>
      `STS could not fetch or trust the keys that sign GitHub's tokens.${stsSaid(f)} This is usually transient (GitHub or AWS having a bad minute): re-run the job. If it keeps failing, check that the provider's URL is exactly \`https://token.actions.githubusercontent.com\`` +
      // Only STS's thumbprint wording points at the thumbprint: GitHub's certificate is checked
      // against AWS's trusted CAs, and a key STS could not fetch is no thumbprint's fault (h15-100).
      (/thumbprint/i.test(f.stsMessage ?? '')
        ? ' and refresh its thumbprint list (`aws iam update-open-id-connect-provider-thumbprint`).'
        : "; the provider's thumbprint is not what failed (AWS checks GitHub's certificate against its own trusted CAs)."),
    target: {
      kind: 'identity-provider',
      owner: 'you',
      description: (f) => `the IAM OIDC provider in ${inAccount(f)}`
    },
    trustRemedy: false
  },
  'invalid-role-arn': {
    title: (f) => `role-to-assume ${role(f)} is not a valid role ARN`,
    explanation: (f) =>
      `A role ARN has the form \`arn:aws:iam::ACCOUNT_ID:role/NAME\`.${stsSaid(f)} A secret that is empty, unset in this context (secrets are not passed to pull requests from forks or to Dependabot), or holds a trailing space or line break gives the same error.`,
    target: {
      kind: 'workflow',
      owner: 'you',
      description: () => 'the `role-to-assume` input of configure-aws-credentials'
    },
    trustRemedy: false
  },
  'session-duration': {
    title: (f) =>
      `The requested session duration${f.durationSeconds ? ` (${f.durationSeconds} s)` : ''} is over the role's maximum`,
    explanation: (f) =>
      `STS refused the DurationSeconds of the request.${stsSaid(f)} A role allows one hour unless its MaxSessionDuration was raised (up to 12 hours). Lower \`role-duration-seconds\`, or raise the role's maximum: \`aws iam update-role --role-name ${(f.roleName ?? 'ROLE_NAME').replace(/`/g, "'")} --max-session-duration 7200\`.`,
    target: {
      kind: 'workflow',
      owner: 'you',
      description: () => "the `role-duration-seconds` input, or the role's MaxSessionDuration"
    },
    trustRemedy: false
  },
  'clock-skew': {
    title: () => 'STS says the token is expired or not yet valid',
    explanation: (f) =>
      `The token's validity window did not include STS's clock.${stsSaid(f)} A self-hosted runner whose clock is wrong, or a token requested long before it was used, causes this: sync the runner's clock (NTP) and re-run.`,
    target: {
      kind: 'workflow',
      owner: 'you',
      description: () => 'the runner (its clock) or the step that requests the token'
    },
    trustRemedy: false
  },
  'trust-policy-mismatch': {
    title: (f) => `The trust policy of ${role(f)} does not accept this run's token${sub(f)}`,
    explanation: (f) =>
      (f.stsMessage
        ? `STS answered ${tick(f.stsMessage)}. It says the same when the trust policy does not match the claims, when the role does not exist, and when the ARN names a role in another account: check the role first (\`aws iam get-role --role-name ${(f.roleName ?? 'ROLE_NAME').replace(/`/g, "'")}\` in ${inAccount(f)}).`
        : 'Checked offline, without calling STS.') +
      (f.mismatchCount > 0
        ? ' The trust policy you gave rejects these claims: see the failed conditions.'
        : f.policyAccepts && f.stsMessage
          ? ' The trust policy you gave accepts these claims, so STS evaluated another document: the role does not exist, is in another account, or its trust policy is not the file you gave.'
          : ' Give whydenied the trust policy (`trust-policy:` input or `--trust-policy`) to see which condition fails.') +
      ' Matching is case-sensitive, a job with `environment:` presents `repo:OWNER/REPO:environment:NAME`, pull requests `repo:OWNER/REPO:pull_request`, and repositories created or renamed after July 2026 present the immutable `repo:OWNER@ID/REPO@ID:...` form.',
    target: {
      kind: 'trust-policy',
      owner: 'you',
      description: (f) => `the trust policy of role ${f.roleName ?? f.roleArn}`
    },
    trustRemedy: true
  },
  assumable: {
    title: (f) => `The role ${role(f)} can be assumed with this job's token`,
    explanation: () =>
      "whydenied assumed the role with this job's token just now, so the earlier failure was elsewhere: compare the failed step's inputs with this step's (`role-to-assume` from a secret that is empty in this context, `audience`, `aws-region`, `role-duration-seconds`), look for a transient error (throttling, an outage) and re-run, or check a later step that chains roles.",
    target: {
      kind: 'workflow',
      owner: 'you',
      description: () => 'the inputs of the failed configure-aws-credentials step'
    },
    trustRemedy: false
  },
  unknown: {
    title: (f) =>
      f.tokenProblem
        ? 'GitHub did not hand out a usable ID token'
        : 'AssumeRoleWithWebIdentity failed for a reason whydenied does not recognise',
    explanation: (f) =>
      f.tokenProblem
        ? `whydenied ${tick(f.tokenProblem)}. The token service may have had a bad minute: re-run the job.`
        : `${stsSaid(f).trim() || 'STS could not be reached or gave no error code.'} Throttling and service outages pass: re-run the job. Otherwise the message names what to fix.`,
    target: {
      kind: 'unknown',
      owner: 'you',
      description: () => 'unknown: see the STS message'
    },
    trustRemedy: false
  }
}
