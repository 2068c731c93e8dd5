// Refusals a service words about its own role or feature (heldout19): the message says whose
// setting decides, so the title, the explanation, the fix target and the proposal's note all come
// from one entry per grammar, never "start with the caller's identity policy" (heldout19 review 2:
// the comment's lead contradicted the explanation).
import type { FixOwner, FixTargetKind } from './FixTarget.js'

export interface OwnWordsRefusal {
  /** The finding's title. */
  title: string
  /** The explanation's sentence on the cause. */
  explanation: string
  kind: FixTargetKind
  owner: FixOwner
  /** What to change, as the fix target names it. */
  target: string
  /** The fix section's note: what to change, and why no statement is drafted. */
  note: string
}

/** What decides an MQTT connection to AWS IoT Core, for both of its refusals below. */
const IOT_POLICY =
  "AWS IoT Core authorizes a device's MQTT connection with the IoT policy attached to its certificate (or, for a Cognito identity, the IoT policy attached to that identity with `aws iot attach-policy`, and the identity pool role's IAM policy as well), not with the IAM policy of whoever deployed it. The policy must allow `iot:Connect` on `arn:aws:iot:REGION:ACCOUNT_ID:client/CLIENT_ID` for the client ID the device sends (a policy variable such as `${iot:Connection.Thing.ThingName}` matches only when the client ID is the thing's name), then `iot:Publish`/`iot:Receive` on `topic/…` and `iot:Subscribe` on `topicfilter/…`. The same refusal comes from an inactive or unregistered certificate, a certificate with no policy attached, or a client ID another connection is using. Check with `aws iot list-attached-policies --target CERTIFICATE_ARN` and `aws iot describe-certificate`; AWS IoT's CloudWatch logs (`AWSIotLogsV2`) name the failing step."

export const OWN_WORDS_REFUSALS: Readonly<Record<string, OwnWordsRefusal>> = {
  'quicksight-identity-region': {
    title:
      "QuickSight's user and group calls must go to the account's identity Region: send the call there, no policy changes",
    explanation:
      "QuickSight keeps its users and groups in one identity Region per account, and answers their calls (ListUsers, RegisterUser, DescribeGroup, …) only at that Region's endpoint: this call went to the other Region the message names. Send it with `--region` set to the identity Region (or the SDK client's Region), as the message says; the caller's permissions are not what refused it, and dashboards and datasets stay in the Region they were made in.",
    kind: 'workflow',
    owner: 'you',
    target:
      "the Region the QuickSight user or group call is sent to (the account's identity Region)",
    note: "No statement is proposed: the call was sent to the wrong Region's endpoint. Set the command's or client's Region to QuickSight's identity Region, which the message names."
  },
  'lambda-event-source-role': {
    title:
      "Lambda may not read the event source's stream: the function's execution role needs the stream's read actions",
    explanation:
      "Lambda checked, when the event source mapping was created, that the function's execution role (not the deployer) may read the stream: for a Kinesis stream that role needs `kinesis:GetRecords`, `kinesis:GetShardIterator`, `kinesis:DescribeStream`, `kinesis:DescribeStreamSummary`, `kinesis:ListShards` and `kinesis:ListStreams` (the managed policy AWSLambdaKinesisExecutionRole holds them); for a DynamoDB stream `dynamodb:GetRecords`, `dynamodb:GetShardIterator`, `dynamodb:DescribeStream` and `dynamodb:ListStreams`; an encrypted stream adds `kms:Decrypt` on its key. Grant them on the stream ARN the message prints.",
    kind: 'identity-policy',
    owner: 'you',
    target: "the function's execution role (the stream's read actions on the stream ARN)",
    note: "No statement for the deployer is proposed: allow the function's execution role the stream's reads on the stream ARN: for a DynamoDB stream `dynamodb:GetRecords`, `dynamodb:GetShardIterator`, `dynamodb:DescribeStream` and `dynamodb:ListStreams` (the AWSLambdaDynamoDBExecutionRole managed policy holds them), for a Kinesis stream `kinesis:GetRecords`, `kinesis:GetShardIterator`, `kinesis:DescribeStream`, `kinesis:DescribeStreamSummary`, `kinesis:ListShards` and `kinesis:ListStreams` (AWSLambdaKinesisExecutionRole)."
  },
  'lambda-event-source-sqs-role': {
    title:
      "Lambda may not poll the SQS queue: the function's execution role needs the queue's polling actions",
    explanation:
      "Lambda checked, when the SQS event source mapping was created, that the function's execution role (not the deployer) may poll the queue: that role needs `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on the queue's ARN (the managed policy AWSLambdaSQSQueueExecutionRole holds them), plus `kms:Decrypt` on the queue's customer managed key when it has one. A queue policy that denies the role refuses it too. Grant them to the execution role, then deploy again.",
    kind: 'identity-policy',
    owner: 'you',
    target: "the function's execution role (the queue's polling actions on the queue ARN)",
    note: "No statement for the deployer is proposed: allow the function's execution role `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on the queue's ARN (AWSLambdaSQSQueueExecutionRole holds them), and `kms:Decrypt` on the queue's key when it is encrypted with a customer managed key."
  },
  'lambda-event-source-secret': {
    title:
      "Lambda may not read the Kafka source's secret: the function's execution role needs secretsmanager:GetSecretValue on it",
    explanation:
      "Lambda checked, when the event source mapping was created, that the function's execution role (not the deployer) may read the secret the Kafka source authenticates with (SASL/SCRAM or mTLS): that role needs `secretsmanager:GetSecretValue` on the secret ARN the message prints (Amazon MSK's SCRAM secrets are named `AmazonMSK_…` and must be encrypted with a customer managed key, so add `kms:Decrypt` on that key, which its key policy must allow too).",
    kind: 'identity-policy',
    owner: 'you',
    target: "the function's execution role (secretsmanager:GetSecretValue on the secret ARN)",
    note: "No statement for the deployer is proposed: allow the function's execution role `secretsmanager:GetSecretValue` on the secret ARN above, and `kms:Decrypt` on the key that encrypts it."
  },
  'msk-iam-kafka-authorization': {
    title:
      "The Kafka broker refused a topic, group or cluster operation under MSK's IAM access control: the client's role needs the kafka-cluster actions",
    explanation:
      "The client signed in with IAM (the login succeeded), then the broker refused an operation: with IAM access control, Amazon MSK checks `kafka-cluster:*` actions against the role's identity policy instead of Kafka ACLs. `kafka-cluster:Connect` (and `kafka-cluster:DescribeCluster`) go on the cluster ARN (`arn:aws:kafka:REGION:ACCOUNT_ID:cluster/CLUSTER_NAME/CLUSTER_UUID`); `kafka-cluster:DescribeTopic`, `kafka-cluster:ReadData`, `kafka-cluster:WriteData`, `kafka-cluster:CreateTopic`, `kafka-cluster:AlterTopic` (`kafka-cluster:AlterTopicDynamicConfiguration` for a topic's settings) on `arn:aws:kafka:REGION:ACCOUNT_ID:topic/CLUSTER_NAME/CLUSTER_UUID/TOPIC`; a consumer's `kafka-cluster:AlterGroup` and `kafka-cluster:DescribeGroup` on `…:group/CLUSTER_NAME/CLUSTER_UUID/GROUP`. Grant the ones the refused operation needs to the role the client signs with.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the identity policy of the role the Kafka client signs with (kafka-cluster actions on the cluster's topic and group ARNs)",
    note: "No statement is drafted from the message alone (it names no action): allow the client's role `kafka-cluster:Connect` on the cluster ARN, then what the operation needs on the topic ARN (`kafka-cluster:DescribeTopic` with `ReadData` or `WriteData`, `CreateTopic`, `AlterTopic`) and a consumer's `kafka-cluster:AlterGroup` and `DescribeGroup` on its group ARN."
  },
  'emr-service-role-invalid': {
    title:
      'EMR refused the service role named for the cluster: the role is missing or does not trust EMR',
    explanation:
      "Amazon EMR validates the cluster's service role before it launches anything, and this one failed: the role does not exist in the account (deleted, never created, a typo in its ARN), or its trust policy does not let `elasticmapreduce.amazonaws.com` assume it, or the caller may not pass it (`iam:PassRole`). `aws iam get-role --role-name ROLE` shows which; the default roles are made with `aws emr create-default-roles` (EMR_DefaultRole, with the AmazonEMRServicePolicy_v2 or AmazonElasticMapReduceRole policy, and EMR_EC2_DefaultRole for the instances). A role created in the same apply may also not be visible to EMR yet: make the cluster depend on its policy attachment, and retry.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the cluster's EMR service role: its existence, its trust of elasticmapreduce.amazonaws.com, and the caller's iam:PassRole on it",
    note: 'No statement is proposed from the message alone: check that the role exists, that its trust policy allows `elasticmapreduce.amazonaws.com` to call `sts:AssumeRole`, and that the caller may `iam:PassRole` it to EMR.'
  },
  'emr-service-role-insufficient': {
    title:
      "EMR's service role may not do its part in EC2 for the cluster: the role's policy, not the caller's",
    explanation:
      "Amazon EMR launches and tags the cluster's instances, security groups and network interfaces with its service role, and that role's policy refused part of it. With the managed policy AmazonEMRServicePolicy_v2 (the default since 2022), EMR may act only on resources tagged `for-use-with-amazon-emr-managed-policies` = `true`: tag the subnets, security groups (including ones you supply) and launch template resources so, or attach a policy that allows the EC2 actions the cluster needs; the older AmazonElasticMapReduceRole does not ask for tags. CloudTrail's `errorCode` AccessDenied events under the role's session name the exact call.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the EMR service role's policy (and the tags AmazonEMRServicePolicy_v2 requires on subnets and security groups)",
    note: "No statement is drafted from the message alone (it names no action): tag the cluster's subnets and security groups `for-use-with-amazon-emr-managed-policies=true` for AmazonEMRServicePolicy_v2, or find the refused EC2 call in CloudTrail and allow it to the service role."
  },
  'emr-bootstrap-read': {
    title:
      "The cluster's instances could not read the bootstrap action's script from S3: the EC2 instance profile's role reads it",
    explanation:
      "EMR's instances download each bootstrap action's script with the cluster's EC2 instance profile (EMR_EC2_DefaultRole unless another is set), not with the identity that created the cluster: that role needs `s3:GetObject` on the script's object, and a bucket in another account must allow it in its bucket policy. The script may also be gone or the bucket in another Region or partition than the cluster (an old sample's public bucket): check with `aws s3 ls` on the path first.",
    kind: 'identity-policy',
    owner: 'you',
    target: "the EC2 instance profile's role of the cluster (s3:GetObject on the bootstrap script)",
    note: "No statement for the caller is proposed: allow the cluster's EC2 instance profile role `s3:GetObject` on the script's object ARN above (and the bucket's owner must allow it when the bucket is another account's), after checking the script still exists there."
  },
  'spot-service-linked-role': {
    title:
      'EC2 could not create the Spot service-linked role for the caller: it needs iam:CreateServiceLinkedRole for spot.amazonaws.com, once',
    explanation:
      'EC2 creates the service-linked role `AWSServiceRoleForEC2Spot` the first time an account requests Spot capacity, as the caller: the caller needs `iam:CreateServiceLinkedRole` on `arn:aws:iam::*:role/aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot` with the condition `"StringLike": {"iam:AWSServiceName": "spot.amazonaws.com"}`. Or an administrator creates it once (`aws iam create-service-linked-role --aws-service-name spot.amazonaws.com`), after which no caller needs the permission.',
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the caller's identity policy (iam:CreateServiceLinkedRole for spot.amazonaws.com), or the role created once by an administrator",
    note: 'No statement is drafted from the message alone: create `AWSServiceRoleForEC2Spot` once, or allow the caller `iam:CreateServiceLinkedRole` limited to `iam:AWSServiceName` `spot.amazonaws.com`.'
  },
  'appsync-field-unauthorized': {
    title:
      "AppSync refused the GraphQL field for the request's authorization mode: the schema's rules for the type, not a resource policy",
    explanation:
      "AppSync checked the request against the authorization rules of the type and field the message names, and none allows the mode the client signed with (API key, Cognito user pool, IAM, OIDC or a Lambda authorizer). In an Amplify schema, the model's rules must allow that mode and operation (`allow.authenticated()`, `allow.guest()`, `allow.owner()`, `allow.publicApiKey()`, or the `@auth` rules of Gen 1), and the client must send it (`authMode`, the API's default mode); DataStore's sync queries need the same access as the model's list. With IAM, the role the client signs with needs `appsync:GraphQL` on `arn:aws:appsync:REGION:ACCOUNT_ID:apis/API_ID/types/TYPE/fields/FIELD`, and for a signed-in user that role is the identity pool's authenticated role. A nested field (`items`, a connection) has rules of its own type.",
    kind: 'workflow',
    owner: 'you',
    target:
      "the GraphQL schema's authorization rules for the type and field (or the IAM role's appsync:GraphQL), and the client's auth mode",
    note: "No statement is drafted from the message: AppSync's schema rules decide. Allow the client's auth mode on the type the message names, or grant the signing role `appsync:GraphQL` on that type's fields."
  },
  'appsync-subscription-unauthorized': {
    title:
      "AppSync refused the subscription for the connection's authorization mode: the schema's rules for the subscription's type",
    explanation:
      "AppSync refused the real-time subscription: the connection's auth mode (API key, Cognito user pool, IAM, OIDC or Lambda) is not one the subscription's type allows, or the connection was made with credentials AppSync does not accept (an expired Cognito token, guest credentials where only signed-in users may subscribe). Check the model's rules for subscriptions (Amplify's `@auth` or `allow` rules, owner fields a subscription must filter on), the mode DataStore or the client uses, and for IAM the role's `appsync:GraphQL` on `types/Subscription/fields/FIELD`.",
    kind: 'workflow',
    owner: 'you',
    target: "the GraphQL schema's rules for the subscription and the client's auth mode",
    note: "No statement is drafted from the message: the subscription's schema rules and the connection's auth mode decide."
  },
  'opensearch-data-access': {
    title:
      "OpenSearch refused the signed caller its data access: the collection's data access policy or the domain's role mapping",
    explanation:
      "The request was signed and IAM let it through, then OpenSearch's own access control refused it. For OpenSearch Serverless, the collection's data access policy must name the caller's role (for a Bedrock knowledge base, both the role creating the index and the knowledge base's service role) with the index permissions it needs (`aoss:CreateIndex`, `aoss:DescribeIndex`, `aoss:ReadDocument`, `aoss:WriteDocument`, `aoss:UpdateIndex` on `index/COLLECTION/*`, and `aoss:DescribeCollectionItems` on `collection/COLLECTION`), and the role's own policy needs `aoss:APIAccessAll` on the collection; a policy just created can take a minute to apply. For a domain with fine-grained access control, map the role to an OpenSearch role (`all_access` or a narrower one) in OpenSearch's security plugin.",
    kind: 'resource-policy',
    owner: 'resource-owner',
    target:
      "the collection's data access policy (or the domain's fine-grained role mapping) for the caller's role",
    note: "No statement is drafted from the message: OpenSearch's data access policy names the role and its index permissions; the role's own policy needs `aoss:APIAccessAll` on the collection."
  },
  'bedrock-kb-storage-authorization': {
    title:
      "Bedrock could not reach the knowledge base's vector store with its role: the collection's data access policy and the role's aoss access",
    explanation:
      "Bedrock checked, when the knowledge base was created, that its service role can use the vector store, and OpenSearch Serverless refused it (`Bad Authorization`). The collection's data access policy must name the knowledge base's role with `aoss:DescribeIndex`, `aoss:ReadDocument` and `aoss:WriteDocument` on the index, and the role's policy must allow `aoss:APIAccessAll` on the collection ARN; the index itself must exist with the vector field the configuration names. Policies created in the same deployment can take a minute to apply: make the knowledge base depend on them, or retry.",
    kind: 'resource-policy',
    owner: 'you',
    target:
      "the OpenSearch Serverless collection's data access policy and the knowledge base role's aoss access",
    note: "No statement is drafted from the message: add the knowledge base's role to the collection's data access policy, and `aoss:APIAccessAll` on the collection to the role."
  },
  // Services checking where they deliver, in their own words (heldout72–73, session 39).
  'route53-query-log-policy': {
    title:
      'Route 53 may not write to the query-logging log group: the CloudWatch Logs resource policy must allow route53.amazonaws.com',
    explanation:
      "Route 53 checked, when query logging was configured, that CloudWatch Logs lets it write to the log group: the account's CloudWatch Logs resource policy in us-east-1 must allow the service principal `route53.amazonaws.com` the actions `logs:CreateLogStream` and `logs:PutLogEvents` on `arn:aws:logs:us-east-1:ACCOUNT_ID:log-group:/aws/route53/*` (a public zone's query-logging log group must be in us-east-1, and its name under what the policy covers). Add it with `aws logs put-resource-policy` (Terraform `aws_cloudwatch_log_resource_policy`) before the query logging config; an account holds at most ten such policies, each up to 5,120 characters, so a full one gives the same answer. No Allow in the deployer's policy changes this.",
    kind: 'resource-policy',
    owner: 'you',
    target:
      "the account's CloudWatch Logs resource policy in us-east-1 (it must let route53.amazonaws.com write to the query-logging log group)",
    note: "No statement for the caller is proposed: CloudWatch Logs' resource policy decides. Add one allowing `route53.amazonaws.com` `logs:CreateLogStream` and `logs:PutLogEvents` on `arn:aws:logs:us-east-1:ACCOUNT_ID:log-group:/aws/route53/*`, limited with `aws:SourceAccount`."
  },
  'resolver-query-log-permission': {
    title:
      "Route 53 Resolver could not set up query-log delivery: the caller's log-delivery permissions, or a full resource policy",
    explanation:
      'Route 53 Resolver sets up the delivery of query logs as the caller, so besides `route53resolver:CreateResolverQueryLogConfig` the caller needs the log-delivery actions `logs:CreateLogDelivery`, `logs:GetLogDelivery`, `logs:UpdateLogDelivery`, `logs:DeleteLogDelivery` and `logs:ListLogDeliveries` on `"*"`, and for its destination: a log group, `logs:PutResourcePolicy`, `logs:DescribeResourcePolicies` and `logs:DescribeLogGroups`; a bucket, `s3:GetBucketPolicy` and `s3:PutBucketPolicy` on it; a Firehose stream, `iam:CreateServiceLinkedRole` and `firehose:TagDeliveryStream`. The same answer comes when the account\'s CloudWatch Logs resource policies are full (5,120 characters each, ten at most): one policy covering a log-group prefix frees the room.',
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the caller's identity policy (the log-delivery actions Resolver uses for it) and, for a log group, the account's CloudWatch Logs resource policies",
    note: 'No statement is drafted from the message: it names `log:*`, a family of actions rather than one. Add the log-delivery actions listed above, and those of the destination kind, to the caller\'s policy on `"Resource": "*"`.'
  },
  'waf-log-destination': {
    title:
      "WAF could not deliver logs to the destination: its aws-waf-logs- name, its policy, or the caller's log-delivery permissions",
    explanation:
      "WAF checked, when logging was configured, that it can deliver to the destination. The destination's name must start with `aws-waf-logs-` (a bucket, a log group or a Firehose stream). For a log group, the account's CloudWatch Logs resource policy must let `delivery.logs.amazonaws.com` call `logs:CreateLogStream` and `logs:PutLogEvents` on it, and an account holds at most ten such policies of up to 5,120 characters: a full one gives this answer. For a bucket, its policy must let `delivery.logs.amazonaws.com` `s3:PutObject` under `AWSLogs/ACCOUNT_ID/` and `s3:GetBucketAcl` on it. AWS adds those policies itself when the identity configuring logging may: it needs `wafv2:PutLoggingConfiguration`, `logs:CreateLogDelivery` and `logs:DeleteLogDelivery`, plus `logs:PutResourcePolicy`, `logs:DescribeResourcePolicies` and `logs:DescribeLogGroups` for a log group, or `s3:PutBucketPolicy` and `s3:GetBucketPolicy` for a bucket.",
    kind: 'resource-policy',
    owner: 'you',
    target:
      "the logging destination (its aws-waf-logs- name and its resource policy) and the caller's log-delivery permissions",
    note: "No statement is drafted from the message: it does not say which of the destination's name, its policy or the caller's log-delivery permissions failed. Check them in the order above."
  },
  'firehose-source-stream-key': {
    title:
      "Firehose's delivery role may not use the source stream's KMS key: the role's policy and the key's policy",
    explanation:
      "Firehose reads an encrypted Kinesis stream with the delivery stream's role, and the stream's KMS key refused it. The delivery role needs `kms:Decrypt` on that key (with `kinesis:GetRecords`, `GetShardIterator`, `DescribeStream` and `ListShards` on the stream), and the key's policy must allow the role too: the default \"Enable IAM User Permissions\" statement lets the role's policy decide, a key of another account must name the role. The key ARN is the stream's (`aws kinesis describe-stream-summary --stream-name NAME --query StreamDescriptionSummary.KeyId`).",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the Firehose delivery role's policy (kms:Decrypt on the source stream's key) and that key's policy",
    note: "The message names neither the role nor the key: put the statement in the delivery role's policy with the source stream's key ARN, and check that the key policy allows the role."
  },
  'stackset-service-managed-caller': {
    title:
      'CloudFormation refused a service-managed StackSet call: it must come from the management account, or say it acts as delegated administrator',
    explanation:
      "StackSets with the SERVICE_MANAGED permission model are operated from the organization's management account, or from a delegated administrator account that says so on every call: `--call-as DELEGATED_ADMIN` on the CLI (`CallAs` in the API and SDKs; CloudFormation's `AWS::CloudFormation::StackSet` and Terraform's `aws_cloudformation_stack_set` need `call_as = \"DELEGATED_ADMIN\"`). Without it the call is taken as the account's own (`SELF`), and a member account is refused even when it is registered. Check the registration from the management account (`aws organizations list-delegated-administrators --service-principal member.org.stacksets.cloudformation.amazonaws.com`) and that trusted access for StackSets is on (`aws organizations list-aws-service-access-for-organization`). No IAM statement changes this.",
    kind: 'workflow',
    owner: 'you',
    target:
      'the StackSet call: CallAs DELEGATED_ADMIN from a registered delegated administrator, or the management account',
    note: 'No statement is proposed: the refusal is about which account calls and how (CallAs), not a missing Allow. Add `--call-as DELEGATED_ADMIN` (`call_as` in Terraform) in the delegated administrator account, or run it from the management account.'
  },
  'cfn-signal-instance': {
    title:
      "CloudFormation refused cfn-signal from an instance the named stack did not launch: sign it with the instance's role, or signal the right stack",
    explanation:
      "cfn-signal run without credentials is authorized by the instance's own identity, and CloudFormation accepts that only for an instance the named stack launched as the named resource. Here the stack or resource named does not own the instance (a script run by hand, another stack's name, a resource renamed). Signal the stack and resource that launched it (the instance's `aws:cloudformation:stack-name` and `aws:cloudformation:logical-id` tags name them), or give the instance profile's role `cloudformation:SignalResource` on that stack and run cfn-signal with it (`--role ROLE_NAME`).",
    kind: 'workflow',
    owner: 'you',
    target:
      "the stack and resource cfn-signal names (the instance's aws:cloudformation tags), or the instance role's cloudformation:SignalResource",
    note: "No statement is proposed first: cfn-signal signed with the instance's identity is allowed only for the stack that launched it. Name that stack and resource; only if the script must signal another stack, allow the instance role `cloudformation:SignalResource` on it and pass `--role`."
  },
  'rds-kms-key-not-accessible': {
    title:
      "RDS could not use the snapshot's KMS key: the key's policy, the caller's key permissions, or a key of another Region",
    explanation:
      "RDS uses the KMS key of the source snapshot, and the key the copy names, on the caller's behalf: the caller needs `kms:DescribeKey` and `kms:CreateGrant` on both keys, and each key's policy must allow it (a key of another account must name this account in its key policy). A copy to another Region must name a key of the destination Region (`KmsKeyId`). A snapshot encrypted with the AWS managed key `aws/rds` cannot be shared with another account: copy it first with a customer managed key, then share that copy. Check too that the key exists and is enabled (`aws kms describe-key --key-id ARN`).",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the caller's KMS permissions on the snapshot's keys (kms:DescribeKey, kms:CreateGrant) and those keys' policies",
    note: 'No statement is drafted from the message: it does not say whether the key is missing, disabled or refused. Grant `kms:DescribeKey` and `kms:CreateGrant` on the key ARN the message prints, and check its key policy.'
  },
  'backup-copy-organization': {
    title:
      'AWS Backup refused a cross-account copy: both accounts must be in one organization, with cross-account backup turned on',
    explanation:
      "AWS Backup copies to another account only between accounts of the same AWS Organizations organization, with cross-account backup turned on in the management account (`aws backup update-global-settings --global-settings isCrossAccountBackupEnabled=true`). An account moved to another organization keeps failing until both accounts are members of one again. The destination vault's access policy must also allow `backup:CopyIntoBackupVault` from the source account or the organization, and a recovery point encrypted with a customer managed key needs that key shared with the destination account. No identity policy changes the membership.",
    kind: 'workflow',
    owner: 'org-admin',
    target:
      "the two accounts' organization membership and AWS Backup's cross-account setting in the management account, then the destination vault's access policy",
    note: "No statement is proposed: organization membership and the cross-account setting decide. Once both hold, the destination vault's access policy must allow `backup:CopyIntoBackupVault` from the source."
  },
  'chime-legacy-namespace': {
    title:
      'The Amazon Chime namespace of the Chime SDK is closed to this account: call the chime-sdk-* endpoints instead',
    explanation:
      "AWS no longer lets new accounts call the Chime SDK through the older Amazon Chime namespace (the `chime` endpoint, the `Chime` client); the same operations live in the Amazon Chime SDK namespaces (`chime-sdk-voice`, `chime-sdk-meetings`, `chime-sdk-identity`, `chime-sdk-messaging`, `chime-sdk-media-pipelines`) and their own clients. Move the code to those clients (in Terraform, the `aws_chimesdkvoice_*` resources of a current provider, not `aws_chime_voice_connector`'s older API), and grant the actions those namespaces document. No policy change opens the old namespace.",
    kind: 'workflow',
    owner: 'you',
    target: 'the code or template: the Chime SDK calls must use the chime-sdk-* endpoints',
    note: 'No statement is proposed: the account may not use the older namespace at all; the calls must move to the Chime SDK namespaces.'
  },
  'iot-connect-not-authorized': {
    title:
      "AWS IoT Core refused the device's MQTT connection: the IoT policy on its certificate or identity must allow iot:Connect",
    explanation: IOT_POLICY,
    kind: 'resource-attribute',
    owner: 'you',
    target:
      "the AWS IoT policy attached to the device's certificate (or Cognito identity): iot:Connect for its client ID",
    note: 'No IAM statement is proposed: AWS IoT Core decides with the IoT policy attached to the certificate or identity. Allow `iot:Connect` on `client/CLIENT_ID` there, and the publish and subscribe actions on the topics the device uses.'
  },
  'iot-connect-hangup': {
    title:
      'The MQTT connection to AWS IoT Core was closed at once: most often the IoT policy does not allow iot:Connect for this client ID',
    explanation:
      'AWS IoT Core closes an MQTT 3.1.1 connection without an answer when it refuses it, which the device SDKs print as an unexpected hang-up. ' +
      IOT_POLICY,
    kind: 'resource-attribute',
    owner: 'you',
    target:
      "the AWS IoT policy attached to the device's certificate (or Cognito identity): iot:Connect for its client ID; then the certificate's status and the client ID",
    note: 'No IAM statement is proposed: AWS IoT Core decides with the IoT policy attached to the certificate or identity. Allow `iot:Connect` on `client/CLIENT_ID` there, and check that the certificate is active and no other connection uses the client ID.'
  },
  'opensearch-fgac-no-permissions': {
    title:
      "OpenSearch's fine-grained access control maps the IAM identity to no role with this permission: a role mapping in the domain, not an IAM policy",
    explanation:
      "The domain's fine-grained access control (its security plugin) checked the request after IAM let it in, and none of the OpenSearch roles mapped to the IAM ARN it names holds the index or cluster permission in brackets (`backend_roles=[]`: it is mapped to none). In OpenSearch Dashboards (Security, Roles) or through `_plugins/_security/api/rolesmapping/ROLE`, map the ARN (the user, or the role a session is of, as a backend role) to a role whose index permissions cover that action on the index pattern, such as `readall` for searches. The domain's access policy and the caller's `es:ESHttp*` permissions already passed.",
    kind: 'resource-attribute',
    owner: 'resource-owner',
    target:
      "the domain's fine-grained access control role mapping (the IAM ARN as a backend role of a role with the permission)",
    note: "No IAM statement is proposed: OpenSearch's fine-grained access control refused, after IAM. Map the IAM ARN to an OpenSearch role that holds the permission in brackets, in the domain's security settings."
  },
  'apprunner-role-not-assumable': {
    title:
      'App Runner could not assume the role given to the service: its trust policy must allow App Runner',
    explanation:
      "App Runner itself could not assume the role the service was given: an access role (for pulling a private ECR image) must trust `build.apprunner.amazonaws.com`, an instance role (what the running code calls AWS with) `tasks.apprunner.amazonaws.com`, each with `sts:AssumeRole`. Check the ARN for a typo too; a role created in the same run may need a few seconds before App Runner can use it (a retry, or a dependency on the role's policy attachment). The deployer also needs `iam:PassRole` on the role.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy of the role given to the App Runner service (it must let App Runner's principal assume it)",
    note: "No statement for the caller's identity policy is proposed: App Runner itself could not assume the role. Its trust policy must allow `build.apprunner.amazonaws.com` (access role) or `tasks.apprunner.amazonaws.com` (instance role) the action sts:AssumeRole."
  },
  'c7n-org-account-denied': {
    title:
      "c7n-org could not act in the account: the role accounts.yml names for it, and its trust of the runner's identity",
    explanation:
      "c7n-org assumes, for each account, the role its accounts.yml gives (`role:`), and skips the account with this warning when that fails. In the account the warning names, the role must exist and its trust policy must allow the identity c7n-org runs as (the CodeBuild or CI role) to call `sts:AssumeRole`, with the external ID if accounts.yml sets one; that identity needs `sts:AssumeRole` on the role's ARN in its own policy too. A role missing in the account fails the same way: `aws iam get-role` in that account tells.",
    kind: 'trust-policy',
    owner: 'resource-owner',
    target:
      "the trust policy of the role accounts.yml names in the account (and the runner's sts:AssumeRole on it)",
    note: "No statement is drafted from the warning: it names no role. Allow the runner's identity to assume the account's role (its trust policy) and give the runner `sts:AssumeRole` on that role's ARN."
  },
  'elasticache-iam-wrongpass': {
    title:
      'ElastiCache refused the IAM authentication token: the user, the token and elasticache:Connect',
    explanation:
      "With IAM authentication the cache answers a token it does not accept as a wrong password. The token must be signed for the cache user's ID (the user must have `AuthenticationMode` `iam` and belong to the cache's user group), the replication group or serverless cache name as the host (with `ResourceType=ServerlessCache` for a serverless cache), and the Region; it lives 15 minutes. The signing identity needs `elasticache:Connect` on both the cache (`arn:aws:elasticache:REGION:ACCOUNT_ID:replicationgroup:NAME` or `serverlesscache:NAME`) and the user (`arn:aws:elasticache:REGION:ACCOUNT_ID:user:USER_ID`). IAM authentication also needs TLS.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      'the cache user set to IAM authentication, the signed token, and elasticache:Connect on the cache and the user',
    note: 'No statement is drafted from the message: it names neither the cache nor the user. Allow `elasticache:Connect` on the cache and on the IAM-enabled user, and sign the token for that user ID and cache name.'
  },
  'efs-mount-access-denied': {
    title:
      "Amazon EFS refused the mount: the file system policy, the mount's IAM option, or the access point",
    explanation:
      "EFS refused the NFS mount itself (a network problem times out instead). When the file system has a policy, the mounting identity needs `elasticfilesystem:ClientMount` (and `ClientWrite` to write, `ClientRootAccess` for root) in it or in its own policy, and the mount must carry that identity: efs-utils' `iam` option (the CSI driver's `mountOptions: [iam]`; an ECS task's `authorizationConfig.iam: ENABLED`, which signs with the task role, not the execution role). A policy that requires IAM or TLS (`aws:SecureTransport`) refuses a mount without them. Through an access point, its root directory must exist or be creatable with the access point's owner and permissions. The file system policy is read with `aws efs describe-file-system-policy --file-system-id fs-…`.",
    kind: 'resource-policy',
    owner: 'you',
    target:
      "the EFS file system policy and the mount's IAM option (the task role or pod role it signs with), or the access point's root directory",
    note: 'No statement is drafted from the message: NFS names no action. If the file system has a policy, allow `elasticfilesystem:ClientMount` (and `ClientWrite`) to the role that mounts, and mount with the `iam` option.'
  },
  'sfn-role-not-assumable': {
    title:
      "Step Functions could not assume the state machine's role: its trust policy must allow states.amazonaws.com",
    explanation:
      "Step Functions could not assume the role given to the state machine: the role's trust policy must allow the service principal `states.amazonaws.com` to call sts:AssumeRole (check the role ARN for a typo too). Right after the role is created in the same run, IAM's eventual consistency gives the same answer for a few seconds: a retry, or making the state machine depend on the role's policies, passes. No Allow in the deployer's policy changes this.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      'the trust policy of the role given to the state machine (it must let states.amazonaws.com assume it)',
    note: 'No statement for the caller is proposed: Step Functions itself could not assume the role. Its trust policy must allow the service principal `states.amazonaws.com` the action sts:AssumeRole; a role created in the same run may need a retry, or the state machine a dependency on the role and its policies.'
  },
  'cloudtrail-logs-role': {
    title:
      "CloudTrail could not use the trail's CloudWatch Logs role: its trust policy must allow cloudtrail.amazonaws.com",
    explanation:
      "CloudTrail could not assume the role the trail names for CloudWatch Logs delivery (`cloud_watch_logs_role_arn`, `CloudWatchLogsRoleArn`), or the role may not write to the log group: its trust policy must allow the service principal `cloudtrail.amazonaws.com` to call sts:AssumeRole, and its permissions must allow `logs:CreateLogStream` and `logs:PutLogEvents` on the trail's log group (`arn:aws:logs:REGION:ACCOUNT_ID:log-group:GROUP:log-stream:*`); the log group ARN the trail is given must end in `:*`. Right after the role is created in the same run, IAM's eventual consistency gives the same answer for a few seconds: a retry, or a dependency of the trail on the role's policy, passes. No Allow in the deployer's policy changes this.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy and permissions of the trail's CloudWatch Logs role (it must let cloudtrail.amazonaws.com assume it and write to the log group)",
    note: "No statement for the caller is proposed: CloudTrail itself could not use the trail's CloudWatch Logs role. Its trust policy must allow the service principal `cloudtrail.amazonaws.com` the action sts:AssumeRole, and the role must allow logs:CreateLogStream and logs:PutLogEvents on the log group's streams; a role created in the same run may need a retry or a dependency."
  },
  'eks-pod-identity-refused': {
    title:
      "EKS Pod Identity could not assume the pod's role: its trust policy must allow pods.eks.amazonaws.com",
    explanation:
      "EKS Auth refused to assume the role associated with the pod's service account (its pod identity association), so the pod got no credentials: the role's trust policy must allow the service principal `pods.eks.amazonaws.com` both `sts:AssumeRole` and `sts:TagSession` (EKS tags every pod identity session), and any condition in it must match (`aws:SourceAccount`, `aws:SourceArn` of the cluster). Check too that the association names this cluster, namespace and service account (`aws eks list-pod-identity-associations --cluster-name CLUSTER`). The pod's own code needs no change.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy of the role associated with the pod's service account (it must let pods.eks.amazonaws.com assume and tag it)",
    note: 'No statement for the caller is proposed: EKS itself could not assume the associated role. Its trust policy must allow the service principal `pods.eks.amazonaws.com` the actions sts:AssumeRole and sts:TagSession.'
  },
  'codedeploy-service-role': {
    title:
      "CodeDeploy's service role lacks the permissions of the service it names: the role's policy is the fix",
    explanation:
      'CodeDeploy acts through its service role, and the role named lacks the permissions of the service the message names. Attach the AWS managed policy `AWSCodeDeployRole` to it for EC2 and on-premises deployments (`AWSCodeDeployRoleForECS` or `AWSCodeDeployRoleForLambda` for those platforms), and check that its trust policy allows `codedeploy.amazonaws.com`. The caller that created the deployment needs nothing more.',
    kind: 'identity-policy',
    owner: 'you',
    target: "the policies of CodeDeploy's service role (the one the message names)",
    note: "No statement for the caller is proposed: CodeDeploy's service role lacks the service's permissions. Attach the AWS managed policy `AWSCodeDeployRole` to that role (`AWSCodeDeployRoleForECS` or `AWSCodeDeployRoleForLambda` for those platforms), and check that its trust policy allows `codedeploy.amazonaws.com`."
  },
  'kms-key-access-status': {
    title:
      "A service's role may not use the KMS key the resource was given: the role's and the key's policies decide",
    explanation:
      'The service reports that the role it works with (the data access or service role given to the resource) may not use the KMS key the resource was given: that role needs kms:Decrypt and kms:GenerateDataKey on the key (kms:CreateGrant where the service makes grants), from its identity policy when the key policy lets IAM policies grant it (the default key policy does), else from the key policy itself; or the key ARN is wrong. Whoever created the resource needs no change.',
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the role the service uses for the resource (its data access role): its identity policy, and the KMS key's policy where that does not let IAM policies grant the key",
    note: "No statement for the caller is proposed: the service's own role (the data access role given to the resource) may not use the key. Allow that role kms:Decrypt and kms:GenerateDataKey (kms:CreateGrant where the service makes grants) on the key's ARN; with the default key policy an identity policy is enough, a key policy that names its principals must name the role too."
  },
  // heldout37's unseen-logs check u50-003: kvssink's certificate refused by IoT's credentials provider.
  'iot-credential-provider-403': {
    title:
      "AWS IoT's credentials provider refused the device's certificate: its IoT policy and the role alias decide",
    explanation:
      "The device asked AWS IoT's credentials provider (`https://CREDENTIALS_ENDPOINT/role-aliases/ALIAS/credentials`, with its X.509 certificate) for the role alias's credentials and got 403. The certificate's attached IoT policy must allow `iot:AssumeRoleWithCertificate` on the role alias ARN (`arn:aws:iot:REGION:ACCOUNT_ID:rolealias/ALIAS`), the certificate must be active and the thing name the request sends (`x-amzn-iot-thingname`) attached to it where the policy uses thing variables; the role alias's role must trust `credentials.iot.amazonaws.com`. Check the endpoint too: it is the account's `aws iot describe-endpoint --endpoint-type iot:CredentialProvider`, not the data endpoint.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the IoT policy attached to the device's certificate (iot:AssumeRoleWithCertificate on the role alias), and the role alias's role trust",
    note: "No IAM statement for a caller is proposed: the device authenticates with its certificate, so its IoT policy (attached with `aws iot attach-policy`) must allow `iot:AssumeRoleWithCertificate` on `arn:aws:iot:REGION:ACCOUNT_ID:rolealias/ALIAS`, and the role alias's IAM role must trust the service principal `credentials.iot.amazonaws.com`."
  },
  'lambda-function-url-forbidden': {
    title:
      "A Lambda function URL refused the request: its auth type and the function's resource policy decide",
    explanation:
      "The Lambda function URL refused the request. With auth type `AWS_IAM` the request must be signed by a principal allowed `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` (by its identity policy in the function's account, by the function's resource policy from another); with `NONE` the function's resource policy must allow both to Principal `*`, `lambda:InvokeFunctionUrl` with the condition `lambda:FunctionUrlAuthType` `NONE` and `lambda:InvokeFunction` with `lambda:InvokedViaFunctionUrl` `true`, which keeps direct invocation closed to everyone (function URLs created since October 2025 need both actions). A URL whose alias or function was deleted answers with the same 403.",
    kind: 'resource-policy',
    owner: 'resource-owner',
    target: "the function's resource-based policy and its URL's auth type",
    note: "No statement is drafted: which principal called is not in the message. With auth type `AWS_IAM`, the caller needs `lambda:InvokeFunctionUrl` and `lambda:InvokeFunction` on the function (its identity policy in the same account, the function's resource policy from another); with `NONE`, the function's resource policy must allow both to Principal `*` (`lambda:InvokeFunctionUrl` with the condition `lambda:FunctionUrlAuthType` `NONE`, `lambda:InvokeFunction` with `lambda:InvokedViaFunctionUrl` `true`, so that the function itself is not opened to direct invocation). Function URLs created since October 2025 need both actions; a URL whose alias or function was deleted answers with the same 403."
  },
  'logs-cross-account-lambda': {
    title:
      "CloudWatch Logs does not subscribe another account's function directly: a destination in that account does",
    explanation:
      "CloudWatch Logs refused a subscription filter that names a Lambda function in another account: it never invokes another account's function from a filter, whatever the policies say. As the message says, create a CloudWatch Logs destination in the receiving account (`aws logs put-destination`) with an access policy that admits the sending account (`aws logs put-destination-policy`), and point the subscription filter at the destination's ARN.",
    kind: 'workflow',
    owner: 'you',
    target:
      "the subscription filter's destination (a CloudWatch Logs destination in the function's account)",
    note: "No statement is proposed: CloudWatch Logs never invokes another account's function from a subscription filter. Create a destination in the receiving account (`aws logs put-destination`), admit the sending account in its access policy (`aws logs put-destination-policy`), and point the filter at the destination's ARN."
  },
  // API Gateway itself could not assume the integration's credentials role (h87-007).
  'apigateway-integration-role': {
    title:
      "API Gateway could not assume the integration's credentials role: its trust policy must allow API Gateway",
    explanation:
      "The integration names an IAM role for API Gateway to call the backend with (its `credentials`), and API Gateway could not assume it, so the request failed with a 500 before the backend was called. The role's trust policy must allow the service principal `apigateway.amazonaws.com` the action `sts:AssumeRole` (with `aws:SourceAccount` or `aws:SourceArn` of the API to keep it to your API), and its permission policy must allow what the integration calls (`states:StartExecution`, `sqs:SendMessage`, `lambda:InvokeFunction`, …) on that resource. Check the role ARN the integration holds for a typo or a deleted role; whoever configures the integration also needs `iam:PassRole` on it.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the trust policy of the integration's credentials role (it must let apigateway.amazonaws.com assume it)",
    note: "No statement for a caller is proposed: API Gateway itself could not assume the integration's role. Let `apigateway.amazonaws.com` call `sts:AssumeRole` in that role's trust policy, and let the role call the integration's backend action."
  },
  'cloudwatch-alarm-sns-key': {
    title:
      "CloudWatch Alarms may not use the SNS topic's KMS key: the key policy must allow cloudwatch.amazonaws.com",
    explanation:
      "The alarm's topic is encrypted with a customer managed KMS key, and CloudWatch publishes to it as the service principal `cloudwatch.amazonaws.com`, which the key policy does not let use the key (the AWS managed key `alias/aws/sns` can never allow it). Add a statement to the key policy allowing `cloudwatch.amazonaws.com` the actions `kms:Decrypt` and `kms:GenerateDataKey*` (Resource `\"*\"` in a key policy), best limited with `aws:SourceAccount` or `aws:SourceArn` of the alarms; the topic's own policy must also let CloudWatch publish (`sns:Publish`). Across accounts the key and topic are in the topic's account, and that account changes them.",
    kind: 'resource-policy',
    owner: 'resource-owner',
    target:
      "the key policy of the SNS topic's KMS key (kms:Decrypt and kms:GenerateDataKey* for cloudwatch.amazonaws.com)",
    note: "No identity-policy statement is proposed: CloudWatch uses the key as the service principal `cloudwatch.amazonaws.com`. Allow it `kms:Decrypt` and `kms:GenerateDataKey*` in the key policy of the topic's customer managed key (the AWS managed `alias/aws/sns` key cannot allow it)."
  },
  'route53-zone-managed-by-service': {
    title:
      'Route 53 refused a direct change to a hosted zone that AWS Cloud Map manages: register instances in Cloud Map instead',
    explanation:
      "The hosted zone was created by an AWS Cloud Map namespace, and Route 53 lets only Cloud Map (`servicediscovery.amazonaws.com`) change its records, whatever the caller's permissions. Make the records by registering instances in the namespace's service (`servicediscovery:RegisterInstance`, or ECS service discovery doing it for you), or keep records of your own in a hosted zone that no namespace owns. No Route 53 permission changes this.",
    kind: 'workflow',
    owner: 'you',
    target:
      "how the records are made: Cloud Map's RegisterInstance for the namespace's zone, or a zone of your own",
    note: "No statement is proposed: Route 53 lets only Cloud Map change a namespace's hosted zone. Register the instance in Cloud Map (`aws servicediscovery register-instance`), or write the record in a hosted zone no namespace owns."
  },
  'appmesh-config-stream-denied': {
    title:
      "App Mesh refused Envoy's configuration stream: the task or pod role needs appmesh:StreamAggregatedResources on its virtual node",
    explanation:
      "Envoy asks App Mesh for its configuration as the identity of the task (the ECS task role, not the execution role) or the pod (its service account's IRSA or Pod Identity role), and App Mesh closed the stream with gRPC status 7, permission denied. That role needs `appmesh:StreamAggregatedResources` on the virtual node or gateway Envoy runs as (`arn:aws:appmesh:REGION:ACCOUNT_ID:mesh/MESH/virtualNode/NODE`, or `virtualGateway/GATEWAY`), the name set in `APPMESH_RESOURCE_ARN`; the managed policy `AWSAppMeshEnvoyAccess` holds it. Check that the ARN names an existing node in that mesh too.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      'the task role or pod role Envoy runs as (appmesh:StreamAggregatedResources on its virtual node)',
    note: "No statement is drafted: the log names neither the role nor the virtual node. Allow `appmesh:StreamAggregatedResources` on `arn:aws:appmesh:REGION:ACCOUNT_ID:mesh/MESH/virtualNode/NODE` to the task role (or the pod's role), as `AWSAppMeshEnvoyAccess` does."
  },
  'console-billing-access': {
    title:
      "The Billing console is closed to IAM users and roles until the account's root user opens it, besides the caller's own billing permissions",
    explanation:
      "The account's Billing and Cost Management pages refuse every IAM user and role, whatever their policies, until the root user turns on **IAM user and role access to Billing information** (Account page, signed in as root). After that the caller needs the billing actions for what it opens (`aws-portal:ViewBilling`/`ViewAccount`, or the newer fine-grained `billing:`, `account:`, `ce:` and `payments:` actions; the managed policy `Billing` or `AWSBillingReadOnlyAccess`). In an organization, a member account's billing pages also depend on what the management account shares.",
    kind: 'unknown',
    owner: 'org-admin',
    target:
      "the account's IAM access to Billing setting (its root user), then the caller's billing permissions",
    note: "No statement is drafted first: the account's root user must turn on IAM user and role access to Billing information (Account page). Then allow the caller the billing actions it uses (`AWSBillingReadOnlyAccess` for reading)."
  },
  // heldout132–135 (session 47): services' own words the re-review found answered generically.
  'sagemaker-studio-sso-assignment': {
    title:
      "SageMaker Studio refused an IAM Identity Center user: the user is not assigned to the domain's application, or it is not active",
    explanation:
      "A Studio domain that signs in through IAM Identity Center lets in only the users and groups assigned to its Identity Center application, each with a user profile in the domain. Assign the user (or a group of theirs) to the domain (`aws sagemaker create-user-profile` with `SingleSignOnUserIdentifier`, or the domain's Users page), check that the application is active in Identity Center, and sign in from the Identity Center portal. No IAM policy of the user's takes part.",
    kind: 'workflow',
    owner: 'org-admin',
    target:
      "the Studio domain's IAM Identity Center assignments (the user or group, and their user profile)",
    note: "No statement is proposed: Studio checks the user's assignment to the domain's Identity Center application, not an IAM policy. Assign the user or a group of theirs to the domain and make sure the application is active."
  },
  'access-denied-assuming-role': {
    title:
      'The service could not assume the role it works with: its trust policy, or a service-linked role that is missing or damaged',
    explanation:
      "The service (EC2 Auto Scaling's activity names it) could not assume the role the message names, so the launch failed before any call of yours was checked. For a service-linked role (`aws-service-role/SERVICE/…`), check that it exists (`aws iam get-role --role-name ROLE_NAME`) and create it if not (`aws iam create-service-linked-role --aws-service-name autoscaling.amazonaws.com`); it cannot be edited, so a changed one is deleted and made again. For another role, its trust policy must trust the service principal. Where the launch uses a KMS-encrypted volume, the key's policy must allow that role too.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      'the role the service assumes (a service-linked role that must exist, or a trust policy that names the service)',
    note: 'No statement is proposed for the caller: the service assumes the role itself. Make sure the role exists and trusts the service (a service-linked role is created with `aws iam create-service-linked-role`).'
  },
  'default-cmk-not-accessible': {
    title:
      "The snapshot is encrypted with the account's default EBS key, which another account cannot use",
    explanation:
      'A snapshot or AMI encrypted with the AWS managed key `aws/ebs` cannot be used outside its account, and the message asks for `kms:DescribeKey` on that default key. Copy it in its own account first, re-encrypting with a customer managed key whose key policy allows the other account (`kms:DescribeKey`, `kms:CreateGrant`, `kms:Decrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*`), then share or copy that one; `aws ec2 get-ebs-default-kms-key-id` in each Region shows which key a copy uses when none is named.',
    kind: 'resource-attribute',
    owner: 'resource-owner',
    target:
      "the snapshot's encryption key (re-encrypted with a customer managed key shared with the other account)",
    note: 'No statement is proposed: the AWS managed key `aws/ebs` cannot be shared with another account, whatever its policy. Re-encrypt the snapshot with a customer managed key that allows the other account, then copy or share that.'
  },
  'ssm-reserved-parameter-name': {
    title:
      'Parameter Store reserves names that start with aws or ssm: rename the parameter, no policy allows it',
    explanation:
      'Systems Manager refuses any parameter whose name begins with `aws` or `ssm` (in any case, with or without a leading `/`), whatever the caller may do: those names are reserved for AWS. Give the parameter another name (a prefix of your own, `/myapp/…`) and point the code or template at it; no IAM or KMS change makes the reserved name usable.',
    kind: 'workflow',
    owner: 'you',
    target: 'the parameter name the job uses (one that does not start with aws or ssm)',
    note: 'No statement is proposed: Parameter Store reserves names starting with `aws` or `ssm`. Rename the parameter (`/myapp/…`) where the job creates and reads it.'
  },
  'slr-invalid-service-name': {
    title:
      'IAM has no service principal by that name: fix the service name given for the service-linked role',
    explanation:
      "IAM refused to create the service-linked role because the name given is not a service principal that has one, not because of a policy. Use the service's documented name for its service-linked role (OpenSearch Service's is `opensearchservice.amazonaws.com`, formerly `es.amazonaws.com`; Auto Scaling's `autoscaling.amazonaws.com`); the IAM user guide's \"AWS services that work with IAM\" lists which services have one. With the right name the caller needs `iam:CreateServiceLinkedRole` with `iam:AWSServiceName` set to it, or the role already exists and nothing need be created.",
    kind: 'workflow',
    owner: 'you',
    target: 'the service name the template or command passes for the service-linked role',
    note: "No statement is proposed: the service name is not one IAM knows. Pass the service's documented principal (OpenSearch: `opensearchservice.amazonaws.com`)."
  },
  'agentcore-ecr-validation': {
    title:
      "AgentCore's execution role may not pull the runtime's image: that role needs the ECR pull actions",
    explanation:
      "Bedrock AgentCore checks, when the runtime is created or updated, that the runtime's execution role (the role the runtime is given, not the caller deploying it) can pull the image it names. Allow that role `ecr:GetAuthorizationToken` (Resource `*`) and `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository (`arn:aws:ecr:REGION:ACCOUNT_ID:repository/NAME`); its trust policy must let `bedrock-agentcore.amazonaws.com` assume it. A repository in another account also needs its repository policy to allow that role; check the URI's tag exists too.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the AgentCore runtime's execution role (the ECR pull actions on the image's repository)",
    note: "No statement for the deployer is proposed: the runtime's execution role pulls the image. Allow it `ecr:GetAuthorizationToken` (Resource `*`) and `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository the URI names."
  },
  'bedrock-logging-role': {
    title:
      'Bedrock could not use the role given for model invocation logging: its trust and its CloudWatch Logs permissions',
    explanation:
      'Bedrock checked, when the logging configuration was put, that the role it is given may deliver the logs, and it may not. That role (the one the message names, not the one that invokes models) must trust `bedrock.amazonaws.com` (`sts:AssumeRole`, best with `aws:SourceAccount` and `aws:SourceArn` of `arn:aws:bedrock:REGION:ACCOUNT_ID:*`) and allow `logs:CreateLogStream` and `logs:PutLogEvents` on `arn:aws:logs:REGION:ACCOUNT_ID:log-group:GROUP:log-stream:aws/bedrock/modelinvocations`; the log group must exist.',
    kind: 'identity-policy',
    owner: 'you',
    target:
      'the model invocation logging role (its trust of bedrock.amazonaws.com and its CloudWatch Logs actions)',
    note: "No statement for the caller is proposed: Bedrock delivers the logs with the role the message names. Let it trust `bedrock.amazonaws.com` and allow `logs:CreateLogStream` and `logs:PutLogEvents` on the log group's `aws/bedrock/modelinvocations` stream."
  },
  // A nucleus log's IP detector refused (heldout145): Greengrass' own role for the account.
  'greengrass-service-role-missing': {
    title:
      'Greengrass has no service role it may assume in this account and Region: associate one that trusts greengrass.amazonaws.com',
    explanation:
      "Greengrass calls other services for the account's core devices (here the connectivity update the IP detector sends) with the service role associated with the account in that Region, not with the device's or the caller's credentials: none is associated, or the associated role does not trust `greengrass.amazonaws.com`. Create a role that trusts `greengrass.amazonaws.com` (`sts:AssumeRole`, best with `aws:SourceAccount` and `aws:SourceArn` of `arn:aws:greengrass:REGION:ACCOUNT_ID:*`), attach the managed policy `AWSGreengrassResourceAccessRolePolicy`, and associate it: `aws greengrassv2 associate-service-role-to-account --role-arn arn:aws:iam::ACCOUNT_ID:role/Greengrass_ServiceRole` (`aws greengrassv2 get-service-role-for-account` shows the one in place).",
    kind: 'trust-policy',
    owner: 'you',
    target:
      'the Greengrass service role associated with the account (its trust of greengrass.amazonaws.com)',
    note: 'No statement for the caller is proposed: Greengrass uses the service role associated with the account. Associate one that trusts `greengrass.amazonaws.com` and holds `AWSGreengrassResourceAccessRolePolicy`.'
  },
  // aws-samples/aws-iot-greengrass-v2-deploy-nvidia-deepstream#4: a recipe's artifact in a bucket
  // the caller may not read (the sample author's own).
  'greengrass-artifact-inaccessible': {
    title:
      "Greengrass could not read the component's artifact in S3 when the version was created: the caller needs s3:GetObject on it, and the bucket must be one it may read",
    explanation:
      "Greengrass checks, when a component version is created, that the caller can read each artifact the recipe names (with the caller's credentials) and answers `Specified artifact resource cannot be accessed` when it cannot: the object is missing (a wrong key or bucket), the bucket is another account's (a sample's or a colleague's), or the caller's identity policy has no `s3:GetObject` on `arn:aws:s3:::BUCKET/KEY`. Copy the artifact into a bucket of your account in the same Region and point the recipe's `Uri` at it. The core devices download it later with their token exchange role, which needs `s3:GetObject` on the same objects.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the caller's identity policy (s3:GetObject on the artifact's object), and where the artifact lives",
    note: "Check the artifact's `s3://` URI first (it must exist, in a bucket of your account and Region); then allow the caller `s3:GetObject` on it, and the core devices' token exchange role the same."
  },
  // heldout147 and its re-review (h147-058): the bucket access role, never the caller's identity.
  'datasync-location-access-test': {
    title:
      "DataSync's test of the S3 location was refused: the location's bucket access role needs the S3 permissions, not the caller",
    explanation:
      "DataSync checks an S3 location, when it is created, with the bucket access role the location names (`S3Config.BucketAccessRoleArn`), not with the caller's identity: that role may not make the call the message names. Its documented policy allows `s3:GetBucketLocation`, `s3:ListBucket` and `s3:ListBucketMultipartUploads` on the bucket and `s3:GetObject`, `s3:PutObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload`, `s3:ListMultipartUploadParts`, `s3:GetObjectTagging` and `s3:PutObjectTagging` on `bucket/*`, and its trust policy lets `datasync.amazonaws.com` assume it. A bucket policy that denies the role, or an SSE-KMS key it may not use (`kms:Decrypt`, `kms:GenerateDataKey`), refuses it the same way.",
    kind: 'identity-policy',
    owner: 'you',
    target: "the DataSync location's bucket access role (the S3 actions on the bucket)",
    note: "No statement for the caller is proposed: DataSync uses the location's bucket access role. Give that role DataSync's documented S3 set on the bucket and its objects, and check the bucket policy and KMS key let it in."
  },
  // heldout149 re-review (h148-070): the domain's policy or its fine-grained access control decides,
  // and CloudTrail does not record OpenSearch's HTTP calls.
  'aws-es-proxy-403': {
    title:
      "The OpenSearch domain refused aws-es-proxy's signed request: the domain access policy or its fine-grained access control",
    explanation:
      "aws-es-proxy signs each request with the credentials it found and forwards it; the domain answered 403, which the proxy logs as its own (`Received 403 from AWSAuth`, blaming its credentials). The domain decided: its access policy must allow the proxy's identity the HTTP action (`es:ESHttpGet`, `es:ESHttpPut`, … on `arn:aws:es:REGION:ACCOUNT:domain/NAME/*`), and with fine-grained access control on, that identity must also be mapped to an OpenSearch role holding the permission (Dashboards, Security, Roles, Mapped users). `aws sts get-caller-identity` where the proxy runs names the identity it signs with. CloudTrail records the domain's configuration calls only, not its HTTP requests: the domain's own audit log (fine-grained access control) shows the refusal.",
    kind: 'resource-policy',
    owner: 'you',
    target:
      "the OpenSearch domain's access policy (the proxy's identity and the es:ESHttp* actions) and, with fine-grained access control, its role mapping",
    note: "No statement is drafted from the proxy's line alone (it names no identity or path): allow the proxy's role the `es:ESHttp*` actions the requests use on the domain's `/*` ARN in the domain access policy, and map that role in fine-grained access control."
  },
  // heldout154 review (h154-019): an account setting, not a grant.
  'cost-explorer-not-enabled': {
    title:
      'Cost Explorer is not enabled for this account, or its IAM access to billing data is off: account settings, no policy change',
    explanation:
      'Cost Explorer answers this before it looks at any policy: the account has not enabled Cost Explorer (its Billing and Cost Management console\'s Cost Explorer page, once, by the root user or an administrator; in an organization the management account enables it for every member account), or IAM users and roles may not see billing data at all (Account settings, "IAM user and role access to Billing information", which only the root user can turn on). After Cost Explorer is enabled, its data can take up to 24 hours to appear. Once both are on, the caller still needs `ce:GetCostAndUsage` (Resource "*") in its identity policy.',
    kind: 'workflow',
    owner: 'you',
    target:
      "the account's Cost Explorer setting and its IAM access to billing information (root user or the organization's management account)",
    note: 'No statement is proposed until the account enables Cost Explorer and IAM access to billing information; then allow `ce:GetCostAndUsage` on Resource "*".'
  },
  // heldout152 (h152-085): a service's own role, which no policy of the caller's decides.
  'service-linked-role-unassumable': {
    title:
      'The service could not assume its service-linked role: the role is missing from the account, no policy change',
    explanation:
      "A service-linked role (`AWSServiceRoleFor…`, under the path `/aws-service-role/`) is assumed only by its own service, and its trust policy and permissions are AWS's, which no one can edit. When the service says it cannot assume it, the role is not in the account: it was deleted, or it was never created because whoever first used the feature lacked `iam:CreateServiceLinkedRole`. `aws iam list-roles --path-prefix /aws-service-role/` shows the ones that exist. Create it once with `aws iam create-service-linked-role --aws-service-name SERVICE.amazonaws.com` (the service principal its documentation names for that role; `lex.amazonaws.com` for AWSServiceRoleForLexBots), or use the feature again as a principal allowed `iam:CreateServiceLinkedRole` with the condition `iam:AWSServiceName` set to that principal.",
    kind: 'workflow',
    owner: 'you',
    target: "the account's service-linked role for the service (create it; its policies are AWS's)",
    note: 'No statement is proposed: a service-linked role cannot be edited. Create the missing role with `aws iam create-service-linked-role --aws-service-name SERVICE.amazonaws.com`.'
  },
  // heldout148 (h148-015): the role Databricks assumes, its trust and its EC2 set, never the caller.
  'databricks-credential-validation': {
    title:
      'Databricks could not use the cross-account role of the credential configuration: its trust policy or its permissions',
    explanation:
      "Databricks validates a workspace's credential configuration by assuming the cross-account role it names and trying the EC2 calls it will make, and one of them failed. Check, in this order: the role's trust policy lets Databricks' AWS account (`arn:aws:iam::414351767826:root`) call `sts:AssumeRole` with your Databricks account ID as the `sts:ExternalId`; the role's policy holds the set Databricks documents for the deployment type (customer-managed VPC or default: the `ec2:` Describe, Create, Run and Terminate actions, `iam:CreateServiceLinkedRole` and `iam:PutRolePolicy` for the spot service-linked role); and no SCP or permissions boundary denies them. A role created in the same apply may need a few seconds before Databricks can assume it.",
    kind: 'trust-policy',
    owner: 'you',
    target:
      "the cross-account role of the Databricks credential configuration: its trust of Databricks' account with your account ID as external ID, and Databricks' documented EC2 set",
    note: "No statement for the caller is proposed: Databricks assumes the cross-account role. Fix that role's trust policy (Databricks' account, the external ID) and give it the policy Databricks documents for the workspace's deployment type."
  },
  'codebuild-connection-not-authorized': {
    title:
      "CodeBuild's service role may not use the source connection: the connection's actions on that role, or a connection not yet available",
    explanation:
      "CodeBuild reaches GitHub, GitLab or Bitbucket through the connection with the project's service role, not the caller's identity. That role needs `codeconnections:UseConnection` and `codeconnections:GetConnectionToken` on the connection's ARN (`codestar-connections:` for a connection made under that name; grant the prefix the ARN shows). A connection still `PENDING` (its handshake not completed in the console) or made in another Region answers the same: `aws codeconnections get-connection --connection-arn ARN` shows its status.",
    kind: 'identity-policy',
    owner: 'you',
    target:
      "the CodeBuild project's service role (UseConnection and GetConnectionToken on the connection)",
    note: "No statement for the caller is proposed: the project's service role uses the connection. Allow it `UseConnection` and `GetConnectionToken` on the connection's ARN (the prefix the ARN shows), and check the connection is `AVAILABLE`."
  }
}

/** Grammars that print one refusal another grammar words already: the same entry. */
const SAME_REFUSAL: Readonly<Record<string, string>> = {
  // The alarm's history when its action ran, KMS's code inside (WD7141).
  'cloudwatch-alarm-action-kms': 'cloudwatch-alarm-sns-key'
}

/** The entry of a refusal's grammar, or null. */
export function ownWordsOf(grammar: string): OwnWordsRefusal | null {
  const key = Object.hasOwn(SAME_REFUSAL, grammar) ? SAME_REFUSAL[grammar]! : grammar
  return Object.hasOwn(OWN_WORDS_REFUSALS, key) ? OWN_WORDS_REFUSALS[key]! : null
}
