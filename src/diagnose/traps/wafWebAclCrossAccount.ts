import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'
import { sameAccount } from '../../model/accountFields.js'

/** A WAFv2 (or classic regional WAF) web ACL ARN and its account field. */
function webAcl(resource: string | null): string | null {
  const arn = resource ? parseArn(resource) : null
  if (!arn || !/^waf(?:v2|-regional)$/.test(arn.service)) return null
  return /^(?:regional\/|global\/)?webacl\//.test(arn.resource) ? arn.account : null
}

// A web ACL cannot be shared with another account: AssociateWebACL needs the web ACL and the
// protected resource (load balancer, API stage, AppSync API...) in one account. WAF's resource
// policies (PutPermissionPolicy) cover rule groups only, so no Allow on either side makes a web ACL
// of account A protect a resource of account B (AWS WAF Developer Guide, "sharing" and
// PutPermissionPolicy). Either the web ACL lives in the resource's account, or Firewall Manager
// deploys one there from the administrator account.
export const wafWebAclCrossAccount: Trap = {
  id: 'waf-web-acl-cross-account',
  applies: ({ d, principal }) =>
    actionIs(d, 'wafv2:AssociateWebACL', 'waf-regional:AssociateWebACL') &&
    principal !== null &&
    sameAccount(principal.accountAsPrinted, webAcl(d.resource)) === false,
  advice: ({ principal, d }) =>
    `The web ACL is in account ${webAcl(d.resource)}, the caller in ${principal?.accountAsPrinted}: a WAF web ACL cannot be shared with or associated from another account, and no policy changes that (WAF's resource policies, PutPermissionPolicy, cover rule groups only). ` +
    "Create the web ACL in the protected resource's account (it may use a rule group the other account shares with PutPermissionPolicy), or have AWS Firewall Manager deploy it there from the administrator account."
}
