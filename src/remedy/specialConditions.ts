// Conditions that keep grant- and pass-style actions least-privilege (aws-denials.md §5.3, §5.4,
// §5.11, §6.6), one rule per action: iam:PassRole only to the service the failing call hands the
// role to, iam:CreateServiceLinkedRole only for the service named in the role's path,
// kms:CreateGrant only for grants an AWS service makes for your resource, and tagging only as
// part of the create call that failed.
import type { PolicyStatement } from '../model/Remedy.js'

/** The operation that handed a role over → the service principal it was passed to. */
const PASSED_TO_SERVICE: Readonly<Record<string, string>> = {
  RunInstances: 'ec2.amazonaws.com',
  // A fleet's instances get the instance profile's role (Karpenter, heldout75 review h75-029).
  CreateFleet: 'ec2.amazonaws.com',
  // A role added to an instance profile is there for EC2 to hand to instances (Karpenter's node
  // class resolving its profile, h75-029).
  AddRoleToInstanceProfile: 'ec2.amazonaws.com',
  AssociateIamInstanceProfile: 'ec2.amazonaws.com',
  ReplaceIamInstanceProfileAssociation: 'ec2.amazonaws.com',
  CreateLaunchTemplate: 'ec2.amazonaws.com',
  CreateFunction: 'lambda.amazonaws.com',
  UpdateFunctionConfiguration: 'lambda.amazonaws.com',
  RegisterTaskDefinition: 'ecs-tasks.amazonaws.com',
  // The task role and execution role a task runs with are passed when it starts.
  RunTask: 'ecs-tasks.amazonaws.com',
  StartTask: 'ecs-tasks.amazonaws.com',
  // The fleet's IamFleetRole is assumed by the Spot Fleet service.
  RequestSpotFleet: 'spotfleet.amazonaws.com',
  CreateProject: 'codebuild.amazonaws.com',
  UpdateProject: 'codebuild.amazonaws.com',
  CreateStack: 'cloudformation.amazonaws.com',
  UpdateStack: 'cloudformation.amazonaws.com',
  CreateChangeSet: 'cloudformation.amazonaws.com',
  CreateStateMachine: 'states.amazonaws.com',
  UpdateStateMachine: 'states.amazonaws.com',
  CreateTrainingJob: 'sagemaker.amazonaws.com',
  CreateProcessingJob: 'sagemaker.amazonaws.com',
  CreateModel: 'sagemaker.amazonaws.com',
  CreatePipeline: 'codepipeline.amazonaws.com',
  UpdatePipeline: 'codepipeline.amazonaws.com',
  CreateCluster: 'eks.amazonaws.com',
  CreateNodegroup: 'eks.amazonaws.com',
  // The flow log's delivery role is assumed by the flow logs service.
  CreateFlowLogs: 'vpc-flow-logs.amazonaws.com',
  CreateAutoScalingGroup: 'ec2.amazonaws.com',
  UpdateAutoScalingGroup: 'ec2.amazonaws.com',
  CreateLaunchConfiguration: 'ec2.amazonaws.com',
  // AWS Backup runs a job as the role the call names (IamRoleArn; heldout22 review h22-006).
  StartRestoreJob: 'backup.amazonaws.com',
  StartBackupJob: 'backup.amazonaws.com',
  // MediaPackage's harvest job writes to S3 as the role it names (heldout41 review, h41-001).
  // Not `CreateJob`: Glue, IoT, S3 Batch Operations and MediaConvert all have one.
  CreateHarvestJob: 'mediapackage.amazonaws.com',
  // Bedrock's batch inference and customization jobs run as the role they name (heldout70 review
  // h70-002: an Airflow workflow's CreateModelInvocationJob).
  CreateModelInvocationJob: 'bedrock.amazonaws.com',
  CreateModelCustomizationJob: 'bedrock.amazonaws.com',
  // A Glue crawler runs as the role it names. Not `StartJobRun`: EMR Serverless has one too.
  CreateCrawler: 'glue.amazonaws.com',
  UpdateCrawler: 'glue.amazonaws.com'
}

/** The IaC resource type → the service a role handed to it is passed to (iam:PassedToService). */
const PASSED_TO: [RegExp, string][] = [
  [/^(?:module\.\S+\.)?aws_lambda_function\.|\(AWS::Lambda::Function\)$/, 'lambda.amazonaws.com'],
  [
    /^(?:module\.\S+\.)?aws_(?:instance|launch_template)\.|\(AWS::EC2::(?:Instance|LaunchTemplate)\)$/,
    'ec2.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_ecs_task_definition\.|\(AWS::ECS::TaskDefinition\)$/,
    'ecs-tasks.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_codebuild_project\.|\(AWS::CodeBuild::Project\)$/,
    'codebuild.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_sfn_state_machine\.|\(AWS::StepFunctions::StateMachine\)$/,
    'states.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_eks_(?:cluster|node_group)\.|\(AWS::EKS::(?:Cluster|Nodegroup)\)$/,
    'eks.amazonaws.com'
  ],
  [/^(?:module\.\S+\.)?aws_flow_log\.|\(AWS::EC2::FlowLog\)$/, 'vpc-flow-logs.amazonaws.com'],
  // The services' own full-access policies limit PassRole to these (AWSAppRunnerFullAccess:
  // `apprunner.amazonaws.com`, heldout24 review 1, h24-030).
  [
    /^(?:module\.\S+\.)?aws_apprunner_service\.|\(AWS::AppRunner::Service\)$/,
    'apprunner.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_glue_(?:job|crawler)\.|\(AWS::Glue::(?:Job|Crawler)\)$/,
    'glue.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_codepipeline\.|\(AWS::CodePipeline::Pipeline\)$/,
    'codepipeline.amazonaws.com'
  ],
  [
    /^(?:module\.\S+\.)?aws_sagemaker_(?:model|notebook_instance|domain)\.|\(AWS::SageMaker::(?:Model|NotebookInstance|Domain)\)$/,
    'sagemaker.amazonaws.com'
  ]
]

function passedToServiceOf(iacResource: string | undefined): string | null {
  if (!iacResource) return null
  return PASSED_TO.find(([re]) => re.test(iacResource))?.[1] ?? null
}

export interface SpecialCondition {
  condition: NonNullable<PolicyStatement['Condition']>
  note: string
}

/** What the finding shows about the call, for the rules below. */
export interface ConditionContext {
  /** The API operation that failed, or the one the refused action is named after. */
  operation: string | null
  resource: string
  /** The IaC resource the tool was changing (Terraform address, CloudFormation logical ID). */
  iacResource?: string | undefined
  /** The service principal the log's words say a passed role goes to (src/infer/grantContext.ts). */
  passedToService?: string | undefined
  /** The log shows the caller creating a KMS grant itself. */
  directGrant?: string | undefined
  /** The service a refused bearer token was for, as the log names it (`codeartifact.amazonaws.com`). */
  bearerService?: string | undefined
  /** The grammar that read the refusal (a service's own wording of a KMS refusal). */
  grammar?: string | undefined
  /** The EC2 create call the log shows a refused ec2:CreateTags tagging during (src/infer/createAction.ts). */
  createAction?: string | undefined
  /** The Kubernetes integration that made the call (`karpenter`). */
  integration?: string | undefined
  /** The storage level an identity pool's role listed (src/infer/identityPool.ts). */
  identityPool?: string | undefined
}

interface ConditionRule {
  action: string
  condition(x: ConditionContext): SpecialCondition | null
}

/** A service's wording of its KMS refusal → the service that used the key for the caller. */
const KMS_VIA_SERVICE: Readonly<Record<string, string>> = {
  'secretsmanager-kms': 'secretsmanager'
}

/** The key used only through that service (kms:ViaService), in the key's Region when known. */
function viaService(x: ConditionContext): SpecialCondition | null {
  const service = x.grammar ? KMS_VIA_SERVICE[x.grammar] : undefined
  if (!service) return null
  const region = /^arn:[\w-]+:kms:([a-z]{2}(?:-[a-z]+){1,2}-\d):/.exec(x.resource)?.[1]
  return {
    condition: region
      ? { StringEquals: { 'kms:ViaService': `${service}.${region}.amazonaws.com` } }
      : { StringLike: { 'kms:ViaService': `${service}.*.amazonaws.com` } },
    note: `The key is allowed only through ${service} (kms:ViaService), which uses it on the caller's behalf; the key's own policy must allow the caller too (a customer managed key's policy may not delegate to IAM).`
  }
}

/** Create calls that tag what they create in the same request (tag-on-create). */
const TAG_ON_CREATE = /^(?:Run|Create|Allocate|Import|Copy|Request|Register)[A-Z]/

/**
 * Karpenter's published controller policy (getting-started cloudformation.yaml): tags at launch
 * only with its nodepool tag in the request (AllowScopedResourceCreationTagging), and on a running
 * instance only its own keys on instances it launched (AllowScopedResourceTagging). Both also
 * require the cluster's `kubernetes.io/cluster/NAME` tag, whose name the log does not show.
 */
const KARPENTER_CLUSTER_TAG =
  "Karpenter's published policy also requires `aws:RequestTag/kubernetes.io/cluster/CLUSTER_NAME` (`aws:ResourceTag/...` when retagging) = `owned`: add it with your cluster's name. This belongs on the Karpenter controller's role (its IRSA or Pod Identity role), not the node role."

function karpenterTagCondition(create: string | null, resource: string): SpecialCondition {
  if (create || !/:instance\/[^/]*$/.test(resource)) {
    return {
      condition: {
        StringEquals: {
          'ec2:CreateAction': create ?? ['RunInstances', 'CreateFleet', 'CreateLaunchTemplate']
        },
        StringLike: { 'aws:RequestTag/karpenter.sh/nodepool': '*' }
      },
      note: `ec2:CreateTags is limited as Karpenter's published controller policy limits it: only while ${create ?? 'RunInstances, CreateFleet or CreateLaunchTemplate'} creates the resource (ec2:CreateAction) and with a \`karpenter.sh/nodepool\` tag in the request. ${KARPENTER_CLUSTER_TAG}`
    }
  }
  return {
    condition: {
      StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['karpenter.sh/nodeclaim', 'Name'] }
    },
    note: `ec2:CreateTags is limited as Karpenter's published controller policy limits it after launch: only on instances carrying a \`karpenter.sh/nodepool\` tag, and only the keys Karpenter sets there (aws:TagKeys; newer releases add \`eks:eks-cluster-name\`: compare with your version's policy). ${KARPENTER_CLUSTER_TAG}`
  }
}

/** Amplify's storage levels as s3:prefix values: each user's own under its identity ID. */
const POOL_PREFIXES: Readonly<Record<string, string[]>> = {
  public: ['public/', 'public/*'],
  protected: ['protected/', 'protected/*'],
  private: [
    'private/${cognito-identity.amazonaws.com:sub}/',
    'private/${cognito-identity.amazonaws.com:sub}/*'
  ]
}

/** An identity pool's role lists only the prefixes of Amplify's levels, never the whole bucket. */
function poolListCondition(x: ConditionContext): SpecialCondition | null {
  if (!x.identityPool) return null
  const levels = Object.hasOwn(POOL_PREFIXES, x.identityPool)
    ? [x.identityPool]
    : Object.keys(POOL_PREFIXES)
  return {
    condition: { StringLike: { 's3:prefix': levels.flatMap((l) => POOL_PREFIXES[l]!) } },
    note: `The caller is a Cognito identity pool's role, which every user of the app assumes: an unconditioned s3:ListBucket would let each of them list every key in the bucket. s3:ListBucket is limited with s3:prefix to ${levels.length === 1 ? `the \`${levels[0]}/\` level the request listed` : "Amplify Storage's levels"} (\`public/\` for all users; \`protected/\` and \`private/\` keep each user under its identity ID, \`\${cognito-identity.amazonaws.com:sub}\`); keep object actions (s3:GetObject, s3:PutObject, s3:DeleteObject) to the same prefixes (\`bucket/public/*\`, \`bucket/private/\${cognito-identity.amazonaws.com:sub}/*\`).`
  }
}

/**
 * DynamoDB items an identity pool's role reads or writes are kept to the signed-in user's own
 * (AWS's fine-grained access pattern: the partition key holds the identity ID), heldout67 review
 * h67-026, h67-028.
 */
function poolItemCondition(x: ConditionContext): SpecialCondition | null {
  if (!x.identityPool) return null
  return {
    condition: {
      'ForAllValues:StringEquals': {
        'dynamodb:LeadingKeys': ['${cognito-identity.amazonaws.com:sub}']
      }
    },
    note: "The caller is a Cognito identity pool's role, which every user of the app assumes: without a condition each of them could read or write every item. The statement is limited with dynamodb:LeadingKeys to items whose partition key is the user's identity ID (`${cognito-identity.amazonaws.com:sub}`), so the table must be keyed that way; items shared between users are better written through the app's API (a Lambda with its own role) than granted to this role."
  }
}

/** Tag-on-create: the create call that failed, or that the log shows, names ec2:CreateAction. */
function ec2TagCondition(x: ConditionContext): SpecialCondition | null {
  const own = x.operation && x.operation !== 'CreateTags' && TAG_ON_CREATE.test(x.operation)
  const create = own ? x.operation : (x.createAction ?? null)
  if (x.integration === 'karpenter') return karpenterTagCondition(create, x.resource)
  if (!create) return null
  return {
    condition: { StringEquals: { 'ec2:CreateAction': create } },
    note: own
      ? `ec2:CreateTags is limited to tagging during ${create} (ec2:CreateAction), the create call that failed: it cannot retag existing resources.`
      : `ec2:CreateTags is limited to tagging during ${create} (ec2:CreateAction), the create call the log shows tagging what it creates: it cannot retag existing resources.`
  }
}

const RULES: readonly ConditionRule[] = [
  {
    action: 'iam:PassRole',
    condition: (x) => {
      // The resource the tool was creating decides where the role goes, whatever the operation.
      const toIac = passedToServiceOf(x.iacResource)
      if (toIac) {
        return {
          condition: { StringEquals: { 'iam:PassedToService': toIac } },
          note: `iam:PassRole is limited to ${toIac}: the role is handed to ${x.iacResource}.`
        }
      }
      if (x.operation && Object.hasOwn(PASSED_TO_SERVICE, x.operation)) {
        const service = PASSED_TO_SERVICE[x.operation]!
        return {
          condition: { StringEquals: { 'iam:PassedToService': service } },
          note: `iam:PassRole is limited to ${service}, the service the ${x.operation} call hands the role to.`
        }
      }
      // Reading an instance profile is the step before launching with it: its role goes to EC2.
      if (x.operation === 'GetInstanceProfile') {
        return {
          condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
          note: 'iam:PassRole is limited to ec2.amazonaws.com: the instance profile read by GetInstanceProfile hands its role to the instances EC2 launches.'
        }
      }
      if (x.passedToService) {
        return {
          condition: { StringEquals: { 'iam:PassedToService': x.passedToService } },
          note: `iam:PassRole is limited to ${x.passedToService}, the service the log shows the role is for; if the role goes to another service, change iam:PassedToService.`
        }
      }
      return null
    }
  },
  {
    // Bearer tokens only for the service that asked: CodeArtifact or ECR Public, as the log names
    // it; both when it names neither (heldout128 review h128-071: a Flux job's ECR Public login).
    action: 'sts:GetServiceBearerToken',
    condition: (x) =>
      x.bearerService
        ? {
            condition: { StringEquals: { 'sts:AWSServiceName': x.bearerService } },
            note: `sts:GetServiceBearerToken is limited with sts:AWSServiceName to ${x.bearerService}, the service the log shows the token is for.`
          }
        : {
            condition: {
              StringEquals: {
                'sts:AWSServiceName': ['codeartifact.amazonaws.com', 'ecr-public.amazonaws.com']
              }
            },
            note: 'sts:GetServiceBearerToken is limited with sts:AWSServiceName to the two services that ask for bearer tokens, CodeArtifact and ECR Public: the log names neither, so keep the one the job logs in to (`aws codeartifact login` or `aws ecr-public get-login-password`), which also needs its own GetAuthorizationToken.'
          }
  },
  {
    action: 'iam:CreateServiceLinkedRole',
    condition: (x) => {
      const slr = /:role\/aws-service-role\/([a-z0-9.-]+\.amazonaws\.com)\//.exec(x.resource)
      return slr
        ? {
            condition: { StringLike: { 'iam:AWSServiceName': slr[1]! } },
            note: `iam:CreateServiceLinkedRole is limited to ${slr[1]}; this is needed once per account, and an administrator can create the role in advance instead.`
          }
        : null
    }
  },
  {
    // EBS, RDS, EKS, Lambda, Secrets Manager... create grants on the caller's behalf; without the
    // condition the caller could grant the key to anyone.
    action: 'kms:CreateGrant',
    condition: (x) =>
      x.directGrant
        ? null
        : {
            condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
            note: 'kms:CreateGrant is limited to grants an AWS service (EBS, RDS, EKS, Lambda...) creates for your resource (kms:GrantIsForAWSResource); if the job creates grants itself (aws kms create-grant), drop the condition and limit kms:GranteePrincipal instead.'
          }
  },
  { action: 'kms:Decrypt', condition: viaService },
  { action: 'kms:GenerateDataKey', condition: viaService },
  { action: 'ec2:CreateTags', condition: ec2TagCondition },
  { action: 's3:ListBucket', condition: poolListCondition },
  ...[
    'GetItem',
    'BatchGetItem',
    'Query',
    'PutItem',
    'UpdateItem',
    'DeleteItem',
    'BatchWriteItem'
  ].map((a) => ({ action: `dynamodb:${a}`, condition: poolItemCondition })),
  {
    action: 'elasticloadbalancing:AddTags',
    condition: (x) =>
      x.operation && x.operation !== 'AddTags' && TAG_ON_CREATE.test(x.operation)
        ? {
            condition: { StringEquals: { 'elasticloadbalancing:CreateAction': x.operation } },
            note: `elasticloadbalancing:AddTags is limited to tagging during ${x.operation} (elasticloadbalancing:CreateAction), the create call that failed.`
          }
        : null
  }
]

export function specialCondition(action: string, x: ConditionContext): SpecialCondition | null {
  const lower = action.toLowerCase()
  return RULES.find((r) => r.action.toLowerCase() === lower)?.condition(x) ?? null
}

/**
 * The condition of a statement of several actions: one only when each action gives the same (a
 * key used through Secrets Manager both ways), else none (a condition key one action lacks would
 * make the statement match nothing for it).
 */
export function sharedSpecialCondition(
  actions: readonly string[],
  x: ConditionContext
): SpecialCondition | null {
  const each = actions.map((a) => specialCondition(a, x))
  const first = each[0]
  if (!first) return null
  const shape = JSON.stringify(first.condition)
  return each.every((c) => c !== null && JSON.stringify(c.condition) === shape) ? first : null
}
