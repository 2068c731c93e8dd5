// A CloudFormation stack refused the create of an IAM role or user (its resource event's
// `API: iam:CreateRole`, `API: iam:CreateUser`): CloudFormation goes on to read the entity, give
// it its inline policies and (a role) hand it to the service that uses it, or (a user) make its
// access key, and deletes all of it on rollback. Granting the create alone fails at the next step
// (heldout15 review h15-113: Serverless' IamRoleLambdaExecution; h15-154: a Vault user's stack).
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'

/** CloudFormation's resource event: `LogicalId - API: iam:CreateRole User: … is not authorized`. */
const CFN_IAM_CREATE = /\bAPI: iam:Create(Role|User)\b/
/** Its events table or template type, with the create refused on the same entity kind. */
const CFN_IAM_TYPE = /\bAWS::IAM::(Role|User)\b/

interface Step {
  action: string
  from: string
}

const ROLE_STEPS: Step[] = [
  { action: 'iam:GetRole', from: 'CloudFormation reads the role it created before it goes on' },
  {
    action: 'iam:PutRolePolicy',
    from: "CloudFormation writes the role's inline policies (the template's Policies; a Serverless function role's is one) after creating it; with ManagedPolicyArns it needs iam:AttachRolePolicy on the role too"
  },
  {
    action: 'iam:PassRole',
    from: 'the stack hands the role to the service that uses it (a function, a task, an instance profile)'
  },
  {
    action: 'iam:DeleteRolePolicy',
    from: 'a failed or deleted stack removes the inline policies it wrote (rollback)'
  },
  { action: 'iam:DeleteRole', from: 'a failed or deleted stack deletes the role (rollback)' }
]

const USER_STEPS: Step[] = [
  { action: 'iam:GetUser', from: 'CloudFormation reads the user it created before it goes on' },
  {
    action: 'iam:PutUserPolicy',
    from: "CloudFormation writes the user's inline policies (the template's Policies) after creating it; with ManagedPolicyArns it needs iam:AttachUserPolicy on the user too"
  },
  {
    action: 'iam:CreateAccessKey',
    from: "the stack makes the user's access key (AWS::IAM::AccessKey), which is why a program's user (Vault, a CI bot) is made by a stack; only on this user"
  },
  {
    action: 'iam:DeleteAccessKey',
    from: "a failed or deleted stack deletes the user's access key (rollback)"
  },
  {
    action: 'iam:DeleteUserPolicy',
    from: 'a failed or deleted stack removes the inline policies it wrote (rollback)'
  },
  { action: 'iam:DeleteUser', from: 'a failed or deleted stack deletes the user (rollback)' }
]

/** The rest of a CloudFormation IAM role or user's creation, on the same entity. */
export function cfnIamEntityStepsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase()
  const kind = action === 'iam:createrole' ? 'Role' : action === 'iam:createuser' ? 'User' : null
  if (!kind || !resource) return []
  const around = `${x.ctx.before}\n${x.ctx.line}`
  const said = CFN_IAM_CREATE.exec(x.ctx.line)?.[1] ?? CFN_IAM_TYPE.exec(around)?.[1]
  if (said !== kind) return []
  // The entity the stack creates, by its ARN (a path or a placeholder name stays as printed).
  if (!new RegExp(`^arn:[\\w-]+:iam::[^:]*:${kind.toLowerCase()}/`).test(resource)) return []
  const steps = kind === 'Role' ? ROLE_STEPS : USER_STEPS
  return steps.map((s) => ({ action: s.action, resource, from: s.from }))
}
