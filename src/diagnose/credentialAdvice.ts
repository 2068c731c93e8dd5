// Credential failures by cause: what went wrong and what to do. Keyed by the parse's detail.cause
// or, failing that, by the error code.
import { credentialCause } from '../model/credentialCauses.js'

export { credentialCause }

export interface CredentialAdvice {
  title: string
  explanation: string
}

const BY_CAUSE: Record<string, CredentialAdvice> = {
  expired: {
    title: 'AWS credentials expired',
    explanation:
      "The temporary credentials used for this call had expired. Long jobs can outlive the session: obtain credentials again before the step that failed (or let the program refresh them instead of holding fixed session keys, and clear a stale `AWS_SESSION_TOKEN` left in the environment), or ask for a longer session within the role's maximum (configure-aws-credentials' `role-duration-seconds`, the `DurationSeconds` of an AssumeRole call)."
  },
  invalid: {
    title: 'AWS credentials not recognised',
    explanation:
      'AWS does not recognise the access key (deleted or mistyped key, a session token missing for temporary credentials, or credentials from another partition or a Region that is not enabled). Check the secrets this job uses and how its credentials are configured.'
  },
  signature: {
    title: 'AWS request signature did not match',
    explanation:
      'The secret access key does not match the access key ID, or the request AWS received is not the one that was signed: a proxy changed it, or the client signed it differently from how it sent it (the "signing method" AWS\'s message names: an object key whose `=`, `+` or spaces the client encoded one way and signed another — `%3D` in the URL is the sign —, a wrong Region or service in the signing scope, a hand-rolled or outdated signer). Check that the key pair in the secrets belongs together (no trailing space or newline in the secret), then the client and its version.'
  },
  'signing-region': {
    title: 'S3 request signed for the wrong Region',
    explanation:
      "S3 refused the request before any policy was asked: it was signed for another Region than the bucket's (`the region 'X' is wrong; expecting 'Y'`). Set the client's Region to the one S3 expects (not `aws-global`, `auto` or a misspelt name), or let the SDK follow the bucket's Region; the credentials themselves may be fine."
  },
  'scope-region': {
    title: 'The request was signed for another Region than the endpoint',
    explanation:
      "AWS refused the request before any policy was asked: the Region in the signature's credential scope is not one the endpoint serves (`Credential should be scoped to a valid region, not 'X'`). The client signs for one Region and sends the request to another Region's endpoint, or to a global one: set the signing Region to the endpoint's (for STS, a regional endpoint and its own Region; in Hadoop S3A, `fs.s3a.assumed.role.sts.endpoint` and `fs.s3a.assumed.role.sts.endpoint.region` together). The key pair may be fine."
  },
  'role-profile-no-source': {
    title: 'The role profile says what to assume, not what to assume it with',
    explanation:
      'The profile in `~/.aws/config` has a `role_arn` but neither `source_profile` (another profile whose keys assume the role) nor `credential_source` (`Environment`, `Ec2InstanceMetadata` or `EcsContainer`), so the SDK has nothing to call `sts:AssumeRole` with and stops. Add one of the two to that profile (`credential_source = Ec2InstanceMetadata` on an instance, `source_profile = NAME` on a laptop), or use `web_identity_token_file` for a token; no policy change helps, and no request reached AWS.'
  },
  'source-profile-empty': {
    title: "The role profile's source profile holds no keys",
    explanation:
      'The profile has a `role_arn` and a `source_profile`, but the source profile has no access key in the credentials file the SDK read (the file was not mounted or copied beside the config, `AWS_SHARED_CREDENTIALS_FILE` points elsewhere, or the keys are under another profile name), so the SDK has nothing to call `sts:AssumeRole` with and stops before any request. Give the source profile its keys where the program runs, or drop the profile and let the pod or instance role assume the role (`credential_source`, or IRSA / Pod Identity in a cluster). No policy change helps.'
  },
  'assume-role-failed': {
    title: 'The client could not assume the role it was given',
    explanation:
      "The role assumption the client was set up for (a Terraform provider's `assume_role`, a profile's `role_arn`, a log shipper's `role_arn`) failed before any resource call, and the message does not say which cause. Check them in this order with the same credentials the run starts from: `aws sts get-caller-identity` (are they valid, and whose are they?), then `aws sts assume-role --role-arn ROLE_ARN --role-session-name test` (an AccessDenied names the caller STS saw). The caller needs `sts:AssumeRole` on the role's ARN in its own policy, the role's trust policy must name that caller (its role ARN, not a session ARN, with the external ID if one is set), and the ARN must be the role's, account and name exactly as IAM shows them."
  },
  'identity-aware-required': {
    title: 'Amazon Q Business wants an identity-aware session for its user, not a plain IAM role',
    explanation:
      "An application on IAM Identity Center answers its chat and conversation calls (Chat, ChatSync, ListConversations, ListMessages) only for a session that carries its end user's identity, whatever the caller's policy allows: exchange the user's token from the identity provider for an Identity Center token (`sso-oauth:CreateTokenWithIAM`), then call `sts:AssumeRole` with that token in `ProvidedContexts` on a role whose trust policy also allows `sts:SetContext`, and call Q Business with those credentials, leaving `userId` out of the request. A role with `qbusiness:*` but no user context is refused the same way: no policy change helps."
  },
  'sigv4a-required': {
    title: 'The service takes only SigV4a signatures, which this client did not make',
    explanation:
      'AWS refused the request before any policy was asked: CloudFront KeyValueStore (like S3 Multi-Region Access Points) accepts only Signature Version 4A, signed for every Region (`*`), and the client signed with plain SigV4 for one Region (`The credential must be scoped to a valid region`). In the JS SDK v3, install `@aws-sdk/signature-v4-crt` (or `@aws-sdk/signature-v4a`) beside the client and import it, or update the client to a release that signs with SigV4a by default; other SDKs need their CRT-based signer. The key pair may be fine, and no policy change helps.'
  },
  'signature-incomplete': {
    title: 'AWS request signature incomplete',
    explanation:
      "AWS refused the request before any policy was asked: its Authorization header (or query string) lacks a part of the signature, such as the credential scope, the signed headers or the signature itself. This is how the client built the request, not which key it used: a hand-rolled or outdated signer, a proxy that rewrites the header, or a test that sends a malformed header on purpose. A header the signature names but the request lacks (`'x-amz-security-token' is named as a SignedHeader, but it does not exist`) is most often a value that was empty: a session token variable unset where the client adds it by hand (curl's `-H 'x-amz-security-token: $TOKEN'`), so the header went out blank or not at all; set it, or drop it for long-term keys. Check the client's signing code or update the SDK; the key pair may be fine."
  },
  'session-token-invalid': {
    title: 'AWS session token malformed or mismatched',
    explanation:
      'S3 refused the session token before any policy was asked (`InvalidToken`: the provided token is malformed or otherwise invalid). The token does not go with the access key sent beside it: a stale `AWS_SESSION_TOKEN` left in the environment or profile next to newer keys, long-term keys (`AKIA…`) sent with a token they never had, or a token cut or quoted wrongly when it was stored. Refresh the whole set of temporary credentials together (key, secret and token from one STS call), or unset the token when the keys are long-term; no policy change helps.'
  },
  'key-id-slash': {
    title: 'The access key ID holds a slash: the keys are swapped',
    explanation:
      "AWS refused the request before any policy was asked: the credential scope it echoes has more than five `/`-separated parts, so the access key ID itself holds a `/`. Access key IDs (`AKIA…`, `ASIA…`) are letters and digits only; secret access keys often hold `/`. The secret key was given where the key ID goes: the two values are swapped (or pasted into the wrong setting, such as Vault's `aws/config/root` `access_key` and `secret_key`). Put each value in its own place; no policy change helps."
  },
  'key-id-malformed': {
    title: 'The access key ID was read with extra characters',
    explanation:
      "AWS refused the request before any policy was asked: the credential scope it echoes does not split into the key ID, date, Region, service and `aws4_request`, so what was sent as the access key ID is not one. Access key IDs (`AKIA…`, `ASIA…`) are 20 letters and digits; the value echoed holds more: quotes or brackets from a JSON or YAML value read as text, a carriage return from a file saved with Windows line ends, spaces, or a placeholder. Store the bare key ID (no quotes, no line end: `tr -d '\\r'` on a file written on Windows) and check how the tool reads it; no policy change helps."
  },
  'header-invalid-chars': {
    title: 'A credential value holds a line end',
    explanation:
      'The HTTP client refused to send the request (`invalid header field value for "Authorization"`): the access key ID, or the session token for `X-Amz-Security-Token`, holds a character no header may carry, most often a line end left when the value was pasted into a CI secret or read from a file written on Windows. Nothing reached AWS and no policy was asked. Store the bare values (`echo -n`, `tr -d \'\\r\\n\'` on a file) and set the secret again; no policy change helps.'
  },
  'aurora-no-role': {
    title: 'The Aurora cluster has no IAM role for S3',
    explanation:
      "Aurora MySQL calls S3 itself for `LOAD DATA FROM S3` and `SELECT INTO OUTFILE S3`, with a role associated with the DB cluster, not the SQL user's or the job's credentials: it found none. Associate a role that allows the S3 actions on the bucket (`aws rds add-role-to-db-cluster`), its trust policy trusting `rds.amazonaws.com`, and name it in the cluster parameter group (`aws_default_s3_role`; on Aurora MySQL version 2 `aurora_load_from_s3_role` or `aurora_select_into_s3_role`), then give the database user the load privilege (`AWS_LOAD_S3_ACCESS` on version 3, `LOAD FROM S3` on version 2)."
  },
  // heldout144 (r-lib/devtools#1813): a COPY whose CREDENTIALS string names no key.
  'redshift-copy-credentials': {
    title: "Redshift's COPY or UNLOAD carried no access key",
    explanation:
      "Redshift reads S3 for `COPY` (and writes it for `UNLOAD`) with the credentials the command itself names, not the SQL user's or the job's: its `CREDENTIALS 'aws_access_key_id=…;aws_secret_access_key=…'` string (or `ACCESS_KEY_ID` / `SECRET_ACCESS_KEY`) held no access key ID, often a variable that was empty where the command was built. Better than keys: `IAM_ROLE 'arn:aws:iam::ACCOUNT:role/NAME'` (or `IAM_ROLE default`), a role associated with the cluster that trusts `redshift.amazonaws.com` and may read the bucket (`s3:GetObject`, `s3:ListBucket`)."
  },
  // heldout144 (aws/amazon-redshift-python-driver#189): the Glue catalog needs an IAM session.
  'redshift-iam-session': {
    title: 'Redshift needs an IAM-authenticated session for this',
    explanation:
      "Redshift answers queries on the auto-mounted Glue Data Catalog (`awsdatacatalog`) and other AWS-side data only for a session that signed in with IAM credentials: this one signed in with a database user's password. Connect with IAM authentication (in redshift_connector `iam=True` with a profile or keys, or `GetClusterCredentials` / `GetCredentials` for Serverless; in JDBC a `jdbc:redshift:iam://` URL), as an IAM identity allowed `redshift:GetClusterCredentialsWithIAM` or `redshift-serverless:GetCredentials` and the Glue and Lake Formation reads the query makes. No policy change lets a password session in."
  },
  // heldout145 (aws-greengrass/aws-greengrass-nucleus#1021): the nucleus' token exchange service.
  'greengrass-tes': {
    title: "Greengrass's token exchange service got no AWS credentials",
    explanation:
      "Greengrass components get AWS credentials from the nucleus' token exchange service, which asks AWS IoT's credentials provider for them with the device certificate through the role alias (`iotCredentialsPath=/role-aliases/ALIAS/credentials`). `Failed to get connection` means the device did not reach the credentials endpoint: check the network, a proxy, and the nucleus' `iotCredEndpoint` (`aws iot describe-endpoint --endpoint-type iot:CredentialProvider`). An HTTP 403 there means the certificate's IoT policy does not allow `iot:AssumeRoleWithCertificate` on the role alias, and a 400 that the role alias' role does not trust `credentials.iot.amazonaws.com`."
  },
  // heldout145: a short-term Bedrock API key lives no longer than the session it was made from.
  'bedrock-api-key-expired': {
    title: 'The Amazon Bedrock API key had expired',
    explanation:
      "Amazon Bedrock refused the API key the client sent as a bearer token (`AWS_BEARER_TOKEN_BEDROCK`) because it had expired, before any policy was asked. A short-term key lasts no longer than the session it was made from (12 hours at most): make a new one from fresh credentials (`aws sso login`, then generate the key again), or sign the calls with the session's own credentials instead of a key. A long-term key lasts until its set expiry."
  },
  'header-key-empty': {
    title: 'The request’s Authorization header holds no usable access key ID',
    explanation:
      "AWS could not read the request's Authorization header before any policy was asked (S3's `one and only one ' ' (space) required`, other services' `not a valid key=value pair (missing equal-sign)`): the header carries the access key ID, and it was empty or held a space or line break. The tool signed with no key set (an unset variable, an empty secret, a deploy setting left out) or with a value pasted with whitespace: set the key ID and secret where the tool reads them, trimmed; no policy change helps."
  },
  'partial-credentials': {
    title: 'Only part of the AWS key pair was found',
    explanation:
      "The SDK found an access key ID without its secret (or the reverse) in one source (botocore's `Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY`), and stops there rather than look further. Set the missing half where the other one is (the same environment, secret store or profile), or unset the half that is there so the SDK falls through to a profile or role."
  },
  'signing-version': {
    title: 'S3 wants requests signed with Signature Version 4',
    explanation:
      "S3 refused the request before any policy was asked: it was signed with the legacy Signature Version 2, which S3 does not accept in Regions opened since 2014, for SSE-KMS objects, or on buckets created since mid-2020. Update the client or tell it to sign with version 4 (AWS4-HMAC-SHA256: boto3's `Config(signature_version='s3v4')`, s3cmd without `--signature-v2`) and give it the bucket's Region; the credentials themselves may be fine."
  },
  mfa: {
    title: 'STS did not accept the MFA code',
    explanation:
      "STS refused the one-time code sent with GetSessionToken or AssumeRole, so no credentials were issued and no policy was asked. Check that the serial number is the caller's own MFA device ARN (`arn:aws:iam::ACCOUNT:mfa/NAME`, not the user's ARN), that the code is current and not reused, and that the device's clock is in sync (resync it in the IAM console)."
  },
  'clock-skew': {
    title: 'AWS request signature expired (clock skew)',
    explanation:
      "AWS received the request too far from the time it was signed at (beyond the window the service allows: five minutes for most services, as their message says with `- 5 min.`, and fifteen for S3's `RequestTimeTooSkewed`; `Signature not yet current` means the signing clock runs ahead), so no policy was asked. Either the clock that signed it is off (sync it: NTP, or the container's or VM's host clock), or the request was signed long before it was sent: a client that signs once and then retries, queues or blocks (a busy worker, a long upload) sends a stale signature. Compare the log's own time of the error with AWS's time in the message: if they agree, the clock is right and the request waited after signing. An app that signs on its users' devices (a mobile, desktop or browser app) cannot have their clocks fixed: let the SDK correct for the skew from AWS's answer instead (the JS SDK v2's `correctClockSkew: true`, which v3 does by default; .NET's `AWSConfigs.CorrectForClockSkew`; the Android SDK's `SDKGlobalConfiguration.setGlobalTimeOffset`; the Java SDK and the iOS SDK retry with the corrected time), or upgrade an SDK too old to."
  },
  'presigned-expired': {
    title: 'The presigned URL had expired',
    explanation:
      'S3 refused a presigned URL used after its lifetime (`X-Amz-Expires` from the time it was signed), so no policy was asked. Make the URL again right before it is used, or with a longer expiry: at most 7 days for Signature Version 4, and never longer than the credentials that signed it (a URL signed with a role session dies with the session). A clock far off when signing shortens it too.'
  },
  missing: {
    title: 'No AWS credentials found',
    explanation:
      'The tool found no credentials at all. Configure them before this step, for example with aws-actions/configure-aws-credentials, and check that the step sees them (environment, profile, container).'
  },
  'pod-identity-sdk-old': {
    title: "The SDK does not know EKS Pod Identity's agent address",
    explanation:
      'The pod gets its credentials from EKS Pod Identity, whose agent answers at `169.254.170.23` (`AWS_CONTAINER_CREDENTIALS_FULL_URI`), and the SDK in the tool refused that address as a container credentials host: SDK releases before Pod Identity (late 2023) accept only the ECS address and loopback. Upgrade the tool or action to one built on a newer SDK (the minimums AWS lists in its EKS guide: the JavaScript SDK v3 from 3.458.0, the Java SDK v2 from 2.21.30, the Go SDK v1 from v1.47.11, boto3 from 1.34.41), or give the service account an IRSA role (`eks.amazonaws.com/role-arn`) instead of a Pod Identity association. No policy change helps.'
  },
  'pod-identity-association': {
    title: "EKS Pod Identity has no role for the pod's service account",
    explanation:
      "The pod was to get its credentials from EKS Pod Identity, but no association gives its service account a role: the agent answered that the pod's token has no service account role association, or the variables the association injects (`AWS_CONTAINER_CREDENTIALS_FULL_URI`, `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`) are missing because none existed when the pod started. Create the association for this cluster, namespace and service account (`aws eks create-pod-identity-association --cluster-name CLUSTER --namespace NAMESPACE --service-account SERVICE_ACCOUNT --role-arn ROLE_ARN`, with the Pod Identity agent add-on installed), check `aws eks list-pod-identity-associations --cluster-name CLUSTER` for a typo in the namespace or name, then restart the pod. No policy change helps."
  },
  'container-credentials': {
    title: 'The ECS container credentials endpoint gave no task credentials',
    explanation:
      "The SDK asked the container credentials endpoint (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, served by the ECS or Fargate agent) for the task role's credentials and got none (`Credentials not found`), so no policy was asked. The task definition names no task role (`taskRoleArn`; the execution role is not the task's), the task's credentials are not there yet or any more (a task starting or stopping, an agent restarted), or the variable was passed on to another container or process (a `docker run` inside the task, a sidecar) where its ID means nothing. Give the task a task role, keep the variable to the task's own containers, and retry once the agent is healthy."
  },
  'imds-error': {
    title: 'The instance metadata service gave no role credentials',
    explanation:
      "The SDK asked the EC2 instance metadata service (IMDS) for the instance role's credentials and got none back (an error status, no role on the instance, or no answer at all), so the call went without credentials and no policy was asked. Off EC2 (a laptop, another cloud, a hosted CI runner) there is no IMDS to ask (`no EC2 IMDS role found`, `connect: host is down`): give the step credentials of its own (a profile or `aws sso login`, environment variables, aws-actions/configure-aws-credentials on GitHub). On EC2, check that the instance (the runner's host) has an instance profile with a role; in a container on EC2 with IMDSv2 required, the token answer stops at the instance unless its metadata hop limit is 2 or more (`aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-put-response-hop-limit 2`). Better still, give the container or job credentials of its own (an ECS task role, EKS Pod Identity or IRSA, aws-actions/configure-aws-credentials). A 5xx or intermittent answer is IMDS (or a proxy in front of it, such as kube2iam) overloaded or not ready: retry."
  },
  'probe-forbidden': {
    title: "A tool's check was refused, reported as invalid credentials",
    explanation:
      "The tool's own check of its target (a HeadBucket on its bucket) was answered HTTP 403, which the tool reports as invalid credentials: the credentials were most likely accepted and the check's action refused. Grant that action to the identity the tool runs as, or turn the check off."
  },
  'credential-timeout': {
    title: 'The credential source did not answer in time',
    explanation:
      "The SDK's lookup of credentials was cancelled or cut off before its source answered (`context canceled`, `context deadline exceeded`, a connect timeout, a connection closed), so the call went without credentials and no policy was asked: their source timed out. When the SDK names the instance metadata service as that source (`no EC2 IMDS role found`, `ec2imds`, `169.254.169.254`) and the program does not run on EC2 (a laptop, another cloud, a hosted CI runner), the chain found nothing before it and IMDS does not exist there: give the program credentials of its own (a profile or `aws sso login`, environment variables, aws-actions/configure-aws-credentials on GitHub). In a pod or container on EC2 that is most often the instance metadata service: with IMDSv2 its token answer stops at the instance when the hop limit is 1, so raise it to 2 (`aws ec2 modify-instance-metadata-options --instance-id INSTANCE_ID --http-put-response-hop-limit 2 --http-tokens required`, or the launch template's `http_put_response_hop_limit`). Better, give the workload credentials of its own: IRSA or EKS Pod Identity for the pod's service account (an EKS add-on's controller, such as the EBS CSI driver, takes its role there), an ECS task role. With IRSA in a private subnet, STS must be reachable: an `sts` interface VPC endpoint and the Regional STS endpoint (`AWS_STS_REGIONAL_ENDPOINTS=regional`). A one-off cancel while the program shut down or its own timeout was short is not an AWS problem: retry."
  },
  'web-identity-token-file': {
    title: 'The web identity token file could not be read',
    explanation:
      "The SDK was set to assume a role with a web identity token file (`AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`: IAM roles for service accounts on EKS, or a token file of your own) and could not read the file, so it had no credentials and no policy was asked. An empty or missing path means the token was never mounted: check the pod's service account carries the `eks.amazonaws.com/role-arn` annotation and restart pods created before it; `permission denied` means the container's user cannot read the projected token (run it with an `fsGroup` in the pod's securityContext)."
  },
  shadowed: {
    title: 'Other AWS credentials took precedence over the configured ones',
    explanation:
      "The SDK resolved credentials whose access key is not the one the step was given: credentials already in the job's environment (variables an earlier step exported, a profile, the runner's instance role) came first. Unset them before the step, or let the action replace them."
  },
  anonymous: {
    title: 'S3 received the request without credentials',
    explanation:
      'S3 answered an unsigned (anonymous) request: the client sent no credentials, so no policy was asked whether it may. Configure credentials for the step (and check the client is not set to sign nothing), rather than opening the bucket to anonymous access.'
  },
  'credential-source-no-role': {
    title: 'The profile names a credential source but no role to assume',
    explanation:
      "The SDK read a profile with `credential_source` (or `source_profile`) and no `role_arn`, and stopped: in the AWS config file those keys only say which credentials assume the profile's `role_arn`. To use the instance's (or container's) own role, drop `credential_source` from the profile (or leave the profile out: the default chain reads the instance metadata service itself); to assume a role, add its `role_arn`. Older SDKs ignored the key, so an upgrade can start this. No policy change helps."
  },
  'saml-assertion-stale': {
    title: 'The SAML assertion was too old to redeem',
    explanation:
      "AssumeRoleWithSAML takes a SAML assertion only within five minutes of the time the identity provider issued it: this one was older (`Token must be redeemed within 5 minutes of issuance`), so no credentials were issued and no policy was asked. The session that expired is the identity provider's assertion, not AWS credentials: a tool that caches the assertion (gimme-aws-creds, saml2aws, aws-google-auth, a browser extension) must sign in to the identity provider again for a new one (its re-authenticate or force option), and the machine's clock must be right (an assertion's time is checked against AWS's). A longer `DurationSeconds` does not help."
  },
  'cognito-login-token': {
    title: 'Cognito Identity refused the login token',
    explanation:
      "The app asked a Cognito identity pool for AWS credentials (`GetId` / `GetCredentialsForIdentity`) with a login token the pool would not take (`Invalid login token.`), so no AWS credentials were issued and no policy was asked. `Token expired: NOW >= EXP` means the provider's ID token had expired: refresh the user's session (a Cognito user pool's ID token lasts one hour by default; its refresh token gets a new one) before asking for credentials, and do not cache the token longer than it lives. `Issuer doesn't match providerName` means the token's `iss` is not the provider set on the pool (`cognito-idp.REGION.amazonaws.com/POOL_ID` for a user pool); `Not a valid OpenId Connect identity token` means an access token was sent where the ID token goes. A wrong password is the user pool's own `NotAuthorizedException`, not this."
  },
  'ses-smtp': {
    title: "SES's SMTP interface refused the SMTP credentials",
    explanation:
      "Amazon SES's SMTP endpoint authenticates with SMTP credentials, not with an IAM access key pair as it is: the user name is the IAM user's access key ID and the password is derived from its secret access key for one Region (SigV4), so the secret key itself, a password derived for another Region's endpoint or the older SigV2 derivation is refused with 535. Create SMTP credentials in the SES console (or derive the password for the endpoint's Region), use the endpoint of that Region, and give the IAM user `ses:SendRawEmail`. A new key can take a minute or two before the SMTP endpoint accepts it."
  },
  'ecr-helper-missing': {
    title: "Docker's ECR credential helper is not installed",
    explanation:
      "The Docker configuration the client reads names `ecr-login` as the credential helper for the registry (`credHelpers` or `credsStore` in `config.json`), and `docker-credential-ecr-login` is not on the PATH of the process that pulls (a Nomad or CI agent, a service with its own PATH), so no login was sent and no policy was asked. Install amazon-ecr-credential-helper where the pull runs and put it on that PATH, or remove the entry and log in with `aws ecr get-login-password | docker login --username AWS --password-stdin REGISTRY`. The helper then signs with the host's AWS credentials, which need `ecr:GetAuthorizationToken` and the repository's pull actions."
  },
  'git-credential-helper': {
    title: "git's credential helper for CodeCommit did not run",
    explanation:
      "git asked its configured credential helper for CodeCommit's password (`aws codecommit credential-helper $@`, which signs with the AWS CLI's credentials) and the helper could not run, so the request went without credentials and CodeCommit answered 403; no policy was asked. Install the AWS CLI where git runs and put it on the PATH git sees (a GUI client or an IDE may not see your shell's PATH), or use `git-remote-codecommit` (`codecommit://PROFILE@REPOSITORY`). Once the helper runs, the caller needs `codecommit:GitPull` (and `codecommit:GitPush` to push) on the repository."
  },
  'not-sigv4': {
    title: 'The request was not signed with AWS Signature Version 4',
    explanation:
      "The endpoint authorises callers with IAM, and the request reached it without a SigV4 signature (`Missing Authentication Token`; `Authorization header requires 'Credential' parameter` when it carried another scheme, such as `Authorization=Basic`), so no policy was asked. Turn on the client's AWS signing with credentials it can find: Prometheus' and Grafana Alloy's `sigv4` block under `remote_write` for Amazon Managed Service for Prometheus, a SigV4 request signer for an OpenSearch client (opensearch-py's `AWSV4SignerAuth`, Logstash's and Fluentd's Amazon-specific outputs), `--auth-type AWS_IAM` tools for API Gateway. Basic authentication works only with an OpenSearch domain's fine-grained access control and its internal users."
  },
  's3-no-access-key': {
    title: 'S3 received the request without an access key',
    explanation:
      "S3 answered `No AWSAccessKey was presented`: the request reached it unsigned or with an empty access key, so no policy was consulted. Check that the step has credentials (a profile or role the tool actually reads), that a pre-signed URL kept its `X-Amz-Credential` query (an HTML-escaped `&amp;` loses it), and, for CodeBuild artifacts, that the bucket is in the build's Region."
  },
  'saml-assertion': {
    title: "STS refused the identity provider's SAML assertion",
    explanation:
      "STS checked the SAML response before any policy and refused it: an attribute AWS requires is missing or malformed (`https://aws.amazon.com/SAML/Attributes/RoleSessionName`, 2 to 64 characters of `[\\w+=,.@-]`, and `https://aws.amazon.com/SAML/Attributes/Role` as `ROLE_ARN,PROVIDER_ARN`), or its signature or issuer does not match the metadata of the account's IAM SAML provider. Fix the identity provider's claim rules for those attributes, or upload its current metadata to the IAM SAML provider (`aws iam update-saml-provider`); this is no GitHub OIDC setting and no permission."
  },
  'session-tags': {
    title: 'STS refused the session tags passed with the role assumption',
    explanation:
      "STS could not validate the session tags the assume-role call passed, so it issued no credentials and no permission policy was asked. A tag value holds a character session tags may not (only letters, digits, spaces and `_ . : / = + - @`: a GitHub App's actor `name[bot]` has brackets), a value is too long (256 characters) or a key is reserved (`aws:`). configure-aws-credentials tags every session with the repository, workflow, actor, commit and branch: set `role-skip-session-tagging: true` on the step (then the trust policy need not allow sts:TagSession), or run the workflow as an actor whose name is a valid tag value. Where you pass tags yourself, fix their values; the role's trust policy must also allow `sts:TagSession` for the caller."
  },
  'ssm-activation-expired': {
    title: 'The Systems Manager hybrid activation can no longer register machines',
    explanation:
      "The SSM agent registers a machine outside AWS with an activation's code and ID, and Systems Manager refused them: the activation has expired (its expiration date, 24 hours by default, at most 30 days), reached its registration limit, or was deleted. No policy is involved. Create a new activation (`aws ssm create-activation`, its IAM role trusting `ssm.amazonaws.com`) and register with the new code and ID; on an EC2 instance the agent uses the instance profile instead and needs no activation."
  },
  'saml-response-invalid': {
    title: 'AWS Sign-In refused the SAML response',
    explanation:
      "AWS Sign-In could not use the SAML response the identity provider posted, so no role was offered and no policy was asked. Its Role attribute must hold `ROLE_ARN,PROVIDER_ARN` pairs for roles whose trust policies allow that provider `sts:AssumeRoleWithSAML`; the provider's metadata in IAM must carry the IdP's current signing certificate; and the assertion must be unexpired, for the audience `https://signin.aws.amazon.com/saml`. A user the IdP maps to no role gets the same answer: check the IdP's claim rules for that user."
  },
  'eks-token-rejected': {
    title: "STS refused the Kubernetes token's signature when the authenticator checked it",
    explanation:
      "A token for an EKS or aws-iam-authenticator cluster is a presigned sts:GetCallerIdentity request, which the authenticator's server sends to STS. STS answered 403, and GetCallerIdentity is never refused by a policy (an explicit Deny cannot stop it), so the signature itself was refused: the token expired (15 minutes) or was made on a host whose clock is off, was signed for another STS Region or cluster ID than the server expects, or its credentials are no longer valid (an expired session). Make a fresh token with the same credentials (`aws eks get-token --cluster-name CLUSTER` or `aws-iam-authenticator token -i CLUSTER_ID`) and check the server's STS Region setting; the aws-auth mapping is checked only after this."
  },
  'rds-iam-token': {
    title: 'The database refused an IAM database authentication login',
    explanation:
      "RDS and Aurora log an IAM database user in with an IAM authentication token as its password (PostgreSQL: a user granted `rds_iam`, checked through PAM, refused as `PAM authentication failed`; MySQL: a user created `IDENTIFIED WITH AWSAuthenticationPlugin`, refused as `Access denied for user`), and answer the same for every way the token fails: none was sent (a password instead: a user with `rds_iam` can no longer log in with one), it is older than 15 minutes, it was made for another host name, port, user or Region than the connection uses (`aws rds generate-db-auth-token --hostname ENDPOINT --port 5432 --username USER --region REGION`, the endpoint exactly as the client connects), the connection is not over SSL, or the token's credentials may not `rds-db:connect`. That permission is granted on `arn:aws:rds-db:REGION:ACCOUNT:dbuser:DB_RESOURCE_ID/USER`, the instance's or cluster's resource ID (`db-…` or `cluster-…`, from `aws rds describe-db-instances`), not its name; and IAM database authentication must be enabled on the instance or cluster."
  },
  'session-name-invalid': {
    title: 'STS refused the role session name the call passed',
    explanation:
      "The assume-role call's RoleSessionName failed STS's own check before any policy was asked: a session name holds only letters, digits and `+ = , . @ _ -`, 2 to 64 characters. A name built from the actor or a path (`dependabot[bot]`, `team/role`) holds brackets or slashes: set configure-aws-credentials' `role-session-name` on the step (or the tool's session-name setting) to a valid value. The trust policy is not involved; a condition on `sts:RoleSessionName` there would be checked only after this."
  },
  'session-duration': {
    title: "The session asked for is longer than the role's MaxSessionDuration",
    explanation:
      "STS refused the assume-role call's DurationSeconds: it exceeds the role's maximum session duration (one hour unless raised, up to 12 hours), so no credentials were issued and no policy was asked. Ask for less (configure-aws-credentials' `role-duration-seconds`, a tool's session or TTL setting), or raise the role's maximum: `aws iam update-role --role-name ROLE_NAME --max-session-duration 7200`."
  },
  'session-duration-chained': {
    title: "A role assumed with a role's credentials gets one hour at most",
    explanation:
      "STS refused the assume-role call's DurationSeconds: the caller's credentials are themselves an assumed role's (role chaining), and a chained session lasts one hour at most whatever the role's MaxSessionDuration, so no credentials were issued and no policy was asked. Ask for 3600 seconds or less (`--assume-role-ttl`, `role-duration-seconds`, `duration_seconds`), or assume the role from long-term or SSO credentials instead of another role's session (configure-aws-credentials: drop `role-chaining` and assume it directly with OIDC)."
  },
  'oidc-token-empty': {
    title: 'The CI platform gave the job no OIDC token to exchange',
    explanation:
      "The web identity token handed to STS was empty or missing, so the call failed before any policy was asked: the CI platform minted no ID token for this job. GitHub Actions mints one only with `permissions: id-token: write` (in the calling job too for a reusable workflow); CircleCI only in jobs that use a context (`$CIRCLE_OIDC_TOKEN`, `$CIRCLE_OIDC_TOKEN_V2`); GitLab only for tokens the job declares in `id_tokens:`; the AWS Toolkit for Azure DevOps needs the pipeline's `System.AccessToken` made available to its tasks. Check the variable or file that carries the token in this run before any trust policy."
  },
  'oidc-provider-missing': {
    title: 'No GitHub OIDC provider in the AWS account',
    explanation:
      'The account has no IAM OIDC identity provider for `https://token.actions.githubusercontent.com` (or the role trusts a provider in another account). Create the provider with audience `sts.amazonaws.com` in the account that owns the role.'
  },
  'oidc-provider-missing-eks': {
    title: "No IAM OIDC provider for the EKS cluster's issuer",
    explanation:
      "A pod's IAM role for its service account (IRSA) could not be assumed: the role's account has no IAM OIDC identity provider for the cluster's issuer, so STS refused the pod's token before any policy was asked. Create it for the cluster (`eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve`, or an IAM OIDC provider for the URL `aws eks describe-cluster --name CLUSTER --query cluster.identity.oidc.issuer` prints, audience `sts.amazonaws.com`). If it exists, the role's trust policy names another provider (an old or another cluster's issuer, another account): its `Federated` principal and its `:sub`/`:aud` condition keys must be this cluster's issuer."
  },
  // Not GitHub's alone: GitLab, Bitbucket and EKS tokens are refused in the same words (heldout15
  // second review, h15-093: a Bitbucket Pipelines page told about GitHub's default).
  'oidc-audience': {
    title: 'The OIDC token has the wrong audience',
    explanation:
      "The token's `aud` is not in the client ID list of the account's IAM OIDC provider for its issuer. Each platform sends its own: GitHub's configure-aws-credentials `sts.amazonaws.com` unless its `audience:` input says otherwise, GitLab the `aud:` the job's `id_tokens:` declares, Bitbucket Pipelines its workspace's `ari:cloud:bitbucket::workspace/UUID` (shown in the repository's OpenID Connect settings), an EKS service-account token `sts.amazonaws.com`. Add the value the token carries to the provider's client IDs, or send the one already there."
  },
  'oidc-token-invalid': {
    title: 'STS did not accept the web identity token',
    explanation:
      "STS refused the OIDC token sent with AssumeRoleWithWebIdentity, so no credentials were issued. The caller of that call has no IAM identity: no identity policy can help. Fix it on the role's side: the role's account needs an IAM OIDC identity provider for the token's issuer (`https://token.actions.githubusercontent.com` on GitHub) with audience `sts.amazonaws.com`, and the role's trust policy must name that provider as `Federated` principal for `sts:AssumeRoleWithWebIdentity`, with `aud` and `sub` conditions that match the token (the repository, branch or environment the job runs for). Check too that the job sends a fresh token of its own (`permissions: id-token: write`), not one stored or copied."
  },
  'oidc-verification-key': {
    title: "STS could not fetch the identity provider's signing keys",
    explanation:
      "STS could not retrieve the keys that verify the token's signature from the issuer (the `jwks_uri` its `/.well-known/openid-configuration` names), or could not reach the issuer at all, or found no key there for the token's `kid` (a token signed with a key the issuer does not publish, as GitLab's `CI_JOB_TOKEN` was), so it refused the token: no policy was asked, and the IAM provider's thumbprint is not what failed. With GitHub's issuer this is most often passing: retry the step (configure-aws-credentials retries the call itself). For an issuer of your own (a self-managed GitLab, an EKS cluster, a self-hosted identity provider), its discovery document and JWKS must be reachable from the internet over HTTPS (no private network, VPN or IP allow-list in front of them), answer quickly, and the provider's URL in IAM must be exactly the token's `iss`."
  },
  'oidc-aud-missing': {
    title: 'The web identity token has no audience (aud) claim',
    explanation:
      "STS refused the token because it carries no `aud` claim (`Missing a required claim: aud`): it is not an OIDC ID token issued for AWS, so no policy was asked and creating or changing the IAM OIDC provider does not help. Send a token minted with an audience the account's IAM OIDC provider lists as a client ID. On GitLab, `CI_JOB_TOKEN` is no such token: declare one in the job with `id_tokens:` (for example `AWS_ID_TOKEN: { aud: https://gitlab.com }`, the instance's URL GitLab's AWS guide registers as the provider's audience) and pass that variable as the web identity token. On GitHub Actions, request the token with an audience (configure-aws-credentials does, with `sts.amazonaws.com`; by hand, `$ACTIONS_ID_TOKEN_REQUEST_URL&audience=sts.amazonaws.com`). A Kubernetes service-account token needs a projected token with that audience (IRSA's webhook sets `sts.amazonaws.com`). Then make the role's trust policy's `:aud` condition name the same value."
  },
  'oidc-claim-missing': {
    title: 'The web identity token lacks a claim STS requires',
    explanation:
      "STS refused the token because a claim it requires is missing (`Missing a required claim`), so no policy was asked. The token is not an OIDC ID token from the issuer the IAM provider names (a CI job token, an access token, a token minted by hand): send the ID token the platform issues for this purpose (GitLab `id_tokens:`, GitHub's OIDC token with an audience, a projected service-account token), whose `iss`, `sub` and `aud` claims the provider and the role's trust policy check."
  },
  'oidc-thumbprint': {
    title: "The IAM OIDC provider's thumbprint does not match the issuer's certificate",
    explanation:
      "STS refused the token because the certificate of the issuer's JWKS host does not match a thumbprint of the account's IAM OIDC provider, so no policy was asked. IAM checks thumbprints only for issuers whose certificate is not signed by a CA it trusts (a self-hosted identity provider, a private CA); after that host's certificate changed, add the new thumbprint (of the top intermediate CA of the JWKS host's chain) with `aws iam update-open-id-connect-provider-thumbprint`."
  },
  'oidc-id-token-permission': {
    title: 'Job cannot request a GitHub OIDC token',
    explanation:
      'configure-aws-credentials tried OIDC but the job has no permission to request an ID token. Add `permissions: id-token: write` (and `contents: read`) to the job or workflow.'
  },
  'role-arn-invalid': {
    title: 'Role ARN to assume is invalid',
    explanation:
      'The `role-to-assume` value is empty or not a valid role ARN (check the secret or variable it comes from).'
  },
  'role-arn-malformed': {
    title: 'STS rejected the role ARN as malformed',
    explanation:
      "STS refused the ARN of the role to assume before any policy was asked (`Request ARN is invalid`, or `roleArn` failing its length or pattern check), so no credentials were issued. It is most often built from an empty or unset variable: `arn:aws:iam::${AWS_ACCOUNT_ID}:role/NAME` with the account ID unset becomes `arn:aws:iam:::role/NAME`, and an unset role variable sends an empty ARN. It may also not be a role's ARN at all (a SAML provider's or a user's ARN, a role name alone, a stray space or quote). Print the value the step passes (it is no secret) and check it reads `arn:aws:iam::123456789012:role/NAME`, then set the variable it comes from where this job can see it (a protected CI variable is empty on unprotected branches)."
  },
  'duckdb-no-credentials': {
    title: 'DuckDB sent the S3 request without credentials',
    explanation:
      "DuckDB's httpfs says no credentials were provided for this request, so S3 received it unsigned and refused it (the code S3 sent is kept as printed); no policy decided about any caller of yours. Give DuckDB an S3 secret whose scope covers the URL: `CREATE SECRET (TYPE s3, PROVIDER credential_chain)` (with the aws extension: the environment, a profile, SSO or the instance role) or `CREATE SECRET (TYPE s3, KEY_ID '…', SECRET '…', REGION '…')`; a secret with a `SCOPE` that does not match the path is not used. If the object is meant to be public, it is the bucket's policy that does not allow anonymous reads."
  },
  'sso-no-token': {
    title: 'No cached AWS SSO token for this profile',
    explanation:
      'The profile signs in through IAM Identity Center (SSO), and no token for its SSO session or start URL is in the cache (`~/.aws/sso/cache`): it was never logged in on this machine, was logged out, or the cache was cleared or is not mounted here. Run `aws sso login --profile NAME` (or `--sso-session NAME`) where the command runs. If you did log in and the file is still not found, the profile likely uses an `[sso-session]` section, which a tool built on an SDK older than that format looks up under another file name (one made from the start URL): put `sso_start_url` and `sso_region` in the profile itself, or upgrade the tool. In CI, use OIDC (on GitHub, aws-actions/configure-aws-credentials) rather than an SSO profile.'
  },
  'cloudfront-key-unknown': {
    title: "CloudFront does not know the signed URL's key",
    explanation:
      "CloudFront refused the signed URL or cookie before any policy: its `Key-Pair-Id` is not the ID of a public key in a key group the distribution's cache behavior trusts (or, the legacy way, a CloudFront key pair of a trusted signer account). Check the ID the signer sends, that its public key is in a key group listed under the behavior's trusted key groups (`aws cloudfront get-distribution-config`), and that the signer uses the matching private key. No IAM policy change helps."
  },
  'sso-cache-format': {
    title: "The cached SSO token's expiry could not be parsed",
    explanation:
      "The token cache file in `~/.aws/sso/cache` holds an expiry such as `2021-04-03T01:19:00UTC`, the form early AWS CLI v2 releases wrote and the tool's SDK does not parse. Upgrade the AWS CLI, then run `aws sso login` again (or delete that cache file first) so the token is written in the form every SDK reads. No policy change helps."
  },
  'sso-cache-unreadable': {
    title: 'The cached SSO token file could not be read',
    explanation:
      "The tool found the profile's token file in `~/.aws/sso/cache` but the operating system failed to read it (the error after the file name is the file system's, not AWS's): check the disk or mount holding the home directory and the file's permissions for the user the tool runs as, then run `aws sso login` again to rewrite it. No policy change helps."
  },
  'console-login-expired': {
    title: "The CLI's console sign-in has expired",
    explanation:
      'The AWS CLI was signed in with `aws login` (your console sign-in, handed to the CLI), and that session has ended: run `aws login` again, as the user the command runs under. It lasts as long as the console session allows (up to 12 hours); a CI job should not rely on it: give it OIDC or a role instead. No policy change helps.'
  },
  'sso-profile-incomplete': {
    title: "The profile's IAM Identity Center settings are incomplete",
    explanation:
      "The profile says to sign in through IAM Identity Center but does not say where: it needs `sso_region` and `sso_start_url` (or `sso_session` naming an `[sso-session NAME]` section that holds them) as well as `sso_account_id` and `sso_role_name`. Run `aws configure sso --profile NAME` to write them, or point the tool at a complete profile (`AWS_PROFILE`, the provider's `profile`); a tool that reads the config file itself (Terraform's provider, an SDK) needs them in the file it reads. If the profile already names an `[sso-session]` section, the tool's SDK is older than that format and reads only `sso_start_url` and `sso_region` in the profile itself: copy them there, or upgrade the tool. No policy change helps."
  },
  'credential-process': {
    title: "The profile's credential helper failed",
    explanation:
      "The profile gets its keys from a `credential_process` helper (granted, aws-vault, saml2aws, a company script), and the helper exited with an error, so no request was signed and no policy was asked. Its own output above this line says why; most often its own login expired (`granted sso login`, `aws sso login`, the identity provider's sign-in). Run the helper's command from `~/.aws/config` by hand as the same user to see its error."
  },
  'sso-expired': {
    title: 'AWS SSO session expired',
    explanation:
      'The IAM Identity Center session of this profile has expired or its cached token could not be read: run `aws sso login` with the same profile (or `--sso-session NAME`), as the user and HOME the tool runs under, since the token is cached in `~/.aws/sso/cache`. A CI job should not use an SSO profile: give it OIDC or a role instead.'
  },
  'wrong-credential-type': {
    title: 'Wrong kind of credentials for this call',
    explanation:
      'GetSessionToken cannot be called with temporary (session) credentials: call it with long-term user credentials, or use the session you already have.'
  },
  'request-expired': {
    title: 'AWS received the request too long after it was signed (RequestExpired)',
    explanation:
      "EC2 and the services that share its error codes answer RequestExpired when the request's time stamp is more than 15 minutes before (or after) their clock when it arrives: the clock of the machine that signed it is off (VMs, containers and WSL drift after a sleep; check `date` against NTP) or the request waited that long after signing. With temporary credentials the same code can mean the session keys expired: if the clock is right, get fresh ones. No policy was asked."
  },
  'federation-token-from-session': {
    title: 'Wrong kind of credentials for this call',
    explanation:
      "GetFederationToken must be called with an IAM user's long-term access keys; STS refuses it to a role's or any other temporary session. From a role session, call AssumeRole (with a session policy to narrow it) instead, or give the caller (Vault's `federation_token` type, a broker) an IAM user's keys."
  },
  'root-credentials': {
    title: 'Root user credentials cannot assume roles',
    explanation:
      "The account's root user cannot assume roles. Use an IAM user or role (and stop using root access keys)."
  },
  'wrong-account': {
    title: 'AWS credentials are for another account',
    explanation:
      "The tool needs to act in one account but the credentials it has belong to another (CDK: `Need to perform AWS calls for account X, but the current credentials are for Y`). Assume a role in the target account first (the CDK bootstrap roles, a `role-to-assume` for that account), or deploy with that account's credentials."
  },
  'eks-not-mapped': {
    title: 'EKS cluster does not know this IAM identity',
    explanation:
      "The Kubernetes API server of the EKS cluster rejected the caller: the token kubectl sent names an IAM identity the cluster maps to no Kubernetes user (or it was made for another cluster). Check which identity kubectl signs with (`aws sts get-caller-identity` in the same environment; the kubeconfig's `--role-arn` or `AWS_PROFILE`), then add an EKS access entry for that role or user (or a mapping in the `aws-auth` ConfigMap) from an identity that already has access."
  },
  'oidc-claim-rejected': {
    title: 'Identity provider rejected the token claims',
    explanation:
      'STS would not accept the identity token: its provider rejected or could not confirm the claims (IDPRejectedClaim). Check the token issuer and audience against the IAM identity provider, and that STS can reach the provider to verify the token.'
  },
  'public-registry-login': {
    title: 'Expired ECR Public login sent on a public image pull',
    explanation:
      'Docker sent a stored login for `public.ecr.aws` whose token has expired; public images need no login at all. Run `docker logout public.ecr.aws` and pull again, or log in afresh with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (the private-registry `aws ecr get-login-password` cannot log in to ECR Public).'
  },
  'public-registry-login-refused': {
    title: 'ECR Public refused the docker login',
    explanation:
      'The registry `public.ecr.aws` did not accept the password docker login sent. ECR Public takes only its own token, issued in us-east-1: `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (the private-registry `aws ecr get-login-password` token is refused there). Getting that token needs `ecr-public:GetAuthorizationToken` and `sts:GetServiceBearerToken`; pulling public images needs no login at all.'
  },
  'codeartifact-token': {
    title: 'CodeArtifact refused the package manager without a valid token',
    explanation:
      "The package manager reached an AWS CodeArtifact repository with no authorization token, or one that has expired (tokens last 12 hours by default, never longer). Get a fresh one in the same job, right before the install or publish: `aws codeartifact login --tool npm|pip|twine|dotnet --domain DOMAIN --domain-owner ACCOUNT --repository REPO`, or `aws codeartifact get-authorization-token` into the client's settings (Maven and Gradle read it from an environment variable; yarn 1 also needs `always-auth=true`). If getting the token is itself refused, the caller needs both `codeartifact:GetAuthorizationToken` on the domain and `sts:GetServiceBearerToken`."
  },
  // The Amplify CLI's provider reads a named profile, the access-key variables or its headless
  // config only; in an Amplify Hosting build they come from the app's service role
  // (aws-amplify/amplify-hosting#1480, heldout30 re-review h30-025).
  'amplify-no-credentials': {
    title: 'No AWS credentials found',
    explanation:
      "The Amplify CLI found no AWS credentials: it reads a named profile (`AWS_PROFILE`, or the project's `amplify/.config/local-aws-info.json`), the `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` variables, or the `--amplify`/`--providers` JSON of a headless `amplify init`/`amplify pull`. In an Amplify Hosting (Console) build the backend steps (`amplifyPush`) get them from the app's service role: attach one under App settings → IAM roles (the console offers `AdministratorAccess-Amplify`), then redeploy. In a CI job of your own, configure credentials in a step before the Amplify command and pass them as a profile or the variables."
  },
  'amplify-app-no-credentials': {
    title: 'The app got no AWS credentials from its identity pool',
    explanation:
      "Amplify's Storage, API and other categories sign their requests with credentials that the Auth category gets from the app's Cognito identity pool, and it handed over none (`Credentials should not be empty`, `credential value is nil or empty`, `ensure credentials error`), so no request reached AWS and no IAM policy was asked. Check that Amplify is configured with the identity pool (the generated `amplify_outputs.json`, `aws-exports.js` or `amplifyconfiguration.json` passed to `Amplify.configure` holds its ID), that a user is signed in before the call, or that the pool allows guest access when the call is made signed out (Storage's `guest` level), and that the pool's authenticated and unauthenticated roles exist and trust `cognito-identity.amazonaws.com`. Only once credentials come back do those roles' policies decide what the call may do."
  },
  'roles-anywhere-certificate': {
    title: 'IAM Roles Anywhere did not trust the certificate',
    explanation:
      "The credential helper (`aws_signing_helper`) asked IAM Roles Anywhere for a session with a certificate that no enabled trust anchor of the profile's account and Region vouches for (`Untrusted Signing Certificate`), so no credentials were issued and no role's policy was asked. Check that the end-entity certificate chains to the trust anchor's CA (the intermediate certificates passed with `--intermediates`), that the trust anchor and profile are enabled and in the Region the helper calls, that the `--trust-anchor-arn` and `--profile-arn` belong together, and that the certificate is valid now and signed with the key given by `--private-key`. The role's trust policy (principal `rolesanywhere.amazonaws.com`, conditions on `aws:PrincipalTag/x509Subject/CN`) decides only after this."
  },
  'greengrass-token-exchange': {
    title: "Greengrass's token exchange service gave the component no credentials",
    explanation:
      "The client asked Greengrass's token exchange service (TES) for credentials, at the plain-HTTP loopback address Greengrass puts in `AWS_CONTAINER_CREDENTIALS_FULL_URI` (`http://localhost:PORT/2016-11-01/credentialprovider/`), and got none: this is no ECS task, and no policy was asked. Check that the component declares a dependency on `aws.greengrass.TokenExchangeService` (without it the variables point nowhere), that the Nucleus is running and its log shows the service started, and that the core device's token exchange role (behind its IoT role alias, with `iot:AssumeRoleWithCertificate` on the alias in the thing's IoT policy) can be assumed. A client that refuses a plain-HTTP credentials URI on a host other than 127.0.0.1 or 169.254.170.2 (aws-for-fluent-bit, some SDK versions) needs a version that accepts loopback, or the URI given as `127.0.0.1`. The calls the component makes are then allowed on that token exchange role."
  },
  'pod-identity-token-expired': {
    title: "The pod's service-account token had expired",
    explanation:
      "The SDK asked the EKS Pod Identity agent for the pod's role credentials (`AWS_CONTAINER_CREDENTIALS_FULL_URI`, 169.254.170.23) and the agent answered with STS's `ExpiredTokenException`: the service-account token the SDK sent (the file `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` names) had expired, so no credentials were issued and no policy was asked. The kubelet rewrites that projected token before it expires; a process that read it once and kept it sends a stale one. Upgrade the SDK to a release that reads the token file again on each refresh, or restart the pod; check that the pod's token volume is the projected one EKS mounts (not a copy)."
  },
  'federated-login-long-term': {
    title: 'Console sign-in needs a role or federation session',
    explanation:
      "The AWS sign-in federation endpoint (`getSigninToken`, which aws-vault login and other console-login tools call) makes a console link only from temporary credentials that GetFederationToken or AssumeRole issued; it was given an IAM user's long-term keys or a GetSessionToken session, so it refused before any policy was asked. Log in through a role (a profile with `role_arn`), or let the tool turn the user's keys into a GetFederationToken session first (for aws-vault, without `--no-session`; a `credential_process` profile that returns a user's keys cannot be used)."
  },
  'mfa-code-missing': {
    title: 'The call needing MFA carried no MFA code',
    explanation:
      "STS refused the call because the role or session requires MFA and the request did not carry both the MFA device's serial number and a one-time code (`MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code`): no permission was asked. Give the profile `mfa_serial` (the device's ARN, `arn:aws:iam::ACCOUNT:mfa/NAME`) and let the tool prompt for the code, or pass `--serial-number` and `--token-code` to `aws sts get-session-token` / `assume-role` and use the credentials it returns. A tool that cannot prompt (a script, CI) needs credentials obtained beforehand with the code, or a role whose trust policy does not require `aws:MultiFactorAuthPresent`."
  },
  'cognito-unauthenticated': {
    title: 'Cognito identity pool gives no credentials without a sign-in',
    explanation:
      "The app asked the Cognito identity pool for an identity or credentials as a guest, and the pool does not allow unauthenticated identities, so no AWS credentials were issued and no IAM policy was consulted. If the user should be signed in, sign in first and pass the login token to the credentials provider (`logins` keyed by the user pool's provider name, `cognito-idp.<region>.amazonaws.com/<user-pool-id>`), and check the user pool and app client are the pool's authentication provider. Only if guests really need AWS access, turn on guest (unauthenticated) access in the identity pool and give its unauthenticated role only what guests may do: that role is granted to anyone who calls the pool, with no sign-in."
  },
  'eks-token-exec': {
    title: 'The EKS token command of the kubeconfig failed',
    explanation:
      "kubectl (or helm, or Terraform's kubernetes and helm providers) runs the kubeconfig's exec command (`aws eks get-token`, or aws-iam-authenticator) to get a token for the EKS cluster, and that command failed, so no credentials were sent to the cluster. Its own error went to its stderr: run the same command in the same environment (`aws eks get-token --cluster-name CLUSTER --region REGION`) to see it. Usually the process has no AWS credentials or a profile it cannot read (the exec `env` or `AWS_PROFILE`, a runner step without configure-aws-credentials before it); exit code 252 means the command line itself was invalid (an unknown option, an old AWS CLI)."
  },
  // heldout140 review (h140-038: a Kotlin presigner's signing name; h141-014: Arq signing in local time).
  'scope-service': {
    title: 'The request was signed for another service than the one it went to',
    explanation:
      "AWS refused the signature before any policy was asked: its credential scope names another service than the endpoint's (`Credential should be scoped to correct service: 'polly'` names the one it expects). The client or presigner signed with the wrong signing name: a presigner made for one service used for another, a custom endpoint given without its signing name, or an SDK release with that bug. Sign, or presign, with the service the message names (upgrade the SDK if it chose the name itself); the keys may be fine."
  },
  'credential-date': {
    title: "The signature's date and its time stamp disagree",
    explanation:
      'AWS refused the signature before any policy was asked: the date in its credential scope is not the date of its `X-Amz-Date`, so the client took the two from different clocks or time zones (a local date in the scope, UTC in the time stamp). It fails around midnight UTC, or all day far from it. Run the client with `TZ=UTC` or upgrade it; the keys are fine.'
  },
  // heldout149 re-review (h148-072): AppSync's own check of the request's authorization header.
  'appsync-auth': {
    title: 'AppSync found no valid authorization for its authorization mode',
    explanation:
      "AWS AppSync refused the request before any resolver or policy ran: its Authorization header (or `x-api-key`) was missing or not valid for the API's authorization mode. For a Cognito user pool or OIDC mode, the client must send the signed-in user's ID or access token (Amplify: `authMode: 'userPool'` with a signed-in user, or `Auth.currentSession()` succeeding); for API_KEY mode an unexpired key; for AWS_IAM a SigV4-signed request. Check which modes the API allows (`aws appsync get-graphql-api`) and which one the client uses for this operation; no IAM policy change helps."
  },
  // heldout149 re-review (h149-016): External Secrets reads the keys from a Kubernetes Secret it names.
  'external-secrets-keys': {
    title: 'External Secrets could not read the Kubernetes Secret holding its AWS keys',
    explanation:
      "External Secrets builds its AWS session from the access keys in the Kubernetes Secret the SecretStore or generator names (`auth.secretRef`), and could not read that Secret, so no request reached AWS. The Secret must exist with those keys in the namespace the reference resolves to: a namespaced SecretStore or generator reads its own namespace only (a ClusterSecretStore names the namespace explicitly); `kubectl get secret NAME -n NAMESPACE` shows whether it is there. Alternatively drop the keys and let the controller's service account use IRSA or EKS Pod Identity. No IAM policy change helps."
  },
  'jenkins-credential-id': {
    title: 'Jenkins has no AWS credential with the id the step names',
    explanation:
      "The Amazon ECR plugin looks the id up among Jenkins' credentials (`ecr:REGION:CREDENTIAL_ID` names a Region and the id of an \"AWS Credentials\" entry of the AWS Credentials plugin), and found none the job may use: no environment variable, profile or instance role is read at that point. Create an AWS Credentials entry with exactly that id (Manage Jenkins, Credentials) in a scope the job sees (global, or the folder's store), or change the step to the id that exists. A Region the plugin's SDK does not know yet (one opened after its release) fails the same lookup: update the Amazon ECR and AWS SDK plugins. No IAM policy change helps."
  },
  'jenkins-session-credentials': {
    title: 'Artifact Manager on S3 needs session credentials, not long-term keys',
    explanation:
      "The plugin hands the agents temporary credentials for each transfer, so it accepts only a session: it found long-term access keys (an IAM user's, in the environment, a profile or its own configuration) and refused them before calling S3. Supplying other long-term keys fails the same way. Run the controller with an IAM role (an EC2 instance profile, an EKS service account role, an ECS task role), or set an IAM role to assume in the plugin's Amazon Web Services configuration (Manage Jenkins, AWS) so that it gets a session from STS. No IAM policy change on S3 helps until it has one."
  },
  'msk-session-short': {
    title: 'Amazon MSK refused an IAM login signed with credentials about to expire',
    explanation:
      "MSK ends an IAM-authenticated connection's session when the credentials that signed its login expire, and refuses the login (`Session too short`) when they expire too soon to be worth one. The client signed with cached credentials near their end: fixed session keys from an old token, a container's credentials not refreshed, or a signer library version (aws-msk-iam-auth, aws-msk-iam-sasl-signer) that refreshed too late. Let the client refresh its credentials early (a current signer library with the default credential provider chain rather than fixed session keys), or give the role a longer session (its maximum session duration and the assume call's `DurationSeconds`). No policy change helps."
  },
  'mfa-token-provider': {
    title: "The profile's role needs an MFA code the program cannot ask for",
    explanation:
      "The profile assumes a role with `mfa_serial` set, and the program (an SDK inside a container, a daemon, a CI job) has no terminal or token provider to ask for the code, so it stops before calling STS. Obtain the role's session outside it, where a code can be typed (`aws sts assume-role … --serial-number MFA_ARN --token-code CODE`, aws-vault, granted), and hand the program the resulting keys (the `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` variables, or a profile without `mfa_serial`); or give the program a profile whose role needs no MFA. No policy change helps."
  },
  'ecr-helper-token': {
    title: 'The ECR credential helper got no registry token',
    explanation:
      "The registry client asked the ECR credential helper (docker-credential-ecr-login, or a CI plugin's own) for a login, and the helper could not get one: it calls `ecr:GetAuthorizationToken` with whatever AWS credentials it finds (the environment, a profile, the instance or pod role), so either it found none where it runs (a separate container or resource whose own settings hold the keys) or they may not call `ecr:GetAuthorizationToken` (it takes Resource `\"*\"`; a push needs the repository's push actions too). Check which credentials the helper sees, then that identity's policy."
  },
  'redshift-db-token-expired': {
    title: "Redshift's temporary database password expired",
    explanation:
      "With IAM authentication the Redshift driver logs in with a temporary database password that `redshift:GetClusterCredentials` (or `redshift-serverless:GetCredentials`) issued, valid for 15 minutes by default (DurationSeconds, 900 to 3600): the connection that failed reused one after it ran out, usually from a pool or a cache that outlives it (a Lambda's reused connection, a pool's idle connections). Open connections with fresh credentials (let the driver fetch them per connection, keep a pool's maximum lifetime under the password's), or ask for a longer DurationSeconds. The AWS credentials that called GetClusterCredentials are not what expired, and no policy change helps."
  },
  'registry-login': {
    title: 'The client is not logged in to the ECR registry',
    explanation:
      "The registry client has no valid login for this registry (never logged in, or the 12-hour ECR token expired). Log in right before pushing or pulling with a token from `aws ecr get-login-password`, in the client that makes the request: Docker (aws-actions/amazon-ecr-login, or `docker login --username AWS --password-stdin <registry>`), skopeo and podman (`skopeo login`/`podman login`, or `--creds AWS:TOKEN`; they do not read Docker's `credsStore`), or the tool's own registry credentials option. The user name is always `AWS`."
  }
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/**
 * A token from another issuer than github.com's (GitHub Enterprise Server: `https://HOST/_services/token`)
 * needs a provider for that issuer: the github.com one would never match its tokens.
 */
function otherIssuer(issuer: string): CredentialAdvice {
  const ghes = /\/_services\/token\/?$/.test(issuer)
  return {
    title: ghes
      ? 'No OIDC provider for this GitHub Enterprise Server in the AWS account'
      : 'No OIDC provider for this token issuer in the AWS account',
    explanation:
      `The account has no IAM OIDC identity provider for \`${issuer}\`, the issuer of the job's token${ghes ? ' (a GitHub Enterprise Server instance, not github.com)' : ''}. ` +
      (ghes
        ? `Create the provider for exactly that URL (not ${GITHUB_ISSUER}) with audience \`sts.amazonaws.com\` in the account that owns the role, and write the role's trust policy against that provider (its \`HOST/_services/token:sub\` and \`:aud\` keys).`
        : // Another platform's issuer (Pulumi ESC's `https://api.pulumi.com/oidc`, heldout57 review
          // h57-002): its tokens carry its own audience, and a GovCloud or China role needs the
          // provider in that partition's account.
          `Create the provider for exactly that URL in the account that owns the role (in that role's partition: a GovCloud or China role's own account), with the audience that platform puts in its tokens (its documentation names it: not always \`sts.amazonaws.com\`), and write the role's trust policy against that provider (its \`:sub\` and \`:aud\` keys).`)
  }
}

/** A web identity token refused for want of its issuer's provider, the issuer unknown. */
const PROVIDER_MISSING_ELSEWHERE: CredentialAdvice = {
  title: "No IAM OIDC provider for the token's issuer in the AWS account",
  explanation:
    "STS refused the web identity token before any policy was asked: the account that owns the role has no IAM OIDC identity provider for the issuer of that token (or the role's trust policy names a provider of another account). Find the issuer (the token's `iss` claim: an EKS cluster's `https://oidc.eks.REGION.amazonaws.com/id/ID`, which `aws eks describe-cluster --name CLUSTER --query cluster.identity.oidc.issuer` prints; GitHub Actions' `https://token.actions.githubusercontent.com`; a GitLab instance's URL) and create the provider for exactly that URL, with the audience its tokens carry, in the role's account; then write the trust policy against it."
}

/**
 * No credentials where the log shows no GitHub Actions (an application, a workstation, a server):
 * the process's own credential chain, not a CI step (heldout11 review, class 4).
 */
const MISSING_ELSEWHERE: CredentialAdvice = {
  title: 'No AWS credentials found',
  explanation:
    "The tool found no credentials at all. Give them to the process where it runs, and check that it sees them (environment, profile, container): on a workstation a profile (`aws configure`, `aws sso login`, `AWS_PROFILE`), on a server or in a container the host's instance role or the task's or pod's role, in a CI job a credentials step before this one."
}

/**
 * Expired credentials where the log shows no GitHub Actions: no configure-aws-credentials input to
 * name, and a runner or server that read fixed keys once is as likely as a long job (unseen-logs
 * review, u31-009: a GitLab runner on Fargate holding its task role's keys).
 */
const EXPIRED_ELSEWHERE: CredentialAdvice = {
  title: BY_CAUSE.expired!.title,
  explanation:
    "The temporary credentials used for this call had expired. A process that holds fixed session keys outlives them, whether a long job or a long-running runner, agent or server that read them once at start-up: let the program get them from their source each time (the instance, task or pod role, or a profile that assumes the role), which the SDKs refresh before they expire, instead of exporting them into its environment, and clear a stale `AWS_SESSION_TOKEN` left there. A longer session (the `DurationSeconds` of the call that created it, within the role's maximum) only postpones the failure."
}

/**
 * EC2's `AuthFailure` ("AWS was not able to validate the provided access credentials") covers a
 * secret key that does not match its key ID and a signature made for another Region or at a
 * skewed clock, not only an unknown key (heldout30 review h30-005): a valid key ID is no all-clear.
 */
const EC2_AUTH_FAILURE: CredentialAdvice = {
  title: 'AWS could not validate the credentials',
  explanation:
    'EC2 could not validate the credentials (`AuthFailure`): the access key is unknown to AWS (deleted, mistyped, a temporary key sent without its session token, another partition, or a Region the account has not enabled), or the secret key does not match the key ID, or the request was signed for another Region or endpoint or with a skewed clock. Check that the key ID and the secret are the pair the job means (no stray space or newline, not an old secret after rotation), the Region the client signs for, and the clock of the machine that signs.'
}

/**
 * Session tags refused where the log shows no GitHub Actions (a Terraform provider under GitLab,
 * hashicorp/terraform-provider-aws#44712; heldout161 review h161-023): the Action's input is no
 * fix there. A web-identity call passes no tags of its own: they come from the token's claim.
 */
const SESSION_TAGS_ELSEWHERE: CredentialAdvice = {
  title: 'STS refused the session tags passed with the role assumption',
  explanation:
    "STS could not validate the session tags of the assume-role call, so it issued no credentials and no permission policy was asked. A tag value holds a character session tags may not (only letters, digits, spaces and `_ . : / = + - @`), a value is too long (256 characters) or a key is reserved (`aws:`). With a web identity (AssumeRoleWithWebIdentity) the tags come from the identity token itself, its `https://aws.amazon.com/tags` claim as the identity provider fills it: fix the claim's values there or stop sending it. With AssumeRole they are the ones the tool passes (Terraform's `assume_role { tags = … }`, an SDK's `Tags`): fix or drop them. Either way the role's trust policy must also allow `sts:TagSession` for the caller."
}

export function credentialAdvice(
  cause: string | undefined,
  code: string | null,
  issuer?: string,
  /** The log shows GitHub Actions (the default): its step is the advice for missing credentials. */
  onGitHub = true
): CredentialAdvice {
  const key = credentialCause(cause, code)
  if (key === 'missing' && !onGitHub) return MISSING_ELSEWHERE
  if (key === 'expired' && !onGitHub) return EXPIRED_ELSEWHERE
  if (key === 'session-tags' && !onGitHub) return SESSION_TAGS_ELSEWHERE
  if (key === 'invalid' && code === 'AuthFailure') return EC2_AUTH_FAILURE
  if (key === 'oidc-provider-missing' && issuer && /^https?:\/\//.test(issuer)) {
    if (issuer.replace(/\/$/, '') !== GITHUB_ISSUER) return otherIssuer(issuer)
  }
  // No issuer printed and no GitHub Actions in the log: the token may be any platform's (an EKS
  // pod's, a GitLab job's), so GitHub's provider is named as one case, not the answer.
  if (key === 'oidc-provider-missing' && !issuer && !onGitHub) return PROVIDER_MISSING_ELSEWHERE
  return (
    (key && BY_CAUSE[key]) || {
      title: 'AWS credentials problem',
      explanation:
        'The call failed because of the credentials it was made with, not because of a policy. Check how this job obtains its AWS credentials.'
    }
  )
}
