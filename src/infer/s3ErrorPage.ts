// S3's error document on its own, as a browser or a plain download link shows it: `<Error>` with
// code AccessDenied, its RequestId and S3's extended request ID (HostId, base64), and no client
// around it (no SDK call, CLI command or exception type, no signed query string). Such a request
// carried no credentials, so the first causes are a missing key (an anonymous caller may not list
// the bucket: 403, not 404) or an object that is not public, not a policy to find in CloudTrail
// (heldout9 review: h9-046). Bounded quantifiers only: the text is untrusted.
import { S3_DOCUMENT_ALONE } from '../model/s3ErrorDocument.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** Between elements: white space, and the `−` a browser's tree view prints to fold one. */
const GAP = String.raw`\s{0,40}(?:[−-]\s{0,40})?`
const DOCUMENT = new RegExp(
  String.raw`<Error>${GAP}<Code>AccessDenied</Code>${GAP}<Message>Access Denied</Message>${GAP}` +
    String.raw`<RequestId>[A-Z0-9]{8,32}</RequestId>${GAP}<HostId>\s{0,40}([A-Za-z0-9+/]{40,120}={0,2})\s{0,40}</HostId>${GAP}</Error>`
)
/**
 * Clients that sign their requests, as their messages and stack frames show them, and signed links:
 * around any of them the caller is not anonymous (heldout11 review, h11-177: a jets3t wagon's
 * `S3ServiceException` and `RestS3Service` frames were read as a bare download).
 */
const SIGNING_CLIENTS: readonly RegExp[] = [
  // botocore/boto3, the AWS CLI, the Go SDK v2; boto 2's own error class (`boto.exception.
  // S3ResponseError: S3ResponseError: 403 Forbidden` above the document: WAL-E, heldout12 h12-096)
  /\bwhen calling the \w+ operation\b|\boperation error\b|\b(?:botocore|boto3|ClientError)\b|\baws\s+s3(?:api)?\s|\bboto[./](?:exception|s3)\b|\bS3ResponseError\b/i,
  // The JavaScript, Java (v1 and v2), Go v1, Ruby, PHP and .NET SDKs
  /\baws-sdk\b|@aws-sdk\/|\bcom\.amazonaws\.|\bsoftware\.amazon\.awssdk\b|\b(?:AmazonS3Exception|S3Exception|SdkClientException|AmazonServiceException)\b|\bAws::S3::Errors\b|\bAws\\S3\\Exception\b|\bAmazon\.S3\b/i,
  // jets3t (Maven/Leiningen S3 wagons, Hadoop's s3n), Hadoop's S3A
  /\borg\.jets3t\.|\b(?:RestS3Service|S3ServiceException|Jets3tNativeFileSystemStore)\b|\borg\.apache\.hadoop\.fs\.s3a?\b/i,
  // fog (CarrierWave's and Paperclip's S3 storage) signs every request and raises Excon's errors
  // with S3's document inside (heldout14 review, h14-016: fog/fog#2701), also in its own inspect
  // form (`Expected(200) <=> Actual(403 Forbidden) excon.error.response`, heldout19 h19-043)
  /\bExcon::(?:Errors?|Response)\b|\bFog::(?:Storage::)?AWS\b|\bfog[-/]aws\b|\bexcon\.error\.response\b|\bExpected\(\d{3}\) <=> Actual\(\d{3}\b/,
  // Elixir's ExAws returns S3's document in an `{:http_error, 403, %{body: …}}` tuple (heldout20
  // review, h20-066: ex-aws/ex_aws#615); the Rust and C++ SDKs, s3cmd and rclone sign too
  // (rclone's own line too: `ERROR : FILE: Failed to copy: s3 upload: 403 Forbidden:`, heldout140
  // review h141-002)
  /\bExAws\b|\{:http_error, \d{3},|\baws[-_]sdk[-_](?:s3|rust|cpp)\b|\bAws::S3::S3Client\b|\bs3cmd\b|\brclone\b|\bs3 (?:upload|download): \d{3}\b/i,
  // An SDK's status summary, a signed link's query string
  /\bStatus Code: 403\b|[?&](?:X-Amz-Signature|X-Amz-Credential|AWSAccessKeyId|Signature)=/i,
  // An SDK's wire trace: its words for the exchange (aws-nuke's Go SDK `sending AWS request:` /
  // `received AWS response:`, heldout24 review 2, h24-011) and a signed request's own headers
  /\b(?:sending|received) AWS (?:request|response)\b|^[ \t>]*(?:Authorization|X-Amz-Security-Token|X-Amz-Content-Sha256):/im,
  // Any program's frames, whatever library signed: a Python traceback, a stack frame, an exception
  // class raised with the document (libcloud's `InvalidCredsError: '<?xml…`), a C/C++ client's
  // `file.cpp:Function(line)` log (s3fs-fuse), a retry by signature version (heldout22 review:
  // h22-049, h22-051). A browser or a download tool prints none of these.
  /\bTraceback \(most recent call last\)|\bFile "[^"\n]{1,200}", line \d+|^[ \t]*at [\w$.<>]+\(|\b[A-Z]\w{2,60}(?:Error|Exception)(?::[ \t]|\()|\b\w+\.(?:cpp|cc|py|go|java|rb|cs|php|rs):\w+\(\d+\)|\bsignature version\b|\b(?:s3fs|libcloud|goofys|mountpoint-s3)\b/im
]

/**
 * The words saying the document came to a browser, curl or wget, right above it, and the document
 * with its IDs as printed or masked (`<HostId>...</HostId>`): such a download is unsigned whatever
 * other clients the text shows elsewhere (heldout14 review, h14-099: boto3's HeadObject 403 above).
 */
const SAID_DOWNLOAD = new RegExp(
  String.raw`\b((?:download|open|access|fetch|view|visit|hit|click|load)\w{0,3}\b[^\n<]{0,40}?\b(?:(?:via|in|from|with|through|using) (?:a |the |your |my )?(?:web )?browser|curl|wget)\b|` +
    // "when i hit the admin url": an object's URL opened as is, never a pre-signed one.
    String.raw`(?:open|access|visit|hit|click|load)\w{0,3} (?:on )?(?:the |a |an |my |this |that )?(?![\w -]{0,30}signed\b)[\w ()-]{0,30}?\b(?:url|link)\b)[^\n<]{0,60}\s{0,20}[\x60'"]?` +
    String.raw`<Error>${GAP}<Code>AccessDenied</Code>${GAP}<Message>Access Denied</Message>${GAP}<RequestId>[^<\n]{1,40}</RequestId>${GAP}<HostId>[^<\n]{0,200}</HostId>${GAP}</Error>`,
  'i'
)

/**
 * A static website endpoint's HTML error page, as a page's text shows it (`403 Forbidden` / `Code:
 * AccessDenied` / `Message: Access Denied` / `RequestId: …` / `HostId: …`, a saved copy of a site,
 * h19-117): website endpoints serve anonymous requests only, whatever else the text shows.
 */
const ITEM = String.raw`\s{0,40}(?:[-•*]\s{0,4})?`
const WEBSITE_PAGE = new RegExp(
  String.raw`\b403 Forbidden${ITEM}Code: AccessDenied${ITEM}Message: Access Denied${ITEM}RequestId: [A-Z0-9]{8,32}${ITEM}HostId: [A-Za-z0-9+/]{40,120}={0,2}`
)

const TOOL_AROUND = /\b(?:python3?|node|aws|sync|upload(?:ing)?)\b|\s--[a-z]/i

export function s3ErrorPageOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`
  const said = SAID_DOWNLOAD.exec(text)
  if (said) return { value: 'AccessDenied', from: `S3's error document below "${said[1]}"` }
  // A page beside a tool's command (`webotron sync … --profile`, h13-157) may be the tool's own
  // print of a signed call's answer: only a page on its own is the website's.
  if (
    WEBSITE_PAGE.test(text) &&
    !ctx.command &&
    !TOOL_AROUND.test(text.replace(WEBSITE_PAGE, ''))
  ) {
    return {
      value: 'AccessDenied',
      from: "an S3 website endpoint's error page (website endpoints serve only anonymous requests)"
    }
  }
  const m = DOCUMENT.exec(text)
  // S3's extended ID is base64 of random bytes: both cases. A hex digest is another store's.
  if (!m || !/[A-Z]/.test(m[1]!) || !/[a-z]/.test(m[1]!)) return null
  // A signed link or request header above, further up than the record reaches (src/scan/stepContext.ts).
  const signed = `${ctx.signedLink ?? ''}\n${text}`
  if (SIGNING_CLIENTS.some((re) => re.test(signed))) return null
  const browser = /\bThis XML file does not appear to have any style information\b/i.test(text)
  return {
    value: 'AccessDenied',
    from: browser ? "S3's error document as a browser shows it" : S3_DOCUMENT_ALONE
  }
}
