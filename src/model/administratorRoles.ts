// Roles whose own side allows every action by how they are made, not by what a writer says: AWS
// Organizations' and Control Tower's account access roles (AdministratorAccess attached when the
// account is created or enrolled) and an Identity Center role of an AdministratorAccess
// permission set. A refusal of such a caller is decided by a policy that is not the caller's.
import { permissionSetAllowsAll } from './identityCenter.js'

const ACCOUNT_ACCESS_ROLES: Record<string, string> = {
  OrganizationAccountAccessRole:
    'the role AWS Organizations creates in a member account, with AdministratorAccess',
  AWSControlTowerExecution:
    'the role AWS Control Tower creates in an enrolled account, with AdministratorAccess'
}

/**
 * Why the caller's identity policy already allows every action, or null when nothing says so.
 * `role`: the calling role's name; `permissionSet`: its Identity Center permission set, if any.
 */
export function administratorRole(
  role: string | null | undefined,
  permissionSet: string | null | undefined
): string | null {
  if (!role) return null
  if (Object.hasOwn(ACCOUNT_ACCESS_ROLES, role)) return ACCOUNT_ACCESS_ROLES[role]!
  return permissionSetAllowsAll(permissionSet)
    ? `a role of the ${permissionSet} permission set in IAM Identity Center`
    : null
}
