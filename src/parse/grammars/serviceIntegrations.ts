// A service calling another on the user's behalf, refused in the calling service's own words:
// API Gateway invoking a Lambda integration, EventBridge Pipes checking its role. The message names
// the call and who made it; one rule per wording.
import { serviceOfAction } from '../serviceHints.js'
import { PRIORITY } from '../Candidate.js'
import { codeFromFirstGroup, type PhraseRule } from '../phraseRule.js'

/** The function API Gateway's execution log says it was sending the request to. */
const INVOCATION =
  /\/functions\/(arn:aws[\w-]*:lambda:[\w-]+:[^:\s/]+:function:[^/\s:]+(?::[^/\s]+)?)\/invocations\b/g

/** The last function named before `at` in the record. */
function invokedBefore(text: string, at: number): string | null {
  let last: string | null = null
  INVOCATION.lastIndex = 0
  for (let m; (m = INVOCATION.exec(text)) && m.index < at;) last = m[1]!
  return last
}

/** Pipes' names for its sources' and targets' services, as its message prints them. */
const PIPES_SERVICES: Record<string, string> = {
  SQS: 'sqs',
  Kinesis: 'kinesis',
  DynamoDB: 'dynamodb',
  Lambda: 'lambda',
  MSK: 'kafka',
  MQ: 'mq',
  SNS: 'sns',
  'Step Functions': 'states',
  // The pipe's execution log names the target's service by its API's name.
  States: 'states',
  EventBridge: 'events'
}

/** OpenSearch Serverless named: its host label, its word, a knowledge base's store, a module's `oss_`. */
const SERVERLESS_COLLECTION = /\baoss\b|\.aoss\.|serverless|knowledge[ _-]?base|\boss_/i

export const serviceIntegrationRules: PhraseRule[] = [
  {
    // A Cognito user pool invoking its Lambda trigger (`PostConfirmation invocation failed due to
    // error AccessDeniedException`, amazon-archives/amazon-cognito-auth-js#223): the function's
    // resource policy does not let cognito-idp.amazonaws.com invoke it.
    id: 'cognito-trigger-permission',
    rule: 'WD7017',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['invocation failed due to error'],
    re: /\b((?:Pre|Post|Define|Create|Verify|Custom)\w{0,40}) invocation failed due to error (AccessDeniedException)\b/gi,
    facts: (m, d) => {
      d.code = m[2]!
      d.service = 'lambda'
      d.detail.cognitoTrigger = m[1]!
    }
  },
  {
    // A Glue crawler refused its S3 target (`User does not have access to target s3://…`,
    // aws-cloudformation/cloudformation-coverage-roadmap#1921): the crawler's role, or Lake
    // Formation's permission on a registered location.
    id: 'glue-crawler-target',
    rule: 'WD7018',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have access to target'],
    re: /\bUser does not have access to target (s3:\/\/[^\s`'"]+)/g,
    facts: (m, d) => {
      d.service = 's3'
      d.detail.crawlerTarget = m[1]!
    }
  },
  {
    // Neptune's bulk loader refused the S3 source it lists (`"detailedMessage": "Unable to perform
    // s3 list operation. …"`, aws-samples/aws-bookstore-demo-app#58): the loader's IAM role (the
    // cluster's, named in the load request) or the S3 VPC endpoint the loader needs.
    id: 'neptune-loader-s3',
    rule: 'WD7019',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Unable to perform s3 list operation'],
    re: /\bUnable to perform s3 list operation\b/g,
    facts: (_m, d) => {
      d.service = 's3'
      d.operation = 'ListObjectsV2'
    }
  },
  {
    // VM Import/Export checking the service role it works as (`The service role VMImportRole002
    // provided does not exist or does not have sufficient permissions`, aws/aws-cli#8873; EC2's own
    // typo `The sevice role <vmimport> does not exist …`, nanovms/ops#396): a missing role, its
    // trust of vmie.amazonaws.com, its permissions or the caller's iam:PassRole, told as one.
    id: 'vmimport-role-refused',
    rule: 'WD7211',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not exist or does not have sufficient permissions'],
    // The Go SDK v1 prints the code before the message (`InvalidParameter: The sevice role …`).
    re: /(?:\b(InvalidParameter\w{0,20}): )?\bThe se(?:r)?vice role (\S{1,128}?)(?: provided)? does not exist or does not have sufficient permissions\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.detail.serviceRole = m[2]!.replace(/^<(.*)>$/, '$1')
    }
  },
  {
    // The Serverless Application Repository reading a published application's artifacts itself
    // (`The AWS Serverless Application Repository does not have read access to bucket 'B', key
    // 'K'.`, under BadRequestException, awsdocs/aws-serverlessrepo-developer-guide#5): the bucket's
    // policy must let the service read them.
    id: 'serverlessrepo-bucket-read',
    rule: 'WD7204',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Serverless Application Repository does not have read access to bucket'],
    re: /\bThe AWS Serverless Application Repository does not have read access to bucket '([^'\n]{1,255})'(?:, key '([^'\n]{1,1024})')?/g,
    facts: (m, d) => {
      d.detail.artifactBucket = m[1]!
    }
  },
  {
    // Lambda refusing a container-image function its image (`The function does not have permission
    // to access the specified image.`, aws/aws-cdk#27007): Lambda pulls the image from ECR itself,
    // so the repository's policy (and, across accounts, the repository's account) decides.
    id: 'lambda-image-permission',
    rule: 'WD7015',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have permission to access the specified image'],
    re: /\bThe function does not have permission to access the specified image\b/g,
    facts: (_m, d) => {
      d.service = 'lambda'
    }
  },
  {
    // AWS Config checking that it may invoke a custom rule's function (`An error occurred
    // (InsufficientPermissionsException) when calling the PutConfigRule operation: The AWS Lambda
    // function arn:… cannot be invoked. Check the specified function ARN, and check the function's
    // permissions.`, Cloud Custodian's config-rule mode, cloud-custodian/cloud-custodian#3530): the
    // function's resource policy must allow config.amazonaws.com.
    id: 'config-rule-lambda-permission',
    rule: 'WD7011',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['cannot be invoked. Check the specified function ARN'],
    // A writer's placeholder may stand for the account (`:<account id>:`).
    re: /\bThe AWS Lambda function (arn:aws[\w-]*:lambda:[\w-]+:(?:<[^<>\n]{1,40}>|[^:\s]+):function:[^\s:]+(?::[^\s]+)?) cannot be invoked\. Check the specified function ARN, and check the function's permissions\b/g,
    facts: (m, d) => {
      d.resource = m[1]!
      d.service = 'lambda'
      d.detail.invoker = 'config.amazonaws.com'
    }
  },
  {
    // DMS checking the role it manages the VPC with before it creates a replication subnet group
    // or instance (`AccessDeniedFault: The IAM Role arn:aws:iam::…:role/dms-vpc-role is not
    // configured properly.`, Terraform's acceptance test, hashicorp/terraform-provider-aws#30882;
    // CloudFormation's event with the Java suffix, aws/aws-cdk#7632): the account's `dms-vpc-role`
    // is missing, not yet usable, or lacks its trust or managed policy. The code stands before the
    // sentence or in the suffix after it (code slots).
    id: 'dms-vpc-role',
    rule: 'WD7008',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not configured properly'],
    re: /(?:\b(AccessDeniedFault):[ \t]+)?\bThe IAM Role (arn:aws[\w-]*:iam::[^:\s]*:role\/(?:[\w+=,.@-]+\/)*dms-[\w-]+) is not configured properly\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.resource = m[2]!
      d.service = 'dms'
    }
  },
  {
    // CloudFront refusing to replicate a Lambda@Edge function for the deployer (`Lambda@Edge cannot
    // enable replication for the specified Lambda function. Update the IAM policy to add permission:
    // lambda:EnableReplication* for resource: arn:…:function:NAME:2 and try again.`,
    // serverless-operations/serverless-lambda-edge-pre-existing-cloudfront#36): the caller's own
    // policy lacks the action on the function's version.
    id: 'lambda-edge-replication',
    rule: 'WD7005',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['add permission: '],
    // The resource may be cut where a writer's copy ends (`… add permission: lambda:GetFunction for
    // resource:` and no more, awslabs/live-streaming-with-automated-multi-language-subtitling#33).
    re: /\bUpdate the IAM policy to add permission: (lambda:[A-Za-z*]+)\s+for\s+resource:(?:[ \t]*(arn:aws[\w-]*:lambda:[\w-]+:[^:\s]+:function:[^\s:`'"]+(?::[^\s`'"]+)?)(?:\s+and try again\b)?)?/g,
    facts: (m, d) => {
      d.action = m[1]!
      if (m[2]) d.resource = m[2]
      d.service = 'lambda'
    }
  },
  {
    // Firehose's error record for a delivery it could not make: the destination service and its
    // refusal (`"errorCode": "Kinesis.AccessDenied"`, `S3.AccessDenied`, `Lambda.AccessDenied`;
    // CloudSnorkel/CloudWatch2S3#5, the writer's bold kept around it): the stream's role.
    id: 'firehose-error-record',
    rule: 'WD7006',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['.AccessDenied'],
    re: /"errorCode":\s*"(?:\*\*)?((?:Kinesis|S3|Lambda|KMS|Redshift|Splunk|OpenSearch|Elasticsearch|DynamoDB)\.(?:AccessDenied|KMS\.AccessDeniedException))(?:\*\*)?"/g,
    facts: codeFromFirstGroup
  },
  {
    // API Gateway's execution log when the function's resource policy does not let it invoke the
    // function, or the integration's credentials role may not (`Execution failed due to
    // configuration error: Invalid permissions on Lambda function`, awslabs/aws-api-gateway-
    // developer-portal#62): the caller is API Gateway itself, the call lambda:InvokeFunction.
    id: 'apigateway-lambda-permissions',
    rule: 'WD7003',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Invalid permissions on Lambda function'],
    re: /\bExecution failed due to configuration error: Invalid permissions on Lambda function\b/g,
    facts: (m, d) => {
      d.service = 'lambda'
      d.principal = 'apigateway.amazonaws.com'
      d.action = 'lambda:InvokeFunction'
      d.resource = invokedBefore(m.input, m.index)
      // The console's test of an authorizer says so on the next lines (serverless/serverless#1784).
      if (
        /\bAuthorizer error\b|\bAuthorizerConfigurationException\b/.test(
          m.input.slice(m.index, m.index + 400)
        )
      )
        d.detail.invokedAs = 'authorizer'
    }
  },
  {
    // Elastic Load Balancing checking, when a Lambda function is registered in a target group,
    // that it may invoke it (`AccessDenied: elasticloadbalancing principal does not have
    // permission to invoke arn:aws:lambda:…:function:NAME from target group arn:…:targetgroup/…`,
    // Terraform, terraform-aws-modules/terraform-aws-alb#210): the function's resource policy.
    id: 'elb-lambda-invoke-permission',
    rule: 'WD7128',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['principal does not have permission to invoke'],
    re: /(?:\b(AccessDenied):[ \t]+)?\belasticloadbalancing principal does not have permission to invoke (arn:aws[\w-]*:lambda:[\w-]+:[^:\s]*:function:[^\s:]+(?::[^\s:]+)?) from target group (arn:aws[\w-]*:elasticloadbalancing:[^\s]+?)(?=[\s"'`,]|$)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'lambda'
      d.principal = 'elasticloadbalancing.amazonaws.com'
      d.action = 'lambda:InvokeFunction'
      d.resource = m[2]!
      d.detail.sourceArn = m[3]!
    }
  },
  {
    // A service that cannot assume its own service-linked role (`Invalid Bot Configuration: Lex is
    // unable to assume the Service-Linked Role AWSServiceRoleForLexBots necessary to synthesize a
    // speech response`, aws-solutions-library-samples/qnabot-on-aws#83): the role is missing or
    // was deleted; its trust policy is AWS's. The role's name, kept in detail.
    id: 'service-linked-role-unassumable',
    rule: 'WD7325',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['unable to assume the Service-Linked Role '],
    re: /\bunable to assume the Service-Linked Role (AWSServiceRoleFor[\w+=,.@-]{1,64})\b/g,
    facts: (m, d) => {
      d.detail.role = m[1]!
    }
  },
  {
    // A service's check of the role it was given, in the service's words (AWS Fault Injection
    // Service's experiment state: `Role "arn:aws:iam::…:role/FisRole" does not have sufficient
    // privileges to perform logs:CreateLogDelivery.`, aws-samples/aws-fault-injection-simulator-workshop#390).
    id: 'role-insufficient-privileges',
    rule: 'WD7340',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have sufficient privileges to perform '],
    re: /\b(?:Role|User) "?(arn:aws[\w-]*:iam::[^\s":]{0,40}:(?:role|user)\/[^\s"]{1,200}?)"? does not have sufficient privileges to perform ([a-z0-9-]{2,40}:[A-Za-z0-9*]{2,100})/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.action = m[2]!
      d.service = serviceOfAction(m[2]!)
    }
  },
  {
    // CloudWatch Logs' export task checking the bucket before it writes (`Please ensure that the
    // CreateExportTask caller has been granted s3:PutObject access to the bucket.`,
    // awsdocs/amazon-cloudwatch-logs-user-guide#17): the bucket's policy must let the caller (and
    // logs.amazonaws.com) write, with its ACL for another account.
    id: 'logs-export-bucket-access',
    rule: 'WD7341',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['caller has been granted '],
    re: /\bPlease ensure that the CreateExportTask caller has been granted (s3:[A-Za-z]{3,40}) access to the bucket\b/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.operation = 'CreateExportTask'
    }
  },
  {
    // Redpanda's tiered-storage client (`s3 - s3_client.cc:471 - Accessing "" in none, unexpected
    // REST API error "" detected, code: AccessDenied`, redpanda-data/redpanda#20814): the bucket's
    // store refused the broker, by its code alone.
    id: 'redpanda-s3-client-refused',
    rule: 'WD7342',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['unexpected REST API error '],
    re: /\bunexpected REST API error "[^"\n]{0,300}" detected, code: (AccessDenied|Forbidden)\b/g,
    facts: (m, d) => {
      d.code = m[1]!
    }
  },
  {
    // A Lambda event source mapping's last processing result for an Amazon MSK (or self-managed
    // Kafka) source whose cluster refused the poller (`PROBLEM: Cluster failed to authorize
    // Lambda.`, a project's README quoting the console): the function's execution role under IAM
    // access control, or the SASL/SCRAM secret the mapping names.
    id: 'kafka-esm-cluster-authorization',
    rule: 'WD7335',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Cluster failed to authorize Lambda'],
    re: /\bCluster failed to authorize Lambda\b/g,
    facts: (_m, d) => {
      d.detail.refusedService = 'kafka'
    }
  },
  {
    // API Gateway unable to assume the role an integration names as its credentials, in the
    // access log's $context.integrationErrorMessage (`API Gateway doesn’t have permissions to
    // assume the IAM role configured on the integration. Check the permissions and try again.`,
    // terraform-aws-modules/terraform-aws-apigateway-v2#87): the role's trust policy.
    id: 'apigateway-integration-role',
    rule: 'WD7129',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['have permissions to assume the IAM role configured on the integration'],
    re: /\bAPI Gateway doesn[’']t have permissions to assume the IAM role configured on the integration\b/g,
    facts: (_m, d) => {
      d.service = 'apigateway'
      d.principal = 'apigateway.amazonaws.com'
      d.action = 'sts:AssumeRole'
    }
  },
  {
    // CloudWatch Alarms unable to publish to an SNS topic encrypted with a customer managed key
    // (`CloudWatch Alarms does not have authorization to access the SNS topic encryption key.`,
    // the alarm's history; awslabs/landing-zone-accelerator-on-aws#31): the key policy must let
    // cloudwatch.amazonaws.com use the key.
    id: 'cloudwatch-alarm-sns-key',
    rule: 'WD7133',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have authorization to access the SNS topic encryption key'],
    re: /\bCloudWatch Alarms does not have authorization to access the SNS topic encryption key\b\.?/g,
    facts: (_m, d) => {
      d.service = 'kms'
      d.principal = 'cloudwatch.amazonaws.com'
    }
  },
  {
    // The same refusal in the alarm's history when the action runs (`Failed to execute action
    // arn:aws:sns:…:TOPIC. Received error: "null (Service: AWSKMS; Status Code: 400; Error Code:
    // AccessDeniedException; …)"`, ministryofjustice/opg-lpa#713, ASFHyP3/hyp3#762): KMS refused
    // CloudWatch the topic's key, most often the AWS managed alias/aws/sns.
    id: 'cloudwatch-alarm-action-kms',
    rule: 'WD7141',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Failed to execute action arn:'],
    re: /\bFailed to execute action (arn:aws[\w-]*:sns:[^\s"]{1,300}?)\.? Received error: \\?"[^"\n]{0,80}?\(Service: AWSKMS; Status Code: \d{3}; Error Code: ([A-Za-z][\w.]{0,60});/g,
    facts: (m, d) => {
      d.code = m[2]!
      d.service = 'kms'
      d.principal = 'cloudwatch.amazonaws.com'
      d.detail.topic = m[1]!
    }
  },
  {
    // EventBridge Pipes checks at creation that the pipe's role may call its source and target
    // (`Input parameter is invalid from the request due to : The provided customer role does not
    // have permissions to call ReceiveMessage on SQS`, terraform-aws-modules/terraform-aws-
    // eventbridge#133): the role's identity policy, attached before the pipe is created.
    id: 'pipes-role-permissions',
    rule: 'WD7004',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['customer role does not have permissions to call'],
    re: /\bThe provided customer role does not have permissions to call (\w+) on (SQS|Kinesis|DynamoDB|Lambda|MSK|MQ|SNS|Step Functions|EventBridge)\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
      d.service = PIPES_SERVICES[m[2]!] ?? null
    }
  },
  {
    // The same role found short while the pipe runs, in the pipe's state reason (`PROBLEM: Pipes
    // does not have enough permission to process your event source. Please add
    // ec2:DescribeSecurityGroups permission to role.`, an MSK source in a VPC,
    // terraform-aws-modules/terraform-aws-eventbridge#164): the action is printed.
    id: 'pipes-role-permission-named',
    rule: 'WD7164',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have enough permission to process your'],
    re: /\bPipes does not have enough permission to process your (event source|target|enrichment)\.?\s{1,3}Please add ([a-z0-9-]{2,30}:[A-Za-z0-9]{2,80}) permission to (?:the |your )?role\b/g,
    facts: (m, d) => {
      d.action = m[2]!
      d.service = m[2]!.split(':')[0]!
      d.detail.pipePart = m[1]!
    }
  },
  {
    // A pipe's target refusing the pipe's execution role at run time, in the pipe's execution log
    // (`"message": "Target invocation failed with error from States. Not allowed to invoke
    // arn:aws:states:…"`, `"exceptionType": "AccessDenied"`, terraform-aws-modules/terraform-aws-eventbridge#134).
    id: 'pipes-target-refused',
    rule: 'WD7165',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Target invocation failed with error from'],
    re: /\bTarget invocation failed with error from ([A-Z][A-Za-z ]{1,30}?)\.\s{1,3}(?:Not allowed to invoke (arn:aws[\w-]*:[a-z0-9-]{2,30}:[^\s"]{1,300}?)\.?(?=["\s]|$)|[^"\n]{0,200}?\b(?:not authorized|AccessDenied|Access denied)\b)/g,
    facts: (m, d) => {
      if (m[2]) d.resource = m[2]
      const around = m.input.slice(m.index, m.index + 800)
      const service = /"awsService"\s*:\s*"([a-z0-9-]{2,30})"/.exec(around)?.[1]
      d.service = service ?? PIPES_SERVICES[m[1]!] ?? null
      const code = /"exceptionType"\s*:\s*"([A-Za-z][\w.]{1,60})"/.exec(around)?.[1]
      if (code) d.code = code
      d.detail.pipePart = 'target'
    }
  },
  {
    // Lambda checking, when an SQS event source mapping is created, that the function's execution
    // role may poll the queue (`InvalidParameterValueException: The function execution role does
    // not have permissions to call ReceiveMessage on SQS`, an SST deploy, anomalyco/sst#5737; the
    // words wrap where a terminal breaks them).
    id: 'lambda-event-source-sqs-role',
    rule: 'WD7347',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have permissions to call'],
    re: /(?:\b(InvalidParameterValueException):\s+)?\bThe\s+function\s+execution\s+role\s+does\s+not\s+have\s+permissions\s+to\s+call\s+(ReceiveMessage|DeleteMessage|GetQueueAttributes)\s+on\s+SQS\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'lambda'
      d.detail.refusedCall = `sqs:${m[2]!}`
    }
  },
  {
    // Lambda checking, when an event source mapping is created, that the function's execution role
    // may read the stream (`InvalidParameterValueException … CreateEventSourceMapping operation:
    // Cannot access stream arn:aws:kinesis:…. Please ensure the role can perform the GetRecords,
    // GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM.`, Miserlou/Zappa#417).
    id: 'lambda-event-source-role',
    rule: 'WD7096',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Please ensure the role can perform'],
    // A CloudFormation event column wraps the sentence, and the ARN inside its Region (`arn:aws:
    // kinesis:eu-` / `west-1:…`, aws-samples/cross-account-amazon-dynamodb-replication#11).
    re: /\bCannot\s+access\s+stream\s+(arn:aws[\w-]*:(?:kinesis|dynamodb):[^\s]{0,300}?(?:-[ \t]*\r?\n\s{0,40}[^\s]{1,300}?)?)\.?\s+Please\s+ensure\s+the\s+role\s+can\s+perform\s+the\s+[\w,\s]{3,200}?\s+Actions\s+on\s+your\s+stream\s+in\s+IAM\b/g,
    facts: (m, d) => {
      d.resource = m[1]!.replace(/\s+/g, '')
      d.service = 'lambda'
    }
  },
  {
    // The same check for a Kafka source's SASL/SCRAM secret (`Cannot access secret manager value
    // arn:aws:secretsmanager:…. Please ensure the role can perform the 'secretsmanager:GetSecretValue'
    // action on your broker in IAM.`, aws/aws-cdk#18571): the execution role reads the secret, and
    // a customer managed key's kms:Decrypt with it.
    id: 'lambda-event-source-secret',
    rule: 'WD7161',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Please ensure the role can perform'],
    re: /\bCannot\s+access\s+secret\s+manager\s+value\s+(arn:aws[\w-]*:secretsmanager:[^\s]{1,300}?)\.?\s+Please\s+ensure\s+the\s+role\s+can\s+perform\s+the\s+'([a-z0-9-]{2,30}:[A-Za-z0-9]{2,80})'\s+action\s+on\s+your\s+broker\s+in\s+IAM\b/g,
    facts: (m, d) => {
      d.resource = m[1]!
      d.action = m[2]!
      d.service = m[2]!.split(':')[0]!
    }
  },
  {
    // EC2 unable to create the Spot service-linked role for the caller (`The provided credentials do
    // not have permission to create the service-linked role for EC2 Spot Instances.`, a Step
    // Functions runner launcher, CloudSnorkel/cdk-github-runners#182): iam:CreateServiceLinkedRole
    // for spot.amazonaws.com, once per account.
    id: 'spot-service-linked-role',
    rule: 'WD7097',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['create the service-linked role for EC2 Spot'],
    re: /\bThe provided credentials do not have permission to create the service-linked role for EC2 Spot Instances\b/g,
    facts: (_m, d) => {
      d.service = 'ec2'
    }
  },
  {
    // Amazon OpenSearch Service and OpenSearch Serverless refusing a signed caller its data
    // access (`Error 403 (Forbidden): User does not have permissions for the requested resource
    // [type=authorization_exception]`, Terraform's opensearch provider creating a knowledge base's
    // index, aws-ia/terraform-aws-bedrock#150): the collection's data access policy or the
    // domain's fine-grained access control maps the role, not IAM alone.
    id: 'opensearch-data-access',
    rule: 'WD7104',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['User does not have permissions for the requested resource'],
    re: /\bUser does not have permissions for the requested resource\b(?:[ \t]*\[type=authorization_exception\])?/g,
    when: (text) => /opensearch|\baoss\b|\.aoss\.|knowledge[ _-]?base/i.test(text),
    // Serverless collections (`aoss`, a knowledge base's store) or a domain (`es`).
    facts: (m, d) => {
      d.service = SERVERLESS_COLLECTION.test(m.input) ? 'aoss' : 'es'
    }
  },
  {
    // Bedrock checking a knowledge base's vector store with the knowledge base's role (`ValidationException
    // … CreateKnowledgeBase operation: The knowledge base storage configuration provided is invalid...
    // Bad Authorization`, maxtybar/bedrock-agents-cdk#9): the collection's data access policy.
    id: 'bedrock-kb-storage-authorization',
    rule: 'WD7105',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['knowledge base storage configuration provided is invalid'],
    re: /\bThe knowledge base storage configuration provided is invalid\b[.…]{0,3}[ \t]*Bad Authorization\b/g,
    facts: (_m, d) => {
      d.service = 'bedrock'
    }
  }
]
