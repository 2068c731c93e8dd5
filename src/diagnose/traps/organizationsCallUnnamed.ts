import { calledAction } from '../catalogAction.js'
import { isOrganizationsOwnRefusal } from '../../model/serviceRefusals.js'
import type { Trap } from '../Trap.js'

/**
 * Organizations' own refusal with no call named (`Message returned: AccessDeniedException: You
 * don't have permissions to access this resource.`, a custom resource relaying it, heldout129
 * review h129-075): it says the same to a member account outside the management and delegated
 * administrator accounts, whatever that account allows, and to a management-account caller whose
 * policies lack the call. Which account the step ran in comes before any policy.
 */
export const organizationsCallUnnamed: Trap = {
  id: 'organizations-call-unnamed',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    isOrganizationsOwnRefusal(d) && d.deny !== 'explicit' && calledAction(d, inferred) === null,
  advice: () =>
    "AWS Organizations answers `You don't have permissions to access this resource` to a call from a member account that is neither the management account nor a delegated administrator, whatever that account's policies allow, and to a caller in the management account whose policies do not allow the call. " +
    "The message names no call: find it in the caller's own logs (a custom resource's CloudWatch logs) or in CloudTrail (event source `organizations.amazonaws.com`, error code `AccessDenied`). " +
    "From a member account, run the step with the management account's credentials or a delegated administrator's; in the management account, allow that `organizations:` action in the caller's identity policy."
}
