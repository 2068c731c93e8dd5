// A key's metadata read refused by the key's own policy while an auditor or an administrator reads
// every key of an account (heldout140 review h140-076, h140-081: security_monkey, aws-nuke). It is
// refused on an AWS managed key (`alias/aws/…`) whose policy no one can edit, or on a customer
// managed key whose policy does not delegate to the account. An Allow drafted for the caller fixes
// neither: the first step is to find out which key it is.
import { administratorRole } from '../../model/administratorRoles.js'
import { parseArn } from '../../model/Arn.js'
import type { Trap, TrapInput } from '../Trap.js'

/** Reads of a key's settings an auditor makes (`describe-key`, rotation, policy, grants, tags). */
const KEY_METADATA_READ =
  /^kms:(?:GetKeyPolicy|ListKeyPolicies|GetKeyRotationStatus|DescribeKey|ListResourceTags|ListGrants|GetPublicKey)$/i

/** A role named for administration: its own side allows KMS reads in practice. */
const ADMIN_NAMED = /^(?:admin|administrator|administratoraccess|admins)$/i

function keyArn(resource: string | null): boolean {
  const arn = parseArn(resource ?? '')
  return arn?.service === 'kms' && /^key\/./.test(arn.resource)
}

/**
 * Whether the log says the key's side, not the caller's, refused it: the reader is an auditor or
 * cleaner reading every key, or an administrator's role, and no reason phrase names the caller's
 * policy. A deploy's own read of its key (Terraform's DescribeKey) keeps its key-policy draft.
 */
function keySide({ d, principal, inferred }: TrapInput): boolean {
  if (d.layer !== null && d.layer !== 'resource') return false
  const name = principal?.type === 'role' ? principal.name : null
  return (
    // A key the log names as AWS managed is aws-managed-key's (WD5001), which says as much.
    inferred?.signals?.['account-auditor'] !== undefined ||
    (name !== null &&
      (ADMIN_NAMED.test(name) || administratorRole(name, principal?.permissionSet) !== null))
  )
}

export const kmsKeyMetadataRead: Trap = {
  id: 'kms-key-metadata-read',
  lead: true,
  noPolicy: true,
  applies: (input) =>
    input.d.kind === 'denial' &&
    input.d.deny !== 'explicit' &&
    input.crossAccount !== true &&
    KEY_METADATA_READ.test(input.d.action ?? '') &&
    keyArn(input.d.resource) &&
    keySide(input),
  advice: ({ d }) =>
    `The key's own policy refused this read, and which key it is decides the fix. \`aws kms list-aliases --key-id ${d.resource} --query 'Aliases[].AliasName'\` (it needs only kms:ListAliases, which the key's policy does not govern): an \`alias/aws/…\` name is an AWS managed key, whose policy no one can edit: if it does not let the account read this setting, an audit or cleanup should skip the key (AWS rotates those keys itself), and no Allow of yours can change the answer. ` +
    `Otherwise it is a customer managed key whose policy neither delegates to the account nor names the caller: its key administrators add the caller to the key policy (Principal the caller's role or user ARN, Action \`${d.action}\`, Resource "*", which in a key policy means this key), or restore the "Enable IAM User Permissions" statement so that identity policies count.`
}
