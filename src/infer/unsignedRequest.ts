// A request the client sent without signing it: the AWS CLI's `--no-sign-request`, boto3's
// `signature_version=UNSIGNED`, botocore's `disable_signing`, s3fs' `anon=True`, the Java SDKs'
// anonymous credentials. AWS sees an anonymous caller, so no identity policy is consulted and
// only the resource's own policy could allow it (heldout8 review, h8-079). The switch must be on
// a command or in code, not in prose ("without --no-sign-request" is a person's words).
// Bounded quantifiers only: the text is untrusted.
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { FOUND_NONE } from '../model/unsignedFallback.js'

const SWITCHES: { re: RegExp; from: string }[] = [
  // `aws s3 --no-sign-request sync s3://…`, `aws s3api list-objects-v2 … --no-sign-request`
  {
    re: /\baws\s+s3(?:api)?\b[^\n]{0,400}?\s--no-sign-request\b/,
    from: '`--no-sign-request` on the aws command'
  },
  {
    re: /\bsignature_version\s*=\s*(?:botocore\.)?UNSIGNED\b/,
    from: 'boto3 `signature_version=UNSIGNED`'
  },
  { re: /\bdisable_signing\b/, from: "botocore's `disable_signing`" },
  { re: /\bs3fs\.S3FileSystem\(\s*anon\s*=\s*True\b/, from: 's3fs `anon=True`' },
  {
    re: /\bnew\s+AnonymousAWSCredentials\(|\bAnonymousCredentialsProvider\.create\(/,
    from: "the Java SDK's anonymous credentials"
  },
  // A client saying it fell back to anonymous access because it found no credentials (Fusion
  // under Nextflow: `WRN using anonymous credentials to connect S3 region=us-east-1`,
  // nextflow-io/nextflow#4868): its own log line, not a person's words.
  {
    re: /\b(?:WRN|WARN(?:ING)?|INFO?)\b[^\n]{0,80}\busing anonymous credentials\b/,
    from: FOUND_NONE
  },
  // The C++ SDK's empty chain logged before the request it then sent unsigned (Dragonfly's
  // `credentials_provider_chain.cc:41] aws: failed to load credentials; no credential provider
  // found`, then `failed to create multipart upload: AccessDenied`, dragonflydb/dragonfly#6382;
  // heldout157 review, h157-075).
  {
    re: /\bcredentials_provider_chain\.cc:\d{1,5}\][^\n]{0,80}\bno credential provider found\b/,
    from: FOUND_NONE
  }
]

/**
 * HTTP clients that never sign a request (curl without `--aws-sigv4` or a user, wget, apt's
 * fetcher): an S3 403 to them is an anonymous caller's (session 52 review: a `curl -IL` of a
 * package, h155-003; apt's `E: Failed to fetch`, h155-011; a Homebrew bottle, h155-051). Read only
 * for a bare HTTP 403 (see `unsignedHttpClientOf`), and never for the instance metadata service.
 */
const HTTP_CLIENTS: { re: RegExp; from: string }[] = [
  {
    re: /(?:^|[\s$>#])curl\s(?![^\n]{0,400}(?:--aws-sigv4|\s-u\s|--user\b|Authorization:|169\.254\.169\.254))[^\n]{0,400}https?:\/\//,
    from: 'curl, which signs no request'
  },
  {
    re: /(?:^|[\s$>#])wget\s(?![^\n]{0,400}(?:Authorization|169\.254\.169\.254))[^\n]{0,400}https?:\/\//,
    from: 'wget, which signs no request'
  },
  {
    re: /(?:^|\n)(?:E: Failed to fetch|Err:\d+) https?:\/\//,
    from: "apt's HTTP fetch, which signs no request"
  },
  // curl's own error line under a tool that downloads with it (Homebrew's `==> Downloading URL`).
  {
    re: /(?:^|\n)curl: \(22\) The requested URL returned error: 403\b/,
    from: 'curl, which signs no request'
  }
]

/** A bare 403 answered to an HTTP client that never signs: the caller was anonymous. */
export function unsignedHttpClientOf(ctx: LogContext): UnsignedRequest | null {
  return switchIn(`${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}`, HTTP_CLIENTS)
}

/** The s3:// bucket on the line that sends the unsigned request. */
const BUCKET = /\bs3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?=[/\s'"`]|$)/

export interface UnsignedRequest {
  /** Where the switch was seen, in words. */
  from: string
  /** The bucket the unsigned command names, or null. */
  bucket: string | null
}

/** The switch on a matching line of `text`, with the bucket that line names. */
function switchIn(
  text: string,
  rules: readonly { re: RegExp; from: string }[]
): UnsignedRequest | null {
  for (const rule of rules) {
    const m = rule.re.exec(text)
    if (!m) continue
    const start = text.lastIndexOf('\n', m.index) + 1
    const end = text.indexOf('\n', m.index + m[0].length)
    const line = text.slice(start, end === -1 ? undefined : end)
    return { from: rule.from, bucket: BUCKET.exec(line)?.[1] ?? null }
  }
  return null
}

/** Lines below a quoted error where a writer shows the command that printed it ("when using …"). */
const COMMAND_LINES_BELOW = 4

export function unsignedRequestOf(ctx: LogContext): UnsignedRequest | null {
  // The command and the lines up to the failure: the switch precedes the refusal it causes. A
  // writer may show the `aws` command just below the error it quoted (heldout109 review h109-025:
  // `when using` / `aws s3 cp --no-sign-request …`); only that command counts there, not code.
  return (
    switchIn(`${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}`, SWITCHES) ??
    switchIn(ctx.after.split('\n').slice(0, COMMAND_LINES_BELOW).join('\n'), SWITCHES.slice(0, 1))
  )
}

/** The anonymous caller, as an inferred principal. */
export function anonymousPrincipal(u: UnsignedRequest): InferredValue {
  return { value: 'anonymous', from: u.from }
}
