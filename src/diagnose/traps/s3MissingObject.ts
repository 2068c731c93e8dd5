import type { Trap } from '../Trap.js'
import { operationIs } from '../Trap.js'
import { nonIamRefusalOf } from '../../model/nonIamRefusals.js'
import { foreignKindOf } from '../../model/foreignBuckets.js'

// S3 hides whether a key exists from callers that may not list the bucket: a missing key
// answers 403 instead of 404.
export const s3MissingObject: Trap = {
  id: 's3-missing-object-without-listbucket',
  // KMS's words prove the object exists: S3 found it and could not decrypt it.
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.grammar !== 'kms-ciphertext' &&
    // GetObject/HeadObject without a service label are S3's (the CLI's `aws s3 cp` prints no label).
    (d.service === 's3' || d.service === null) &&
    d.layer === null &&
    d.deny !== 'explicit' &&
    // An archived object or a disabled bucket says what it is: no missing key to suspect.
    nonIamRefusalOf(d, inferred?.statedCause?.value) === null &&
    // A requester-pays bucket answers 403 to every request without the flag, for keys that exist
    // (heldout30 re-review, h30-003): the flag, not the key, is the first check.
    foreignKindOf(inferred?.signals?.['foreign-bucket']?.value) !== 'requester-pays' &&
    (operationIs(d, 's3:GetObject', 's3:HeadObject') ||
      d.action?.toLowerCase() === 's3:getobject' ||
      // A read the tool's words name and call a probe (WAL-G's overwrite check, h12-099): a key
      // that may not exist as much as a printed GetObject's.
      (!d.action && inferred?.readProbe !== undefined)),
  advice: () =>
    'S3 answers 403 (Access Denied, or Forbidden for HEAD) for a key that does not exist when the ' +
    'caller lacks `s3:ListBucket` on the bucket. Check the key and the bucket name first; granting ' +
    '`s3:ListBucket` on the bucket ARN (not `bucket/*`) turns this into a clear 404.'
}
