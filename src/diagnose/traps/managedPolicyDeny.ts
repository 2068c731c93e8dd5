import { managedPolicyDenyOf } from '../../model/managedPolicyDenies.js'
import type { Trap } from '../Trap.js'

/**
 * WD5014: an explicit deny of an action an AWS managed policy denies itself
 * (src/model/managedPolicyDenies.ts): that policy, attached to the caller, comes before any
 * guardrail hunt, and AWS owns it, so it is detached or another identity acts.
 */
export const managedPolicyDeny: Trap = {
  id: 'managed-policy-deny',
  lead: true,
  applies: ({ d }) =>
    d.deny === 'explicit' &&
    (d.layer === null || d.layer === 'identity') &&
    managedPolicyDenyOf(d.action) !== null,
  advice: ({ d }) => {
    const m = managedPolicyDenyOf(d.action)!
    return `The AWS managed policy ${m.policy} denies \`${d.action}\` itself, so a caller with it attached is refused whatever else allows the call; AWS owns that policy, so it cannot be narrowed. Check the caller's attached policies for it (\`aws iam list-attached-role-policies\`), then ${m.instead}.`
  }
}
