import type { Trap, TrapInput } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// kube2iam and kiam hand a pod the role its `iam.amazonaws.com/role` annotation names by assuming
// it themselves: kube2iam with the node's instance role, kiam with its server's role. A refused
// sts:AssumeRole there is by design the broker's role asking, so two policies decide: the pod
// role's trust policy must name the broker's role, and the broker's role must be allowed to assume
// it (heldout38 review: jtblin/kube2iam#327, uswitch/kiam#273). IRSA is a migration, not this fix.

function broker({ inferred }: TrapInput): string {
  return inferred!.signals!['pod-role-broker']!.value
}

function callerRole(input: TrapInput): string {
  const b = broker(input)
  const kind =
    b === 'kiam'
      ? "the kiam server's role"
      : b === 'kube2iam'
        ? "the node's instance role"
        : "the node's instance role (kube2iam) or the kiam server's role"
  const name = input.principal?.name
  return name ? `${kind} (here ${code(name)})` : kind
}

/** WD952: kube2iam or kiam refused the AssumeRole of a pod's annotated role. */
export const podRoleBroker: Trap = {
  id: 'pod-role-broker',
  lead: true,
  applies: (input) =>
    input.inferred?.signals?.['pod-role-broker'] !== undefined &&
    (input.d.kind === 'denial' || input.d.kind === 'encoded'),
  advice: (input) => {
    const b = broker(input)
    const from = input.inferred!.signals!['pod-role-broker']!.from.replace(/^"|" in the log$/g, '')
    const target = input.d.resource ? code(input.d.resource) : "the pod's role"
    const named = input.d.resource
      ? `${target}, the role the pod's \`iam.amazonaws.com/role\` annotation names`
      : "the role the pod's `iam.amazonaws.com/role` annotation names"
    const unnamed = input.d.action === null ? ' The refused call is that sts:AssumeRole.' : ''
    return (
      `${b} served this pod's credentials (the log shows ${code(from)}): it assumes ${named}, with ${callerRole(input)}. That is how it works, not a fallback.` +
      `${unnamed} Two policies must allow it: ${target === "the pod's role" ? "the pod's role" : target}'s trust policy names that role as its AWS principal for sts:AssumeRole, and that role's identity policy allows sts:AssumeRole on the pods' roles (by name or path prefix, not \`*\`: the broker hands them to any pod that asks). ` +
      "Also check the annotation's role name and account, and kube2iam's `--base-role-arn` or kiam's `--role-base-arn` prefix it is joined to."
    )
  }
}
