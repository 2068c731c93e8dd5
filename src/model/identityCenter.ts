// IAM Identity Center provisions one role per permission set and account, named
// `AWSReservedSSO_<set>_<16 lower-case hex>`; Identity Center owns it and undoes edits to it.

/**
 * The permission set behind an Identity Center role; logs often shorten or mask the hex suffix,
 * so a shortened or masked one counts too. Null for any other role name.
 */
export function permissionSetOfRole(role: string): string | null {
  return (
    /^AWSReservedSSO_(.+?)_(?:[0-9a-f]{4,16}|<[^<>]*>|\*{2,}|[xX]{3,}|\.{3}|…)$/.exec(role)?.[1] ??
    null
  )
}
