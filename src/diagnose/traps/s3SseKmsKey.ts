import { keyIsTheCause, kmsActionsFor, s3ObjectDirection } from '../../model/sseKms.js'
import type { Trap } from '../Trap.js'

// An S3 object call on an SSE-KMS bucket (the message or the command shows KMS): S3 uses the key
// on the caller's behalf and reports a refused key as its own Access Denied.
export const s3SseKmsKey: Trap = {
  id: 's3-sse-kms-key',
  lead: true,
  applies: ({ d, inferred }) => Boolean(inferred?.sseKms) && s3ObjectDirection(d) !== null,
  advice: ({ d, inferred, crossAccount }) => {
    const direction = s3ObjectDirection(d)!
    const actions = kmsActionsFor(direction)
      .map((a) => `\`${a}\``)
      .join(' and ')
    const key = inferred!.sseKms!.value
    const keyWords = key.startsWith('arn:') ? `the key \`${key}\`` : "the bucket's KMS key"
    const why =
      direction === 'upload'
        ? 'multipart uploads (the CLI uses them above 8 MB) need kms:Decrypt besides kms:GenerateDataKey, so small files can succeed while large ones fail'
        : 'reading an SSE-KMS object decrypts its data key'
    return (
      (keyIsTheCause(d)
        ? `The object is encrypted with SSE-KMS and the refusal is the key's, not the bucket's: `
        : `The log shows SSE-KMS: S3 answers Access Denied when the caller may not use the key, even with the S3 permission in place: `) +
      `allow ${actions} on ${keyWords} (${why}). ` +
      'The key policy must allow the caller too' +
      (crossAccount
        ? ' (here across accounts: the key owner must name your account or role)'
        : '') +
      '; `aws s3api head-object --bucket BUCKET --key KEY --query SSEKMSKeyId` names the key of an existing object, ' +
      '`aws s3api get-bucket-encryption --bucket BUCKET` the default one. ' +
      'A `kms:ViaService` condition of `s3.REGION.amazonaws.com` keeps the grant to S3 use. ' +
      'AWS managed keys (`aws/s3`) cannot be used from another account.'
    )
  }
}
