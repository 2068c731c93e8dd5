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
    action: 'iam:PassRole',
    from: 'the stack hands the role to the service that uses it (a function, a task, an instance profile)'
  },
  { action: 'iam:DeleteRole', from: 'a failed or deleted stack deletes the role (rollback)' }
]

/**
 * How the stack gives the role its policies, by what the log shows of the template: inline
 * `Policies` (a Serverless function role's are), or `ManagedPolicyArns`. Each pair lets the stack
 * give the role anything, so only the pair the template uses is drafted; with neither shown, the
 * note names both (heldout34 review, h34-007: Rancher's node role attaches managed policies, and
 * the inline pair drafted for it was unused privilege).
 */
const ROLE_POLICY_STEPS: { shown: RegExp; steps: Step[] }[] = [
  {
    shown: /\bPolicies\s{0,3}:|"Policies"\s{0,3}:|\bIamRoleLambdaExecution\b/,
    steps: [
      {
        action: 'iam:PutRolePolicy',
        from: "CloudFormation writes the role's inline policies (the template's Policies; a Serverless function role's is one) after creating it"
      },
      {
        action: 'iam:DeleteRolePolicy',
        from: 'a failed or deleted stack removes the inline policies it wrote (rollback)'
      }
    ]
  },
  {
    shown: /\bManagedPolicyArns\b/,
    steps: [
      {
        action: 'iam:AttachRolePolicy',
        from: "CloudFormation attaches the template's ManagedPolicyArns to the role after creating it"
      },
      {
        action: 'iam:DetachRolePolicy',
        from: 'a failed or deleted stack detaches the policies it attached (rollback)'
      }
    ]
  }
]

/** GetRole's note when the log shows neither way of giving the role its policies. */
const EITHER_POLICY_PAIR =
  "CloudFormation reads the role it created before it goes on; then it gives the role its policies, with iam:PutRolePolicy and iam:DeleteRolePolicy for the template's inline Policies or iam:AttachRolePolicy and iam:DetachRolePolicy for its ManagedPolicyArns: add the pair the template uses (either lets the stack give the role anything, so on this role's name only)"

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

/**
 * CloudFormation updating an `AWS::IAM::ManagedPolicy`: it reads the policy and its versions,
 * makes the new default version, and deletes the oldest when five exist (heldout17 review h17-013:
 * `API: iam:ListPolicyVersions` refused on an Amplify stack's update).
 */
const POLICY_UPDATE_STEPS: Step[] = [
  { action: 'iam:GetPolicy', from: 'CloudFormation reads the managed policy it updates' },
  { action: 'iam:GetPolicyVersion', from: "CloudFormation reads the policy's current version" },
  { action: 'iam:ListPolicyVersions', from: "CloudFormation lists the policy's versions" },
  {
    action: 'iam:CreatePolicyVersion',
    from: 'an update of a managed policy is a new default version (CreatePolicyVersion with SetAsDefault)'
  },
  {
    action: 'iam:DeletePolicyVersion',
    from: 'a policy keeps at most five versions: CloudFormation deletes the oldest before it adds one'
  }
]

const MANAGED_POLICY_TYPE = /\bAWS::IAM::ManagedPolicy\b/

/** The rest of an update of a CloudFormation managed policy, on the same policy. */
function managedPolicyUpdateOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  if (!POLICY_UPDATE_STEPS.some((s) => s.action.toLowerCase() === action)) return []
  if (!MANAGED_POLICY_TYPE.test(`${x.ctx.before}\n${x.ctx.line}`)) return []
  const arn = /^(?:policy )?(arn:[\w-]+:iam::[^:\s]*:policy\/\S+)$/.exec(resource ?? '')?.[1]
  if (!arn) return []
  return POLICY_UPDATE_STEPS.filter((s) => s.action.toLowerCase() !== action).map((s) => ({
    action: s.action,
    resource: arn,
    from: s.from
  }))
}

/** The rest of a CloudFormation IAM role or user's creation, on the same entity. */
export function cfnIamEntityStepsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const policy = managedPolicyUpdateOf(x, resource)
  if (policy.length > 0) return policy
  const action = x.action?.toLowerCase()
  const kind = action === 'iam:createrole' ? 'Role' : action === 'iam:createuser' ? 'User' : null
  if (!kind || !resource) return []
  const around = `${x.ctx.before}\n${x.ctx.line}`
  const said = CFN_IAM_CREATE.exec(x.ctx.line)?.[1] ?? CFN_IAM_TYPE.exec(around)?.[1]
  if (said !== kind) return []
  // The entity the stack creates, by its ARN (a path or a placeholder name stays as printed).
  if (!new RegExp(`^arn:[\\w-]+:iam::[^:]*:${kind.toLowerCase()}/`).test(resource)) return []
  if (kind === 'User') return USER_STEPS.map((s) => ({ action: s.action, resource, from: s.from }))
  const text = `${around}\n${x.ctx.after}`
  const pairs = ROLE_POLICY_STEPS.filter((p) => p.shown.test(text)).flatMap((p) => p.steps)
  return [...ROLE_STEPS, ...pairs].map((s) => ({
    action: s.action,
    resource,
    from: s.action === 'iam:GetRole' && pairs.length === 0 ? EITHER_POLICY_PAIR : s.from
  }))
}
