import { calledAction } from '../catalogAction.js'
import { passingCall } from '../../model/passingCalls.js'
import type { Trap, TrapInput } from '../Trap.js'

// A call that hands a role (an instance profile) to a service, refused on some runs only: IAM is
// eventually consistent, and a role or instance profile created moments before is not yet seen
// everywhere. Auto Scaling then answers CreateLaunchConfiguration with "You are not authorized"
// (hashicorp/terraform#7198 "about 10% of the time", kubernetes/kops#35); a missing Allow would
// refuse every run (heldout11 review, h11-025). Packer's temporary instance profile shows the same
// delay as `Invalid IAM Instance Profile name` retries before the refusal (packer-plugin-amazon#217).
const passingAction = ({ d, inferred }: TrapInput): string | null => calledAction(d, inferred)

export const iamPropagation: Trap = {
  id: 'iam-propagation',
  lead: true,
  // Said on some runs only: no Allow is the fix. A profile new in this run, refused once: the
  // log cannot tell a delay from a missing PassRole, so the statement stays, after the wait.
  noPolicyWhen: (input) => input.inferred?.signals?.intermittent !== undefined,
  applies: (input) =>
    (input.d.kind === 'denial' || input.d.kind === 'encoded') &&
    input.d.deny !== 'explicit' &&
    (input.inferred?.signals?.intermittent ?? input.inferred?.signals?.['new-instance-profile']) !==
      undefined &&
    passingCall(passingAction(input)) !== null,
  advice: (input) => {
    const signals = input.inferred!.signals!
    const action = passingAction(input)!
    const opening = signals.intermittent
      ? `The text says this refusal happens on some runs only (${signals.intermittent.from}), on ${action}, a call that hands a role or instance profile to a service. A missing Allow refuses every run; `
      : `The log shows an instance profile made in this run or not yet known to EC2 (${signals['new-instance-profile']!.from}), and ${action} hands it to a service: `
    return (
      opening +
      'a role or instance profile created just before (in the same apply or stack) is refused until IAM has propagated it, which takes seconds and sometimes longer. ' +
      'Wait and retry the call (re-run the apply), and make the launch depend on the role, its policy attachment and the instance profile (Terraform `depends_on`, CloudFormation `DependsOn`) so it starts after them; create long-lived roles in an earlier stage. ' +
      (signals.intermittent
        ? 'No policy change is needed for this; only if it fails on every run is a permission missing (then iam:PassRole on the role, beside the call).'
        : 'If it still fails after the wait, a permission is missing: the statement below (iam:PassRole on the role, beside the call).')
    )
  }
}
