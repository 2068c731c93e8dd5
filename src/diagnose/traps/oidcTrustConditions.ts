import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

const GITHUB =
  "GitHub's token was valid, but the role's trust policy did not accept it. Usual causes: the " +
  '`token.actions.githubusercontent.com:sub` condition does not match this run (a job with ' +
  '`environment:` presents `repo:OWNER/REPO:environment:NAME`, pull requests present ' +
  '`repo:OWNER/REPO:pull_request`, tags `ref:refs/tags/...`; repositories created or renamed after ' +
  'July 2026 present the immutable `repo:OWNER@ID/REPO@ID:...` form; matching is case-sensitive; ' +
  'a `*` in `sub` needs `StringLike`, not `StringEquals`), ' +
  "the `aud` condition is not `sts.amazonaws.com`, the federated principal names another account's " +
  "OIDC provider, or the role name in `role-to-assume` is wrong. CloudTrail's " +
  '`AssumeRoleWithWebIdentity` event shows the claims GitHub presented.'

/** Advice per token issuer (see parse/webIdentityIssuer.ts); the last one when the log names none. */
const BY_ISSUER: Record<string, string> = {
  github: GITHUB,
  eks:
    "The pod's service-account token was refused by the role's trust policy (IRSA). Usual causes: " +
    "the Federated principal is not this cluster's OIDC provider (`oidc.eks.REGION.amazonaws.com/id/ID`, " +
    'created in this account), the `:sub` condition is not `system:serviceaccount:NAMESPACE:NAME` for ' +
    'this pod (a `*` there needs `StringLike`), `:aud` is not `sts.amazonaws.com`, or the service ' +
    "account's `eks.amazonaws.com/role-arn` annotation names another role than the one meant (without " +
    'the annotation no token is mounted and STS is never asked; pods keep the role they started with ' +
    'until restarted).',
  gitlab:
    "GitLab's ID token was refused by the role's trust policy. For GitLab the trust policy names the " +
    'IAM OIDC provider of the GitLab instance (`gitlab.com`, or your self-managed host, created in ' +
    "this account with the instance's URL as its audience), `:aud` equal to the job's `id_tokens:` " +
    "`aud:` (GitLab's docs use the instance URL, `https://gitlab.com`; `sts.amazonaws.com` only if the " +
    "job asks for it), and `:sub` in GitLab's form " +
    '`project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH` (`ref_type:tag` for tags; a `*` needs ' +
    "`StringLike`), not GitHub's `repo:OWNER/REPO`. A job still sending `CI_JOB_JWT`/`CI_JOB_JWT_V2` " +
    "must move to `id_tokens:` (those variables are gone since GitLab 17.0). CloudTrail's " +
    '`AssumeRoleWithWebIdentity` event shows the claims GitLab presented.',
  cognito:
    "Cognito's token was refused by the role's trust policy: its " +
    '`cognito-identity.amazonaws.com:aud` must be this identity pool and its `amr` condition must match ' +
    '(authenticated or unauthenticated), and the pool must be configured with this role.',
  unknown:
    "The web identity token was refused by the role's trust policy; the log does not show who issued " +
    'it. The trust policy must name that issuer as its Federated OIDC provider (in this account) and ' +
    'match the `aud` and `sub` claims (a `*` in `sub` needs `StringLike`). For GitHub Actions that is ' +
    '`token.actions.githubusercontent.com` with `repo:OWNER/REPO:...`; for EKS, the cluster provider ' +
    "with `system:serviceaccount:NAMESPACE:NAME`. CloudTrail's `AssumeRoleWithWebIdentity` event " +
    'shows the issuer and the claims.'
}

export const oidcTrustConditions: Trap = {
  id: 'oidc-trust-conditions',
  // Not for a second configure-aws-credentials call: that role is not meant to trust the token.
  applies: ({ d, inferred }) =>
    actionIs(d, 'sts:AssumeRoleWithWebIdentity') &&
    inferred?.signals?.['role-chaining'] === undefined,
  advice: ({ d }) => BY_ISSUER[d.detail.webIdentityIssuer ?? ''] ?? BY_ISSUER.unknown!
}
