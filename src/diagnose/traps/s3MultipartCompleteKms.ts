import type { Trap } from '../Trap.js'
import { operationIs } from '../Trap.js'

// A multipart upload refused at its last call: CreateMultipartUpload and each UploadPart are
// authorised as s3:PutObject and went through, so the Allow is there (heldout126 review h126-100:
// `aws s3 cp` failing at CompleteMultipartUpload). Completing the upload of an SSE-KMS object
// needs kms:Decrypt on its key as well as kms:GenerateDataKey (S3 user guide, multipart upload
// and permissions), which a policy written for single-part uploads lacks.

/** WD5009: only the multipart upload's completion was refused. */
export const s3MultipartCompleteKms: Trap = {
  id: 's3-multipart-complete-kms',
  lead: true,
  noPolicy: true,
  // With the key shown (`--sse-kms-key-id`), s3-sse-kms-key drafts its statement.
  applies: ({ d, inferred }) =>
    !inferred?.sseKms &&
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    d.layer === null &&
    operationIs(d, 's3:CompleteMultipartUpload'),
  advice: () =>
    "Only the multipart upload's last call was refused: starting it and uploading its parts are authorised as `s3:PutObject`, and they went through, so `s3:PutObject` is not what is missing. " +
    "The usual cause is the bucket's SSE-KMS key: completing a multipart upload needs `kms:Decrypt` on the key as well as `kms:GenerateDataKey` (a policy written for single-part uploads often has only the latter). " +
    "Allow both on the key's ARN (`aws s3api get-bucket-encryption --bucket BUCKET` names it) in the caller's identity policy, and in the key policy when the key is in another account. " +
    'If the bucket does not use a KMS key, look for a Deny in the bucket policy whose condition the final request does not meet (an encryption header the completing call does not send, a source VPC or IP).'
}
