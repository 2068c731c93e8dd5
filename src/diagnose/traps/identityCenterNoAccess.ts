import type { Trap } from '../Trap.js'

// The IAM Identity Center portal refusing a role's credentials (`operation error SSO:
// GetRoleCredentials, … api error ForbiddenException: No access`, fwdcloudsec/granted#276): the
// signed-in user has no account assignment of that permission set in that account. Identity
// Center's assignments decide it, not an IAM policy (IAM Identity Center user guide, "Assign user
// access to AWS accounts"; the portal API's GetRoleCredentials).

/** WD992: Identity Center would not give the user that role in that account. */
export const identityCenterNoAccess: Trap = {
  id: 'identity-center-no-access',
  lead: true,
  noPolicy: true,
  // The CLI names no service (`An error occurred (ForbiddenException) when calling the
  // GetRoleCredentials operation: No access`, ministryofjustice/aws-root-account#579): only the
  // portal has that operation.
  applies: ({ d }) =>
    (d.service === 'sso' || d.service === null) &&
    d.operation === 'GetRoleCredentials' &&
    d.code === 'ForbiddenException',
  advice: () =>
    "The IAM Identity Center portal refused the role credentials: the signed-in user has no account assignment of that permission set in that account. Check the profile's `sso_account_id` and `sso_role_name` against the accounts and roles the access portal lists for the user (`aws sso list-account-roles --account-id ACCOUNT_ID --access-token …`, or the portal page); an administrator assigns the user or a group of theirs the permission set in that account (Identity Center › AWS accounts › Assign users or groups, or `aws sso-admin create-account-assignment`), then sign in again, as the portal reads assignments at sign-in. No IAM policy of the account changes this."
}
