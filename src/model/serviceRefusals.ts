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

/**
 * Organizations' own calls a member account is given by the organization's resource-based
 * delegation policy (`aws organizations put-resource-policy`, from the management account): its
 * policy management and its read-only calls. `register-delegated-administrator` delegates an AWS
 * service's administration, never these (heldout23 review, h23-021: CreatePolicy).
 */
const POLICY_DELEGABLE =
  /^organizations:(?:(?:Create|Update|Delete|Describe|Attach|Detach)Policy|TagResource|UntagResource|ListTagsForResource|Describe\w+|List\w+)$/i

export const delegableByPolicy = (action: string): boolean => POLICY_DELEGABLE.test(action)

/** Read-only calls, which a delegated administrator of any AWS service may also make. */
export const organizationsReadOnly = (action: string): boolean =>
  /^organizations:(?:Describe|List)\w+$/i.test(action)

/** How the management account lets this member account make the call. */
export function delegation(action: string): string {
  const policy =
    "it to this account in the organization's delegation policy (`aws organizations put-resource-policy`, a statement allowing this account's root"
  if (organizationsReadOnly(action))
    return `${policy} \`${action}\`), or register this account as delegated administrator of the AWS service that needs the organization's structure (\`aws organizations register-delegated-administrator --account-id ACCOUNT_ID --service-principal SERVICE_PRINCIPAL\`), which brings the read-only calls`
  if (delegableByPolicy(action))
    return `${policy} \`${action}\` with the policy types it may manage; \`register-delegated-administrator\` delegates an AWS service, never Organizations' own policy calls)`
  return "it through the organization's delegation policy (`aws organizations put-resource-policy`) if Organizations allows this call to be delegated; otherwise only the management account can make it"
}
