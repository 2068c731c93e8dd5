// What a SignatureDoesNotMatch text shows about the client's signer rather than the key pair: the
// StringToSign AWS sent back (a hostname where the bucket goes, a bucket name with dots or
// capitals) or the author saying the same keys work elsewhere (other buckets, another SDK, the
// CLI). An expert reads these before doubting the keys (heldout8 review, h8-053/054/057). One rule
// per shape, the most specific first; bounded quantifiers only: the text is untrusted.

export type SignerEvidenceKind =
  | 'hostname-as-bucket'
  | 'bucket-name-shape'
  | 'signature-plus-decoded'
  | 'presigned-url'
  | 'works-elsewhere'

export interface SignerEvidence {
  kind: SignerEvidenceKind
  /** The host or bucket name the evidence names, when it names one. */
  name: string | null
  said: string
}

/**
 * The resource line of a SigV2 StringToSign, in S3's XML or a JSON dump: its lines escaped (`\n`),
 * real, or joined by spaces as the context reaches inference.
 */
const STRING_TO_SIGN_RESOURCE =
  /\bStringToSign\b["']?\s{0,3}[:=>]?\s{0,3}["']?[^<"]{0,400}?(?:\\n|\s)\/([A-Za-z0-9][\w.-]{0,120})(?=[/?<"\\\s]|$)/

/**
 * The signature S3 received, with a space in it: a base64 signature has none, so a `+` of the URL
 * was read as a space (the query value not URL-encoded; heldout129 review h129-070).
 */
const SIGNATURE_WITH_SPACE =
  /<SignatureProvided>([A-Za-z0-9+/=]{0,80} [A-Za-z0-9+/= ]{0,80})<\/SignatureProvided>/

/**
 * A presigned URL's StringToSign: SigV2's date line is the expiry in epoch seconds (`1374043568`),
 * SigV4's canonical request ends in UNSIGNED-PAYLOAD (a query-signed S3 request).
 */
const PRESIGNED_STRING_TO_SIGN =
  /<StringToSign>(?:GET|PUT|POST|HEAD|DELETE)(?:\s|\\n)[^<]{0,200}?(?:\s|\\n)(1\d{9})(?:\s|\\n)|<CanonicalRequest>(?:GET|PUT|POST|HEAD|DELETE)(?:\s|\\n)[^<]{0,2000}?UNSIGNED-PAYLOAD<\/CanonicalRequest>/

/** An S3 endpoint host: `s3.amazonaws.com`, `s3.us-west-2.amazonaws.com`, `b.s3-eu-west-1.…`. */
const S3_HOST = /(?:^|\.)s3[\w.-]{0,30}\.amazonaws\.com(?:\.cn)?$/i

/**
 * A bucket given to the client: `--bucket a.b`, `bucket=a.b`, `:bucket=>"a.b"`, `Bucket: 'a.b'`,
 * `s3://a.b/`. After `Bucket:` unquoted, a plain capitalised or upper-case word is the prose that
 * follows ("writing to the S3 Bucket : The request signature…", heldout13 review h13-016; thanos's
 * "iter bucket: Access Denied"), not a name: a name there has a dot, digit, hyphen or lower case.
 */
const BUCKET_GIVEN =
  /(?:--bucket[ =]|:bucket\s{0,3}=>\s{0,3}|\b[Bb]ucket(?:[_ ]?[Nn]ame)?["']?\s{0,3}=\s{0,3}|\bs3:\/\/)["']?([A-Za-z0-9][\w.-]{2,62})|\b[Bb]ucket(?:[_ ]?[Nn]ame)?["']?\s{0,3}:\s{0,3}(?:["']([A-Za-z0-9][\w.-]{2,62})|(?!(?:[A-Z][a-z]+|[A-Z]+)\b(?![.\w-]))([A-Za-z0-9][\w.-]{2,62}))/g

/** The author naming dots or capitals in the bucket's name. */
const NAME_SHAPE_SAID =
  /\bbucket(?: name)?s? (?:with|containing|that (?:has|have|contains?)) (?:an? )?(?:dots?|periods?|full stops?|upper[- ]?case|capital)|\b(?:dots?|periods?|upper[- ]?case|capital letters?|capitals) in (?:the |my |a |its )?bucket(?:'s)? names?\b/i

/** Not a denial of the whole key pair: the same keys work somewhere else. */
const WORKS_ELSEWHERE = [
  // "Some of the buckets I try to access … are giving me", "other buckets work fine"
  /\b(?:some|certain|a few|only (?:one|some)) (?:of (?:the |my |our )?)?buckets?\b/i,
  /\bother buckets?\b[^\n.]{0,30}?\b(?:works?|worked|working|fine|no problem)\b/i,
  // "I tried aws iOS sdk, it works well", "the CLI works", "works with Amazon Scratchpad"
  /\b(?:sdk|cli|console|boto3?|s3cmd|aws-cli|scratchpad)\b[^\n.]{0,24}?(?<!(?:n't|\bnot|\bnever|\bno longer)\s)\b(?:works|worked|working)\b(?! ?(?:n't|not))/i,
  /\bworks? (?:fine |well |perfectly )?(?:with|from|in|using) (?:the )?(?:aws |amazon |official )?(?:[\w-]{2,12} )?(?:sdk|cli|console|boto3?|s3cmd|scratchpad)\b/i,
  // "Create/delete buckets with the same configuration file has no problem"
  /\bsame (?:keys?|credentials|configuration(?: file)?|access keys?|key pair|profile)\b[^\n.]{0,40}?\b(?:works?|worked|fine|no problems?|succeed\w{0,3})\b/i
]

function nameShapeOdd(name: string): boolean {
  return (name.includes('.') || /[A-Z]/.test(name)) && !S3_HOST.test(name)
}

/** The AWS CLI's own wording of the refusal (both of its generations). */
const CLI_SAID = /\b(?:A client error|An error occurred) \(SignatureDoesNotMatch\)/

export function signerEvidenceIn(text: string): SignerEvidence | null {
  const resource = STRING_TO_SIGN_RESOURCE.exec(text)
  if (resource && S3_HOST.test(resource[1]!)) {
    return { kind: 'hostname-as-bucket', name: resource[1]!, said: resource[0] }
  }
  if (resource && nameShapeOdd(resource[1]!)) {
    return { kind: 'bucket-name-shape', name: resource[1]!, said: resource[0] }
  }
  for (const m of text.matchAll(BUCKET_GIVEN)) {
    const name = (m[1] ?? m[2] ?? m[3])!.replace(/[.-]+$/, '')
    if (S3_HOST.test(name)) return { kind: 'hostname-as-bucket', name, said: m[0] }
    // A lower-case dotted name is no sign under the AWS CLI, which signs it as sent (path-style);
    // dots break TLS there, not the signature (heldout35 review, h35-037: a website bucket named
    // for its domain, which must keep its name). Capitals are, and an SDK's own dotted-name bug
    // is (amazon-archives/aws-sdk-core-ruby#19).
    if ((/[A-Z]/.test(name) || !CLI_SAID.test(text)) && nameShapeOdd(name)) {
      return { kind: 'bucket-name-shape', name, said: m[0] }
    }
  }
  const spaced = SIGNATURE_WITH_SPACE.exec(text)
  if (spaced) return { kind: 'signature-plus-decoded', name: null, said: spaced[0] }
  const presigned = PRESIGNED_STRING_TO_SIGN.exec(text)
  if (presigned) return { kind: 'presigned-url', name: presigned[1] ?? null, said: presigned[0] }
  const shape = NAME_SHAPE_SAID.exec(text)
  if (shape) return { kind: 'bucket-name-shape', name: null, said: shape[0] }
  for (const re of WORKS_ELSEWHERE) {
    const m = re.exec(text)
    if (m) return { kind: 'works-elsewhere', name: null, said: m[0] }
  }
  return null
}
