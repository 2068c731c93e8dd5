// A line is read only when it holds a trigger fragment (src/scan/triggers.ts): a rule whose match
// holds none is never run on a log, though its own tests (which call the grammar) pass. Each line
// below is one rule's wording alone on a line, as a tool prints it, read the whole way through
// the scanner.
import { analyzeText } from '../../src/engine/Analysis.js'

const ALONE: [rule: string, line: string][] = [
  // heldout161–164 (session 54).
  [
    'federated-login-token-type',
    'Only federation tokens or assume role tokens may be used for federated login. Please contact your administrator.'
  ],
  ['roles-anywhere-untrusted-certificate', 'Untrusted Signing Certificate'],
  [
    'crt-provider-source-failure',
    'message: "Valid credentials could not be sourced by the process provider", name: "X"'
  ],
  [
    'rust-sdk-no-credentials',
    'ConstructionFailure(ConstructionFailure { source: SigningStageError { kind: MissingCredentials } })'
  ],
  ['amplify-app-no-credentials', 'uploadData giving an error "Credentials should not be empty."'],
  // heldout142–143 (session 48).
  [
    'trail-alert-access-denied',
    'Access denied on event CreateNetworkInterface occured in account 123456789012 by <N/A>'
  ],
  ['c7n-org-access-denied', 'c7n_org:WARNING Access denied api:SendMessage ...'],
  [
    'http-403-storage-target',
    'Failed to publish artifacts: Failed upload artifact a.ext to https://s3-eu-west-1.amazonaws.com/b/a.ext. Response code received: 403.'
  ],
  [
    'bare-code',
    "ERROR 1: S3: Error while listing with prefix 's3://b/__schema/' and delimiter '/'[Error Type: 15] [HTTP Response Code: 403] [Exception: AccessDenied] ... Access Denied"
  ],
  [
    'no-credentials-sdk',
    'ERROR:fiona._env:AWS_SECRET_ACCESS_KEY and AWS_NO_SIGN_REQUEST configuration options not defined, and /root/.aws/credentials not filled'
  ],
  [
    'bare-code',
    'An error occurred (InsufficientDeliveryPolicyException) when calling the PutDeliveryChannel operation: Insufficient delivery policy to s3 bucket: b, unable to assume role: x.'
  ],
  // heldout140–141 (session 48).
  [
    'signature-expired',
    'Signature not yet current: 20170731T092200Z is still later than 20170731T092115Z (20170731T091615Z + 5 min.)'
  ],
  [
    'insufficient-permission-s3-bucket',
    '"message": "Insufficient permission to access S3 bucket: pqcast-mediacapture-pipeline-sink-dev"'
  ],
  [
    'permissions-needed-for-call',
    'Please check your IAM User permissions the following permissions are needed for this call'
  ],
  [
    'amplify-s3-provider-403',
    '[WARN] 12:11.822 AWSS3Provider - error uploading, [Error: Request failed with status code 403]'
  ],
  [
    's3-anonymous',
    "OSError: When initiating multiple part upload for key 'a.parquet' in bucket 'b': AWS Error ACCESS_DENIED during CreateMultipartUpload operation: Anonymous users cannot initiate multipart uploads. Please authenticate."
  ],
  [
    'aws-sdk-cpp-http-403',
    '[ERROR] 2023-07-17 15:44:56.102 AWSXmlClient [140598636412672] HTTP response code: 403'
  ],
  [
    'no-credentials-sdk',
    "_duckdb.Error: Secret Validation Failure: no profile 'ci' found in config file /home/ascend/.aws/config"
  ],
  [
    'no-credentials-sdk',
    "2026-02-13 11:14:18 ERR Invalid Input Error: Failed to create secret using the following:Credential Chain: 'config'"
  ],
  ['arrow-s3-access-denied', '    AWS Error ACCESS_DENIED during HeadObject operation'],
  // heldout138–139 (session 48).
  [
    'service-linked-role-not-created',
    'Amazon FSx is unable to create Service-Linked-Role to access the S3 bucket. '
  ],
  ['no-credentials-sdk', 's3fs.cpp:s3fs_init(3395): could not load IAM role name from meta data.'],
  [
    'no-credentials-sdk',
    '00:03:37 aws.go:50: Failed to get keys from role: populateKeys: Could not retrieve keys from provider WebIdentityErr: failed fetching WebIdentity token: '
  ],
  [
    'no-credentials-sdk',
    'WARNING:root:Error getting STS token from client AWS session: Connect timeout on endpoint URL: "http://169.254.169.254/latest/api/token"'
  ],
  // heldout132–135 (session 47).
  [
    'reqsign-load-credential',
    'sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => loading credential to sign http request'
  ],
  [
    'shared-credentials-already-expired',
    'createDataChannel request failed: failed to sign the request: shared credentials are already expired'
  ],
  [
    'ec2-cannot-assume-role',
    '  "Message" : "EC2 cannot assume the role testing-node-role.  Please see documentation at http://docs.amazonwebservices.com/IAM/latest/UserGuide/RolesTroubleshooting.html.",'
  ],
  [
    'amplify-hosting-service-role',
    '2020-07-03T10:39:32.225Z [ERROR]: !!! Unable to assume specified IAM Role. Please ensure the selected IAM Role has sufficient permissions and the Trust Relationship is configured correctly.'
  ],
  [
    'default-cmk-not-accessible',
    'AMI snapshot copy failed with error: Given key ID is not accessible. You must have DescribeKey permissions on the default CMK'
  ],
  [
    'service-unable-to-perform',
    "ClientError: TrainingHostAgent Initialization failed:InvalidInputException: SageMaker is unable to perform: sts:AssumeRole on the role. Check if you have a trust relationship for 'sagemaker.amazonaws.com' to assume the role."
  ],
  [
    'credential-process-failed',
    '[✘] process provider error: error in credential_process: exit status 1'
  ],
  ['stored-aws-credentials-expired', 'error aws credentials have expired'],
  [
    'face-liveness-not-authorized',
    'Liveness error: FaceLivenessDetectionError(code: 4, message: "Not authorized to perform a face liveness check.")'
  ],
  // heldout114 h114-017 (crossplane/crossplane#2194): a Crossplane condition's message.
  [
    'no-credentials-sdk',
    'Message:               observe failed: cannot describe Cache Cluster: EC2RoleRequestError: no EC2 instance role found'
  ],
  ['no-credentials-sdk', 'Error: EC2RoleRequestError: no EC2 instance role found'],
  [
    'no-credentials-sdk',
    'software.amazon.awssdk.core.exception.SdkClientException: Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set.'
  ],
  ['web-identity-token-wordings', 'Error: Could not retrieve OIDC token'],
  ['web-identity-token-wordings', 'Error: failed to fetch OIDC token: 401 Unauthorized'],
  ['web-identity-token-wordings', 'Could not determine how to assume credentials'],
  // heldout116 (aws-actions/configure-aws-credentials#502).
  ['web-identity-token-wordings', 'Error: Missing a required claim: sub'],
  // heldout115 (getredash/website#54).
  [
    'athena-insufficient-permissions',
    'Error running query: Insufficient permissions to execute the query.'
  ],
  // heldout116 (aws-actions/configure-aws-credentials#930), quoted by the writer.
  [
    'oidc-id-token-permission',
    '> It looks like you might be trying to authenticate with OIDC. Did you mean to set the `id-token` permission? If you are not trying to authenticate with OIDC and the action is working successfully, you can ignore this message.'
  ],
  [
    'cross-account-pass-role',
    'An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Cross-account pass role is not allowed.'
  ],
  [
    'ssm-activation-expired',
    'Registration failed due to error registering the instance with AWS SSM. InvalidActivation: Activation ID is not valid'
  ],
  [
    'bedrock-api-key-rejected',
    '{"Message":"Invalid API Key format: Must start with pre-defined prefix"}'
  ],
  [
    'go-shared-config-assume-role',
    'SharedConfigAssumeRoleError: failed to load assume role for arn:aws:iam::123456789012:role/x, source profile default has no shared credentials'
  ],
  [
    'saml-assertion',
    'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithSAML operation: Issuer not present in specified provider'
  ],
  // Session 45's wordings (heldout124–127), each alone on its line.
  [
    'pulumi-aws-credentials-invalid',
    'error: unable to validate AWS AccessKeyID and/or SecretAccessKey - see https://pulumi.io/install/aws.html for details on configuration'
  ],
  [
    'pulumi-aws-credentials-not-found',
    'error: unable to discover AWS AccessKeyID and/or SecretAccessKey - see https://pulumi.io/install/aws.html for details on configuration ()'
  ],
  [
    'go-shared-config-error',
    'SharedConfigLoadError: failed to load config file, /root/.aws/config'
  ],
  ['ansible-ec2-inventory-auth', 'ERROR: "Authentication error retrieving ec2 inventory.'],
  ['s3-post-policy', '<Message>Invalid according to Policy: Policy expired.</Message>'],
  ['logfmt-missing-authentication-token', 'level=error msg="Missing Authentication Token"'],
  ['rds-iam-pam-refused', 'psql: error: FATAL:  PAM authentication failed for user "test_rds"'],
  ['metadata-service-http-error', 'RuntimeError - HTTP error from metadata service, code 401'],
  [
    'eb-cli-insufficient-iam',
    "WARNING: Insufficient IAM privileges. Unable to determine if instance profile 'aws-elasticbeanstalk-ec2-role' exists, assuming that it exists."
  ],
  ['s3fs-fuse-403', 's3fs: RequestPerform(1710): HTTP response code =403'],
  ['ami-storage-not-shared', 'You do not have permission to access the storage of this ami'],
  [
    'vmimport-role-refused',
    'InvalidParameter: The service role vmimport provided does not exist or does not have sufficient permissions'
  ],
  [
    'serverlessrepo-bucket-read',
    "The AWS Serverless Application Repository does not have read access to bucket 'b', key 'k'."
  ],
  ['cloudtrail-event', '"errorCode": "InsufficientPrivilegesException",'],
  [
    'cognito-login-token',
    'An error occurred (NotAuthorizedException) when calling the GetId operation: Token is not from a supported provider of this identity pool.'
  ],
  [
    'amplify-pinpoint-policy',
    '[ERROR] 37:18.135 AWSPinpointProvider - Please ensure you have updated your Pinpoint IAM Policy with the Action: "mobiletargeting:PutEvents" in order to continue'
  ],
  [
    'required-permission-missing',
    'The request was rejected because you do not have the required iam:GetRole permission.'
  ],
  ['custom-resource-access-denied', 'Message returned: Access Denied'],
  ['unable-to-load-aws-credentials', 'Unable to load AWS credentials'],
  [
    'permissions-required-for-operation',
    "CREATE_FAILED : You don't have the permissions that are required to perform this operation on X."
  ],
  ['amplify-pinpoint-forbidden', '"message": "Forbidden from accessing the Pinpoint resource.",'],
  [
    's3-date-header-missing',
    'AmazonS3Exception[AWS authentication requires a valid Date or x-amz-date header'
  ],
  [
    'authorization-header-three-components',
    'AuthorizationHeaderMalformed: The authorization header is malformed; the authorization header requires three components: Credential'
  ],
  ['codebuild-plugin-keys', 'Enter valid AWS access and secret keys (Service: null)'],
  ['access-key-id-blank', 'java.lang.NullPointerException: Access key ID cannot be blank.'],
  [
    'no-valid-aws-authentication',
    'ERROR: Error occurred during backup: No valid method of AWS authentication provided.'
  ],
  [
    'web-identity-sts-module-missing',
    'Unable to load credentials from WebIdentityTokenCredentialsProvider: To use assume role profiles the aws-java-sdk-sts module must be on the class path.'
  ],
  [
    'cloudfront-unknown-key',
    '<Error><Code>InvalidKey</Code><Message>Unknown Key</Message></Error>'
  ],
  [
    'sso-oidc-invalid-client',
    'FATAL Something went wrong: "InvalidClientException: Error_: \\"invalid_client\\""'
  ],
  ['pacu-module-failure', '[ecs__enum]   AccessDeniedException'],
  ['amplify-swift-http-403', '[Amplify] Failed: The HTTP response status code is [403].'],
  [
    'trail-alert-failed-due-to',
    'arn:aws:sts::111122223333:assumed-role/R/s called ListAccounts but failed due to AccessDenied'
  ],
  [
    'kinesis-video-kms-denied',
    '{"EventType":"ERROR","ErrorCode":"KMS_KEY_ACCESS_DENIED","ErrorId":4500}'
  ],
  [
    's3-request-not-yet-valid',
    '<Code>AccessDenied</Code><Message>Request is not yet valid</Message>'
  ],
  [
    's3-headers-not-signed',
    '<Code>AccessDenied</Code><Message>There were headers present in the request which were not signed</Message>'
  ],
  [
    'cli-login-refresh-expired',
    'aws: [ERROR]: An error occurred (AccessDeniedException) when calling the CreateOAuth2Token operation: The refresh token has expired.'
  ],
  ['redshift-copy-no-key', 'error:  AWS access key ID not found'],
  [
    'redshift-not-iam-session',
    'ERROR: Error retrieving columns from the auto-mounted catalog: Current user is not authenticated with IAM credentials.'
  ],
  [
    'greengrass-tes-no-credentials',
    '[ERROR] (pool-2-thread-1) com.aws.greengrass.tes.CredentialRequestHandler: Error in retrieving AwsCredentials from TES.'
  ],
  [
    'bedrock-bearer-token-expired',
    'AccessDeniedException: Bearer Token has expired (Service: BedrockRuntime, Status Code: 403, Request ID: 1)'
  ],
  [
    's3-presigned-region',
    "<Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message>"
  ],
  [
    'sbt-no-credentials-for-host',
    '[error] Unable to find credentials for [repo @ r.amazonaws.com].'
  ],
  [
    'object-store-imds-unreachable',
    'source: Reqwest { url: "http://169.254.169.254/latest/api/token", source: hyper::Error(Connect, ConnectError("tcp connect error", TimedOut)) }'
  ],
  ['amplify-init-access-denied', "Could not initialize 'dev': Access Denied"],
  [
    'greengrass-service-role-missing',
    'UnauthorizedException: Greengrass is not authorized to assume the Service Role associated with this account.'
  ],
  [
    'greengrass-artifact-inaccessible',
    '{s3://b/a.zip = Specified artifact resource cannot be accessed}'
  ],
  [
    's3a-forbidden-cut',
    'getFileStatus on s3a://b/k: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidde|'
  ],
  ['soto-no-credential-provider', 'SotoCore.CredentialProviderError: No credential provider found'],
  [
    'missing-token-code',
    'Unable to send an email: Missing Authentication Token (code MissingAuthenticationTokenException).'
  ],
  [
    'pacu-missing-permissions',
    '[iam__enum_permissions]       FAILURE: MISSING REQUIRED AWS PERMISSIONS'
  ],
  ['aws-jl-no-credentials', "ERROR: LoadError: InitError: Can't find AWS credentials!"],
  [
    'julia-imds-request-failed',
    'ERROR: HTTP.Exceptions.StatusError(401, "GET", "/latest/meta-data/iam/info", HTTP.Messages.Response:'
  ],
  [
    'acme-sh-route53-no-keys',
    "You haven't specified the aws route53 api key id and api key secret yet."
  ],
  [
    'datasync-location-access-test',
    'InvalidRequestException: DataSync location access test failed: could not perform s3:ListObjectsV2 on bucket b.'
  ],
  ['transfer-family-access-denied', 'u.39e9 ERROR Message="Access denied"'],
  ['cloud9-environment-member', 'User is not authorized to open this environment.'],
  ['account-not-authorized-call', 'Details: Your account is not authorized to make this call.']
]

describe('rule wordings alone on a line reach their rule', () => {
  it.each(ALONE)('%s: %s', (rule, line) => {
    const grammars = analyzeText(`${line}\n`).findings.map((f) => f.grammar)
    expect(grammars).toContain(rule)
  })
})
