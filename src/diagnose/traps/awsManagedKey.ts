import type { Trap } from '../Trap.js'

// A KMS refusal on an AWS managed key (`aws/acm`, `alias/aws/ebs`): its key policy is AWS's, the
// same in every account, and nobody can edit it. It lets the account's principals use the key
// only through its service (`kms:ViaService`) and, on most such keys, read its metadata; a call
// it does not allow stays refused whatever IAM says (heldout120 review h120-003: Steampipe's
// kms:ListResourceTags on `aws/acm`). No key-policy statement can be added.

export const awsManagedKey: Trap = {
  id: 'aws-managed-key',
  lead: true,
  noPolicy: true,
  // The signal is read only for a KMS refusal (contextSignals.ts); an explicit deny is the deny's.
  applies: ({ d, inferred }) =>
    d.deny !== 'explicit' && inferred?.signals?.['aws-managed-key'] !== undefined,
  advice: ({ d, inferred }) => {
    const alias = inferred!.signals!['aws-managed-key']!.value
    const action = d.action ? `\`${d.action}\`` : 'the call'
    return (
      `The text names the AWS managed key \`${alias}\`: its key policy belongs to AWS and cannot be edited, so no key-policy statement can be added and no IAM grant goes past it. ` +
      "An AWS managed key is used through its own service only (`kms:ViaService`), by principals of the key's account. " +
      `If ${action} is refused on it, its policy does not allow that call: skip AWS managed keys where the tool lets you (an inventory tool's ignore setting for AccessDenied), ` +
      'or, where your resources need it, encrypt them with a customer managed key whose key policy you write. ' +
      '`aws kms describe-key --key-id KEY_ID` shows `"KeyManager": "AWS"` for such a key.'
    )
  }
}
