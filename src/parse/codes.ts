// Error codes that, in a code slot, mean an authorization or credential failure on their own.
import { escapeRegExp } from '../common/escapeRegExp.js'
import type { Denial } from '../model/Denial.js'
import { NON_IAM_REFUSALS } from '../model/nonIamRefusals.js'

const AUTHZ_CODES = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'Client.UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  // Systems Manager's message service refusing the agent's call (`GetMessages Error:
  // AuthorizationFailureException:`, aws/amazon-ssm-agent#91).
  'AuthorizationFailureException',
  'Forbidden',
  '403',
  '403 Forbidden',
  // Elastic Beanstalk's refusal of a call it makes for the caller (`Insufficient privileges for IAM
  // PassRole Action.`, aws-cloudformation/cloudformation-coverage-roadmap#2293).
  'InsufficientPrivilegesException',
  // The CLI's code slot as a writer's copy spells it (src/parse/codeSlots.ts).
  'Access Denied',
  'KMSAccessDeniedException',
  'KmsAccessDeniedException',
  'Lambda.KMSAccessDeniedException',
  'UnauthorizedTaggingOperation',
  // AWS Config refused the delivery bucket or the role it writes with (`Insufficient delivery
  // policy to s3 bucket: …, unable to get s3 bucket acl.`, aws/aws-cli#3516), and Security Hub
  // refusing an account that is not the organization's administrator (`InvalidAccessException:
  // Account … is not an administrator for this organization`, hashicorp/terraform#30285).
  'InsufficientDeliveryPolicyException',
  'InvalidAccessException',
  // Cognito refusing the SMS role it was given (`Role does not have permission to publish with SNS
  // (… Error Code: InvalidSmsRoleAccessPolicyException …)`, an Amplify stack's user pool).
  'InvalidSmsRoleAccessPolicyException',
  // Service Quotas refused by a call it makes for the caller (`DependencyAccessDeniedException:
  // Service-linked role creation access denied.`, remotion-dev/remotion#1941).
  'DependencyAccessDeniedException',
  // The account itself may not use the service (no sign-up, an opt-in Region or Marketplace
  // product, verification pending): refusals no IAM policy decides (trap account-level-block).
  'OptInRequired',
  'SubscriptionRequiredException',
  'NotSignedUp',
  'PendingVerification',
  // Refusals no policy decides either (src/model/nonIamRefusals.ts): a bucket or account AWS
  // disabled, STS off in the Region, an archived object. (S3's AccessControlListNotSupported is
  // a 400 about the request, not a refusal: the corpora label it negative.)
  'AllAccessDisabled',
  'AccountProblem',
  'RegionDisabledException',
  'InvalidObjectState'
])

const CREDENTIAL_CODES = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  // The JSON protocols' name for it (API Gateway, VPC Lattice: `IncompleteSignatureException: …`).
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidAccessKeyId',
  // S3: `The provided token is malformed or otherwise invalid.` (a session token that does not go
  // with the keys, or a stale one left in the environment: treeverse/dvc#6325).
  'InvalidToken',
  'RequestExpired',
  'InvalidIdentityToken',
  'IDPRejectedClaim',
  'IDPRejectedClaimException',
  'IDPCommunicationError',
  'IDPCommunicationErrorException',
  'NoCredentialProviders',
  'AuthFailure',
  // SSO OIDC's CreateToken: the IAM Identity Center session's refresh token expired or was revoked.
  'InvalidGrantException',
  // S3: the request was signed more than 15 minutes off its clock (a signature refused, as above).
  'RequestTimeTooSkewed'
])

const NOT_FOUND_CODES = new Set(['NoSuchBucket', 'RepositoryNotFoundException'])

export type CodeClass = 'authz' | 'credentials' | 'not-found'

export function classifyCode(printed: string): CodeClass | null {
  // Event streams name their exceptions in lower camel case (Bedrock's InvokeAgent:
  // `An error occurred (accessDeniedException) when calling the InvokeAgent operation`, h66-003).
  const code = /^[a-z]\w*Exception$/.test(printed)
    ? printed[0]!.toUpperCase() + printed.slice(1)
    : printed
  if (AUTHZ_CODES.has(code)) return 'authz'
  if (CREDENTIAL_CODES.has(code)) return 'credentials'
  if (NOT_FOUND_CODES.has(code)) return 'not-found'
  return null
}

/**
 * A code no table lists but whose words say it is a refusal (`AccessDeniedForDependencyException`,
 * `Client.NotAuthorized`, `OrganizationAccessDeniedException`): reported with low confidence
 * rather than not at all. Codes that only mention access in passing are left alone.
 */
const REFUSAL_WORDS = /AccessDenied|NotAuthorized|Unauthorized|Forbidden/
// Cognito's and AppSync's answers about app users and tokens, not IAM decisions; HTTP's reason
// phrases in the code slot (`<Code>Unauthorized</Code>` from Cloudflare R2), anyone's; Oracle
// Cloud's two-in-one codes (`NotAuthorizedOrNotFound`), which no AWS service answers.
const NOT_A_REFUSAL =
  /^(?:Unauthorized(?:Access)?Exception|NotAuthorizedException|Forbidden|Unauthorized|NotAuthorizedOr[A-Z]\w+)$/

export function looksLikeRefusal(code: string): boolean {
  return /^[A-Z][\w.]{3,80}$/.test(code) && REFUSAL_WORDS.test(code) && !NOT_A_REFUSAL.test(code)
}

/** Every known code that is a single word (not `403` or `403 Forbidden`). */
export const KNOWN_CODES = [...AUTHZ_CODES, ...CREDENTIAL_CODES, ...NOT_FOUND_CODES].filter(
  (c) => /^[A-Za-z]/.test(c) && !c.includes(' ')
)

/** Alternation of every known code, longest first so `AccessDeniedException` beats `AccessDenied`. */
export const KNOWN_CODE_SOURCE = [...KNOWN_CODES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')

/**
 * Whether a code read near a finding may be its code. Missing credentials mean no request was
 * answered: a refusal code near the phrase (`AccessDenied`: authenticated but not allowed)
 * belongs to another error, and titling the missing credentials with it misreads it. A code no
 * policy decides (STS off in the Region, a disabled account) is the reason the credentials could
 * not be fetched, so it stays.
 */
export function codeFits(d: Denial, code: string): boolean {
  if (d.kind !== 'credentials') return true
  if (d.detail.cause === 'missing' && classifyCode(code) === 'authz' && !NON_IAM_CODES.has(code))
    return false
  // No request was made (half a key pair, no answer from the metadata service): no AWS answer
  // holds a code, so only a credentials code is one; a wrapper's class before the SDK's words is
  // not (`RemoteStorageException: …SdkClientException: Unable to load credentials …`, h66-024).
  return !NO_REQUEST_CAUSES.has(d.detail.cause ?? '') || classifyCode(code) === 'credentials'
}

/** Causes under which the client never sent the request (src/model/credentialCauses.ts). */
const NO_REQUEST_CAUSES: ReadonlySet<string> = new Set([
  'partial-credentials',
  'imds-error',
  'credential-timeout'
])

const NON_IAM_CODES = new Set(NON_IAM_REFUSALS.flatMap((r) => r.codes))
