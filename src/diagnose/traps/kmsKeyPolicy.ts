import { actionForOperation } from '../../catalog/Catalog.js'
import type { Trap } from '../Trap.js'

/** KMS actions no key policy governs: creating a key and listing keys or aliases. */
const KEYLESS = /^kms:(?:CreateKey|ListKeys|ListAliases)$/i

export const kmsKeyPolicy: Trap = {
  id: 'kms-key-policy',
  // How key policies grant access: beside the point when a Deny matched.
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    // A stale Lambda grant: KMS never got to the key policy (lambda-stale-kms-grant).
    !(d.grammar === 'lambda-kms-env' && d.code === 'UnrecognizedClientException') &&
    !KEYLESS.test(
      d.action ?? (d.operation ? (actionForOperation(d.service, d.operation) ?? '') : '')
    ) &&
    (d.service === 'kms' || d.grammar === 'kms-ciphertext' || d.grammar === 'lambda-kms-env'),
  advice: ({ crossAccount }) =>
    'A KMS key policy must allow the use of the key: IAM policies only count when the key policy ' +
    'delegates to the account (the default key policy does). ' +
    (crossAccount
      ? "Across accounts both the key policy (owner side) and the caller's identity policy must allow it. "
      : '') +
    'AWS managed keys (`alias/aws/...`) cannot be shared across accounts or have their policy edited: ' +
    'use a customer managed key. A `kms:ViaService` condition allows use only through that service.'
}
