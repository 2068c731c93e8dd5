import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

/**
 * Actions that change what an IAM user or role may do. A caller allowed them on itself can grant
 * itself anything: the expert review of heldout31 (h31-023, a deploy user putting its own inline
 * policy) found the Allow proposed for them a privilege escalation, not a fix.
 */
const USER_ACTIONS = [
  'iam:PutUserPolicy',
  'iam:AttachUserPolicy',
  'iam:PutUserPermissionsBoundary',
  'iam:DeleteUserPermissionsBoundary',
  'iam:AddUserToGroup'
]
const ROLE_ACTIONS = [
  'iam:PutRolePolicy',
  'iam:AttachRolePolicy',
  'iam:PutRolePermissionsBoundary',
  'iam:DeleteRolePermissionsBoundary',
  'iam:UpdateAssumeRolePolicy'
]

/** The user or role a refused IAM call is about: its ARN, or IAM's own `user NAME` words. */
function targetName(resource: string | null, kind: 'user' | 'role'): string | null {
  if (!resource) return null
  const words = new RegExp(`^${kind} ([\\w+=,.@-]{1,128})$`).exec(resource.trim())
  if (words) return words[1]!
  const arn = parseArn(resource)
  if (arn?.service !== 'iam') return null
  return new RegExp(`^${kind}/(?:.*/)?([^/]+)$`).exec(arn.resource)?.[1] ?? null
}

// WD983: the caller asks to change its own permissions. No Allow is drafted: whoever administers
// IAM attaches the policy once, outside the job that would use it.
export const ownPermissionsEdit: Trap = {
  id: 'own-permissions-edit',
  lead: true,
  applies: ({ d, principal }) => {
    const kind = principal?.type
    if ((kind !== 'user' && kind !== 'role') || !principal?.name) return false
    if (!actionIs(d, ...(kind === 'user' ? USER_ACTIONS : ROLE_ACTIONS))) return false
    return targetName(d.resource, kind) === principal.name
  },
  advice: ({ d, principal }) =>
    `The ${principal!.type} \`${principal!.name}\` asks to change its own permissions (${d.action}): an identity allowed to do that can grant itself anything, so no Allow is proposed. ` +
    'Have an administrator, or the pipeline that owns IAM, attach the policy the job meant to add, once and outside this job; the job then needs only what that policy grants.'
}
