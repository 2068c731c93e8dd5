// The IAM service prefix, when a text names it without an action: SDK service labels and the
// endpoints of the failing request. Never guessed from an operation name.
import { hasService } from '../catalog/catalogData.js'
import { holdsWithin, mayMatch } from './RecordLiterals.js'
import { targetFits } from './requestTarget.js'
import type { RecordLiterals } from './RecordLiterals.js'

/** SDK labels (`Service: Amazon S3`, `Service: AWSKMS`, `operation error STS:`) → IAM prefix. */
const LABELS: Record<string, string> = {
  s3: 's3',
  amazons3: 's3',
  simplestorageservice: 's3',
  kms: 'kms',
  awskms: 'kms',
  sts: 'sts',
  awssecuritytokenservice: 'sts',
  securitytokenservice: 'sts',
  lambda: 'lambda',
  awslambda: 'lambda',
  // IAM Identity Center's OIDC API (its actions are `sso-oauth:`), as the Java SDK v2 names it in
  // its suffix (`(Service: SsoOidc, Status Code: 400, …)`, the JetBrains toolkit's sign-in,
  // aws/aws-toolkit-jetbrains#4130).
  ssooidc: 'sso-oauth',
  // The Glue Data Catalog's name in the Java SDK's suffix (`(Service: AmazonDataCatalog; …)`, h124-079).
  amazondatacatalog: 'glue',
  // Lambda relaying a failure of its own call (`Service: AWSLambdaInternal`).
  awslambdainternal: 'lambda',
  sns: 'sns',
  amazonsns: 'sns',
  sqs: 'sqs',
  amazonsqs: 'sqs',
  ssm: 'ssm',
  amazonssm: 'ssm',
  awssimplesystemsmanagement: 'ssm',
  dynamodb: 'dynamodb',
  amazondynamodb: 'dynamodb',
  amazondynamodbv2: 'dynamodb',
  dynamodbv2: 'dynamodb',
  ec2: 'ec2',
  amazonec2: 'ec2',
  iam: 'iam',
  amazonidentitymanagement: 'iam',
  cloudformation: 'cloudformation',
  amazoncloudformation: 'cloudformation',
  ecr: 'ecr',
  // SES's API host is `email.REGION.amazonaws.com`, its SMTP host `email-smtp.REGION…` (h103-004).
  email: 'ses',
  emailsmtp: 'ses',
  amazonses: 'ses',
  amazonsimpleemailservice: 'ses',
  amazonecr: 'ecr',
  ecs: 'ecs',
  amazonecs: 'ecs',
  eks: 'eks',
  amazoneks: 'eks',
  secretsmanager: 'secretsmanager',
  awssecretsmanager: 'secretsmanager',
  cloudwatchlogs: 'logs',
  awslogs: 'logs',
  logs: 'logs',
  cloudwatch: 'cloudwatch',
  amazoncloudwatch: 'cloudwatch',
  athena: 'athena',
  glue: 'glue',
  awsglue: 'glue',
  kinesis: 'kinesis',
  amazonkinesis: 'kinesis',
  // The Java SDK v1's label for Firehose (`(Service: AmazonKinesisFirehose; Status Code: 400; …`).
  amazonkinesisfirehose: 'firehose',
  firehose: 'firehose',
  route53: 'route53',
  amazonroute53: 'route53',
  apigateway: 'apigateway',
  elasticloadbalancing: 'elasticloadbalancing',
  elasticloadbalancingv2: 'elasticloadbalancing',
  codebuild: 'codebuild',
  codecommit: 'codecommit',
  // CodeCommit's Git endpoint (`https://git-codecommit.REGION.amazonaws.com/v1/repos/NAME`);
  // labels are read without their hyphens.
  gitcodecommit: 'codecommit',
  codedeploy: 'codedeploy',
  // The Go SDK v2's label for EFS (`operation error EFS: CreateMountTarget`, h19-011).
  efs: 'elasticfilesystem',
  amazonefs: 'elasticfilesystem',
  elasticfilesystem: 'elasticfilesystem',
  stepfunctions: 'states',
  // The Java SDK v1's label, in CloudFormation's handler messages (`Service: AWSStepFunctions;`).
  awsstepfunctions: 'states',
  sfn: 'states',
  eventbridge: 'events',
  cloudwatchevents: 'events',
  bedrock: 'bedrock',
  bedrockruntime: 'bedrock',
  organizations: 'organizations',
  executeapi: 'execute-api',
  // Cognito identity pools: the Java/Android label (`Service: AmazonCognitoIdentity`), the
  // package (`services.cognitoidentity.`) and the host (`cognito-identity.<region>.amazonaws.com`).
  cognitoidentity: 'cognito-identity',
  amazoncognitoidentity: 'cognito-identity',
  // Lex V2's runtime host (`runtime-v2-lex.REGION.amazonaws.com`) and Transcribe's streaming client
  // (`services.transcribestreaming.model`) sign for the services' own IAM prefixes.
  runtimev2lex: 'lex',
  transcribestreaming: 'transcribe',
  // User pools: the .NET client's name (`AmazonCognitoIdentityProviderException`).
  cognitoidentityprovider: 'cognito-idp',
  amazoncognitoidentityprovider: 'cognito-idp',
  // The Java SDK v1's suffix label (`Service: AWSCognitoIdentityProviderService`, heldout146).
  awscognitoidentityproviderservice: 'cognito-idp',
  // IoT's data plane (device shadows, publish): the Java/Android label `AWSIotData` (h26-015);
  // its actions are `iot:` ones (iot:GetThingShadow, iot:Publish).
  iotdata: 'iot',
  awsiotdata: 'iot',
  iotdataplane: 'iot',
  // Greengrass v2's data plane (`services.greengrassv2data`, the nucleus' component resolution).
  greengrassv2data: 'greengrass',
  // The Go SDK v2's service id for DMS (`operation error Database Migration Service: …`).
  databasemigrationservice: 'dms',
  // `<account>.queue.amazonaws.com`, the old SQS host.
  queue: 'sqs',
  // The Go SDK v2's service ids of several words (`operation error Cost Explorer: GetCostAndUsage`,
  // Steampipe, h35-028), whose IAM prefix is no spelling of them.
  costexplorer: 'ce',
  lakeformation: 'lakeformation',
  resourcegroupstaggingapi: 'tag',
  servicequotas: 'servicequotas',
  autoscaling: 'autoscaling',
  applicationautoscaling: 'application-autoscaling',
  apprunner: 'apprunner',
  cloudfrontkeyvaluestore: 'cloudfront-keyvaluestore',
  ssoadmin: 'sso',
  // Amazon Managed Service for Prometheus' workspace endpoint (`aps-workspaces.<region>.…`).
  apsworkspaces: 'aps',
  // EventBridge Scheduler's name for itself (`must allow AWS EventBridge Scheduler to assume the role`).
  eventbridgescheduler: 'scheduler',
  awseventbridgescheduler: 'scheduler',
  // Amazon Location Service's Go SDK v2 id (`operation error Location: DescribePlaceIndex`).
  location: 'geo',
  // The RDS Data API's Java label (`Service: AWSRDSData`) and package (`services.rdsdata.model`).
  awsrdsdata: 'rds-data',
  rdsdata: 'rds-data'
}

// An SDK's service id as it prints it: one word, optionally after `Amazon`/`AWS` (`Amplify`,
// `LakeFormation`, `AWSKinesisVideo`, `Amazon CloudFront`). Not a phrase of prose.
// A Go SDK v2 client named in lower case (`operation error signer: GetRevocationStatus`, AWS
// Signer's notation plugin) is its IAM prefix too.
const SDK_LABEL = /^(?:Amazon|AWS)? ?([A-Z][A-Za-z0-9]{1,40}|[a-z][a-z0-9-]{1,40})$/

function fromLabel(label: string): string | null {
  const listed = LABELS[label.toLowerCase().replace(/[^a-z0-9]/g, '')]
  if (listed) return listed
  // Most SDK ids are the IAM prefix itself, cased: the catalog knows every prefix, the table
  // above only those that differ or are common.
  const id = SDK_LABEL.exec(label.trim())?.[1]?.toLowerCase()
  return id && hasService(id) ? id : null
}

/** The IAM prefix a service's printed name stands for (`S3`, `Amazon S3`, `AWSKMS`), or null. */
export const serviceOfLabel = fromLabel

/**
 * A service's own words for a role it could not assume (`The provided role arn:… cannot be assumed by
 * AWS Backup.`): group 1 the role, group 2 the service's name. Read by the service-role grammar and
 * inside a CloudTrail event's message.
 */
export const PROVIDED_ROLE_SOURCE = String.raw`\bThe provided role (arn:[^\s'"\x60,]{1,2048}?) cannot be assumed by (AWS [A-Z][A-Za-z]{1,30}(?: [A-Z][A-Za-z]{1,30}){0,3})`

/**
 * The service principal a service's own name stands for, when it says it cannot assume a role
 * (`cannot be assumed by AWS Backup` → `backup.amazonaws.com`), or null.
 */
export function providedRoleAssumer(name: string): string | null {
  const prefix = fromLabel(name.replace(/ /g, ''))
  return prefix ? `${prefix}.amazonaws.com` : null
}

interface Hint {
  /** Text every match contains: a cheap test that skips the expression when absent. */
  literal: string
  re: RegExp
  service: (m: RegExpExecArray) => string | null
  /**
   * The service whose resource the match names (an `s3://` URL), not who answered: it names the
   * refusal's service only when the operation printed (if any) is one of that service's, so an
   * STS or KMS refusal printed under an `aws s3 cp` line stays STS's or KMS's.
   */
  target?: string
  /** Names the service only when no other hint in the window does. */
  fallback?: boolean
  /** The operation the match names: another call's label when it differs from the refusal's. */
  operation?: (m: RegExpExecArray) => string | undefined
}

/**
 * An endpoint as a quoted host of two labels or more, no scheme (`'XXXX.eu-west-1.es.amazonaws.com'`):
 * a quoted `'events.amazonaws.com'` is a service principal, and an OIDC issuer's host is no call's.
 */
const QUOTED_HOST = String.raw`(?<=(?<![\w])['"])(?!oidc\.)([a-z0-9][\w-]{0,62}\.[a-z0-9][\w.-]{0,190}?)\.amazonaws\.com(?:\.cn)?(?=['"])`

const HINTS: Hint[] = [
  // Java SDK v1 suffix, also quoted without its parenthesis: `Service: AmazonDynamoDBv2; Status Code: 400`.
  { literal: 'Service: ', re: /\bService: ([^;,)\n]+)[;,)]/g, service: (m) => fromLabel(m[1]!) },
  // The same suffix quoted from its label on, `(Service: ` cut off (`… we are seeing Amazon S3; Status
  // Code: 403; Error Code: AccessDenied`, databricks/unity-catalog-setup#38).
  {
    literal: '; Status Code: ',
    re: /(?<!Service: ?)((?:Amazon|AWS) ?[A-Z][A-Za-z0-9]{1,40}); Status Code: \d{3}\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // A VPC Lattice service's own domain (`https://NAME-0b17….7d67968.vpc-lattice-svcs.us-west-2.on.aws/`,
  // curl's --aws-sigv4 against it, curl/curl#11007): the service's IAM prefix is in the host.
  {
    literal: '.vpc-lattice-svcs.',
    re: /\.vpc-lattice-svcs\.[a-z]{2}(?:-gov)?-[a-z]+-\d\.on\.aws\b/g,
    service: () => 'vpc-lattice-svcs'
  },
  // Java SDK v1's aligned block, a line of its own: `Service:             Amazon S3`, then `HTTP
  // Status Code:` and `AWS Error Code:` (TeamCity's S3 artifact plugin).
  {
    literal: 'Service: ',
    re: /^[ \t]*Service:[ \t]{2,24}(Amazon ?[A-Za-z0-9][A-Za-z0-9 ]{0,40}?|AWS[A-Za-z0-9]{2,40})[ \t]*$/gm,
    service: (m) => fromLabel(m[1]!)
  },
  // Go SDK v2 names the call too (`operation error STS: GetCallerIdentity`): a label of another
  // call above the refused one is that call's (terrakube-io/terrakube#580).
  {
    literal: 'operation error ',
    re: /operation error ([\w -]+?):(?: (\w+))?/g,
    service: (m) => fromLabel(m[1]!),
    operation: (m) => m[2]
  },
  // The same label wrapped by a tool that prints the error in a gutter: sops' `- | failed to
  // decrypt sops data key with AWS KMS: operation` / `  | error KMS: Decrypt, …`
  // (fluxcd/kustomize-controller#673).
  {
    literal: 'operation',
    re: /\boperation[ \t]*\r?\n[ \t]*(?:[-*>|│][ \t]*){0,2}error ([\w -]+?):(?: (\w+))?/g,
    service: (m) => fromLabel(m[1]!),
    operation: (m) => m[2]
  },
  { literal: 'error calling ', re: /error calling ([a-z0-9-]+):[A-Za-z]/g, service: (m) => m[1]! },
  // The JS SDK v2's request log (`[AWS cloudformation 403 593.955s 10 retries] describeStacks(…)`,
  // as CDK and Serverless print it): the client's service identifier.
  {
    literal: ' retries] ',
    re: /\[AWS ([a-z0-9-]{2,40}) \d{3} [\d.]{1,12}s \d{1,3} retries\]/g,
    service: (m) => fromLabel(m[1]!)
  },
  // S3's own `Server` response header, as a client printed the response (`{"Server", "AmazonS3"}`,
  // `Server: AmazonS3`; heldout17 review h17-043, ExAws).
  {
    literal: 'AmazonS3',
    // Ruby's inspect of the headers too (`"Server" => "AmazonS3"`, Excon's dump, h22-053).
    re: /\bServer\\?["']?(?:,[ \t]{0,3}|:[ \t]{0,3}|[ \t]{0,40}=>[ \t]{0,3})\\?["']?AmazonS3\b/g,
    service: () => 's3'
  },
  // boto 2's SQS error class (`HTTP Error: SQSError: 403 Forbidden`, celery/kombu under boto 2,
  // heldout64 h64-002), and SQS's XML namespace in the body after it.
  {
    literal: 'SQSError',
    re: /\bSQSError\b|\bxmlns="https?:\/\/queue\.amazonaws\.com\/doc\//g,
    service: () => 'sqs'
  },
  // boto 2's EC2 error class (`boto.exception.EC2ResponseError: EC2ResponseError: 401 Unauthorized`).
  { literal: 'EC2ResponseError', re: /\bEC2ResponseError\b/g, service: () => 'ec2' },
  // The Terraform AWS provider's words for its S3 calls (`error getting S3 Bucket Object Lock
  // configuration`, `reading S3 Bucket (b) Policy`): the resource type names the service.
  {
    literal: ' S3 Bucket',
    re: /\b(?:getting|reading|putting|creating|deleting|updating|listing|setting) S3 Bucket\b/g,
    service: () => 's3'
  },
  // Host names start where a token starts: the look-behinds keep long tokens from backtracking.
  // Only ECR's hosts hold `.dkr.ecr.`, whatever stands before it: an account ID, `***`, `<>`,
  // `<account number>` or nothing left by the reporter's mask.
  { literal: '.dkr.ecr.', re: /\.dkr\.ecr\./g, service: () => 'ecr' },
  // The endpoint a failing request went to: `https://bucket.s3.eu-west-1.amazonaws.com/…`,
  // `https://s3-eu-west-1.amazonaws.com`, `https://sts.amazonaws.com/`, its bucket masked by the
  // reporter (`https://[bucketname].s3.amazonaws.com/…`, thephpleague/flysystem#1784).
  {
    literal: '.amazonaws.com',
    // Not an XML namespace (`xmlns="https://iam.amazonaws.com/doc/2010-05-08/"`): every answer has one.
    re: /(?<!xmlns=["'])\bhttps?:\/\/((?:[[<{][\w -]{1,40}[\]>}]\.)?[\w.-]{1,253}?)\.amazonaws\.com\b(?!\/doc\/)/g,
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  // Vault's AWS auth method relaying the answer of the service it called (`error making upstream
  // request: received error code 403 from STS: <ErrorResponse …>`, hashicorp/vault#6268). The
  // XML namespace below is no label (cfn-sphere/cfn-sphere#55, d090: `null`).
  {
    literal: 'received error code ',
    // Its format bug prints the status as `%!!(MISSING)s(int=403)` (hashicorp/vault#3383).
    re: /\breceived error code (?:\d{3}|%[^\s]{0,40}?\(int=\d{3}\)) from (STS|IAM|EC2)\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // The AWS base library's request fields in a Terraform debug log (`aws.operation=GetCallerIdentity
  // aws.region=eu-west-1 aws.sdk=aws-sdk-go-v2 aws.service=STS`, hashicorp/terraform#34177).
  {
    literal: 'aws.service=',
    re: /(?<![\w.])aws\.service=([A-Za-z0-9]{2,40})\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // SigV4's credential scope, as S3's SignatureDoesNotMatch body echoes it (`<StringToSign>… 20141221/
  // eu-central-1/s3/aws4_request`) or a presigned URL carries it (`%2Feu-central-1%2Fs3%2Faws4_request`):
  // the service the request was signed for (amazon-archives/aws-sdk-core-ruby#183).
  {
    literal: 'aws4_request',
    re: /\b\d{8}(?:\/|%2F)[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d(?:\/|%2F)([a-z0-9-]{2,40})(?:\/|%2F)aws4_request\b/gi,
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  // An endpoint whose domain the writer masked (`https://aps-workspaces.us-east-1.<workspace>/api/v1/
  // remote_write`, aws-observability/aws-otel-collector#520): only a host label the table above
  // lists, before a Region, names the service (a label of any site's host, `api.us-east-1.`, does not).
  {
    literal: '://',
    re: /\bhttps?:\/\/([a-z][a-z0-9-]{1,40})\.[a-z]{2}(?:-gov)?-[a-z]+-\d\.(?!amazonaws\.com)/g,
    service: (m) => LABELS[m[1]!.replace(/-/g, '')] ?? null,
    fallback: true
  },
  // The endpoint as a quoted host, no scheme (`Connecting to Elasticsearch using 'XXXX.eu-west-1.es.
  // amazonaws.com' on port '443'`, SumoLogic/elasticsearch-client#55). Two labels at least: a
  // quoted `'events.amazonaws.com'` is a service principal (h23-031), not where a request went.
  {
    literal: '.amazonaws.com',
    re: new RegExp(QUOTED_HOST, 'gi'),
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  // The endpoint as a host and port, no scheme (the old `aws` gem's `REQUEST=s3.amazonaws.com:443/`,
  // a gist of h22-033).
  {
    literal: '.amazonaws.com:',
    re: /(?<![\w./@:-])([a-z0-9][\w.-]{0,252}?)\.amazonaws\.com:\d{2,5}\b/g,
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  {
    literal: '.amazonaws.com',
    re: /\bsqs\.[\w-]+\.amazonaws\.com|(?<![\w-])[\w-]+\.queue\.amazonaws\.com/g,
    service: () => 'sqs'
  },
  // The endpoint as a `host` field or header, no scheme: a Ruby hash (`{:host=>\"vpc-….es.
  // amazonaws.com\", :port=>443}`, fluent-plugin-opensearch), SigV4's canonical request (`host:
  // search-….es.amazonaws.com`, opensearch-py), a JSON field (`"host": "…"`), Argo's `(endpoint:
  // s3.amazonaws.com, bucket: …` (awslabs/kubeflow-manifests#225).
  {
    literal: '.amazonaws.com',
    re: /\b(?:host|endpoint)(?:\\?["'])?[ \t]*(?:=>|:|=)[ \t]*(?:\\?["'])?([a-z0-9][\w.-]{0,252}?)\.amazonaws\.com\b/gi,
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  // urllib3's connection line in a debug log (`Starting new HTTPS connection (1): sts.amazonaws.com`,
  // salt's s3 module, saltstack/salt#60668).
  {
    literal: 'Starting new HTTPS connection',
    re: /\bStarting new HTTPS connection \(\d{1,4}\): ([a-z0-9][\w.-]{0,252}?)\.amazonaws\.com\b/g,
    service: (m) => serviceOfEndpoint(m[1]!)
  },
  // The JS SDK v3's error metadata (`clientName: 'S3Client'`, a logged exception's fields).
  {
    literal: 'clientName',
    re: /\bclientName['"]?[ \t]{0,2}:[ \t]{0,2}['"]([A-Z][A-Za-z0-9]{1,40}?)Client['"]/g,
    service: (m) => fromLabel(m[1]!)
  },
  // Salt's s3 module (`Error running 's3.get': Failed s3 operation.`, saltstack/salt#30899).
  { literal: 'Failed s3 operation', re: /\bFailed s3 operation\b/g, service: () => 's3' },
  { literal: 's3://', re: /\bs3:\/\//g, service: () => 's3', target: 's3' },
  // PynamoDB's words around botocore's error (`… on request (ID) on table (NAME) when calling the
  // DescribeTable operation`, aws/chalice#725): only DynamoDB has tables called so.
  {
    literal: ') on table (',
    re: /\) on table \([\w.-]{3,255}\) when calling the \w+ operation\b/g,
    service: () => 'dynamodb'
  },
  // smart_open's own words around S3's answer (`unable to access bucket: 'mybucket' key:
  // 'file.json' version: None error: …`, piskvorky/smart_open#610).
  {
    literal: "unable to access bucket: '",
    re: /\bunable to access bucket: '[^'\n]{1,255}' key: '/g,
    service: () => 's3',
    target: 's3'
  },
  // restic's repository URL names the S3 endpoint without a scheme: `s3:s3.amazonaws.com/bucket`,
  // `s3:s3-us-east-1.amazonaws.com/bucket/prefix` (its scheme-ful form is the endpoint hint above).
  {
    literal: 'amazonaws.com/',
    re: /(?<![\w.-])s3:s3(?:[.-][a-z0-9-]{1,30})?(?:\.dualstack)?(?:\.[a-z0-9-]{1,30})?\.amazonaws\.com(?:\.cn)?\//g,
    service: () => 's3',
    target: 's3'
  },
  // Hadoop's S3 file systems.
  { literal: '3a://', re: /\bs3a:\/\//g, service: () => 's3', target: 's3' },
  // SDK classes in stack traces: Java v1 `com.amazonaws.services.s3.`, v2
  // `software.amazon.awssdk.services.athena.`, .NET `Amazon.S3.AmazonS3Exception`, JS v2
  // `aws-sdk/lib/services/s3.js`.
  // A model class (`….services.dynamodbv2.model.AmazonDynamoDBException`) is the answering
  // service's; any other package may be a library's built on the SDK (the Kinesis Client Library's
  // `com.amazonaws.services.kinesis.leases`, relaying DynamoDB's refusal): only a fallback.
  {
    literal: '.services.',
    re: /\b(?:com\.amazonaws|software\.amazon\.awssdk)\.services\.(\w+)\.model\./g,
    service: (m) => fromLabel(m[1]!)
  },
  {
    literal: '.services.',
    re: /\b(?:com\.amazonaws|software\.amazon\.awssdk)\.services\.(\w+)\.(?!model\.)/g,
    service: (m) => fromLabel(m[1]!),
    fallback: true
  },
  {
    literal: 'Amazon.',
    re: /\bAmazon\.(\w+)\.Amazon\w*Exception\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // The JS SDK v3's client package in a stack frame (`…/@aws-sdk/client-s3/dist-cjs/index.js`,
  // Backstage's S3 provider, heldout22 review h22-050): the client names its service.
  {
    literal: '@aws-sdk/client-',
    re: /@aws-sdk\/client-([a-z0-9-]{2,40})\/(?:dist|lib)/g,
    service: (m) => fromLabel(m[1]!.replace(/-/g, ''))
  },
  {
    literal: 'aws-sdk/lib/services/',
    re: /aws-sdk\/lib\/services\/(\w+)\.js/g,
    service: (m) => fromLabel(m[1]!)
  },
  // eksctl: `checking AWS STS access – cannot get role ARN for current session`.
  { literal: 'AWS STS ', re: /\bAWS STS /g, service: () => 'sts' },
  // Java SDK v1's older label, and Ruby SDK error classes.
  {
    literal: 'AWS Service: ',
    re: /AWS Service: ([^,;\n]+)[,;]/g,
    service: (m) => fromLabel(m[1]!)
  },
  { literal: '::Errors::', re: /\bAWS::(\w+)::Errors::/gi, service: (m) => fromLabel(m[1]!) },
  // The aws-s3 gem's error classes, one per S3 code under the `AWS::S3` module
  // (`AWS::S3::AccessDenied: Access Denied`, mrrooijen/mongoid-paperclip#9; `I would get an
  // \`AWS::S3::AccessDenied\``, github-file:find_string#15071028540): an S3-only client. Only
  // refusal codes: `AWS::S3::BucketPolicy` is a CloudFormation resource type, named by a stack
  // event whatever answered.
  {
    literal: 'AWS::S3::',
    re: /(?<![\w:])AWS::S3::[A-Z]\w*(?:Denied|Disabled|Problem|NotSignedUp|DoesNotMatch|KeyId|ResponseError)\b/g,
    service: () => 's3'
  },
  // Julia's AWS.jl, its error types per service module (`AWS.S3.S3Error("SignatureDoesNotMatch",
  // …`, JuliaCloud/AWS.jl#82): the module names the service.
  { literal: 'AWS.', re: /\bAWS\.(\w+)\.\w*Error\(/g, service: (m) => fromLabel(m[1]!) },
  // The qoobaa/s3 gem's error classes (`S3::Error::SignatureDoesNotMatch`): an S3-only client.
  { literal: 'S3::Error::', re: /(?<![\w:])S3::Error::/g, service: () => 's3' },
  // A client's label for the service, printed before the wire code it relays: lego's Route 53
  // DNS challenge (`route53: AccessDenied: User: …`, hashicorp/terraform-provider-aws#12570).
  // Only a label that is a service's (a tool's own `acme:`, `error:` names none), and never the
  // tail of a path, address or resource name (`aws_s3_bucket.b: AccessDenied`), nor the last word
  // of a tool's sentence (Terraform's `Failed to get existing workspaces: AccessDenied: …` is its
  // S3 backend, not Amazon WorkSpaces: heldout16 review h16-004, h16-102).
  {
    literal: ': AccessDenied',
    re: /(?<![\w.:/-])(?<![A-Za-z,] )([a-z][a-z0-9-]{1,30}): AccessDenied(?:Exception)?: /g,
    service: (m) => fromLabel(m[1]!) ?? (hasService(m[1]!) ? m[1]! : null)
  },
  // eksctl's retry warning names the call after the SDK's error, Go SDK v1 style: `… request id:
  // …) from sts/AssumeRole - will retry after delay` (heldout16 h16-007).
  {
    literal: ') from ',
    re: /\) from ([a-z][a-z0-9-]{1,30})\/[A-Z][A-Za-z0-9]{2,60} - will retry\b/g,
    service: (m) => (hasService(m[1]!) ? m[1]! : null)
  },
  // The EBS CSI driver names the service it called before the SDK's error (`could not create volume
  // in EC2: UnauthorizedOperation: …`, its pkg/cloud), as kubectl describe shows the event.
  { literal: ' in EC2: ', re: /\bvolume in EC2: (?=[A-Z])/g, service: () => 'ec2' },
  // boto 2's S3 exception (`boto.exception.S3ResponseError: S3ResponseError: 403 Forbidden`): its
  // S3 connection's only error class (Google Storage's is GSResponseError).
  { literal: 'S3ResponseError', re: /\bS3ResponseError\b/g, service: () => 's3' },
  // Vault naming its storage backend when it cannot start (`Error initializing storage of type
  // dynamodb: AccessDeniedException: …`, hashicorp/vault#8926): the backend is the AWS service.
  {
    literal: 'storage of type ',
    re: /\bstorage of type (dynamodb|s3)\b/g,
    service: (m) => m[1]!
  },
  // s3cmd's error prefix.
  { literal: 'S3 error: ', re: /\bS3 error: /g, service: () => 's3' },
  // boto3's managed transfer re-raises S3's refusal in its own class (`boto3.exceptions.
  // S3UploadFailedError: Failed to upload …`): an S3-only wrapper (bridgecrewio/bridgecrew-action#2).
  {
    literal: 'FailedError',
    re: /\bS3(?:Upload|Download|Transfer)FailedError\b/g,
    service: () => 's3'
  },
  // The PHP SDK's exception namespace: `Aws\S3\Exception\S3Exception`, its backslashes doubled
  // once per level of JSON escaping (ownCloud logs an exception's JSON inside a JSON string).
  {
    literal: 'Exception\\',
    re: /\bAws\\+(\w+)\\+Exception\\/g,
    service: (m) => fromLabel(m[1]!)
  },
  // The Go SDK v1's debug log names the call: `DEBUG: Validate Response ec2/DescribeImages failed`.
  {
    literal: 'Response ',
    re: /\b(?:Validate |Unmarshal )?Response ([a-z0-9-]+)\/[A-Z]\w+ (?:failed|Details)\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // Only S3 answers with an extended request ID (x-amz-id-2, base64): `<HostId>…</HostId>`, the
  // Go SDK's `host id: …`. MinIO's fixed `3L137` is too short to match.
  {
    literal: 'HostId>',
    re: /<HostId>[A-Za-z0-9+/]{40,}={0,2}<\/HostId>/g,
    service: () => 's3'
  },
  { literal: 'host id: ', re: /\bhost id: [A-Za-z0-9+/]{40,}={0,2}/g, service: () => 's3' },
  // S3's own error body echoes the key it did not know or could not verify (`<AWSAccessKeyId>
  // ASIA…</AWSAccessKeyId>` in InvalidAccessKeyId and SignatureDoesNotMatch): STS's and IAM's
  // `<ErrorResponse>` never does (databendlabs/databend#8069, its HostId elided by the writer).
  { literal: '<AWSAccessKeyId>', re: /<\/Message>\s{0,3}<AWSAccessKeyId>/g, service: () => 's3' },
  // ClickHouse's own error code for a failed S3 call, at the end of its exception (`… (S3_ERROR)
  // (version 24.2.1.2248 (official build))`, ClickHouse/ClickHouse#57850).
  { literal: '(S3_ERROR)', re: /\(S3_ERROR\)/g, service: () => 's3' },
  // ClickHouse's S3 table function or engine naming its own step after S3's answer (`…</Error>:
  // While executing S3.`, `While executing S3Source`, heldout19 review h19-041).
  {
    literal: 'While executing S3',
    re: /\bWhile executing S3(?:Source|Cluster)?\b/g,
    service: () => 's3'
  },
  // botocore's parsed response metadata after its error, as Python or JSON prints it:
  // `'ResponseMetadata': {'RequestId': '…', 'HostId': '2Vx6…='`.
  {
    literal: 'HostId',
    re: /["']HostId["']: ["'][A-Za-z0-9+/]{40,}={0,2}["']/g,
    service: () => 's3'
  },
  // The same Go SDK field with its value masked when pasted (`<removed id>`, `xxxxxxxx...`,
  // `XXX/XXX=`, `/someid/someid=`, a capitalised word: `FOOBAR`, hashicorp/terraform#16710): only S3's error type prints `request id: …, host id:`, and
  // MinIO's `3L137` is no mask. A `Host ID:` line of any other program has no request id before it.
  {
    literal: ', host id: ',
    re: /\brequest id: [^,\n]{1,80}, host id: (?:<[^>\n]{1,40}>|\*{3,}|[xX]{3,}[xX/+=.]*|[A-Z]{4,}(?=\s|$)|[A-Za-z0-9+/]*[+/][A-Za-z0-9+/]*=)(?=[\s"'\\,]|$)/g,
    service: () => 's3'
  },
  // The same ID as a response header a client dumps (`"x-amz-id-2": "7/gT…="`), and S3's own
  // `Server: AmazonS3` header: S3-compatible stores send neither. R's str() puts the value's type
  // between (`..$ x-amz-id-2 : chr "7/gT…="`, `..$ server : chr "AmazonS3"`, aws.s3's errors).
  {
    literal: 'x-amz-id-2',
    re: /\bx-amz-id-2["']?\s*[:=]\s*(?:chr\s+)?["']?[A-Za-z0-9+/]{40,}={0,2}/gi,
    service: () => 's3'
  },
  {
    literal: 'AmazonS3',
    re: /\bserver["']?\s*[:=]\s*(?:chr\s+)?["']?AmazonS3\b/gi,
    service: () => 's3'
  },
  // SQS's Query-API namespace on its XML error (`<ErrorResponse
  // xmlns="http://queue.amazonaws.com/doc/2012-11-05/">`, boto 2 in Airflow, apache/airflow#492).
  // Only SQS's: other services answer a refused token in IAM's namespace (cfn-sphere/cfn-sphere#55).
  {
    literal: 'queue.amazonaws.com/doc/',
    re: /\bxmlns=\\?["']https?:\/\/queue\.amazonaws\.com\/doc\/\d{4}-\d\d-\d\d\/?\\?["']/g,
    service: () => 'sqs'
  },
  // SES's Query API answers in its own namespace (`<ErrorResponse xmlns="http://ses.amazonaws.com/
  // doc/2010-12-01/">`, a Node mailer's relay, heldout131 h131-088).
  {
    literal: 'ses.amazonaws.com/doc/',
    re: /\bxmlns=\\?["']https?:\/\/ses\.amazonaws\.com\/doc\/\d{4}-\d\d-\d\d\/?\\?["']/g,
    service: () => 'ses'
  },
  // A boto3 client call as a tool lists its failures (`s3.get_bucket_acl({'Bucket': …}): An error
  // occurred (AccessDenied)`, CloudMapper's collect, duo-labs/cloudmapper#536).
  { literal: 's3.', re: /\bs3\.[a-z]{2,12}_[a-z_]{2,60}\(/g, service: () => 's3' },
  // The .NET and Java SDKs' service exception classes (`AmazonCognitoIdentityProviderException: The
  // security token included in the request is invalid.`, aws/aws-aspnet-cognito-identity-provider#114).
  {
    literal: 'Exception',
    re: /\bAmazon([A-Z][A-Za-z0-9]{1,40})Exception\b/g,
    service: (m) => fromLabel(m[1]!)
  },
  // Amplify's sandbox wrapping SSM's answer in its own class (`SSMCredentialsError:
  // UnrecognizedClientException`, aws-amplify/amplify-backend#2308).
  { literal: 'SSMCredentialsError', re: /\bSSMCredentialsError\b/g, service: () => 'ssm' },
  // SES's exception class as the PHP SDK (`Aws\Ses\Exception\SesException`) and amazonka-style
  // Haskell clients (`SESException {…}`, snoyberg/mime-mail#62) name it.
  { literal: 'SESException', re: /\bSESException\b/g, service: () => 'ses' },
  { literal: 'SesException', re: /\bSesException\b/g, service: () => 'ses' }
]

const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/

/**
 * The IAM prefix of an endpoint host (without `.amazonaws.com`): the label before the region, a
 * legacy `s3-<region>` label, or the last label. Unknown labels name nothing.
 */
/** The IAM prefix an endpoint's host (without `.amazonaws.com`) names, or null. */
export function serviceOfEndpoint(host: string): string | null {
  const labels = host.toLowerCase().split('.')
  // An interface endpoint's own name (`vpce-0449…-w2ubuh1p.api.ecr.eu-west-1.vpce.amazonaws.com`,
  // heldout128 h128-083) names its service before the Region, as a public endpoint does.
  if (labels.length > 3 && labels.at(-1) === 'vpce' && labels[0]!.startsWith('vpce-')) labels.pop()
  while (labels.length > 1 && (REGION.test(labels.at(-1)!) || labels.at(-1) === 'dualstack'))
    labels.pop()
  const last = labels.at(-1)!
  if (/^s3(?:-|$)/.test(last)) return 's3'
  // Most endpoints are the IAM prefix itself, lower case (`es`, `logs`, `codeartifact`).
  return fromLabel(last) ?? (hasService(last) ? last : null)
}

/** Context fragments (six bytes or more) for `endpointServiceIn`. */
export const ENDPOINT_FRAGMENTS = ['.amazonaws.com']

/**
 * A request's AWS endpoint, as a URL or a quoted host: `Error executing "Publish" on
 * "https://sns.eu-west-1.amazonaws.com"` (the PHP SDK, aws/aws-sdk-php#1714), elasticdump's
 * `--input=https://….es.amazonaws.com/…`. Not an XML namespace, nor an OIDC issuer (a web
 * identity token's, not the called service), nor a quoted service principal (`'events.amazonaws.com'`).
 */
const ENDPOINT_ABOVE = new RegExp(
  String.raw`(?<!xmlns=\\?["'])\bhttps?:\/\/(?!oidc\.)([a-z0-9][\w.-]{0,60}?)\.amazonaws\.com(?:\.cn)?\b(?!\/doc\/)|${QUOTED_HOST}`,
  'i'
)

/** The service whose endpoint the text near a context fragment names, or null. */
export function endpointServiceIn(near: string): string | null {
  const m = ENDPOINT_ABOVE.exec(near)
  const host = m?.[1] ?? m?.[2]
  return host ? serviceOfEndpoint(host) : null
}

/** Longest stretch a hint may run past `to` (a host name that starts just before it). */
const HINT_OVERRUN = 256

/** What the hints need, for the record's one search for literals (see `RecordContext.literals`). */
export const HINT_LITERALS: readonly string[] = HINTS.map((h) => h.literal)

/** The first service hint found in text[from, to) that fits `operation` (see `Hint.target`). */
export function serviceHint(
  text: string,
  from: number,
  to: number,
  literals?: RecordLiterals,
  operation: string | null = null
): string | null {
  // Most records name no service at all: then there is no window to cut.
  if (!mayMatch(HINT_LITERALS, literals)) return null
  let best: { at: number; service: string } | null = null
  let fallback: { at: number; service: string } | null = null
  // A bounded window, not the rest of the record: this runs once per candidate.
  const base = Math.max(0, from - 1)
  const end = Math.min(text.length, to + HINT_OVERRUN)
  let window: string | null = null
  for (const hint of HINTS) {
    // The literal first: a binary search, where whether the target fits reads the catalog.
    if (!holdsWithin(text, base, end, hint.literal, literals)) continue
    if (hint.target && !targetFits(hint.target, operation)) continue
    window ??= text.slice(base, end)
    hint.re.lastIndex = Math.max(0, from) - base
    // A match that names no service (a masked host, `xxx.eu-central-1.amazonaws.com`) does not
    // hide a later one that does (the same request's `https://xxx.s3.…` beside it).
    for (let m = hint.re.exec(window); m; m = hint.re.exec(window)) {
      const at = m.index + base
      const kept = hint.fallback ? fallback : best
      if (at >= to || (kept && at >= kept.at)) break
      const named = operation && hint.operation?.(m)
      if (named && named !== operation) continue
      const service = hint.service(m)
      if (service) {
        if (hint.fallback) fallback = { at, service }
        else best = { at, service }
        break
      }
    }
  }
  return (best ?? fallback)?.service ?? null
}

/** `arn:aws:s3:::bucket` → `s3`; the IAM prefix of an action (`SNS:Publish` → `sns`). */
export function serviceOfAction(action: string): string {
  return action.slice(0, action.indexOf(':')).toLowerCase()
}
