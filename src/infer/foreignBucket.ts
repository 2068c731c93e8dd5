// The bucket a refused S3 call went to, when the log shows it is someone else's
// (src/model/foreignBuckets.ts): by its name, or because the words say the link came from a
// "Launch Stack" button. Bounded quantifiers: the text is untrusted.
import { FOREIGN_BUCKETS, foreignBucketNamed } from '../model/foreignBuckets.js'
import { LAUNCH_STACK } from './publishedSample.js'

const NAME = '([a-z0-9][a-z0-9.-]{1,62})'
/** Lambda's words when it cannot read a function's code object. */
const LAMBDA_CODE = String.raw`\bpermission to GetObject for ${NAME}\/`
/** Where a log names a bucket: URIs, URLs (both styles), CLI and PowerShell options, ARNs, Lambda's words. */
const BUCKET_IN = new RegExp(
  [
    String.raw`\bs3:\/\/${NAME}`,
    String.raw`\bhttps?:\/\/${NAME}\.s3[.-](?:[a-z0-9-]{1,30}\.)?amazonaws\.com`,
    String.raw`\bhttps?:\/\/s3[.-](?:[a-z0-9-]{1,30}\.)?amazonaws\.com\/${NAME}`,
    String.raw`-BucketName\s{1,3}["']?${NAME}`,
    String.raw`--bucket[= ]["']?${NAME}`,
    String.raw`\barn:aws[\w-]{0,10}:s3:::${NAME}`,
    LAMBDA_CODE
  ].join('|'),
  'gi'
)

function bucketsIn(text: string, resource: string | null): string[] {
  const out = resource ? [...resource.matchAll(BUCKET_IN)] : []
  out.push(...text.matchAll(BUCKET_IN))
  return out.slice(0, 40).map((m) =>
    m
      .slice(1)
      .find((g) => g !== undefined)!
      .replace(/\.$/, '')
      .toLowerCase()
  )
}

/** `KIND:BUCKET` and the words it came from, or null. */
export function foreignBucketIn(
  text: string,
  resource: string | null
): { value: string; said: string } | null {
  const buckets = bucketsIn(text, resource)
  for (const bucket of buckets) {
    const row = foreignBucketNamed(bucket)
    if (row) return { value: `${row.kind}:${bucket}`, said: bucket }
  }
  const sample = FOREIGN_BUCKETS.find((b) => b.kind === 'published-sample')!
  // Lambda's code object, when Lambda names it: the bucket the refusal is about.
  const code = new RegExp(LAMBDA_CODE, 'i').exec(text)?.[1]?.toLowerCase()
  const launch = buckets.length > 0 ? LAUNCH_STACK.exec(text) : null
  if (launch) return { value: `${sample.kind}:${code ?? buckets[0]!}`, said: launch[0] }
  // The text says the bucket is requester-pays (`With buckets enabled with "Requester Pays"
  // feature, missing --request-payer flag results in … (403) … HeadObject`, boto/boto3#4138).
  const payer = SAID_REQUESTER_PAYS.exec(text)
  if (payer) return { value: `requester-pays:${buckets[0] ?? ''}`, said: payer[0] }
  // The writer calls it a public bucket, not theirs (never `my`/`our public bucket`).
  const said = SAID_PUBLIC.exec(text)
  return said ? { value: `said-public:${buckets[0] ?? ''}`, said: said[0] } : null
}

/**
 * A bucket said to be requester-pays, in words, by the flag the request lacked, or by the flag a
 * printed command passes with a value S3 does not take (`aws s3api get-object --bucket
 * lambda-github-webhook … --request-payer true`, a Terraform module fetching its author's code,
 * heldout169 review h169-007): only `requester` says the requester pays. With `requester` the
 * caller's own policy decides, and its grant stands.
 */
const SAID_REQUESTER_PAYS =
  /\brequester[ -]pays\b(?! (?:is|was) (?:off|disabled|not))|\bmissing --request-payer\b|\bwithout (?:the )?--request-payer\b|\baws s3(?:api)? [^\n]{0,600}?[ \t]--request-payer[ \t=]+(?!requester\b)[\w-]{1,20}/i

/** `the public S3 bucket`, `list files in public S3 bucket`: another's, as the writer says. */
const SAID_PUBLIC =
  /(?<!\b(?:my|our|own|your)\s{1,3})\b(?:the|a|this|that|their|in|from)\s{1,3}public\s{1,3}(?:S3\s{1,3})?bucket\b/i
