// What to tell the reader when an encoded message could not be decoded: one entry per reason.
// Plain text; the renderers escape it.
import type { DecodeReason } from '../model/Finding.js'

export const DECODE_STATEMENT =
  '{"Effect":"Allow","Action":"sts:DecodeAuthorizationMessage","Resource":"*"}'

/** The manual decode; `<blob>` stands for the finding's encodedMessage. */
export function manualDecodeCommand(blob = '<blob>'): string {
  return `aws sts decode-authorization-message --encoded-message ${blob} --query DecodedMessage --output text | jq .`
}

const MANUAL = `Decode it yourself with credentials allowed to: ${manualDecodeCommand()} (where <blob> is the encoded message).`

const ENABLE =
  'To let whydenied decode it, run aws-actions/configure-aws-credentials before whydenied and keep the input `decode: true` (CLI: --decode with AWS credentials configured); those credentials need ' +
  DECODE_STATEMENT +
  '.'

export interface AdviceContext {
  /** Short error text from STS or the SDK, already made single-line. */
  detail: string
  /** The per-run cap, for 'limit'. */
  limit: number
}

const ADVICE: Record<DecodeReason, (c: AdviceContext) => string> = {
  'access-denied': (c) =>
    `Not decoded: the credentials whydenied ran with may not call sts:DecodeAuthorizationMessage (${c.detail}). Add this statement to their identity policy: ${DECODE_STATEMENT}. ${MANUAL}`,
  'no-credentials': () =>
    `Not decoded: no AWS credentials were available to call STS. ${MANUAL} ${ENABLE}`,
  'invalid-message': (c) =>
    `Not decoded: STS rejected the encoded message as invalid (${c.detail}). The blob was cut (a truncated or re-wrapped log line) or has expired; re-run the failing step and decode the new message soon after.`,
  throttled: (c) =>
    `Not decoded: STS throttled the request even after retries (${c.detail}). ${MANUAL}`,
  timeout: (c) => `Not decoded: STS did not answer in time (${c.detail}). ${MANUAL}`,
  network: (c) => `Not decoded: STS could not be reached (${c.detail}). ${MANUAL}`,
  other: (c) => `Not decoded: ${c.detail}. ${MANUAL}`,
  disabled: () =>
    `The details of this denial (the exact action, resource and matching statement) are in the encoded message. Decoding is off. ${MANUAL} ${ENABLE}`,
  limit: (c) =>
    `Not decoded: this run already decoded ${c.limit} distinct encoded messages, the per-run limit. ${MANUAL}`
}

export function decodeAdvice(reason: DecodeReason, context: AdviceContext): string {
  return ADVICE[reason](context)
}

/** Error text is untrusted and may be long: one line, bounded. */
export function shortDetail(detail: string, max = 300): string {
  const line = detail.replace(/\s+/g, ' ').trim().replace(/\.+$/, '')
  if (line === '') return 'no detail given'
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
