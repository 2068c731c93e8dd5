import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// A call that acts across the organization is refused until the management account turns on the
// service's trusted access (`… not authorized to perform: account:ListRegions (Your organization
// must first enable trusted access with AWS Account Management.)`, awslabs/aws-deployment-framework#764;
// AWS Organizations user guide, "Using AWS Organizations with other AWS services").

/** WD994: the service's trusted access with AWS Organizations is not enabled. */
export const organizationsTrustedAccess: Trap = {
  id: 'organizations-trusted-access',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.detail.trustedAccess !== undefined,
  advice: ({ d }) => {
    const prefix = d.action?.split(':')[0]?.toLowerCase() ?? 'SERVICE'
    return (
      `The message says why: the organization has not enabled trusted access with ${d.detail.trustedAccess!}, so its calls for other accounts are refused whatever IAM allows. ` +
      `Enable it once, from the organization's management account: ${code(`aws organizations enable-aws-service-access --service-principal ${prefix}.amazonaws.com`)} (or the service's own console page, which may also register a delegated administrator), then retry. No identity-policy statement changes this.`
    )
  }
}
