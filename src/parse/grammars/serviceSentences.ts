// Services that say a refusal in a sentence of their own, not IAM's (heldout89): SimpleDB names
// the caller, the action in parentheses and the resource (`User <arn> does not have permission to
// perform (sdb:DomainMetadata) on resource <arn>. Contact account owner.`), as former2's scan
// printed it (iann0036/former2#274). The fields are read as printed, masks and all.
import { PRIORITY } from '../Candidate.js'
import { serviceOfAction } from '../serviceHints.js'
import { codeFromFirstGroup, type PhraseRule } from '../phraseRule.js'
import { classifyCode } from '../codes.js'

export const serviceSentenceRules: PhraseRule[] = [
  {
    // Firehose reading an encrypted Kinesis stream with its delivery role, refused the stream's key
    // (`Firehose does not have access to the KMS Key used to encrypt/decrypt the Kinesis Stream.
    // Please grant the Firehose delivery role access to the key.` with its error code
    // `Kinesis.KMS.AccessDeniedException` below, fdmsantos/terraform-aws-kinesis-firehose#6).
    id: 'firehose-source-stream-key',
    rule: 'WD7187',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Firehose does not have access to the KMS Key'],
    re: /\bFirehose does not have access to the KMS Key used to encrypt\/decrypt the Kinesis Stream\b/g,
    facts: (m, d) => {
      d.service = 'kms'
      d.action = 'kms:Decrypt'
      const code = /\b(Kinesis\.KMS\.\w{3,60}Exception)\b/.exec(
        m.input.slice(m.index, m.index + m[0].length + 300)
      )
      if (code) d.code = code[1]!
    }
  },
  {
    // A connector's check of what it reads from AWS, in its own words with the resource named
    // (Microsoft Sentinel's S3 connector: `Access to an SQS queue (https://sqs.ap-east-1.amazonaws.com/
    // 7304…/datc-sqs) was denied. Authentication succeeded but authorization failed.`,
    // Azure/Azure-Sentinel#10933): the role it assumed was refused on that resource.
    id: 'connector-resource-denied',
    rule: 'WD7189',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access to an SQS queue', 'Access to an S3 bucket', 'Access to a KMS key'],
    re: /\bAccess to (?:an SQS queue|an S3 bucket|a KMS key) \([^\s()]{1,512}\) was denied\b/g,
    facts: (m, d) => {
      d.service = m[0].includes('SQS') ? 'sqs' : m[0].includes('S3') ? 's3' : 'kms'
    }
  },
  {
    // Athena's words for a query its caller may not run, before the refusal it relays when it
    // names one (`Insufficient permissions to execute the query. User: … is not authorized to
    // perform: glue:GetPartition …`, h59-020), alone when it does not (Redash's `Error running
    // query: Insufficient permissions to execute the query.`, getredash/website#54). The IAM
    // sentence after it, when any, outranks this reading on the line.
    id: 'athena-insufficient-permissions',
    rule: 'WD7190',
    kind: 'denial',
    priority: PRIORITY.message - 2,
    needs: ['Insufficient permissions to execute the query'],
    re: /\bInsufficient permissions to execute the query\b/g,
    facts: (_m, d) => {
      d.service = 'athena'
    }
  },
  {
    // Steampipe's rendering of the Go SDK v2's error, each part on a line of its own and capitalised
    // (`Error: Operation Error S3: ListBuckets` / `HTTPS response error StatusCode: 403` / `API Error:
    // AccessDenied - Access Denied`, turbot/steampipe-plugin-aws#1952): the code before the dash.
    id: 'steampipe-api-error',
    rule: 'WD7192',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['API Error: '],
    re: /\bAPI Error: ([A-Z][A-Za-z.]{2,80}) - /g,
    accept: (m) => classifyCode(m[1]!) === 'authz',
    facts: codeFromFirstGroup
  },
  {
    // The SAM CLI's own words when the layer of a function it runs locally may not be fetched
    // (`Credentials provided are missing lambda:Getlayerversion policy that is needed to download
    // the layer or you do not have permission to download the layer`,
    // aws/serverless-application-model#1400): the action as SAM spells it.
    id: 'sam-layer-download-denied',
    rule: 'WD7205',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Credentials provided are missing '],
    re: /\bCredentials provided are missing ([a-z0-9-]{2,40}:[A-Za-z0-9*]{2,80}) policy\b/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // A service relaying the KMS refusal of a call it made for the user, in its own words
    // (SageMaker Unified Studio: `User is not permitted to perform kms:Decrypt for operation
    // GetEnvironment`, aws-solutions-library-samples/guidance-for-developing-data-and-ai-foundation-
    // with-amazon-sagemaker#18): the action is named, the operation is the relaying service's.
    id: 'not-permitted-to-perform',
    rule: 'WD7193',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not permitted to perform '],
    re: /\bis not permitted to perform ([a-z0-9-]{2,40}:[A-Za-z0-9*]{2,80})(?= for operation \w|[.,;]?(?:\s|$|["'\x60]))/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = serviceOfAction(m[1]!)
    }
  },
  {
    // CloudFormation refusing a service-managed StackSet call from an account it does not take for
    // the management or a delegated administrator account (`You must be the management account or
    // delegated admin account of an organization before operating a SERVICE_MANAGED stack set`, also
    // `the master or delegated admin account`; ministryofjustice/aws-root-account#1173,
    // aws-cloudformation/cloudformation-coverage-roadmap#799).
    id: 'stackset-service-managed-caller',
    rule: 'WD7185',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['delegated admin account of an organization'],
    re: /\bYou must be the (?:management|master) account or delegated admin account of an organization before operating a SERVICE_MANAGED stack set\b/g,
    // Its `ValidationError:` is read by the shared slot for codes wrapping a refusal (codeSlots.ts).
    facts: (_m, d) => {
      d.service = 'cloudformation'
    }
  },
  {
    // cfn-signal sent with the instance's own identity (no credentials), for a stack that did not
    // launch that instance (`AccessDenied: Instance i-… is not allowed to call SignalResource for
    // STACK`, awslabs/amazon-eks-ami#353).
    id: 'cfn-signal-instance',
    rule: 'WD7186',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not allowed to call SignalResource for'],
    re: /\bInstance (i-[0-9a-f]{8,17}) is not allowed to call SignalResource for ([\w-]{1,128})\b/g,
    facts: (m, d) => {
      d.service = 'cloudformation'
      d.action = 'cloudformation:SignalResource'
      d.detail.instance = m[1]!
      d.detail.stack = m[2]!
    }
  },
  {
    // RDS Proxy reading the database secret with its role (`Credentials couldn't be retrieved. The
    // IAM role "arn:…:role/…" is not authorized to read the AWS Secrets Manager secret with the ARN
    // "arn:…:secret:…"`, the proxy's debug log, aws/aws-cdk#28847).
    id: 'rds-proxy-secret',
    rule: 'WD7184',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not authorized to read the AWS Secrets Manager secret'],
    re: /\bThe IAM role "(arn:[^"\s]{1,2048})" is not authorized to read the AWS Secrets Manager secret with the ARN "(arn:[^"\s]{1,2048})"/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.resource = m[2]!
      d.action = 'secretsmanager:GetSecretValue'
      d.service = 'secretsmanager'
    }
  },
  {
    // SageMaker checking that the job's execution role may pull its training image (`Access denied
    // for repository: NAME in registry ID: ACCOUNT. Please check if your ECR repository and image
    // exist and role arn:… has proper pull permissions for SageMaker: ecr:BatchCheckLayerAvailability,
    // ecr:BatchGetImage, ecr:GetDownloadUrlForLayer`, wpilibsuite/DetectCoral#37).
    id: 'sagemaker-ecr-pull',
    rule: 'WD7182',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied for repository: '],
    re: /\bAccess denied for repository: ([a-z0-9][\w./-]{0,255}) in registry ID: (\d{12})\.(?:[ \t]*Please check if your ECR repository and image exist and role (arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}?) has proper pull permissions)?/g,
    facts: (m, d) => {
      d.service = 'ecr'
      d.action = 'ecr:BatchGetImage'
      d.resource = `arn:aws:ecr:<REGION>:${m[2]!}:repository/${m[1]!}`
      if (m[3]) d.principal = m[3]
    }
  },
  {
    // KMS naming the extra permission a call needs for what it was asked to do (`You don't have
    // the kms:TagResource permission that is required to add tags during key creation.`, Terraform's
    // aws_kms_key with tags, LeapBeyond/terraform-s3-replication#5).
    id: 'permission-required-for',
    rule: 'WD7178',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['permission that is required to'],
    re: /\bYou don't have the ([a-z][a-z0-9-]{1,40}):([A-Z][A-Za-z0-9]{2,80}) permission that is required to\b/g,
    facts: (m, d) => {
      d.action = `${m[1]!}:${m[2]!}`
      d.service = m[1]!
    }
  },
  {
    // cdk-assets finding the bootstrap assets bucket but refused its location (`fail: Bucket named
    // 'cdk-hnb659fds-assets-…' exists, but we dont have access to it.`, aws/aws-cdk-cli#1664): the
    // identity publishing the assets (the file-publishing role, or the caller when that role could
    // not be assumed) may not call s3:GetBucketLocation on it, or the bucket is another account's.
    id: 'cdk-assets-bucket-no-access',
    rule: 'WD7179',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['exists, but we don'],
    re: /\bBucket named '([^'\s]{3,63})' exists, but we don'?t have access to it\b/g,
    facts: (m, d) => {
      d.service = 's3'
      d.action = 's3:GetBucketLocation'
      d.resource = `arn:aws:s3:::${m[1]!}`
    }
  },
  {
    // The Go SDK v2 refused with a body it could not read (an HTML page, an empty one): the status
    // is the refusal (`operation error DataZone: CreateDomain, https response error StatusCode: 403,
    // RequestID: , deserialization failed, failed to decode response body`,
    // hashicorp/terraform-provider-aws#39940).
    id: 'go-sdk-403-undecoded',
    rule: 'WD7180',
    kind: 'denial',
    priority: PRIORITY.message - 1,
    needs: ['StatusCode: 403, RequestID: '],
    re: /\boperation error (?:[A-Za-z0-9 ]{2,40}): ([A-Z][A-Za-z0-9]{2,80}), https response error StatusCode: 403, RequestID: [\w-]{0,64}, deserialization failed\b/g,
    facts: (m, d) => {
      d.operation = m[1]!
    }
  },
  {
    // A CloudFormation resource handler's access-denied error (the Java plugin's wording, `Access
    // denied for operation 'codeartifact:CreateRepository'.`, aws-cloudformation/
    // aws-cloudformation-resource-providers-codeartifact#36): the call the handler made with the
    // deploying identity or the stack's role, named as an action or an API operation.
    id: 'cfn-handler-access-denied',
    rule: 'WD7174',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied for operation '],
    re: /\bAccess denied for operation '(?:([a-z][a-z0-9-]{1,40}):)?([A-Z][A-Za-z0-9]{2,80})'/g,
    facts: (m, d) => {
      if (m[1]) {
        d.action = `${m[1]}:${m[2]!}`
        d.service = m[1]
      } else d.operation = m[2]!
    }
  },
  {
    id: 'simpledb-no-permission',
    rule: 'WD7134',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Contact account owner'],
    re: /\bUser (\S[^\n]{0,300}?) does not have permission to perform \((sdb:\w{2,60})\) on resource (\S[^\n]{0,300}?)\.?[ \t]+Contact account owner\b/g,
    facts: (m, d) => {
      d.principal = m[1]!
      d.action = m[2]!
      d.resource = m[3]!
      d.service = 'sdb'
    }
  },
  {
    // Bedrock refusing a Marketplace model to a caller who may invoke it but not subscribe to it
    // (`Model access is denied due to IAM user or service role is not authorized to perform the
    // required AWS Marketplace actions (aws-marketplace:ViewSubscriptions,
    // aws-marketplace:Subscribe)`, aws-samples/anthropic-on-aws#252): the caller's Marketplace
    // actions, on the first call that enables the model for the account.
    id: 'bedrock-marketplace-actions',
    rule: 'WD7144',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['required AWS Marketplace actions'],
    re: /\bnot authorized to perform\s+the required AWS Marketplace actions \((aws-marketplace:\w{2,60})(?:,\s*aws-marketplace:\w{2,60}){0,4}\)/g,
    facts: (m, d) => {
      d.action = m[1]!
      d.service = 'aws-marketplace'
    }
  },
  {
    // Parameter Store refusing a name it reserves for AWS (`AccessDeniedException: No access to
    // reserved parameter name: awslimitschecker.`, aws-solutions/quota-monitor-for-aws#30): a
    // name starting with `aws` or `ssm`, in any case, whatever the caller's policy.
    id: 'ssm-reserved-parameter-name',
    rule: 'WD7145',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['No access to reserved parameter name'],
    re: /(?:\b(AccessDeniedException):[ \t]+)?\bNo access to reserved parameter name: ([^\s]{1,2048}?)\.?(?=\s|$)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'ssm'
      d.detail.parameter = m[2]!
    }
  },
  {
    // IAM refusing a service-linked role for a name that is no service principal (`AccessDenied:
    // elasticsearch.amazonaws.com is not a valid AWS service name (Service Principal)`, Terraform,
    // hashicorp/terraform-provider-aws#7181): the name is the fault (OpenSearch's is
    // `opensearchservice.amazonaws.com`, formerly `es.amazonaws.com`), not a policy.
    id: 'slr-invalid-service-name',
    rule: 'WD7146',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['is not a valid AWS service name'],
    re: /(?:\b(AccessDenied):[ \t]+)?\b([a-z0-9.-]{3,100}\.amazonaws\.com(?:\.cn)?) is not a valid AWS service name\b/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'iam'
      d.action = 'iam:CreateServiceLinkedRole'
      d.detail.serviceName = m[2]!
    }
  },
  {
    // A service creating its service-linked role as the caller, who may not (`AccessDeniedException:
    // Caller does not have permissions to create a Service Linked Role.`, API Gateway's custom
    // domains through serverless-domain-manager, amplify-education/serverless-domain-manager#112).
    id: 'slr-create-refused',
    rule: 'WD7147',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['does not have permissions to create a Service Linked Role'],
    re: /(?:\b(AccessDeniedException):[ \t]+)?\bCaller does not have permissions to create a Service Linked Role\b\.?/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.action = 'iam:CreateServiceLinkedRole'
    }
  },
  {
    // Bedrock AgentCore checking, when a runtime is created, that its execution role may pull the
    // image (`ValidationException … Access denied while validating ECR URI '….dkr.ecr.…/repo:tag'.
    // The execution role requires permissions for ecr:GetAuthorizationToken, ecr:BatchGetImage,
    // and ecr:GetDownloadUrlForLayer operations.`, awslabs/agentcore-samples#154).
    id: 'agentcore-ecr-validation',
    rule: 'WD7156',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Access denied while validating ECR URI'],
    re: /\bAccess denied while validating ECR URI\s{1,4}'([^'\s]{1,512})'/g,
    facts: (m, d) => {
      d.code ??=
        /\b(ValidationException)\b/.exec(m.input.slice(Math.max(0, m.index - 200), m.index))?.[1] ??
        null
      d.service = 'ecr'
      d.detail.url = m[1]!
    }
  },
  {
    // Bedrock validating the role it is given to deliver model invocation logs (`ValidationException:
    // Failed to validate permissions for log group: /aws/bedrock, with role: arn:…:role/NAME.`,
    // alphagov/govuk-infrastructure#2440): that role's trust and its CloudWatch Logs permissions.
    id: 'bedrock-logging-role',
    rule: 'WD7157',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['Failed to validate permissions for log group'],
    re: /(?:\b(ValidationException):[ \t]+)?\bFailed to validate permissions for log group: ([^,\s]{1,512}), with role: (arn:aws[\w-]*:iam::[^:\s]{0,40}:role\/[\w+=,.@/-]{1,512}?)\.?(?=\s|$)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      d.service = 'bedrock'
      d.detail.role = m[3]!
      d.detail.logGroup = m[2]!
    }
  }
]
