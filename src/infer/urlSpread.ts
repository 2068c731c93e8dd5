// The S3 URL each occurrence of a finding printed, folded into constant space: 100,000 upload
// failures with distinct keys stay one finding that knows the prefix the keys share.
import type { UrlSpread } from '../model/Inferred.js'

/** `s3://bucket/key` as printed: bucket names are 3-63 of [a-z0-9.-]; a key runs to a space. */
const S3_URL = /\bs3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[^\s'"`,;)\]}]*)?/g

export interface S3Url {
  bucket: string
  /** '' for the bucket itself. */
  key: string
}

/** Every s3:// URL in `text`, in order. Cheap when there is none (one indexOf). */
export function s3UrlsIn(text: string): S3Url[] {
  if (!text.includes('s3://')) return []
  const out: S3Url[] = []
  for (const m of text.matchAll(S3_URL)) {
    out.push({ bucket: m[1]!, key: (m[2] ?? '').replace(/^\//, '') })
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
  const read = /^(?:Get|Head|Delete|Restore|Select)/.test(operation ?? '')
  const u = read ? urls[0]! : urls[urls.length - 1]!
  return `${u.bucket}/${u.key}`
}

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
