// Actions that hand out identities, credentials or permissions: on Resource "*" each is a
// privilege-escalation path (a caller allowed iam:PassRole on "*" can give any role to a service it
// controls). They are never proposed on "*"; an unknown resource becomes a placeholder ARN.
const SENSITIVE = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithWebIdentity',
  'sts:AssumeRoleWithSAML',
  'iam:PassRole',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:CreateRole',
  'iam:CreateUser',
  'iam:UpdateAssumeRolePolicy',
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:PutRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AddUserToGroup',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:PutUserPermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary'
]

const byLower = new Set(SENSITIVE.map((a) => a.toLowerCase()))

export function isSensitiveAction(action: string): boolean {
  return byLower.has(action.toLowerCase())
}

export function escalationWarning(action: string): string {
  return `${action} can grant more than this job needs (privilege escalation): keep its Resource to the exact ARN (or a name prefix: a stack's, or one whose name changes every run), never "*".`
}

/**
 * Creating calls that support the `iam:PermissionsBoundary` condition key: on a name prefix they
 * may create any role or user under it, so the boundary, not the name, keeps what they create
 * within bounds (IAM's delegated-administration pattern).
 */
const BOUNDED_CREATES: Record<string, { entity: string; companions: string }> = {
  'iam:createrole': {
    entity: 'role',
    companions: 'iam:PassRole and iam:PutRolePolicy or iam:AttachRolePolicy'
  },
  'iam:createuser': {
    entity: 'user',
    companions: 'iam:PutUserPolicy or iam:AttachUserPolicy'
  }
}

/** Said when a creating call's Resource is a name prefix (`role/NAME*`); null otherwise. */
export function boundaryAdvice(action: string, resource: string): string | null {
  const create = BOUNDED_CREATES[action.toLowerCase()]
  if (!create || !resource.endsWith('*')) return null
  return `With a name prefix, ${action} may create any ${create.entity} whose name starts with it: require a permissions boundary so that none can hold more than the boundary allows. Add \`"Condition": {"StringEquals": {"iam:PermissionsBoundary": "arn:aws:iam::ACCOUNT_ID:policy/BOUNDARY_POLICY"}}\` to the statement and create the ${create.entity} with that boundary (\`--permissions-boundary\`, Terraform \`permissions_boundary\`, CDK \`permissionsBoundary\`). The job will likely need ${create.companions} on the same prefix next.`
}

/**
 * Said when a creating call's Resource is one exact role or user: the tool that creates it goes on
 * to give it a policy and, for a role, to hand it to a service (heldout16 review h16-003: Chalice
 * creating its Lambda role, refused again at PutRolePolicy and at CreateFunction's PassRole).
 */
export function nextStepsAfterCreate(action: string, resource: string): string | null {
  const create = BOUNDED_CREATES[action.toLowerCase()]
  if (!create || resource.endsWith('*') || !new RegExp(`:${create.entity}/`).test(resource))
    return null
  return `Creating the ${create.entity} is rarely the tool's last call on it: it usually goes on with ${create.companions}${create.entity === 'role' ? ' (PassRole limited by `iam:PassedToService` to the service that runs it)' : ''} on the same ARN. Add those for the calls the tool makes, on this ARN only: each is as sensitive as this one.`
}
