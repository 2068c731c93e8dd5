// Who made a session, as far as the log tells: advice about changing how a session is created
// names configure-aws-credentials only for sessions it made (its default session name, or a web
// identity exchange), and the STS call's parameters for any other broker.
import type { Denial } from './Denial.js'
import type { Inferred } from './Inferred.js'

/** The log shows GitHub Actions or configure-aws-credentials (src/infer/contextSignals.ts). */
const ciShown = (d: { inferred?: Inferred }): boolean =>
  d.inferred?.signals?.['ci-evidence'] !== undefined

/** True when aws-actions/configure-aws-credentials made the denied session. */
export function madeByConfigureAwsCredentials(
  d: Pick<Denial, 'principal' | 'action' | 'operation' | 'kind'>
): boolean {
  if (d.kind === 'oidc') return true
  if (/AssumeRoleWithWebIdentity/i.test(`${d.action ?? ''} ${d.operation ?? ''}`)) return true
  // Its default role-session-name; a caller may set another, which we then cannot attribute.
  const session = /:assumed-role\/[^/]+\/(.+)$/.exec(d.principal ?? '')?.[1]
  return session !== undefined && /^GitHubActions/.test(session)
}

/** Where a session policy is set, for the session this denial names. */
export function sessionPolicySource(
  d: Pick<Denial, 'principal' | 'action' | 'operation' | 'kind'>
): string {
  return madeByConfigureAwsCredentials(d)
    ? 'the `inline-session-policy` / `managed-session-policies` inputs of aws-actions/configure-aws-credentials'
    : 'the `Policy` / `PolicyArns` parameters of the call that created the session (AssumeRole, AssumeRoleWithWebIdentity, AssumeRoleWithSAML or GetFederationToken)'
}

/** Where to look when the credentials behind a denial are the problem. */
export function credentialsCheck(
  d: Pick<Denial, 'principal' | 'action' | 'operation' | 'kind'> & { inferred?: Inferred }
): string {
  const user = /:user\/(?:.*\/)?([^/]+)$/.exec(d.principal ?? '')?.[1]
  if (user) {
    return `Check the access key the job uses for IAM user ${user} (the secret holding AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, and its status in \`aws iam list-access-keys --user-name ${user.replace(/[`'"$\\]/g, '')}\`).`
  }
  const checks =
    'region, environment variables, session duration against the job length, clock skew'
  if (madeByConfigureAwsCredentials(d) || (d.principal === null && ciShown(d))) {
    return `Check how the job obtains credentials (the configure-aws-credentials step, its role-to-assume and ${checks}).`
  }
  // No sign of GitHub Actions (a Docker pull, an application, a server): its own credential chain.
  if (d.principal === null) {
    return `Check where the failing program gets its credentials (environment variables, profile, instance or task role) and the ${checks}.`
  }
  return `Check how the job obtains credentials (whatever created this session, the role it assumes, ${checks}).`
}
