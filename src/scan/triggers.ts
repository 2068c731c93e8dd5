// The fast pre-filter. Every grammar's text contains at least one of these fragments, so a line
// without any of them can be skipped without decoding or normalising it. Fragments drop their
// first letter where AWS capitalises inconsistently ("Unauthorized"/"unauthorized").
import { DECODED_FRAGMENTS } from './decodedInLog.js'
import { LATER_SUCCESS_FRAGMENTS } from './laterSuccess.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import { S3_COMPATIBLE_HOSTS } from '../parse/s3Compatible.js'
import { TARGET_FRAGMENTS } from '../parse/requestTarget.js'
import { ENDPOINT_FRAGMENTS } from '../parse/serviceHints.js'
import { RAW_STRING_FRAGMENTS } from '../parse/codeListing.js'

/**
 * Continuations that make a fragment noise: SDK debug logs print every signed request header
 * (`Authorization: AWS4-HMAC-SHA256 Credential=AKIA…/…`), which would otherwise make each request a
 * trigger line. A real failure on such a line still has its own fragment (`not authorized`, …).
 */
const SIGNED_HEADER = ['ation: AWS4-HMAC', 'ation="AWS4-HMAC', 'ation=AWS4-HMAC']

type Trigger = string | { text: string; unless: string[] }

const TRIGGERS: Trigger[] = [
  { text: 'uthoriz', unless: SIGNED_HEADER },
  // A second fragment of the IAM sentence: a hard wrap can split one of them, never both.
  'to perform',
  // Both spellings in full: six bytes or more per fragment let the byte search jump further.
  'Denied',
  'denied',
  'orbidden',
  'xpired',
  { text: 'redential', unless: ['='] },
  'nvalidClientTokenId',
  'nvalidAccessKeyId',
  'ignatureDoesNotMatch',
  // A request whose signature is incomplete (STS's answer to a malformed Authorization header).
  'ncompleteSignature',
  // CloudWatch Logs' export task naming the bucket permission it lacks.
  'has been granted s3:',
  // A client told to use EKS Pod Identity whose variables are missing (pgBackRest's words).
  "CONTAINER_CREDENTIALS_FULL_URI'",
  // Rust's object_store failing to reach the instance metadata service.
  'error sending request for url (http://169.254.169.254/',
  // Fluent Bit's credential provider.
  'sts assume role request failed',
  // The EKS Pod Identity agent's answer for a service account no association names.
  'no service account role association',
  // configure-aws-credentials failing to get the job's OIDC token.
  'getIDToken call failed',
  // The Go SDK v1 line of a refused signature (`InvalidSignatureException: ` / `status code: 403`).
  'nvalidSignatureException',
  'nrecognizedClient',
  'penIDConnect',
  'nvalidIdentityToken',
  // S3's refusal of a malformed or mismatched session token (`(InvalidToken)`).
  'nvalidToken',
  'NoSuchBucket',
  'RepositoryNotFound',
  'name unknown',
  'not allowed to access',
  'AuthFailure',
  'issing Authentication Token',
  'issingAuthenticationToken',
  'permission to call',
  'permissions to call',
  'ncorrect token audience',
  'signature we calculated',
  // Its first words alone: a logger may wrap the message right after them (agno-agi/agno#3968).
  'ecurity token',
  // Rust's `http` response printed whole, a bodiless 403 (src/parse/grammars/storageStatus403.ts).
  'Parts { status: 403, ',
  // Services refusing a call they make for the user (src/parse/grammars/serviceIntegrations.ts).
  'Invalid permissions on Lambda function',
  'customer role does not have permissions',
  // AWS Config checking it may invoke a custom rule's function (src/parse/grammars/serviceIntegrations.ts).
  'cannot be invoked. Check the specified function ARN',
  // Services checking a destination they deliver to (src/parse/grammars/deliveryDestinations.ts).
  'Incorrect S3 bucket policy is detected',
  'Insufficient permissions to access S3 bucket',
  'KMS key is not accessible',
  // A default EBS key another account cannot use (WD7257).
  'Given key ID is not accessible',
  // The metadata service unable to get an instance profile's role (WD7263).
  'EC2 cannot assume the role',
  // Amplify Hosting's build unable to assume the app's service role (WD7254).
  'Unable to assume specified IAM Role',
  'S3 bucket for CloudFront logs',
  'do not have permissions to access it',
  'WAFLogDestinationPermissionIssue',
  'Secret Access Key must be specified',
  'access denied by server while mounting',
  // Lake Formation's own refusal, a line of its own under a tool's wording (src/parse/grammars/toolReports.ts).
  'Lake Formation permission',
  // AWS IoT Core refusing a device's MQTT connection (src/parse/grammars/iotConnections.ts).
  'AUTHORIZATION_ERROR',
  'NOT_AUTHORIZED',
  // AWS IoT's log entry for a refused connection, publish or subscription (WD7175).
  'AUTHORIZATION_FAILURE',
  // An SDK too old for EKS Pod Identity's agent address (WD7176).
  'valid container metadata service hostname',
  // cdk-assets refused the bootstrap bucket's location (WD7179).
  't have access to it',
  // A service-managed StackSet called from an account CloudFormation does not take as admin (WD7185).
  'delegated admin account of an organization',
  // Firehose refused the source stream's key (WD7187).
  'does not have access to the KMS Key',
  'MQTT_UNEXPECTED_HANGUP',
  // Rule needs whose whole match holds no other fragment (__tests__/scan/triggerCoverage.test.ts):
  // the Go SDK v1's instance-role error (WD742), an OIDC token the job could not get (WD855), a
  // service refusing another account's role (cross-account-pass-role).
  'EC2RoleRequestError',
  'OIDC token',
  'ross-account pass role',
  // configure-aws-credentials' note before its failure, and STS's missing-claim words (WD748, WD855).
  'authenticate with OIDC',
  'required claim',
  // Athena's refusal of a query, alone on its line (WD7190).
  'nsufficient permissions to execute',
  // A service relaying a refusal in its own words (WD7193), the Java SDK off EC2 (WD7194).
  'permitted to perform',
  'connect to service endpoint',
  // Go's HTTP client refusing a credential header (WD7195).
  'invalid header field value',
  // S3 refusing a POST upload whose form does not match its signed POST policy (WD7197).
  'according to Policy: ',
  // The Pulumi AWS provider's checks of its keys, the Go SDK v1's shared config error, Ansible's
  // EC2 inventory script refused (WD7199–WD7203).
  'AccessKeyID and/or',
  'SharedConfig',
  'rror retrieving ec2 inventory',
  // AWS Budgets in a member account (WD7227), when no other fragment shares the line.
  'ask the payer account to enable budgets',
  // The EB CLI's own warning, s3fs-fuse's status line, Mountpoint's first request (WD7219–WD7221).
  'Insufficient IAM privileges',
  'InsufficientPrivilegesException',
  'HTTP response code =403',
  'HTTP response code = 403',
  'HeadBucket failed',
  // The CodeDeploy agent refused by the metadata service (WD7225).
  'HTTP error from metadata service',
  // s3fs-fuse off an instance role, the Go SDK v1 web identity provider without its token,
  // botocore timing out on the metadata service (heldout138–139).
  'could not load IAM role name',
  // FSx (and others) unable to make the service-linked role the caller may not create.
  'unable to create Service-Linked-Role',
  // heldout140–141: a clock ahead, Chime's sink bucket, MediaLive's console, Amplify's storage
  // provider, S3 refusing an unsigned request, the AWS SDK for C++'s trace, DuckDB's secrets and
  // httpfs, Arrow's S3FileSystem.
  'ignature not yet current',
  // Also the manifest's refusal (`Insufficient permission to access the manifest`), once its own fragment.
  'Insufficient permission to access',
  'the following permissions are needed',
  'AWSS3Provider - error',
  'Anonymous users cannot',
  'HTTP response code: 403',
  'Secret Validation Failure',
  'Failed to create secret using the following',
  'AWS Error ACCESS_DENIED',
  // heldout142–143: AWS Config's delivery refusal, Security Hub's administrator check, GDAL without
  // keys, a CloudTrail alert's words, TeamCity's S3 artifact upload.
  'InsufficientDeliveryPolicy',
  'InvalidAccessException',
  'AWS_NO_SIGN_REQUEST configuration options',
  'Access denied on event ',
  'Response code received: 403',
  '[HTTP Response Code: 403]',
  'failed fetching WebIdentity token',
  'Connect timeout on endpoint URL: "http://169.254.169.254',
  // PostgreSQL on RDS refusing an IAM database authentication login (WD7223).
  'PAM authentication failed',
  // VM Import's service role (WD7211).
  'or does not have sufficient permissions',
  // EC2 refusing an image's snapshots (WD7210).
  'access the storage of this ami',
  // The Serverless Application Repository refused its artifacts' bucket (WD7204).
  'does not have read access to bucket',
  // A service checking the role it is handed trusts it (WD716's `must allow AWS … to assume the role`).
  'must allow AWS ',
  // The Java SDK v2's suffix of a 403 whose message says nothing (`GreengrassV2DataException: null
  // (Service: GreengrassV2Data, Status Code: 403, …`, src/parse/grammars/messages.ts).
  'Status Code: 403, ',
  // The Java SDK v1's fields for a bodiless 403, no other trigger on the line (sdk-null-403).
  'Status Code: 403; Error Code: null;',
  // electron-forge's S3 publisher with no keys (src/parse/grammars/credentials.ts, WD7370).
  'In order to publish to s3 you must set',
  // Mountpoint for S3 and the CRT's S3 client (src/parse/grammars/credentials.ts).
  'signing credentials found',
  'invalid AWS credentials',
  'No valid AWS credentials found',
  'no permissions for [',
  'Error in assuming ',
  'WRONGPASS',
  'identity-aware credentials',
  ' cannot be assumed',
  'ProviderError(',
  'IMDSError.',
  'Unable to parse ExceptionName: ',
  'Response status: 403',
  'Illegal status [403]',
  'credentials not found in ',
  'please install botocore first',
  'Chime SDK',
  '530 Authentication required',
  'Could not write to bucket',
  'Could not publish to SNS topic',
  'InvalidLambdaFunction',
  'Could not invoke Lambda function',
  'Please ensure the role can perform',
  // EventBridge Pipes' state reason and execution log (src/parse/grammars/serviceIntegrations.ts).
  'enough permission to process your',
  'Target invocation failed with error from',
  // Amazon EMR's cluster state-change reasons (src/parse/grammars/emrClusters.ts); its bootstrap
  // script's refusal says `denied`, which passes already.
  'service role arn:',
  'has insufficient EC2 permissions',
  // An old Docker's login prompt on a push (src/parse/grammars/credentials.ts, WD7170).
  'Please login prior to ',
  // The CLI's console sign-in ended, an SSO helper's cache, a profile's SSO settings missing.
  'Your session has expired',
  'Cached SSO login is expired',
  'configured to use SSO but is missing',
  'required SSO configuration values',
  'create the service-linked role',
  'Resolved credential object is not valid',
  'Not Authorized to access ',
  'Permission error with your S3 bucket',
  'have access to the destination bucket or KMS key',
  '[status:403 request:',
  'does not have permissions for the requested resource',
  'Bad Authorization',
  'retrieve verification key',
  'AWS-LOGIN-ERROR-',
  // fog's own check of its settings (src/parse/grammars/credentials.ts).
  'Missing required arguments: ',
  // botocore's missing profile (src/parse/grammars/credentials.ts).
  'config profile (',
  // dulwich's status before the URL it asked (src/parse/grammars/storageStatus403.ts).
  'http resp 403',
  // Services' own words for a refused trigger, target or source (src/parse/grammars/serviceIntegrations.ts).
  'invocation failed due to error',
  // The Java SDK v2's web identity provider with no token file (src/parse/grammars/credentials.ts).
  'webIdentityTokenFile must be set',
  'does not have access to target',
  'Unable to perform s3 list operation',
  // Octopus Deploy reading the instance role (src/parse/grammars/credentials.ts).
  'the role information under',
  'add permission: ',
  // DuckDB's httpfs status in parentheses after the URL (src/parse/grammars/storageStatus403.ts).
  '(HTTP 403)',
  // conda's upper-case status and Logstash's quoted one (src/parse/grammars/storageStatus403.ts).
  '403 FORBIDDEN',
  // A tool's upload error, the status alone after an AWS URL (src/parse/grammars/storageStatus403.ts).
  'amazonaws.com: 403',
  // Amazon MSK's broker refusing an IAM login signed with credentials about to expire.
  ']: Session too short',
  // The Kinesis Producer Library's daemon with no credentials (the phrase has no other fragment).
  'retrieve credentials from anywhere',
  "response code '403'",
  // Cognito identity pools whose roles cannot be used (src/parse/grammars/amplifyClients.ts).
  'InvalidIdentityPoolConfiguration',
  'Access Key Id you provided',
  'no valid providers',
  'may not be assumed',
  // Bedrock's model-access refusal in its own words, its code often not printed (a LiteLLM
  // health check relaying the body alone, h34-016).
  'have access to the model',
  'permissions error',
  'does not exist in the registry',
  'Request ARN is invalid',
  'Access to KMS is not allowed',
  // Refusals no policy decides (src/model/nonIamRefusals.ts), whatever the message says.
  'AllAccessDisabled',
  'AccountProblem',
  'RegionDisabled',
  'InvalidObjectState',
  // Account-level refusals (opt-in, sign-up, verification), whatever the message says.
  'OptInRequired',
  'SubscriptionRequired',
  'NotSignedUp',
  'PendingVerification',
  // The same in words (src/parse/grammars/accountRefusals.ts).
  'account is currently blocked',
  'region is being validated',
  // CloudFormation's tag-permission event, STS's rejected OIDC claims.
  'have IAM permissions',
  'IDPRejectedClaim',
  'IDPCommunicationError',
  // SSO OIDC's refusal of an expired session; S3's answer to a request that carried no credentials.
  'nvalidGrantException',
  'nonymous users cannot',
  'nonymous access is forbidden',
  // A service refusing the role it was handed; other services' own denial sentences.
  'cannot be assumed',
  // StackSets' status reason for an execution role it cannot assume (grammar WD853).
  'role with trust relationship to Role',
  'unable to assume the',
  // AWS IoT's words for a topic rule's role (`(iot.amazonaws.com) is unable to assume role`).
  'unable to assume role',
  'does not have permissions to call',
  'permissions to access this resource',
  'not allowed to be used',
  'retries] ',
  // CDK with no account to deploy to (no credentials); S3's AllAccessDisabled in SDK words.
  'resolve AWS account',
  // Early CDK with no credentials, whose message misspelt the word (`AWS credentails could not …`).
  'obtained from standard locations',
  // A failed row of a CloudFormation event table: its reason may wrap over many lines below it.
  '_FAILED ',
  'access to this object has been disabled',
  // S3 refusing a notification destination; Auto Scaling's launch failure on an EBS key.
  'destination configurations',
  'error on launch',
  // A package manager's status from an AWS CodeArtifact repository (src/parse/grammars/packageRegistry.ts);
  // no dots: the fragments are also joined into one regular expression.
  'codeartifact',
  // Redshift's COPY without a key; Greengrass' artifact check; S3A's refusal cut in a table cell
  // (heldout144–145).
  'ccess key ID not found',
  'artifact resource cannot be accessed',
  'AmazonS3Exception: Forbid',
  // Pacu's, Soto's, AWS.jl's, acme.sh's and Java's URL connection's own words (heldout146–147).
  'MISSING REQUIRED AWS PERMISSIONS',
  'No credential provider found',
  "Can't find AWS credentials",
  'during request(http://169.254.169.254/',
  '"/latest/meta-data/iam/',
  'route53 api key id',
  'HTTP response code: 403',
  'location access test failed',
  // S3 refusing a request that carried no access key (src/parse/grammars/credentials.ts).
  'AWSAccessKey was presented',
  // The AWS SDK for Rust with nothing to sign with (src/parse/grammars/credentials.ts).
  'atchingAuthScheme',
  'auth scheme matched auth scheme',
  'an auth scheme to sign',
  // A Cognito identity pool that issues no credentials without a login (src/parse/grammars/credentials.ts).
  'nauthenticated access is not supported',
  // The JS SDK v3's instance role provider answered with an error status (src/parse/grammars/credentials.ts).
  'from instance metadata service',
  // The Go SDK v2 found no instance role at the metadata service (src/parse/grammars/credentials.ts).
  'EC2 IMDS role found',
  // A web identity token file the SDK could not read (src/parse/grammars/credentials.ts).
  'ebIdentityErr: unable to read file',
  'from the WebIdentityTokenFile',
  'unable to read web identity token file',
  // AppSync unable to assume a data source's role (src/parse/grammars/messages.ts).
  'Unable to assume role arn:',
  // The Go SDK v1's request error printed with %#v, its status alone (src/parse/grammars/messages.ts).
  'requestError{awsError',
  // A registry's 403 with no body docker could read (src/parse/grammars/imagePulls.ts).
  'HTTP 403 response body',
  'rror parsing HTTP response: unexpected end',
  // CDK refused its bootstrap role in another account (src/parse/grammars/messages.ts).
  'ould not assume role in target account',
  // S3's refusal of a request signed off its clock; botocore's SSO token missing from its cache;
  // STS's length check of an empty role ARN (src/parse/grammars/credentials.ts).
  'RequestTimeTooSkewed',
  'request time and the current time is too large',
  // Without its first word: a formatter may wrap the message right after it (h124-102).
  'loading SSO Token',
  "at 'roleArn' failed",
  // The CLI's status-only code on its own line when a writer's mail client wrapped the message
  // before `operation: Forbidden` (MetOffice/aws-earth-examples#2).
  'error occurred (403) when calling',
  // Data tools' own frames around S3's refusal (src/parse/grammars/dataToolS3.ts): Arrow's S3
  // filesystem (its SDK error type, or the number older versions printed) and ClickHouse's bodiless
  // HEAD answer.
  'AWS Error ACCESS_DENIED',
  'AWS Error [code 15]',
  'HTTP response code: 403',
  // GDAL's warning of a refused sidecar read (`HTTP response code on https://…: 403`).
  'HTTP response code on ',
  // A request to the instance metadata service for a token or the role's credentials that failed
  // (src/parse/grammars/credentials.ts), and pgBackRest finding no result in STS's answer.
  '169.254.169.254/latest/',
  // The IAM sentence's reason clause, its caller left out (src/parse/grammars/messages.ts).
  'policy allows the ',
  // Redshift's older words for a role it may not use, and Travis' dpl for a refused bucket write.
  'get credentials of role ',
  "a bucket that isn't yours",
  'AssumeRoleWithWebIdentityResult',
  // s3fs-fuse's refused request (`failed a request(403: https://…)`, see storageStatus403).
  'failed a request(403',
  // git's and newer curl's bare status (a CodeCommit clone); beanstalk-deploy's status alone.
  'returned error: 403',
  'Error: Status: 403',
  // Tools' own words for a refusal or an assume that failed (src/parse/grammars/toolReports.ts,
  // credentials.ts).
  'http status 403',
  'unable to validate access to the S3 bucket',
  'permission for the image',
  'Error calling AssumeRole',
  'is not allowed to access the resources',
  'Invoking account does not have access',
  'operation on shared resource',
  'setup from home page to enable this action',
  'SharedCredsLoad',
  "Linked account doesn't have access",
  'is not authorized to perform action',
  'establish security credentials',
  '"type": "AccessDenied',
  // CodeDeploy's service role refused a service; Bedrock refusing an API key; KEDA with no AWS key
  // (src/parse/grammars/messages.ts, credentials.ts).
  'give you permission to perform',
  'API Key format: Must start',
  'make sure your API Key is valid',
  'awsAccessKeyID not found',
  'awsSecretAccessKey not found',
  // Step Functions unable to assume a state machine's role (src/parse/grammars/messages.ts).
  'nor the regional one is authorized',
  'should be scoped to a valid region',
  'invocation passing is not allowed',
  // CloudTrail unable to use a trail's CloudWatch Logs role (src/parse/grammars/messages.ts).
  'InvalidCloudWatchLogsRoleArn',
  // Federation refusals in other clients' words (src/parse/grammars/federationRefusals.ts).
  'Unable to validate tags',
  "at 'roleSessionName' failed",
  'principal does not have permission to invoke',
  'configured on the integration',
  'key cannot be null',
  'config stream closed: 7',
  'config stream to appmesh',
  'can only be managed through ',
  'Contact account owner',
  'sts getCallerIdentity failed',
  // The Go SDK v2's bare 403 (`https response error StatusCode: 403`), also as a writer shortened
  // it (`operation error IAM: X ... StatusCode: 403`, WD7209).
  'StatusCode: 403',
  'have permission to perform ',
  'update your IAM permissions to allow ',
  'updated your permissions to allow the ',
  'unable to assume the Service-Linked Role ',
  ' credentials are expired',
  'not enabled for cost explorer access',
  'are not a valid pair',
  // urllib3's access line under botocore's debug log (src/parse/grammars/storageStatus403.ts).
  ' HTTP/1.1" 403 ',
  // The console's access-denied panel (`Context: an explicit deny in a service control policy`).
  'Context: an explicit deny in ',
  'have permission to access billing information',
  'required AWS Marketplace actions',
  'reserved parameter name',
  'is not a valid AWS service name',
  'create a Service Linked Role',
  'invalid SAML response',
  'Missing Authentication Token',
  'ActivationExpired',
  'InvalidActivation',
  'Failed to validate permissions for log group',
  'failed to get shared config profile',
  'The requested DurationSeconds exceeds',
  'parameter WebIdentityToken',
  'Failed to assume role with OIDC',
  'Failed to fetch authentication token for',
  'EKS does not have permissions to assume',
  'ensure you have the right AWS permissions',
  // Snowflake's refused AssumeRole of a storage integration's role (frameworkDenials.ts).
  'Error assuming AWS_ROLE',
  // STS off in the Region, in its own words (regionRefusals.ts).
  'STS is not activated in this region',
  // External Secrets without the keys for its AWS session (credentials.ts).
  'nable to create aws session',
  // aws-es-proxy's log of a domain's refusal (toolReports.ts).
  'Received 403 from AWSAuth',
  // No credentials in the Common Runtime's and the Rust SDK's words (credentials.ts).
  'AWS_AUTH_SIGNING_NO_CREDENTIALS',
  'could not be sourced by the IMDS',
  // ...and by any other provider of the CRT-based SDKs (`… by the process provider`).
  'could not be sourced by the ',
  // The sign-in federation endpoint given long-term keys; Roles Anywhere refusing a certificate.
  'federated login',
  // aws-vault's and Ansible's own words for a profile they cannot use.
  'No master credentials',
  'Profile given for AWS',
  // vagrant-aws's configuration check (credentials.ts, WD7362).
  'access key ID must be specified',
  // A bearer token refused; an Authorization header missing SigV4's parts (credentials.ts).
  'bearer token included in the request',
  'Authorization header requires',
  // S3's unknown-key message, as a writer retypes it without its code (credentials.ts, WD739).
  'exist in our records',
  // The AWS SDK for iOS logging S3's response (storageStatus403.ts, NS_STATUS).
  'status code: 403, headers {',
  'Untrusted Signing Certificate',
  'ProfileFile provider could not be built',
  'no providers in chain provided',
  // A service role's refusal in AWS Backup's words; Cognito Identity refusing a pool's role; Salt's
  // S3 fileserver (src/parse/grammars/messages.ts).
  ' does not have permission to ',
  'Access to Role ',
  ' response for bucket ',
  // Lake Formation checking a grantor's Glue permissions (src/parse/grammars/messages.ts).
  'Insufficient Glue permissions',
  // Amplify JS naming Pinpoint's refused action; a service naming the permission its check of the
  // caller missed (src/parse/grammars/messages.ts).
  'Pinpoint IAM Policy',
  'not have the required ',
  // Kinesis Video Streams' fragment acknowledgement; Amplify Swift's status line; IAM Identity
  // Center's OIDC refusing a registered client (src/parse/grammars/messages.ts, credentials.ts).
  'KMS_KEY_ACCESS_DENIED',
  'response status code is [403]',
  'InvalidClientException',
  // Clients' and services' words for refusals and missing keys (messages.ts, credentials.ts).
  'valid AWS access and secret keys',
  'Access key ID cannot be blank',
  'valid method of AWS authentication',
  'Unknown Key</Message>',
  'requires a valid Date or x-amz-date',
  'aws-java-sdk-sts module must be on'
]

// Each trigger is literal text (the pre-filter compares bytes), so the expression escapes it: a
// trigger holding `(403)` must not become a group.
export const TRIGGER_SOURCE = TRIGGERS.map((t) =>
  typeof t === 'string'
    ? escapeRegExp(t)
    : `${escapeRegExp(t.text)}(?!${t.unless.map(escapeRegExp).join('|')})`
).join('|')

/**
 * What src/infer reads around a denial (see StepContext): a step's command line (its runner
 * title, its script lines, a shell trace), a `role-to-assume` input, a printed caller identity,
 * Pulumi's backend login (the bucket of its state and lock objects).
 */
export const STEP_FRAGMENTS = [
  '##[group]Run ',
  '[36;1m',
  '+ aws ',
  // A command shown at a prompt or quoted in prose above its error (`$ aws s3api put-object ...`).
  '$ aws ',
  'aws s3api ',
  // ...or in backticks on a line of its own (src/scan/stepContext.ts).
  '`aws ',
  'role-to-assume',
  '"Arn": "arn:',
  // An `aws` command sending its requests over plain HTTP, further up than a record reaches
  // (h31-021): kept as the step's command (a TLS-only Deny refuses exactly that request).
  'endpoint-url http://',
  'endpoint-url=http://',
  'pulumi login ',
  // A pre-signed link's expiry in a request line above S3's answer (src/infer/presignedExpiry.ts).
  'Expires=',
  // A signed request's own headers in an SDK's wire trace, further above S3's answer than a record
  // reaches (src/infer/s3ErrorPage.ts: the caller is no anonymous one).
  'X-Amz-Security-Token:',
  'X-Amz-Content-Sha256:',
  // A step's web-identity variables, printed in its `env:` block above a credentials failure.
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  // Terraform streaming a run from HCP Terraform / Terraform Enterprise (src/scan/stepContext.ts).
  'in the remote backend',
  'app.terraform.io/app/',
  // The remote run's own lines when the CLI's banner is cut off (src/model/terraformRemoteRun.ts).
  'Waiting for the plan to start',
  'Waiting for the apply to start',
  // A comment or heading a few lines above naming the boundary as the cause (src/infer/statedCause.ts).
  'ission boundar',
  'issions boundar',
  // ...or saying an Allow is already attached, or that an SCP blocks the calls (a paragraph of
  // prose above the error block, a blank line between).
  'dministratorAccess',
  'dministrator Access',
  'FullAccess',
  'ervice control polic',
  // ...or that the function or its role was recreated: Lambda's KMS grant is then stale (h12-129).
  'ecreat',
  // ...or that a pod's calls go out as its node's role (src/diagnose/traps/podOnNodeRole.ts).
  'IRSA',
  'worker instance profile',
  "node's role",
  'node role',
  'worker role',
  // Canned ACLs named in prose above an S3 refusal (`It works: \`Private\`` / `does not work for:
  // \`PublicRead\``): the writer's contrast between an upload's variants (src/infer/contextSignals.ts).
  'ublicRead',
  'ublic-read',
  // Deploy plugins that upload with a public-read ACL by default, named once when they start.
  'gatsby-plugin-s3',
  'cli-plugin-s3-deploy',
  'uthenticatedRead',
  'uthenticated-read',
  'BucketOwner',
  'Private`',
  "private'",
  'private`',
  // A profile's `role_arn` setting printed above an assume's failure (src/infer/contextSignals.ts).
  'role_arn',
  // A Dependabot pull request's title at the top of a run page (src/infer/contextSignals.ts).
  'Bump ',
  // A policy statement's fields pasted above the refusal (src/infer/allowShown.ts).
  '"Effect"',
  '"Action"',
  '"NotAction"',
  '"Resource"',
  '"NotResource"',
  '"Condition"',
  // A test's AWS mock named above a credentials refusal, which then escaped it to AWS
  // (src/infer/contextSignals.ts): moto's import, decorators and server, LocalStack, the JS mocks.
  '@mock_',
  'from moto',
  'import moto',
  'mock_s3',
  'mock_aws',
  'moto_server',
  'ocalstack',
  'OCALSTACK',
  'aws-sdk-client-mock',
  'aws-sdk-mock',
  'mockClient(',
  // A client that creates its table by default, named above its refused CreateTable
  // (src/model/createOnMissingClients.ts).
  'dynamoose',
  // ...or s3fs, whose frames and pandas call stand above the traceback's refused CreateBucket.
  's3fs',
  'fsspec',
  "('s3://",
  '("s3://',
  // ...or saying writes to the store work while reads fail (src/infer/writeOnlyAccess.ts).
  'ble to push',
  'ble to upload',
  'ble to write',
  'ble to put ',
  'ble to copy',
  'ble to back',
  'can upload',
  'can push',
  'can write'
]

/**
 * What a context fragment's hit makes the scanner read around it (see `Scanner.remember`): each
 * reader runs only on the hits of its own fragments, so a log full of one kind of context (a step
 * title per step, an `s3://` URL per uploaded file) pays for that kind's reader alone (issue 16).
 */
export type ContextReader =
  | 'ecr'
  | 'eks'
  | 'msk'
  | 'store'
  | 'step'
  | 'trail'
  | 'decoded'
  | 'target'
  | 'raw'
  | 'resumed'
  | 'endpoint'
  | 'registry'

/**
 * Context worth remembering for later lines, by the reader each feeds: the ECR registry a push
 * talks to, that kubectl talks to EKS, that the S3 endpoint is not AWS's. Six bytes or more each
 * (the byte search's stride is set by the shortest probed fragment).
 */
export const CONTEXT_GROUPS: readonly { reader: ContextReader; fragments: readonly string[] }[] = [
  { reader: 'ecr', fragments: ['.dkr.ecr.'] },
  // The registry docker pushes to, named once above its layers' lines and the refusal after them.
  { reader: 'registry', fragments: ['The push refers to'] },
  {
    reader: 'eks',
    fragments: [
      'eks.amazonaws.com',
      'arn:aws:eks:',
      'eksctl',
      // Prose placing the cluster on EKS, lines above a kubectl or helm error.
      'EKS cluster',
      'EKS Cluster',
      'Amazon EKS',
      'update-kubeconfig',
      'aws-iam-authenticator',
      // Its name before it moved to kubernetes-sigs (2018 kubeconfigs exec `heptio-authenticator-aws`).
      'heptio-authenticator',
      'Added new context'
    ]
  },
  // A Kafka login on Amazon MSK's IAM mechanism (see `MSK_IAM`), named above the client's error.
  {
    reader: 'msk',
    fragments: ['AWS_MSK_IAM', 'Amazon MSK', '"aws-iam"', 'od Identity', 'od identity']
  },
  { reader: 'store', fragments: S3_COMPATIBLE_HOSTS },
  { reader: 'step', fragments: STEP_FRAGMENTS },
  // A CloudTrail event's call, lines above its `errorCode`, and its caller (`userIdentity.arn`).
  {
    reader: 'trail',
    fragments: ['"eventSource"', '"eventName"', 'eventSource: "', 'eventName: "', '"arn": "arn:']
  },
  // A decoded authorization message printed below an encoded one, and its caller's ARN.
  { reader: 'decoded', fragments: [...DECODED_FRAGMENTS, '"arn": "arn:'] },
  // The call a tool announced above a bare refusal (`… upload data to 's3://…'`).
  { reader: 'target', fragments: TARGET_FRAGMENTS },
  // An AWS endpoint a request went to, lines above the credentials failure it answered.
  { reader: 'endpoint', fragments: ENDPOINT_FRAGMENTS },
  // A source line opening a raw string that a canned error body fills, lines above the record.
  { reader: 'raw', fragments: RAW_STRING_FRAGMENTS },
  // Terraform planning below a credentials failure: the check passed later (laterSuccess.ts).
  { reader: 'resumed', fragments: LATER_SUCCESS_FRAGMENTS }
]

/** Every context fragment, once each, in the groups' order. */
export const CONTEXT_FRAGMENTS = [...new Set(CONTEXT_GROUPS.flatMap((g) => g.fragments))]

/** The readers a context fragment's hit runs: those of every group that lists its text. */
export function readersOf(text: string): Set<ContextReader> {
  return new Set(CONTEXT_GROUPS.filter((g) => g.fragments.includes(text)).map((g) => g.reader))
}

/** Any context fragment, as an expression. */
export const CONTEXT_SOURCE = CONTEXT_FRAGMENTS.map(escapeRegExp).join('|')

/** The pre-filter's fixed fragments, for the byte-level search of each block. */
export const PREFILTER_FRAGMENTS = [
  ...TRIGGERS.map((t) =>
    typeof t === 'string' ? { text: t, trigger: true } : { ...t, trigger: true }
  ),
  ...CONTEXT_FRAGMENTS.map((text) => ({ text, trigger: false }))
]

/** Matches any trigger; global so callers can walk all positions. */
export function triggerPattern(): RegExp {
  return new RegExp(TRIGGER_SOURCE, 'g')
}
