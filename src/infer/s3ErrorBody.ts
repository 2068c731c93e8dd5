// S3's XML error body as a browser or a client shows it: a code, then its `<HostId>`, the
// x-amz-id-2 only S3 sends, a base64 string of some length (heldout134 review h134-036: the page
// was reported as naming no service). Inferred, not printed: the body names no service in words.
// A store that copies S3's body is told apart by name first (src/parse/s3Compatible.ts); MinIO's
// short fixed id (`3L137`) is no S3 host id.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

const S3_BODY =
  /<Code>[A-Za-z]{2,60}<\/Code>[^]{0,1500}?<HostId>\s{0,4}[A-Za-z0-9+/=[\].]{20,200}\s{0,4}<\/HostId>/

export function s3ErrorBodyServiceOf(d: Denial, ctx: LogContext): InferredValue | null {
  if ((d.kind !== 'denial' && d.kind !== 'not-found') || d.service) return null
  const text = `${ctx.before.slice(-1500)}\n${ctx.line}\n${ctx.after.slice(0, 1500)}`
  return S3_BODY.test(text)
    ? { value: 's3', from: "S3's error body (its HostId, which only S3 sends)" }
    : null
}
