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
  CreateNodegroup: 'eks.amazonaws.com'
}

export interface SpecialCondition {
  condition: NonNullable<PolicyStatement['Condition']>
  note: string
}

export function specialCondition(
  action: string,
  operation: string | null,
  resource: string
): SpecialCondition | null {
  if (action === 'iam:PassRole' && operation && Object.hasOwn(PASSED_TO_SERVICE, operation)) {
    const service = PASSED_TO_SERVICE[operation]!
    return {
      condition: { StringEquals: { 'iam:PassedToService': service } },
      note: `iam:PassRole is limited to ${service}, the service the ${operation} call hands the role to.`
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
