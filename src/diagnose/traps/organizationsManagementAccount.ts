import { actionForOperation } from '../../catalog/Catalog.js'
import type { Denial } from '../../model/Denial.js'
import { isOrganizationsOwnRefusal } from '../../model/serviceRefusals.js'
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

/** The Organizations action of the denial, printed or from its operation; null for others. */
export function organizationsAction(d: Denial): string | null {
  const action =
    d.action ?? (d.operation ? actionForOperation(d.service, d.operation) : null) ?? null
  return action && /^organizations:/i.test(action) ? action : null
}

/** A call only the management account or a delegated administrator may make, made elsewhere. */
export const organizationsManagementAccount: Trap = {
  id: 'organizations-management-account',
  applies: ({ d }) => {
    if (d.deny === 'explicit') return false
    const action = organizationsAction(d)
    return action !== null && !MEMBER_CALLS.has(action.toLowerCase())
  },
  advice: ({ d }) => {
    const action = organizationsAction(d)!
    return (
      `AWS Organizations takes \`${action}\` only from the organization's management account or ` +
      "from a delegated administrator account: from any other member account it is refused whatever that account's " +
      'own policies allow, so an Allow there does not help. Run the step with credentials of the ' +
      'management account, or have the management account delegate to this one ' +
      '(`aws organizations register-delegated-administrator --account-id ACCOUNT_ID --service-principal SERVICE_PRINCIPAL` ' +
      'for the service that needs it, or a delegation policy with `aws organizations put-resource-policy`). ' +
      (isOrganizationsOwnRefusal(d)
        ? `Only if the caller already runs in the management account is the fix its identity policy (\`${action}\`).`
        : 'If the caller does run in the management account, its identity policy is the fix.')
    )
  }
}
