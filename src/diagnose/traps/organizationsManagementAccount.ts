import { calledAction } from '../catalogAction.js'
import type { Inferred } from '../../model/Inferred.js'
import type { Denial } from '../../model/Denial.js'
import {
  delegation,
  isOrganizationsOwnRefusal,
  managementAccountOnly
} from '../../model/serviceRefusals.js'
import type { Trap } from '../Trap.js'

// Organizations calls any member account may make; every other call is taken only from the
// management account or, for the calls a service delegates, a delegated administrator account.
const MEMBER_CALLS = new Set(
  [
    'DescribeOrganization',
    'LeaveOrganization',
    'CreateOrganization',
    'AcceptHandshake',
    'DeclineHandshake',
    'DescribeHandshake',
    'ListHandshakesForAccount'
  ].map((op) => `organizations:${op}`.toLowerCase())
)

/** The Organizations action of the denial, printed, from its operation or as the tool's words imply. */
export function organizationsAction(d: Denial, inferred?: Inferred): string | null {
  // A tool's own words may name the call when AWS's do not (`error creating AWS Organizations
  // Account`, h22-009).
  const action = calledAction(d, inferred)
  return action && /^organizations:/i.test(action) ? action : null
}

/** A call only the management account or a delegated administrator may make, made elsewhere. */
export const organizationsManagementAccount: Trap = {
  id: 'organizations-management-account',
  applies: ({ d, inferred }) => {
    if (d.deny === 'explicit') return false
    const action = organizationsAction(d, inferred)
    return action !== null && !MEMBER_CALLS.has(action.toLowerCase())
  },
  advice: ({ d, inferred }) => {
    const action = organizationsAction(d, inferred)!
    // Account creation and the organization's own settings are never delegated (h22-009).
    if (managementAccountOnly(action))
      return (
        `AWS Organizations takes \`${action}\` only from the organization's management account: no delegated administrator or delegation policy can be given it, ` +
        "and from any other account it is refused whatever that account's own policies allow. Run the step with credentials of the management account (a role there that the job assumes). " +
        `Only if the caller already runs in the management account is the fix its identity policy (\`${action}\`${/createaccount$/i.test(action) ? ', with `organizations:DescribeCreateAccountStatus` that tools poll next' : ''}).`
      )
    return (
      `AWS Organizations takes \`${action}\` only from the organization's management account or ` +
      "from a delegated administrator account: from any other member account it is refused whatever that account's " +
      'own policies allow, so an Allow there does not help. Run the step with credentials of the ' +
      `management account, or have the management account delegate ${delegation(action)}. ` +
      (isOrganizationsOwnRefusal(d)
        ? `Only if the caller already runs in the management account is the fix its identity policy (\`${action}\`).`
        : 'If the caller does run in the management account, its identity policy is the fix.')
    )
  }
}
