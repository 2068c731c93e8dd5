import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { nonRoleTarget } from './assumeRoleTargetNotRole.js'

export const assumeRoleTwoPolicies: Trap = {
  id: 'assume-role-two-policies',
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    actionIs(d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity') &&
    nonRoleTarget(d.resource) === null,
  advice: ({ d, crossAccount }) => {
    const tag = actionIs(d, 'sts:TagSession')
      ? "Session tags are being passed, so the target role's trust policy must also allow `sts:TagSession`. "
      : ''
    return (
      tag +
      "Assuming a role takes two permissions: the target role's trust policy must trust the caller, " +
      "and the caller's identity policy must allow `sts:AssumeRole` on the target role" +
      (crossAccount === false
        ? ' (within one account the trust policy alone can be enough).'
        : '.') +
      " Trust the caller's role ARN, not its session ARN."
    )
  }
}
