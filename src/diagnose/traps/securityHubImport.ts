// Security Hub refusing BatchImportFindings for reasons no IAM policy holds (heldout27 review,
// h27-011 kube-bench, h27-013 Prowler): a partner product whose integration the account has not
// enabled in that Region, a finding whose AwsAccountId is not the caller's account, or Security
// Hub not enabled in the Region all answer with the same AccessDenied as a missing Allow.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'
import { isOwnDefaultProduct } from '../../model/securityHubProducts.js'

/** A partner product's ARN: AWS-published, empty account, `product/COMPANY/PRODUCT`. */
const PARTNER_PRODUCT = /^arn:[\w-]+:securityhub:[a-z0-9-]+::product\/[^/\s]+\/[^/\s]+$/

export const securityHubImport: Trap = {
  id: 'securityhub-import',
  lead: true,
  applies: ({ d }) => d.action?.toLowerCase() === 'securityhub:batchimportfindings',
  advice: ({ d }) => {
    const partner = d.resource && PARTNER_PRODUCT.test(d.resource) ? d.resource : null
    if (isOwnDefaultProduct(d.resource)) {
      return (
        "Security Hub refuses BatchImportFindings to the account's own default product when a finding's `AwsAccountId` is not the caller's account or its `ProductArn` is not this product, and when Security Hub is not enabled in the Region (`aws securityhub describe-hub`): check the findings and the hub first. " +
        'The identity policy must allow `securityhub:BatchImportFindings` on the product ARN as well.'
      )
    }
    const enable = partner
      ? `\`aws securityhub enable-import-findings-for-product --product-arn ${tick(partner)}\``
      : '`aws securityhub enable-import-findings-for-product --product-arn PRODUCT_ARN` (a partner product: `aws securityhub list-enabled-products-for-import` shows which are on)'
    return (
      `Security Hub refuses BatchImportFindings with this same AccessDenied when the account has not turned on the product's integration in that Region (${enable}), ` +
      "when a finding's `AwsAccountId` is not the caller's own account or its `ProductArn` is not the product the call names, and when Security Hub is not enabled in the Region (`aws securityhub describe-hub`). Check those first; the identity policy must allow `securityhub:BatchImportFindings` on the product's ARN as well."
    )
  }
}
