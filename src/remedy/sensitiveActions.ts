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
  return `${action} can grant more than this job needs (privilege escalation): keep its Resource to the exact ARN (or a stack's name prefix), never "*".`
}
