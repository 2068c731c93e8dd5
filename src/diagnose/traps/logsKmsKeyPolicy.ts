// CloudWatch Logs refusing a log group's KMS key (heldout18 review h18-097, a Pulumi run creating
// an encrypted log group): Logs uses the key as its own service principal, so the key policy must
// admit `logs.REGION.amazonaws.com` for that log group. The caller's logs:CreateLogGroup is not
// what is missing, and neither is anything else of the caller's.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'
import { logsPrincipal } from '../../model/serviceLogs.js'

export const logsKmsKeyPolicy: Trap = {
  id: 'logs-kms-key-policy',
  lead: true,
  noPolicy: true,
  // The grammar reads the log group's ARN (`detail.kmsKeyFor`), Logs' own wording only.
  applies: ({ d }) => d.grammar === 'logs-kms-key-refused',
  advice: ({ d }) => {
    const arn = d.detail.kmsKeyFor!
    return (
      `CloudWatch Logs encrypts the log group with the key itself, as the service principal \`${logsPrincipal(arn)}\`: ` +
      "the key's policy must allow that principal `kms:Encrypt*`, `kms:Decrypt*`, `kms:ReEncrypt*`, `kms:GenerateDataKey*` and `kms:Describe*`, " +
      `with the condition \`ArnEquals\` \`kms:EncryptionContext:aws:logs:arn\` \`${tick(arn)}\`. ` +
      "Check the key first: it must exist, be a symmetric customer managed key in the log group's Region, and be given by its key ARN (not an alias). " +
      "The caller's own policy is not what is missing."
    )
  }
}
