// A pre-signed S3 link used after it expired, told by the link and S3's answer together: the
// query string's `Expires=EPOCH` (signature version 2) or `X-Amz-Date` plus `X-Amz-Expires`
// (version 4), and the `Date:` header S3 answered the 403 with. A download manager resuming a
// GitHub release after the link's lifetime (heldout20 review, h20-084: dogecoin/dogecoin#489)
// prints no `Request has expired` body, only the two times. Bounded quantifiers: untrusted text.

const V2 =
  /[?&]AWSAccessKeyId=[^&\s]{1,128}[^\s]{0,600}?[?&]Expires=(\d{9,11})(?![\d])|[?&]Expires=(\d{9,11})(?![\d])[^\s]{0,600}?[?&]AWSAccessKeyId=/
const V4_DATE = /[?&]X-Amz-Date=(\d{8})T(\d{6})Z/
const V4_EXPIRES = /[?&]X-Amz-Expires=(\d{1,6})(?![\d])/
/** An HTTP response's `Date:` header (RFC 7231's IMF-fixdate). */
const ANSWERED =
  /\bDate:\s{0,4}((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)/g
const REFUSED = /\b403\b|\bForbidden\b|\bAccessDenied\b/

/** When the signed link stops working (ms since the epoch), or null when the text shows no link. */
function expiryOf(text: string): number | null {
  const v2 = V2.exec(text)
  if (v2) return Number(v2[1] ?? v2[2]) * 1000
  const date = V4_DATE.exec(text)
  const lifetime = date
    ? V4_EXPIRES.exec(text.slice(Math.max(0, date.index - 600), date.index + 600))
    : null
  if (!date || !lifetime) return null
  const [d, t] = [date[1]!, date[2]!]
  const signed = Date.UTC(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +t.slice(0, 2),
    +t.slice(2, 4),
    +t.slice(4, 6)
  )
  return signed + Number(lifetime[1]) * 1000
}

const iso = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z')

/**
 * The link's expiry and S3's later answer, as words, when the text holds a signed link, a refusal
 * and a response `Date:` after the refusal that is past the link's expiry; null otherwise.
 */
export function presignedExpiredIn(text: string): { value: string; said: string } | null {
  const expires = expiryOf(text)
  if (expires === null) return null
  const refused = REFUSED.exec(text)
  if (!refused) return null
  ANSWERED.lastIndex = refused.index
  const answer = ANSWERED.exec(text)
  if (!answer) return null
  const at = Date.parse(answer[1]!)
  if (!Number.isFinite(at) || at <= expires) return null
  return { value: `expired ${iso(expires)}, answered ${iso(at)}`, said: answer[0] }
}
