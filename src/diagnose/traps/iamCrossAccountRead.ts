import type { Trap } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

/** An IAM ARN (role, user, policy, OIDC or SAML provider) and its account field. */
function iamAccount(resource: string | null): string | null {
  const arn = resource ? parseArn(resource) : null
  return arn?.service === 'iam' && arn.account ? arn.account : null
}

// IAM's `is not authorized to access this resource` on an IAM ARN of another account: IAM entities
// and providers are read only with credentials of their own account (no resource policy can open
// them), so no Allow helps. Either the job runs with the wrong account's credentials (a Terraform
// provider profile or assume_role, state written from another account) or the ARN names the
// wrong account (hashicorp/terraform-provider-aws#38079 and the reports behind heldout3 h3-016/018).
export const iamCrossAccountRead: Trap = {
  id: 'iam-cross-account-read',
  applies: ({ d, crossAccount }) =>
    d.service === 'iam' && crossAccount === true && iamAccount(d.resource) !== null,
  advice: ({ d, principal }) =>
    `The IAM resource ${d.resource} is in account ${iamAccount(d.resource)}, the caller ${principal?.printed ?? ''} in ${principal?.accountAsPrinted ?? 'another account'}: IAM roles, users, policies and identity providers can only be read with credentials of their own account, so no policy change fixes this. ` +
    "Check which account the job's credentials belong to (`aws sts get-caller-identity`; for Terraform, the provider's profile or assume_role, and state written from another account), or correct the ARN if it names the wrong account."
}
