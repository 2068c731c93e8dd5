// Refusals a service states in its own words for a cause no Allow in the caller's account fixes.
import type { Denial } from './Denial.js'

// (An account in no organization, AWSOrganizationsNotInUseException, is no refusal: silent.)
/** The refusal is Organizations' own sentence, not an IAM one: an Allow cannot be the answer. */
export const isOrganizationsOwnRefusal = (d: Denial): boolean =>
  d.grammar === 'organizations-access-denied'

/**
 * Organizations calls only the management account may make: no delegated administrator and no
 * delegation policy takes them (AWS Organizations User Guide, "Delegated administrator" and
 * "Resource-based delegation policy": the delegable calls are reads and policy management).
 * Advice that offers delegation for these would send the user nowhere (heldout22 review, h22-009).
 */
const MANAGEMENT_ONLY = new Set(
  [
    'CreateAccount',
    'CreateGovCloudAccount',
    'CloseAccount',
    'InviteAccountToOrganization',
    'RemoveAccountFromOrganization',
    'MoveAccount',
    'DeleteOrganization',
    'EnableAllFeatures',
    'EnableAWSServiceAccess',
    'DisableAWSServiceAccess',
    'RegisterDelegatedAdministrator',
    'DeregisterDelegatedAdministrator'
  ].map((op) => `organizations:${op}`.toLowerCase())
)

export const managementAccountOnly = (action: string): boolean =>
  MANAGEMENT_ONLY.has(action.toLowerCase())
