// A credentials failure's cause, and what the headline says of it. The headline said "AWS did not
// accept the credentials" for every cause, also where no request reached AWS at all (heldout11
// review h11-087, h11-109…112: NoCredentialProviders, an IMDS error): nothing was sent to accept.

const CAUSE_BY_CODE: Record<string, string> = {
  ExpiredToken: 'expired',
  InvalidGrantException: 'sso-expired',
  ExpiredTokenException: 'expired',
  // EC2's own: a timestamp more than 15 minutes off first, expired session keys second (its error
  // reference; heldout135 review h135-062).
  RequestExpired: 'request-expired',
  InvalidClientTokenId: 'invalid',
  UnrecognizedClientException: 'invalid',
  InvalidAccessKeyId: 'invalid',
  InvalidToken: 'session-token-invalid',
  AuthFailure: 'invalid',
  SignatureDoesNotMatch: 'signature',
  IncompleteSignature: 'signature-incomplete',
  IncompleteSignatureException: 'signature-incomplete',
  InvalidSignatureException: 'signature',
  MissingAuthenticationToken: 'missing',
  MissingAuthenticationTokenException: 'missing',
  NoCredentialProviders: 'missing',
  InvalidIdentityToken: 'oidc-provider-missing',
  InvalidIdentityTokenException: 'oidc-provider-missing',
  // STS could not reach the token's identity provider (its discovery document and signing keys).
  IDPCommunicationError: 'oidc-verification-key',
  IDPCommunicationErrorException: 'oidc-verification-key',
  IDPRejectedClaim: 'oidc-claim-rejected',
  IDPRejectedClaimException: 'oidc-claim-rejected',
  RequestTimeTooSkewed: 'clock-skew'
}

/** A credentials failure's cause: the one its grammar read, else the one its code implies. */
export function credentialCause(
  cause: string | undefined,
  code: string | null
): string | undefined {
  return cause ?? (code ? CAUSE_BY_CODE[code] : undefined)
}

export interface CredentialHeadline {
  /** Why no policy change helps, after "No policy change can fix it: ". */
  reason: string
  /** No credentials went with the request: there was nothing for AWS to accept or refuse. */
  nothingSent?: true
}

/** What AWS did with the credentials, when a cause is not listed. */
export const CREDENTIALS_REFUSED: CredentialHeadline = {
  reason: 'AWS did not accept the credentials used'
}

const NONE_FOUND: CredentialHeadline = {
  reason: 'no AWS credentials were sent, because the client found none',
  nothingSent: true
}

const UNSIGNED: CredentialHeadline = {
  reason: 'the request reached AWS without credentials',
  nothingSent: true
}

/** By cause (src/diagnose/credentialAdvice.ts): causes not listed were refused by AWS. */
const BY_CAUSE: Record<string, CredentialHeadline> = {
  expired: { reason: 'the credentials used had expired' },
  invalid: { reason: 'AWS did not recognise the access key' },
  missing: NONE_FOUND,
  'imds-error': {
    reason: 'no AWS credentials were sent, because the instance metadata service gave none',
    nothingSent: true
  },
  'pod-identity-sdk-old': {
    reason:
      "no AWS credentials were sent, because the SDK is too old to accept EKS Pod Identity's agent address",
    nothingSent: true
  },
  'pod-identity-association': {
    reason:
      "no AWS credentials were sent, because EKS Pod Identity has no association for the pod's service account",
    nothingSent: true
  },
  'container-credentials': {
    reason:
      "no AWS credentials were sent, because the container credentials endpoint (the ECS agent's) gave none",
    nothingSent: true
  },
  'credential-timeout': {
    reason: 'no AWS credentials were sent, because their source did not answer in time',
    nothingSent: true
  },
  // A tool's probe refused with 403 that the tool called bad credentials (src/model/misnamedProbes.ts).
  'probe-forbidden': {
    reason: "the tool's own check was refused (HTTP 403), which it reports as invalid credentials"
  },
  'web-identity-token-file': {
    reason: 'no AWS credentials were sent, because the web identity token file could not be read',
    nothingSent: true
  },
  anonymous: UNSIGNED,
  's3-no-access-key': UNSIGNED,
  'not-sigv4': UNSIGNED,
  'ses-smtp': {
    reason: "SES's SMTP interface did not accept the SMTP user name and password"
  },
  'git-credential-helper': {
    reason: "git's AWS credential helper did not run, so the request went without credentials",
    nothingSent: true
  },
  'ecr-helper-missing': {
    reason:
      'the ECR credential helper the Docker configuration names is not installed, so no login was sent',
    nothingSent: true
  },
  'signing-region': { reason: "the request was signed for another Region than the bucket's" },
  'scope-region': {
    reason: "the request was signed for another Region than the endpoint's"
  },
  'role-profile-no-source': {
    reason:
      'the profile names a role to assume but no credentials to assume it with (source_profile or credential_source)',
    nothingSent: true
  },
  'source-profile-empty': {
    reason:
      'the profile names a role to assume and a source profile that holds no credentials to assume it with',
    nothingSent: true
  },
  'assume-role-failed': {
    reason:
      "the role in the provider's assume_role could not be assumed with the credentials it started from"
  },
  'identity-aware-required': {
    reason:
      'the application answers only identity-aware sessions of an IAM Identity Center user, and the call was made with a plain IAM session'
  },
  'sigv4a-required': {
    reason:
      'the service takes only SigV4a signatures (for every Region), and the client signed with SigV4'
  },
  'cognito-identity-forbidden': {
    reason:
      "Cognito Identity would not give credentials for that identity: the app's login does not belong to it"
  },
  'credential-source-no-role': {
    reason:
      'no request was signed: the profile names a credential source to assume a role with, but no role_arn',
    nothingSent: true
  },
  'saml-assertion-stale': {
    reason:
      'STS was handed a SAML assertion more than five minutes after the identity provider issued it'
  },
  'cognito-login-token': {
    reason:
      'Cognito Identity refused the login token the app exchanged for AWS credentials (expired, from another issuer, or not an ID token)'
  },
  'cognito-pool-roles': {
    reason:
      'the Cognito identity pool has no usable role for the session (a role missing, or one whose trust policy does not trust the pool)'
  },
  // Neither missing nor expired: the secret key, or the request as sent (heldout36 review, h36-007).
  signature: {
    reason:
      'the request’s signature is not the one AWS computed (a secret key not paired with its key ID, or a request changed after signing)'
  },
  'signature-incomplete': { reason: 'the request carried an incomplete or malformed signature' },
  'session-token-invalid': {
    reason: 'the session token is malformed or does not go with the access key'
  },
  'key-id-slash': { reason: 'the access key ID holds a `/`: the secret key is in its place' },
  'key-id-malformed': {
    reason:
      'the access key ID was sent with characters no key ID holds (quotes, brackets, spaces, a line end)'
  },
  'aurora-no-role': {
    reason: 'the Aurora cluster has no IAM role to call S3 with'
  },
  'redshift-copy-credentials': {
    reason: "the Redshift command's credentials clause held no access key ID"
  },
  'redshift-iam-session': {
    reason: 'the database session signed in with a password, not with IAM credentials'
  },
  'greengrass-tes': {
    reason:
      "Greengrass's token exchange service got no AWS credentials from AWS IoT's credentials provider",
    nothingSent: true
  },
  'bedrock-api-key-expired': { reason: 'the Amazon Bedrock API key (bearer token) had expired' },
  'header-invalid-chars': {
    reason:
      'no request was sent: a credential value holds a character no HTTP header may carry (a line end)',
    nothingSent: true
  },
  'header-key-empty': {
    reason:
      'the request’s Authorization header is malformed: its access key ID is empty or holds a space'
  },
  'partial-credentials': {
    reason: 'no request was signed, because the client found only part of a key pair',
    nothingSent: true
  },
  'signing-version': { reason: 'the request was signed with a method S3 does not accept there' },
  'clock-skew': { reason: "the clock that signed the request is too far from AWS's time" },
  'presigned-expired': { reason: 'the presigned URL was used after it expired' },
  'sso-expired': { reason: "the profile's IAM Identity Center session has expired" },
  'request-expired': {
    reason:
      "the request's time stamp was more than 15 minutes from AWS's clock when it arrived, or its session keys had expired"
  },
  'federation-token-from-session': {
    reason:
      "GetFederationToken takes an IAM user's long-term keys, and it was called with a session's"
  },
  'credential-process': {
    reason: "the profile's credential_process helper exited with an error",
    nothingSent: true
  },
  // The credentials are valid: the cluster maps their identity to no Kubernetes user (u30-009).
  'eks-not-mapped': {
    reason:
      'the credentials are valid, but the EKS cluster maps their IAM identity to no Kubernetes user'
  },
  'oidc-id-token-permission': {
    reason: 'the job may not request an OIDC token, so it got no AWS credentials',
    nothingSent: true
  },
  'role-arn-invalid': { reason: 'the ARN of the role to assume is invalid' },
  'role-arn-malformed': {
    reason:
      'STS rejected the ARN of the role to assume as malformed, so no credentials were issued',
    nothingSent: true
  },
  'duckdb-no-credentials': {
    reason: 'DuckDB sent the request to S3 without credentials',
    nothingSent: true
  },
  'console-login-expired': {
    reason: "the CLI's console sign-in session (`aws login`) has expired",
    nothingSent: true
  },
  'sso-profile-incomplete': {
    reason:
      'the profile names IAM Identity Center but lacks the settings to sign in with it (its Region or start URL)',
    nothingSent: true
  },
  'cloudfront-key-unknown': {
    reason: 'CloudFront does not know the key the signed URL or cookie names (its Key-Pair-Id)'
  },
  'sso-cache-format': {
    reason:
      "the profile's cached IAM Identity Center token could not be read: an old AWS CLI wrote its expiry in a form the tool's SDK does not parse",
    nothingSent: true
  },
  'sso-cache-unreadable': {
    reason:
      "the file holding the profile's cached IAM Identity Center token could not be read (the file system's error, not AWS's)",
    nothingSent: true
  },
  'sso-no-token': {
    reason:
      "no AWS credentials were sent, because the profile's IAM Identity Center token is not in the cache",
    nothingSent: true
  },
  'wrong-account': { reason: 'the credentials are for another account than the one used' },
  'amplify-no-credentials': {
    reason: 'the Amplify CLI found no AWS credentials to use',
    nothingSent: true
  },
  'amplify-app-no-credentials': {
    reason: "the app's Amplify library got no AWS credentials from its Cognito identity pool",
    nothingSent: true
  },
  'roles-anywhere-certificate': {
    reason: 'IAM Roles Anywhere did not trust the certificate the session was asked with',
    nothingSent: true
  },
  'greengrass-token-exchange': {
    reason: "the client got nothing from Greengrass's token exchange service on the device",
    nothingSent: true
  },
  'pod-identity-token-expired': {
    reason:
      "the pod's service-account token the SDK sent to the EKS Pod Identity agent had expired",
    nothingSent: true
  },
  'federated-login-long-term': {
    reason:
      'the sign-in federation endpoint takes only temporary credentials from GetFederationToken or AssumeRole'
  },
  'mfa-code-missing': {
    reason: 'the call that needs MFA carried no MFA serial number or no code'
  },
  'cognito-unauthenticated': {
    reason: 'the identity pool issued no AWS credentials to a guest',
    nothingSent: true
  },
  'eks-token-exec': {
    reason: "the kubeconfig's token command failed, so no token was sent",
    nothingSent: true
  },
  'registry-login': { reason: 'the registry client has no valid login for the registry' },
  'ecr-helper-token': {
    reason:
      'the ECR credential helper could not get a registry token with the AWS credentials it found'
  },
  'redshift-db-token-expired': {
    reason: 'the temporary database password Redshift issued for IAM authentication had expired'
  },
  'scope-service': { reason: 'the request was signed for another service than the one it went to' },
  'credential-date': {
    reason: "the signature's credential date is not the date of its own time stamp"
  },
  'appsync-auth': {
    reason: "the request had no valid authorization for the AppSync API's authorization mode"
  },
  'external-secrets-keys': {
    reason: 'the Kubernetes Secret with the AWS keys could not be read, so no request was signed',
    nothingSent: true
  },
  // heldout150 review (h150-088, h150-091): Jenkins plugins' own credential lookups.
  'jenkins-credential-id': {
    reason: 'Jenkins has no AWS credential with the id the step names, so no request was signed',
    nothingSent: true
  },
  'jenkins-session-credentials': {
    reason:
      'the plugin was given long-term keys where it needs a session (temporary credentials), so no request was signed',
    nothingSent: true
  },
  // Session 52's unseen rounds: MSK's IAM login and CodeArtifact's package tokens.
  'msk-session-short': {
    reason:
      'the credentials that signed the Kafka login expire too soon for the session Amazon MSK grants'
  },
  'codeartifact-token': {
    reason:
      "the CodeArtifact repository refused the package manager's token (expired after its hours, for another domain, or never sent)"
  },
  'mfa-token-provider': {
    reason: "the profile's role asks for an MFA code and the program had no way to ask for it",
    nothingSent: true
  },
  // STS refusing the assume-role call's own parameters (heldout22 review, h22-027).
  'session-duration': {
    reason: "STS refused the session length asked for: it exceeds the role's MaxSessionDuration"
  },
  'session-duration-chained': {
    reason:
      "STS refused the session length asked for: a chained role's session lasts one hour at most"
  },
  'session-tags': { reason: 'STS could not validate the session tags the call passed' },
  'ssm-activation-expired': {
    reason:
      'the hybrid activation the machine registered with has expired, or is used up or unknown'
  },
  'saml-response-invalid': {
    reason: 'AWS Sign-In refused the SAML response the identity provider gave'
  },
  'eks-token-rejected': {
    reason: 'STS refused the signature of the cluster token the authenticator checked'
  },
  'session-name-invalid': {
    reason:
      'STS refused the role session name the call passed: a character it may not hold, or too long'
  },
  'rds-iam-token': {
    reason:
      'the database refused the login of an IAM-authenticated user: its token was missing, stale, made for another endpoint or user, or not allowed rds-db:connect'
  }
}

export function credentialHeadline(cause: string | undefined): CredentialHeadline {
  return (cause && BY_CAUSE[cause]) || CREDENTIALS_REFUSED
}
