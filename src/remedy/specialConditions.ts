// Conditions that keep two sensitive actions least-privilege (aws-denials.md §5.4, §5.11, §6.6):
// iam:PassRole only to the service the failing call hands the role to, and
// iam:CreateServiceLinkedRole only for the service named in the role's path.
import type { PolicyStatement } from '../model/Remedy.js'

/** The operation that handed a role over → the service principal it was passed to. */
const PASSED_TO_SERVICE: Readonly<Record<string, string>> = {
  RunInstances: 'ec2.amazonaws.com',
  AssociateIamInstanceProfile: 'ec2.amazonaws.com',
  ReplaceIamInstanceProfileAssociation: 'ec2.amazonaws.com',
  CreateLaunchTemplate: 'ec2.amazonaws.com',
  CreateFunction: 'lambda.amazonaws.com',
  UpdateFunctionConfiguration: 'lambda.amazonaws.com',
  RegisterTaskDefinition: 'ecs-tasks.amazonaws.com',
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
  CreateLaunchConfiguration: 'ec2.amazonaws.com'
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
  [/^(?:module\.\S+\.)?aws_flow_log\.|\(AWS::EC2::FlowLog\)$/, 'vpc-flow-logs.amazonaws.com']
]

function passedToServiceOf(iacResource: string | undefined): string | null {
  if (!iacResource) return null
  return PASSED_TO.find(([re]) => re.test(iacResource))?.[1] ?? null
}

export interface SpecialCondition {
  condition: NonNullable<PolicyStatement['Condition']>
  note: string
}

export function specialCondition(
  action: string,
  operation: string | null,
  resource: string,
  iacResource?: string
): SpecialCondition | null {
  // The resource the tool was creating decides where the role goes, whatever the operation.
  const toIac = action === 'iam:PassRole' ? passedToServiceOf(iacResource) : null
  if (toIac) {
    return {
      condition: { StringEquals: { 'iam:PassedToService': toIac } },
      note: `iam:PassRole is limited to ${toIac}: the role is handed to ${iacResource}.`
    }
  }
  if (action === 'iam:PassRole' && operation && Object.hasOwn(PASSED_TO_SERVICE, operation)) {
    const service = PASSED_TO_SERVICE[operation]!
    return {
      condition: { StringEquals: { 'iam:PassedToService': service } },
      note: `iam:PassRole is limited to ${service}, the service the ${operation} call hands the role to.`
    }
  }
  // Bearer tokens only for the service that asked (CodeArtifact, the one AWS documents).
  if (action === 'sts:GetServiceBearerToken') {
    return {
      condition: { StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' } },
      note: 'sts:GetServiceBearerToken is limited with sts:AWSServiceName to codeartifact.amazonaws.com, the service the token is for.'
    }
  }
  const slr = /:role\/aws-service-role\/([a-z0-9.-]+\.amazonaws\.com)\//.exec(resource)
  if (action === 'iam:CreateServiceLinkedRole' && slr) {
    return {
      condition: { StringLike: { 'iam:AWSServiceName': slr[1]! } },
      note: `iam:CreateServiceLinkedRole is limited to ${slr[1]}; this is needed once per account, and an administrator can create the role in advance instead.`
    }
  }
  return null
}
