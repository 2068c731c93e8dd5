// Who made a session, as far as the log tells: advice about changing how a session is created
// names configure-aws-credentials only for sessions it made (its default session name, or a web
// identity exchange), and the STS call's parameters for any other broker.
import type { Denial } from './Denial.js'
import type { Inferred } from './Inferred.js'
import { credentialCause } from './credentialCauses.js'

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

/**
 * What to check of the credentials, by what AWS answered: a clock and a session's length only
 * matter to a request that was signed in time or with a session that ends (an expert review
 * found "session duration, clock skew" beside missing credentials and unknown keys, heldout24
 * review 1). Causes not listed get the whole list.
 */
const CHECKS_BY_CAUSE: Record<string, string> = {
  missing: 'environment variables, profile, instance or task role',
  'imds-error': 'the instance or task role, and whether the program can reach the metadata service',
  expired: 'the session duration against the job length, and when the session was issued',
  'sso-expired': 'the session duration against the job length, and when the session was issued',
  invalid:
    'which access key is sent (deleted, rotated or mistyped; a temporary `ASIA…` key without its session token) and the Region (an opt-in Region not enabled for the account, another partition)',
  'session-token-invalid':
    'the session token sent with the temporary key (from the same session, not cut or left over from another one)',
  signature:
    'the secret key paired with the access key ID (a stray space or newline, an old secret after rotation) and the Region the request is signed for',
  'signature-incomplete': 'how the request is signed (a client or proxy rewriting it)',
  'aurora-no-role':
    "the IAM role associated with the Aurora cluster and the parameter that names it for S3 (not the SQL user's credentials)",
  'credential-source-no-role':
    'the profile in the AWS config file: `credential_source` or `source_profile` only with a `role_arn` to assume',
  'saml-assertion-stale':
    'that the tool signs in to the identity provider again for each exchange rather than reusing an assertion, and the clock of the machine',
  'cognito-login-token':
    "the login token's expiry and issuer against the identity pool's authentication provider",
  'ses-smtp':
    "the SMTP password: derived from the IAM user's secret key for the endpoint's Region, not the secret key itself",
  'git-credential-helper':
    "that git's credential helper for CodeCommit runs: the AWS CLI on the PATH git uses, or git-remote-codecommit",
  'not-sigv4':
    'that the client signs its requests with Signature Version 4 (its AWS signing setting) and finds credentials to sign with',
  'header-key-empty':
    'that the tool has an access key ID and secret set where it reads them, with no whitespace in them',
  'redshift-copy-credentials': "the COPY or UNLOAD command's CREDENTIALS or IAM_ROLE clause",
  'redshift-iam-session': 'how the database session signs in (IAM credentials, not a password)',
  'greengrass-tes':
    "the device's route to the IoT credentials endpoint, its certificate's IoT policy and the role alias",
  'bedrock-api-key-expired': 'when the Bedrock API key was made, and from which session',
  'clock-skew': 'the clock of the machine that signs the request',
  'signing-region': 'the Region the request is signed for',
  'scope-region': 'the Region the request is signed for'
}
/** An unrecognised key whose prefix the log shows (signal `access-key-shown`): its causes only. */
const KEY_CHECKS: Record<string, string> = {
  AKIA: 'which long-term key is sent (the `AKIA…` key the log shows: deleted, deactivated or mistyped, or from another partition) and the Region (an opt-in Region not enabled for the account)',
  ASIA: 'the session token sent with the temporary `ASIA…` key the log shows (from the same session, not cut or missing) and the Region (an opt-in Region not enabled for the account, another partition)'
}
const ALL_CHECKS =
  'region, environment variables, session duration against the job length, clock skew'

/** Where to look when the credentials behind a denial are the problem. */
export function credentialsCheck(
  d: Pick<Denial, 'principal' | 'action' | 'operation' | 'kind' | 'code'> & {
    detail?: { cause?: string }
    inferred?: Inferred
  }
): string {
  const user = /:user\/(?:.*\/)?([^/]+)$/.exec(d.principal ?? '')?.[1]
  if (user) {
    return `Check the access key the job uses for IAM user ${user} (the secret holding AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, and its status in \`aws iam list-access-keys --user-name ${user.replace(/[`'"$\\]/g, '')}\`).`
  }
  const cause = credentialCause(d.detail?.cause, d.code)
  // AWS received a variable's name as the key ID (src/diagnose/signalLeads.ts): that is the check.
  const named = cause === 'invalid' ? d.inferred?.signals?.['variable-name-key']?.value : undefined
  if (named)
    return `Check how the program reads its access key ID: AWS received the text \`${named}\`, a variable's name, where the key belongs (print the length of what the program reads, never the value).`
  // The log names an opt-in Region or another partition: that comes before the key itself, which
  // works elsewhere (heldout86 review: h86-036, h86-038, h86-035).
  const optIn = cause === 'invalid' ? d.inferred?.signals?.['opt-in-region']?.value : undefined
  if (optIn)
    return `Check Region ${optIn} first: it is an opt-in Region, so the account must have it enabled (\`aws account enable-region --region-name ${optIn}\`), and a session token from the global STS endpoint must be one valid in all Regions (\`aws iam set-security-token-service-preferences --global-endpoint-token-version v2Token\`) or come from STS in ${optIn}. If both hold, check the access key the program sends.`
  const partition =
    cause === 'invalid' ? d.inferred?.signals?.['partition-credentials']?.value : undefined
  if (partition)
    return `Check the partition first: the log names ${partition}, whose accounts, keys and endpoints are separate from the standard partition's. Send the call to that partition's Region and endpoint (a client left on \`us-east-1\` or the global endpoint asks accounts that do not know the key), with credentials of an account in it.`
  const byCause =
    (cause === 'invalid' && KEY_CHECKS[d.inferred?.signals?.['access-key-shown']?.value ?? '']) ||
    (CHECKS_BY_CAUSE[cause ?? ''] ?? ALL_CHECKS)
  // EC2 says AuthFailure for a skewed clock too (`not able to validate the provided access
  // credentials`, h12-077).
  const checks =
    d.code === 'AuthFailure'
      ? `${byCause}, the secret key paired with the key ID, and the clock of the machine that signs`
      : byCause
  if (madeByConfigureAwsCredentials(d) || (d.principal === null && ciShown(d))) {
    return `Check how the job obtains credentials (the configure-aws-credentials step, its role-to-assume and ${checks}).`
  }
  // No sign of GitHub Actions (a Docker pull, an application, a server): its own credential chain.
  if (d.principal === null) {
    const chain = CHECKS_BY_CAUSE['missing']!
    // The service's code says the request arrived unsigned, which the client's own code does
    // not say of itself (heldout89 review h89-032: an SDK operation that skipped its signer).
    if (cause === 'missing' && /^MissingAuthenticationToken(?:Exception)?$/.test(d.code ?? ''))
      return `Check where the failing program gets its credentials: ${chain}. The service received the request unsigned, which also happens with credentials in place: an SDK operation that skips signing (an SDK bug, fixed by upgrading it) or, at API Gateway, a path, method or stage the API does not have.`
    if (cause === 'missing')
      return `Check where the failing program gets its credentials: ${chain}.`
    // The chain already ends with the instance or task role: only the metadata service is new.
    if (cause === 'imds-error')
      return `Check where the failing program gets its credentials (${chain}), and whether the program can reach the metadata service.`
    return `Check where the failing program gets its credentials (${chain}) and ${checks === ALL_CHECKS ? `the ${checks}` : checks}.`
  }
  return `Check how the job obtains credentials (whatever created this session, the role it assumes, ${checks}).`
}
