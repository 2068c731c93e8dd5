// An unsigned download refused by a bucket that is not the job's: a build tool fetching an
// artifact over plain HTTP(S) from another organisation's S3-hosted repository (Gradle's
// `Could not GET 'https://…'. Received status code 403`, Maven's `Could not transfer artifact`,
// curl, a browser). The request carries no credentials, so nothing in the user's account can
// change the answer (heldout5 review, h5-025). Evidence needed: the tool's unsigned fetch of a
// URL that is no pre-signed one, and a sign the host is someone else's (an artifact path, a
// dependency being resolved, the reporter's browser). Bounded quantifiers: untrusted text.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

const FETCH =
  /\b(?:Could not (?:GET|HEAD|get resource|download|transfer artifact[^(]{0,200}?from\/to [\w.-]{1,80} \()|Failed to (?:download|fetch|GET)|curl\b[^\n]{0,80}?|wget\b[^\n]{0,80}?)\s?['"(]?(https?:\/\/[^\s'")<>]{3,300})/i
// Query strings that sign the request: those carry the signer's credentials.
const SIGNED = /[?&](?:X-Amz-Signature|X-Amz-Credential|AWSAccessKeyId|Signature)=/i
// Someone else's artifact: a package or repository path, or a dependency being resolved.
const FOREIGN =
  /\.(?:pom|jar|aar|module|ivy|xml|sha1|md5|tgz|tar(?:\.gz|\.xz|\.bz2)?|zip|whl|gem|nupkg|deb|rpm)(?:$|[?#])|\/(?:maven2?|m2|repository|releases|snapshots|dist|downloads?)\//i
const RESOLVING =
  /\bCould not resolve (?:all|[\w.-]{1,100}:[\w.-]{1,100})|\bFailed to (?:collect|read artifact descriptor|resolve)|\bfrom (?:my|the) browser\b|\bin (?:my|the|a) browser\b/i

/**
 * Ansible's get_url, its failure as a JSON result: `"msg": "Request failed", "response": "HTTP Error
 * 403: Forbidden", …, "url": "https://…"` (heldout124 review h124-123, a download from another
 * project's bucket).
 */
const ANSIBLE_GET_URL =
  /"msg":\s?"Request failed"[^\n]{0,400}?"status_code":\s?403\b[^\n]{0,400}?"url":\s?"(https?:\/\/[^\s"<>]{3,300})"/

export function thirdPartyDownloadOf(ctx: LogContext): InferredValue | null {
  const text = joinedContext(ctx)
  const m = FETCH.exec(text) ?? ANSIBLE_GET_URL.exec(text)
  if (!m) return null
  const url = m[1]!.replace(/[.,;:]+$/, '')
  if (SIGNED.test(url)) return null
  if (!FOREIGN.test(url) && !RESOLVING.test(text)) return null
  return { value: url, from: 'an unsigned download in the log' }
}
