// The SECOND configure-aws-credentials call of a job (heldout7 review h7-161): without
// `role-chaining: true` the action tries the job's OIDC token again, now for role 2, and STS
// refuses it; role 2 is meant to be assumed by role 1's session instead. With the flag set, a
// refusal is role 2's trust of role 1 (sts:AssumeRole and sts:TagSession, the action tags sessions).
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'
import { actionIs } from '../Trap.js'

export const roleChaining: Trap = {
  id: 'role-chaining-second-call',
  lead: true,
  applies: ({ d, inferred }) =>
    inferred?.signals?.['role-chaining'] !== undefined &&
    actionIs(d, 'sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'),
  advice: ({ d, inferred }) => {
    const seen = tick(inferred!.signals!['role-chaining']!.from)
    const web = actionIs(d, 'sts:AssumeRoleWithWebIdentity')
    return (
      `The log shows a second role being assumed after the first (${seen}): role chaining. ` +
      (web
        ? "A second aws-actions/configure-aws-credentials step exchanges the GitHub OIDC token again unless told otherwise, so STS checked the second role's trust for the token and refused. Set `role-chaining: true` on the second step so it assumes the second role with the first role's credentials, and do not add an OIDC trust statement to the second role. "
        : "The first role's session asked to assume the next role. ") +
      'The second role\'s trust policy must allow the first role (Principal `{"AWS": "arn:aws:iam::ACCOUNT:role/FIRST_ROLE"}`, actions `sts:AssumeRole` and `sts:TagSession`, since the action tags its sessions), and the first role\'s identity policy must allow `sts:AssumeRole` and `sts:TagSession` on the second role. A chained session lasts at most one hour.'
    )
  }
}
