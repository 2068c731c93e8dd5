// Operations that run as a sequence of authorised steps: allowing only the step that failed makes
// the next run fail one step later. Each set is allowed together, on every side that must allow it
// (the caller's identity policy and, across accounts or for repository policies, the resource's).
import { LOCK_TABLE_ACTIONS } from '../model/terraformBackend.js'
import type { Inferred, SignalKey } from '../model/Inferred.js'

interface CompanionSet {
  /** What the sequence is, for the note. */
  operation: string
  /** Actions whose denial means the whole sequence is needed. */
  triggers: string[]
  actions: string[]
  /** Only for findings with this trap (the sequence is a tool's, not the service's own). */
  trap?: string
  /** Only for findings that inferred this (what the log shows the tool was doing). */
  inferred?: keyof Inferred
  /** Only when the refused resource (printed or inferred) is of this form. */
  resource?: RegExp
  /** Only for this Kubernetes integration (src/catalog/kubernetesIntegrations.ts). */
  integration?: string
  /** Not for this application, whose documented set is smaller (src/model/appPermissionSets.ts). */
  notForApp?: string
  /** Only when the log shows this signal (src/infer/contextSignals.ts). */
  signal?: SignalKey
}

/** The set the ECR user guide's push policy grants (image-push-iam), BatchGetImage included. */
const ECR_PUSH = [
  'ecr:BatchCheckLayerAvailability',
  'ecr:BatchGetImage',
  'ecr:CompleteLayerUpload',
  'ecr:InitiateLayerUpload',
  'ecr:PutImage',
  'ecr:UploadLayerPart'
]

/** What a query engine reads of the Data Catalog to read a table. */
const GLUE_TABLE_READS = [
  'glue:GetDatabase',
  'glue:GetDatabases',
  'glue:GetPartition',
  'glue:GetPartitions',
  'glue:GetTable',
  'glue:GetTables'
]

/** What MSK reads of the network a new cluster is given. */
const MSK_CREATE_READS = ['ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs']

const KINESIS_CONSUMER =
  'reading a Kinesis stream (a consumer describes it, lists its shards, gets an iterator for each and reads)'
/** What a Kinesis consumer calls on the stream, every run. */
const KINESIS_CONSUMER_READS = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards'
]

const SETS: CompanionSet[] = [
  {
    // A Kinesis consumer (a Lambda mapping, KCL, Flink, a connector) lists the shards, gets an
    // iterator for each and reads with it, every run: one allowed alone fails at the next (session 52
    // review, h156-057: GetShardIterator granted, GetRecords refused next). Describe calls alone are
    // also an admin tool's, so they trigger nothing.
    operation: KINESIS_CONSUMER,
    triggers: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'],
    actions: KINESIS_CONSUMER_READS
  },
  {
    // The same consumer refused at its first describe, when the log shows it is one (signal
    // kinesis-consumer: heldout155 review, h156-002 GetRecords and ListShards refused next).
    operation: KINESIS_CONSUMER,
    signal: 'kinesis-consumer',
    triggers: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary'],
    actions: KINESIS_CONSUMER_READS
  },
  {
    // A DynamoDB stream's consumer (a Lambda trigger, a replicator) lists and describes the streams,
    // then reads each shard through an iterator (the managed AWSLambdaDynamoDBExecutionRole's set;
    // session 52 review, h156-034). ListStreams names no resource: its own statement on "*".
    operation:
      "reading a DynamoDB stream (a trigger lists and describes the table's streams, then reads each shard through an iterator)",
    triggers: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream'],
    actions: [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams'
    ]
  },
  {
    // A service delivering its logs to CloudWatch Logs (vended logs: Fault Injection Service's
    // experiment log, API Gateway's, Step Functions'): the delivery is created with
    // CreateLogDelivery, then the log group's resource policy is read and written so the service may
    // write (CloudWatch Logs User Guide, "Enabling logging from AWS services"; heldout157 review,
    // h158-009). None of these names a resource: all on "*".
    operation:
      "setting up a service's log delivery to CloudWatch Logs (the delivery, then the log group's resource policy it reads and writes)",
    triggers: ['logs:CreateLogDelivery'],
    actions: [
      'logs:CreateLogDelivery',
      'logs:DescribeLogGroups',
      'logs:DescribeResourcePolicies',
      'logs:PutResourcePolicy'
    ]
  },
  {
    // The Redshift Data API runs a statement asynchronously: the client polls it and fetches its
    // result (heldout157 review, h158-038: ExecuteStatement alone fails next on DescribeStatement).
    // The two reads name no resource: the statement's owner is their scope.
    operation:
      'running a statement through the Redshift Data API (it starts the statement, then polls it and fetches its result)',
    triggers: [
      'redshift-data:ExecuteStatement',
      'redshift-data:BatchExecuteStatement',
      'redshift-data:DescribeStatement',
      'redshift-data:GetStatementResult'
    ],
    actions: [
      'redshift-data:DescribeStatement',
      'redshift-data:ExecuteStatement',
      'redshift-data:GetStatementResult'
    ]
  },
  {
    // AWS Budgets authorises every change as ModifyBudget and every read as ViewBudget; what creates
    // or changes a budget reads it back (Terraform's aws_budgets_budget, the console, budget-as-code
    // tools: DescribeBudget), so a change allowed alone fails next on the read (heldout151 review,
    // h154-012 and h154-013).
    operation:
      'managing a budget (what creates or changes one reads it back, as budgets:ViewBudget)',
    triggers: ['budgets:ModifyBudget'],
    actions: ['budgets:ModifyBudget', 'budgets:ViewBudget']
  },
  {
    // A log driver or agent makes its stream, then writes to it: both on every run (heldout18
    // review 2, h18-047: ECS's awslogs driver refused CreateLogStream would next be refused
    // PutLogEvents).
    operation: 'writing to a CloudWatch Logs stream it creates',
    // Not the other way: a writer to a stream that exists need not create one.
    triggers: ['logs:CreateLogStream'],
    actions: ['logs:CreateLogStream', 'logs:PutLogEvents']
  },
  {
    operation: 'docker push to ECR',
    triggers: [
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart',
      'ecr:CompleteLayerUpload',
      'ecr:PutImage'
    ],
    actions: ECR_PUSH
  },
  {
    // A push probes the repository first: its refused probe needs the push set, never the pull's
    // GetDownloadUrlForLayer (heldout14 review, h14-089).
    operation: 'a push to ECR (the log shows the push)',
    inferred: 'ecrPush',
    triggers: ['ecr:BatchGetImage', 'ecr:BatchCheckLayerAvailability'],
    actions: ECR_PUSH
  },
  {
    // BatchCheckLayerAvailability is also push's first step; alone it reads as a pull.
    operation: 'docker pull from ECR',
    triggers: [
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:BatchCheckLayerAvailability'
    ],
    actions: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']
  },
  {
    // Lock, read the lock, unlock: every run of Terraform's S3 backend with a DynamoDB table.
    operation: "Terraform's state locking",
    trap: 'terraform-state-backend',
    triggers: LOCK_TABLE_ACTIONS,
    actions: LOCK_TABLE_ACTIONS
  },
  {
    // EKS reads the key, then has a grant created for the cluster.
    operation: 'EKS secrets encryption with a KMS key',
    trap: 'kms-grant-for-aws-resource',
    triggers: ['kms:CreateGrant', 'kms:DescribeKey'],
    actions: ['kms:CreateGrant', 'kms:DescribeKey']
  },
  {
    // Each part of a multipart upload is encrypted with a data key S3 must decrypt again.
    operation: 'an upload to an SSE-KMS bucket (multipart uploads decrypt the data key)',
    trap: 's3-sse-kms-key',
    triggers: ['kms:GenerateDataKey'],
    actions: ['kms:GenerateDataKey', 'kms:Decrypt']
  },
  {
    // Whoever asks a key for data keys reads back what it wrote: SQS and SNS producers to an
    // encrypted queue or topic need both in the send (their developer guides' key-management
    // pages), and the SDKs' envelope encryption decrypts to read (heldout34 review 2, h34-023:
    // the writer's own policy names both).
    operation:
      'encrypting with a data key and reading it back (SQS and SNS producers, envelope encryption)',
    triggers: ['kms:GenerateDataKey'],
    actions: ['kms:GenerateDataKey', 'kms:Decrypt']
  },
  {
    // An agent's short-term memory in Bedrock AgentCore: it writes each turn as an event and reads
    // the session's events back, all on the one memory (heldout166 review, h166-043 and h166-044:
    // CreateEvent refused, then ListEvents).
    // All three are authorised on the memory alone.
    operation: "an agent's AgentCore memory (writing each turn, reading the session back)",
    triggers: [
      'bedrock-agentcore:CreateEvent',
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents'
    ],
    actions: [
      'bedrock-agentcore:CreateEvent',
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents'
    ]
  },
  {
    // Bedrock clients call a model both ways (Converse and ConverseStream authorise as these two):
    // the one refused now is followed by the other on the next prompt (heldout19 review 2, h19-047:
    // Claude Code streams).
    operation: 'invoking a Bedrock model (streaming and not)',
    triggers: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
    actions: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream']
  },
  {
    // `aws cloudformation deploy`, `sam deploy` and the Serverless Framework deploy by change set:
    // look the stack up, create the set, wait on it, execute it, wait on the stack (reading its
    // events on failure). Each is authorised on the stack; a transform's ARN
    // (`transform/Serverless-2016-10-31`) is not one.
    operation: 'a deploy by change set (create, describe, execute, then wait on the stack)',
    resource: /^arn:[\w-]+:cloudformation:[^:]*:[^:]*:stack\//,
    triggers: [
      'cloudformation:CreateChangeSet',
      'cloudformation:DescribeChangeSet',
      'cloudformation:ExecuteChangeSet'
    ],
    actions: [
      'cloudformation:CreateChangeSet',
      'cloudformation:DescribeChangeSet',
      'cloudformation:DescribeStackEvents',
      'cloudformation:DescribeStacks',
      'cloudformation:ExecuteChangeSet'
    ]
  },
  {
    // An IaC tool reads what it created straight back (Terraform's provider waits on GetRole after
    // CreateRole): allowing only the create leaves the role made and the run failed on the read,
    // and the next apply then meets EntityAlreadyExists (heldout22 review 2, h22-044).
    operation: 'an IaC tool creating an IAM role (it reads the role back at once)',
    inferred: 'iacResource',
    triggers: ['iam:CreateRole'],
    actions: ['iam:CreateRole', 'iam:GetRole']
  },
  {
    operation: 'an IaC tool creating an IAM user (it reads the user back at once)',
    inferred: 'iacResource',
    triggers: ['iam:CreateUser'],
    actions: ['iam:CreateUser', 'iam:GetUser']
  },
  {
    operation: 'an IaC tool creating an IAM policy (it reads the policy and its version back)',
    inferred: 'iacResource',
    triggers: ['iam:CreatePolicy'],
    actions: ['iam:CreatePolicy', 'iam:GetPolicy', 'iam:GetPolicyVersion']
  },
  {
    // Terraform's aws_sqs_queue waits on the queue's attributes after creating it and reads them
    // with the queue's tags on every refresh (heldout129 review, h129-125: GetQueueAttributes alone
    // fails next on ListQueueTags).
    operation:
      "an IaC tool creating an SQS queue (it waits on the queue's attributes and reads its tags)",
    inferred: 'iacResource',
    triggers: ['sqs:CreateQueue'],
    actions: ['sqs:CreateQueue', 'sqs:GetQueueAttributes', 'sqs:ListQueueTags']
  },
  {
    operation: 'an IaC tool reading an SQS queue (its attributes and its tags)',
    inferred: 'iacResource',
    triggers: ['sqs:GetQueueAttributes', 'sqs:ListQueueTags'],
    actions: ['sqs:GetQueueAttributes', 'sqs:ListQueueTags']
  },
  {
    // Terraform's provider reads a role with its inline and attached policies, and a policy with
    // its default version, on every refresh (heldout23 review, h23-057).
    operation: 'an IaC tool reading an IAM role (with its inline and attached policies)',
    inferred: 'iacResource',
    triggers: ['iam:GetRole'],
    actions: ['iam:GetRole', 'iam:ListAttachedRolePolicies', 'iam:ListRolePolicies']
  },
  {
    operation: 'an IaC tool reading an IAM policy (with its default version)',
    inferred: 'iacResource',
    triggers: ['iam:GetPolicy'],
    actions: ['iam:GetPolicy', 'iam:GetPolicyVersion']
  },
  {
    // Terraform's aws_cloudwatch_log_metric_filter reads the filter back after putting it
    // (heldout23's unseen-logs review, u25-007: ministryofjustice/modernisation-platform#12163).
    operation: 'an IaC tool putting a CloudWatch Logs metric filter (it reads the filters back)',
    inferred: 'iacResource',
    triggers: ['logs:PutMetricFilter'],
    actions: ['logs:DescribeMetricFilters', 'logs:PutMetricFilter']
  },
  {
    // A CodeBuild project's source connection: the build uses it, then fetches its token and
    // reads it (the CodeBuild User Guide's service-role policy for connections; heldout26
    // review 2, h26-012: the two named in prose belong in the statement).
    operation: "CodeBuild's use of a project's source connection",
    trap: 'codebuild-connection',
    triggers: ['codeconnections:UseConnection'],
    actions: [
      'codeconnections:GetConnection',
      'codeconnections:GetConnectionToken',
      'codeconnections:UseConnection'
    ]
  },
  {
    operation: "CodeBuild's use of a project's source connection",
    trap: 'codebuild-connection',
    triggers: ['codestar-connections:UseConnection'],
    actions: [
      'codestar-connections:GetConnection',
      'codestar-connections:GetConnectionToken',
      'codestar-connections:UseConnection'
    ]
  },
  {
    // Cluster Autoscaler scales a group up with SetDesiredCapacity and down by terminating one
    // node: its documented policy pairs them (u29-006: the scale-down fails next).
    operation: "Cluster Autoscaler's scaling of a node group (up and down)",
    integration: 'cluster-autoscaler',
    triggers: ['autoscaling:SetDesiredCapacity', 'autoscaling:TerminateInstanceInAutoScalingGroup'],
    actions: ['autoscaling:SetDesiredCapacity', 'autoscaling:TerminateInstanceInAutoScalingGroup']
  },
  {
    // The X-Ray daemon (and the collectors built like it) sends segments and its own telemetry,
    // and polls the sampling rules and targets: the set AWS's AWSXRayDaemonWriteAccess policy
    // grants, all on "*" (heldout29 review, h29-009: segments alone leave the rest failing).
    operation:
      "the X-Ray daemon's upload (segments, its telemetry, the sampling rules and targets)",
    triggers: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    notForApp: 'otel-awsxray-exporter',
    actions: [
      'xray:GetSamplingRules',
      'xray:GetSamplingStatisticSummaries',
      'xray:GetSamplingTargets',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments'
    ]
  },
  // MSK validates the subnets and security groups a new cluster is given before it creates it
  // (the EC2 reads of AmazonMSKFullAccess, "to validate the passed resources"; heldout29 review,
  // h29-021): one set per create action, each with its own action.
  ...['kafka:CreateCluster', 'kafka:CreateClusterV2'].map((create) => ({
    operation:
      'creating an MSK cluster (MSK reads the subnets, VPC and security groups it is given)',
    triggers: [create],
    actions: [...MSK_CREATE_READS, create]
  })),
  {
    // A query engine reads the Data Catalog step by step: the database, its tables, then their
    // partitions (Athena's JDBC driver listing tables, heldout29 review h29-036: GetTables alone
    // fails next on GetTable). Metadata reads of the same catalog, all of them.
    operation:
      'reading tables through the Glue Data Catalog (Athena, Spark, Trino and the JDBC/ODBC drivers read the database, its tables, then their partitions)',
    triggers: GLUE_TABLE_READS,
    actions: GLUE_TABLE_READS
  },
  {
    // A client runs an Athena query in three calls, start, poll, fetch, each authorised on the
    // workgroup; cancelling calls StopQueryExecution (heldout128 review, h128-114 and h128-128:
    // StartQueryExecution alone fails next on GetQueryExecution). Athena then reads the tables
    // through Glue and writes the results to S3 with the caller's own credentials.
    operation:
      "running an Athena query (start, poll, fetch the results, cancel; Athena then reads the tables through the Glue Data Catalog and writes the results to the workgroup's S3 location with the caller's own credentials)",
    triggers: ['athena:StartQueryExecution', 'athena:GetQueryExecution', 'athena:GetQueryResults'],
    actions: [
      'athena:GetQueryExecution',
      'athena:GetQueryResults',
      'athena:StartQueryExecution',
      'athena:StopQueryExecution'
    ]
  },
  {
    // A pipe polls its SQS source, deletes what it delivered and reads the queue's attributes: the
    // set the EventBridge user guide gives a pipe's role for an SQS source.
    operation:
      "an EventBridge pipe's SQS source (it receives, deletes and reads the queue's attributes)",
    trap: 'pipes-execution-role',
    triggers: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
    actions: ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage']
  },
  {
    // An SQS consumer (a Spring or NestJS listener, Celery's kombu, shoryuken, a worker loop)
    // resolves the queue by name, receives, deletes what it handled and extends a message's
    // visibility while it works (heldout159 review, h159-055: ReceiveMessage alone fails next on
    // DeleteMessage). A pipe's smaller set above comes first.
    operation:
      'consuming an SQS queue (a consumer looks the queue up, receives, extends visibility while it works and deletes what it handled)',
    triggers: ['sqs:ReceiveMessage'],
    actions: [
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:ReceiveMessage'
    ]
  },
  {
    // An upload that carries an ACL is authorised for s3:PutObjectAcl as well (S3's PutObject
    // reference): a tool that keeps sending one needs both (heldout63–64 reviews).
    operation:
      'an upload that sets a canned ACL (S3 checks s3:PutObjectAcl too when the request carries one)',
    signal: 'public-acl-request',
    triggers: ['s3:PutObject'],
    actions: ['s3:PutObject', 's3:PutObjectAcl']
  },
  {
    // Vault's AWS KMS seal describes its key at start-up, then encrypts and decrypts the root key
    // with it: its documented set (Vault's `awskms` seal page; heldout39 review, h39-026: a
    // refused DescribeKey alone fails next on Decrypt).
    operation: "Vault's AWS KMS seal (it describes the key, then encrypts and decrypts with it)",
    signal: 'vault-kms-seal',
    triggers: ['kms:DescribeKey', 'kms:Encrypt', 'kms:Decrypt'],
    actions: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt']
  },
  {
    // Versioned artifact buckets: CodeBuild asks for the source version it was given.
    operation: "CodeBuild's source download",
    trap: 'codebuild-source-download',
    triggers: ['s3:GetObject'],
    actions: ['s3:GetObject', 's3:GetObjectVersion']
  }
]

export interface Companions {
  actions: string[]
  /** Null when the action is not one step of a known sequence. */
  operation: string | null
}

export function companionActions(
  action: string,
  traps: readonly string[] = [],
  inferred: Inferred = {},
  resource: string | null = null
): Companions {
  const lower = action.toLowerCase()
  const set = SETS.find(
    (s) =>
      (s.trap === undefined || traps.includes(s.trap)) &&
      (s.inferred === undefined || inferred[s.inferred] !== undefined) &&
      (s.resource === undefined || s.resource.test(resource ?? '')) &&
      (s.integration === undefined || inferred.kubernetesIntegration?.value === s.integration) &&
      (s.notForApp === undefined || inferred.signals?.['known-app']?.value !== s.notForApp) &&
      (s.signal === undefined || inferred.signals?.[s.signal] !== undefined) &&
      s.triggers.some((t) => t.toLowerCase() === lower)
  )
  return set
    ? { actions: set.actions, operation: set.operation }
    : { actions: [action], operation: null }
}

export function companionNote(action: string, c: Companions): string {
  return `${action} is one step of ${c.operation ?? 'a sequence'}, which fails step by step, so the whole set is allowed: ${c.actions.join(', ')}.`
}
