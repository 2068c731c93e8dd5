// IAM Identity Center provisions one role per permission set and account, named
// `AWSReservedSSO_<set>_<16 lower-case hex>`; Identity Center owns it and undoes edits to it.

/**
 * The permission set behind an Identity Center role; logs often shorten or mask the hex suffix,
 * so a shortened or masked one counts too. Null for any other role name.
 */
export function permissionSetOfRole(role: string): string | null {
  return (
    // The suffix as printed, or masked (a reporter's `REDACTED` too: heldout27 review, h27-008).
    /^AWSReservedSSO_(.+?)_(?:[0-9a-f]{4,16}|<[^<>]*>|\*{2,}|[xX]{3,}|\.{3}|…|REDACTED|redacted|MASKED)$/.exec(
      role
    )?.[1] ?? null
  )
}

/**
 * An ARN pattern for the Identity Center roles of one permission set in one account. Identity
 * Center puts them under the path `aws-reserved/sso.amazonaws.com/` (some instances add their
 * Region to it) and picks the suffix, so `role/AWSReservedSSO_<set>_<hex>` never matches:
 * aws:PrincipalArn carries the path. For ArnLike/ArnNotLike conditions only.
 */
export function identityCenterRolePattern(partition: string, account: string, set: string): string {
  return `arn:${partition}:iam::${account}:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_${set}_*`
}

/**
 * Permission sets that allow every action: AWS's predefined `AdministratorAccess` attaches the
 * AdministratorAccess managed policy (`"Action": "*"`). Its session's own side allows the call,
 * so an Allow for it changes nothing (heldout15 review, h15-097).
 */
const EVERY_ACTION_SETS = new Set(['administratoraccess'])

export function permissionSetAllowsAll(permissionSet: string | null | undefined): boolean {
  return EVERY_ACTION_SETS.has((permissionSet ?? '').toLowerCase())
}
