// S3 object calls on an SSE-KMS bucket: S3 asks KMS for the key on the caller's behalf, so a
// missing KMS permission is reported as S3's own Access Denied. Shared by diagnosis (the trap)
// and the remedy (which actions the key must allow).
import type { Denial } from './Denial.js'

/** Object operations that write with the key (GenerateDataKey; multipart also Decrypt). */
const UPLOADS =
  /^(?:PutObject|UploadPart|UploadPartCopy|CreateMultipartUpload|CompleteMultipartUpload|CopyObject)$/i
/** Object operations that read with the key (Decrypt). */
const DOWNLOADS = /^(?:GetObject|HeadObject|SelectObjectContent|GetObjectAttributes)$/i
/**
 * Steps after CreateMultipartUpload: s3:PutObject was already allowed for it, so a refusal of a
 * part is the key's (kms:Decrypt, which multipart needs and single uploads do not).
 */
const LATER_PARTS = /^(?:UploadPart|UploadPartCopy|CompleteMultipartUpload)$/i

export type KmsDirection = 'upload' | 'download'

/** The S3 operation of a denial: as printed, or the one its s3: action names. */
function s3Operation(d: Denial): string | null {
  if (d.operation) return d.operation
  const m = /^s3:(\w+)$/i.exec(d.action ?? '')
  return m ? m[1]! : null
}

/** Whether the denial is an S3 object read or write, and which. */
export function s3ObjectDirection(d: Denial): KmsDirection | null {
  const op = s3Operation(d)
  if (!op) return null
  if (UPLOADS.test(op)) return 'upload'
  if (DOWNLOADS.test(op)) return 'download'
  return null
}

/**
 * The refusal is the key's beyond doubt: KMS's own words answered the S3 call, or a later part
 * of a multipart upload whose start S3 already allowed.
 */
export function keyIsTheCause(d: Denial): boolean {
  return d.grammar === 'kms-ciphertext' || LATER_PARTS.test(s3Operation(d) ?? '')
}

/** The KMS actions an S3 read or write needs on the bucket's key. */
export function kmsActionsFor(direction: KmsDirection): string[] {
  // Multipart uploads (the CLI's for files over 8 MB) need Decrypt beside GenerateDataKey.
  return direction === 'upload' ? ['kms:GenerateDataKey', 'kms:Decrypt'] : ['kms:Decrypt']
}
