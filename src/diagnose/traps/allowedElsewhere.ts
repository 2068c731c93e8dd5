import { requiresWildcardResource } from '../../catalog/Catalog.js'
import { joinedAction } from '../../model/wrappedArn.js'
import type { Trap, TrapInput } from '../Trap.js'

// An action with no resource-level permissions (the catalog lists no resource type: `Resource:
// "*"` only) is allowed for every target or for none. When the log shows it working for other
// targets, or answering NotFound (which only an allowed call gets), the caller's identity policy
// already allows it: an Allow changes nothing, and the cause is where the failing targets differ
// (heldout12 review, h12-091 and h12-093: Velero's `error getting volume info` for a few volumes).

function actionOf({ d, inferred }: TrapInput): string | null {
  const a = d.action ? joinedAction(d.action) : (inferred?.action?.value ?? null)
  return a && /^[\w-]+:[A-Za-z0-9]+$/.test(a) ? a : null
}

/** WD914: refused for some targets, shown working for others. */
export const allowedElsewhere: Trap = {
  id: 'allowed-elsewhere',
  lead: true,
  applies: (input) => {
    const { d, inferred } = input
    if (d.kind !== 'denial' || d.deny === 'explicit' || !inferred?.signals?.['partial-failure'])
      return false
    const action = actionOf(input)
    return action !== null && requiresWildcardResource(action) === true
  },
  advice: (input) => {
    const action = actionOf(input)!
    const seen = input.inferred!.signals!['partial-failure']!
    return (
      `\`${action}\` has no resource-level permissions: a policy allows it for every resource or for none. The log shows it working for other targets or answering for them (${seen.from}), so the identity policy of the credentials that made those calls already allows it, and another Allow changes nothing. ` +
      'Look at what differs for the failing targets: another Region or account than the one these credentials call (a tool may call each target with its own settings: Velero uses its VolumeSnapshotLocation’s Region and credentials for volumes), other credentials for that target (a profile or secret of its own), or a service control policy or condition that denies that Region or tag. ' +
      "CloudTrail's event for a refused call names its caller, Region and parameters; `aws sts get-caller-identity` with the failing target's credentials names the caller."
    )
  }
}
