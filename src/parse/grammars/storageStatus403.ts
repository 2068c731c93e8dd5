// A bare HTTP 403 whose request went to S3, ECR or another AWS endpoint: build tools and HTTP clients print only the
// status (`Received status code 403 from server: Forbidden`, `curl: (22) … error: 403 Forbidden`,
// `login attempt to https://<registry>/v2/ failed with status: 403 Forbidden`), and the request
// they made names the service. The rule is about that shape, not about any one tool: the status,
// then what it answered, which is the nearest target printed on its line or the lines just above.
// A target that is not AWS (another host) makes the 403 someone else's; S3-compatible stores that
// answer for an AWS-looking client are dropped by parseRecord (see s3Compatible.ts).
import { emptyDenial } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { classifyCode } from '../codes.js'
import { locate } from '../phraseRule.js'
import { mayMatch } from '../RecordLiterals.js'
import { serviceOfEndpoint } from '../serviceHints.js'

const RULE = 'WD790'
const ID = 'http-403-storage-target'

/**
 * HTTP 403 as clients print it; every form holds `Forbidden` (a trigger fragment). Python's
 * urllib puts a colon after the status (`HTTP Error 403: Forbidden`, Hoektronics/BotQueue#4),
 * Chef's remote_file quotes the reason (`403 "Forbidden"`, aws/opsworks-cookbooks#170), and the
 * Java SDK before 1.9 listed its fields (`Status Code: 403, AWS Service: Amazon S3, AWS Request ID:
 * …, AWS Error Code: null, AWS Error Message: Forbidden`, snowplow/snowplow#1647).
 */
// aiohttp's ClientResponseError (`S3 upload: 403, message='Forbidden', url=URL('https://b.s3.amazonaws.com/
// …')`, BlenderKit/Blendkit#874).
// Qt's network reply names the reason only (`Error transferring https://b.s3.us-west-2.amazonaws.com/
// … - server replied: Forbidden`, QGIS' network log, qgis/QGIS#54522).
const STATUS =
  /\b403:?[ \t]+(?:from server:[ \t]*)?["(]?(?:Forbidden|FORBIDDEN)\b[")]?|\bStatus Code: 403(?=, AWS Service: [^,\n]{1,60}, AWS Request ID: [^\n]{0,200}?AWS Error Message: Forbidden\b)|\bresponse code '403'|\(HTTP 403\)|\bForbidden[ \t]*\((?:HTTP )?403\)|\bfailed a request\(403(?=: https?:\/\/)|\bParts \{ status: 403, (?=version: HTTP\/)|\(Forbidden_403\)|\bThe requested URL returned error: 403(?!\d)|\bunexpected http resp 403(?= for https?:\/\/)|\[status:403 request:|\bResponse code received: 403(?!\d)|\bServer returned HTTP response code: 403(?= for URL: https?:\/\/)|\bserver replied: Forbidden\b|\b403, message='Forbidden'(?=, url=URL\()|(?<="(?:GET|PUT|POST|HEAD|DELETE) \/[^"\s]{0,1024} HTTP\/1\.1" )403(?= None\b)|(?<=\.amazonaws\.com(?:\.cn)?(?:\/[^\s]{0,1024})?: )403(?=[ \t]*(?:\r?\n|$))|\{ status code: 403, headers \{|\bBadHTTPStatus\(Forbidden\)/g

/**
 * s3fs-fuse's word for a refused request (`curl_multi.cpp:MultiRead(221): failed a request(403:
 * https://b.s3-us-west-2.amazonaws.com/k)`, s3fs-fuse/s3fs-fuse#2167): no `Forbidden`, its URL
 * after the status.
 */
const S3FS_STATUS = 'failed a request(403'
/**
 * Rust's `http` response printed whole (OpenDAL under Databend: `source: response part: Parts {
 * status: 403, version: HTTP/1.1, headers: {… "server": "AmazonS3"} }, body: ""`,
 * databendlabs/databend#4678): a bodiless 403 whose headers name S3.
 */
const RUST_PARTS_STATUS = 'Parts { status: 403, '
/**
 * DuckDB's httpfs names the request and its status in parentheses (`HTTP GET error on
 * 'https://B.s3.amazonaws.com/?…' (HTTP 403)`, duckdb/duckdb#5190): no `Forbidden` on its line.
 */
const PAREN_STATUS = '(HTTP 403)'
/**
 * Upper case (conda's `HTTP 403 FORBIDDEN for channel … <https://s3-us-west-2.amazonaws.com/…>`,
 * conda/conda#13573) and Logstash's quoted status (`Got response code '403' contacting
 * Elasticsearch at URL 'https://…es.amazonaws.com:443/'`, awslabs/logstash-output-amazon_es#158).
 */
const UPPER_STATUS = '403 FORBIDDEN'
const QUOTED_STATUS = "response code '403'"
/**
 * DuckDB's status enum in parentheses after a scheme-less request (`Request to
 * 's3tables.us-east-1.amazonaws.com/iceberg/v1/config?…' returned a non-200 status code
 * (Forbidden_403)`, duckdb/duckdb-httpfs#95).
 */
const ENUM_STATUS = '(Forbidden_403)'
/**
 * git's (and newer curl's) status alone, its URL earlier on the line (`fatal: unable to access
 * 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/NAME/': The requested URL returned
 * error: 403`, aws-amplify/amplify-hosting#2249; git-remote-codecommit's `codecommit://` URL,
 * aws/git-remote-codecommit#61).
 */
const GIT_STATUS = 'returned error: 403'
/**
 * dulwich's (DVC's and other Python Git clients') status before the URL (`unexpected http resp 403
 * for https://git-codecommit.eu-west-2.amazonaws.com/v1/repos/…`, treeverse/dvc#9416). git's own
 * status may have a writer's emphasis glued to it (`error: 403_`, codemagic-ci-cd/codemagic-docs#1426).
 */
const DULWICH_STATUS = 'http resp 403'
/**
 * opensearch-py's and elasticsearch-py's request log, the status after the URL (`PUT
 * https://….aoss.amazonaws.com:443/index [status:403 request:0.073s]`, a Bedrock knowledge base's
 * index, awslabs/generative-ai-cdk-constructs#322).
 */
const PY_CLIENT_STATUS = '[status:403 request:'
/**
 * TeamCity's S3 artifact storage, the status after the URL (`Failed upload artifact … to
 * https://s3-eu-west-1.amazonaws.com/…. Response code received: 403.`,
 * JetBrains/teamcity-s3-artifact-storage-plugin#13).
 */
const RECEIVED_STATUS = 'Response code received: 403'
/**
 * Java's own URL connection (`java.io.IOException: Server returned HTTP response code: 403 for URL:
 * https://s3.amazonaws.com/…`, PacBot's template fetch, tmobile/pacbot#220): the URL follows.
 */
const JAVA_URL_STATUS = 'Server returned HTTP response code: 403'
/**
 * urllib3's access line under botocore's debug log, the request line quoted then the status
 * (`connectionpool - DEBUG - "PUT /bucket/key HTTP/1.1" 403 None`, its `Starting new HTTPS
 * connection (2): s3.us-east-2.amazonaws.com` just above, aws/aws-cli#3512).
 */
const URLLIB3_STATUS = ' HTTP/1.1" 403 None'
/**
 * A tool's upload error, the status alone after an AWS URL and a colon at the end of the line
 * (`Error uploading to https://github-production-release-asset-2e65be.s3.amazonaws.com: 403`, a
 * release action's asset upload, marvinpinto/actions#50).
 */
const URL_COLON_STATUS = '.amazonaws.com'
/**
 * Foundation's NSHTTPURLResponse as the AWS SDK for iOS logs it (`{ status code: 403, headers {` /
 * `    Server = AmazonS3;` / `    "x-amz-request-id" = …;`, aws-amplify/aws-sdk-ios#434): its
 * headers below say who answered.
 */
const NS_STATUS = '{ status code: 403, headers {'
const NS_S3_HEADER = /^[ \t]*(?:Server = AmazonS3;|"x-amz-id-2" = )/
/** sccache's own S3 client (`Got AWS error: Error(BadHTTPStatus(Forbidden), …`, mozilla/sccache#300). */
const SCCACHE_STATUS = 'BadHTTPStatus(Forbidden)'
const LITERALS = [
  'Forbidden',
  S3FS_STATUS,
  RUST_PARTS_STATUS,
  PAREN_STATUS,
  UPPER_STATUS,
  QUOTED_STATUS,
  ENUM_STATUS,
  GIT_STATUS,
  DULWICH_STATUS,
  PY_CLIENT_STATUS,
  RECEIVED_STATUS,
  JAVA_URL_STATUS,
  URLLIB3_STATUS,
  URL_COLON_STATUS,
  NS_STATUS,
  SCCACHE_STATUS
]

/**
 * What a request went to, in the order a line names it. Group 1: git-remote-codecommit's
 * `codecommit://` scheme; group 2: an URL's host (an image
 * reference's too: skopeo's `docker://HOST/NAME:TAG`); group 3: an
 * `s3://` location, a `<MASKED>` part of a host allowed; group 4: an S3 client that names itself (a Rust module path `…::s3:`, the
 * Java/.NET SDK's `S3Exception`, boto 2's `S3ResponseError`, the `(Service: S3` label, S3's
 * `Server: AmazonS3` header, the function R's aws.s3 stops in: `parse_aws_s3_response`, the Rust
 * object_store crate's error kind behind Polars and DataFusion: `Generic S3 error:`, h21-008; a
 * tool's own `from S3: REGION:BUCKET/: 403 Forbidden`, aptly's publish, aptly-dev/aptly#161);
 * group 5: an AWS host printed without its scheme, quoted or after a space (DuckDB's `Request to
 * 's3tables.REGION.amazonaws.com/…'`).
 */
const TARGET =
  /\b(?:https?|docker|(codecommit)):\/\/((?:<\w{1,30}>|[^\s/'"`<>()[\]]){1,253})|(\bs3:\/\/)|(::s3\b|\bS3Exception\b|\bS3ResponseError\b|\(Service: (?:Amazon )?S3\b|\bAWS Service: Amazon S3\b|\bserver["']?\s*[:=]\s*["']?AmazonS3\b|\bparse_aws_s3_response\b|\bGeneric S3 error:|\b(?:from|to) S3: (?=\S))|(?<=['"(\s])((?:[\w-]{1,63}\.){1,6}amazonaws\.com(?:\.cn)?)(?=[/:'"\s]|$)/gi

/** The AWS Common Runtime's HTTP stream log line, and its S3 client's meta-request below it. */
const CRT_STREAM = /\bawscrt::http-stream\b/
const CRT_S3 = /\bawscrt::S3(?:MetaRequest|Client|Endpoint)\b/

/**
 * The PHP SDK's own path where its HTTP client's exception surfaces (`GuzzleHttp\Exception\
 * ClientException: Client error: \`GET [S3 bucket]/?…\` resulted in a \`403 Forbidden\` response: …
 * in /plugins/S3-Uploads/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php`, humanmade/S3-Uploads#374):
 * an AWS call whose host the reporter masked.
 */
const AWS_SDK_PATH = /\/aws\/aws-sdk-php\/src\//

/** A client's words for a response without a body, after the status on its line. */
const NO_BODY = /\bNo (?:Response )?Body\b/i

/** An S3 URL's ListObjectsV2 query. */
const LIST_V2 = /\/\?(?:[^\s'"]*&)?list-type=2\b/

const ECR_HOST = /\.dkr\.ecr\.[\w-]+\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i
/** `s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `s3-eu-west-1.…`, `s3-accelerate.…`. */
const S3_HOST = /(?:^|\.)s3(?:[.-][\w-]+)*\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i
/** Any other AWS endpoint: the service is its host's label before the Region. */
const AWS_HOST = /^([\w.<>-]{1,253}?)\.amazonaws\.com(?:\.cn)?(?::\d+)?\/?$/i

/**
 * An unsigned request's answer in the body after the status (`server returned HTTP status 403
 * Forbidden: {"message":"Missing Authentication Token"}`, Prometheus' remote write to Amazon
 * Managed Service for Prometheus without its `sigv4` block, prometheus-community/helm-charts#2402):
 * no credentials went with it. API Gateway says the same of a path or method that does not exist,
 * so there it stays a refusal.
 */
const UNSIGNED_BODY = /Missing Authentication Token/

/**
 * git's credential helper for CodeCommit could not run just above the 403 (`aws codecommit
 * credential-helper $@ get: aws: command not found`, git-ecosystem/git-credential-manager#697):
 * git sent the request without the SigV4-derived password, so no policy was asked.
 */
// A helper whose interpreter path broke on a space (`…/Scripts/aws: c:\users\truman: bad
// interpreter: No such file or directory`, rkt/rkt#3749) prints a long path first.
const HELPER_FAILED =
  /\bcredential-helper\b[^\n]{0,300}?(?:command not found|: not found|No such file or directory|is not recognized|bad interpreter)|\bgit: 'credential-[\w-]{1,40}' is not a git command/

/**
 * A response the reporter pasted with the status: its code or message is the finding (another
 * grammar's), not the status.
 */
// `Error Code: null` (the Java SDK before 1.9 with a bodiless 403) names no code a grammar reads.
const STRONGER =
  /An error occurred \(|<Code>|Error Code:(?! null\b)|\bAccessDenied|Access Denied|not authorized|signature we calculated|security token|Access Key Id you provided|Request has expired|SignatureDoesNotMatch|InvalidAccessKeyId|ExpiredToken/

/**
 * The end of an error body R's aws.s3 printed (str() of the parsed XML, its class last) a few
 * lines over its `Forbidden (HTTP 403).`: the body's code is the finding (bare-code's R slot).
 */
const PRINTED_BODY_ABOVE = /- attr\(\*, "class"\)= chr "aws_error"/

/**
 * Excon (fog-aws, GitLab's object storage) prints the response after its status, its fields one a
 * line (`Expected(200) <=> Actual(403 Forbidden)` / `excon.error.response` / … `"Server" =>
 * "AmazonS3"` … `:host => "b.s3.amazonaws.com"`): with no body, those fields say who answered
 * (gitlab-org/gitlab#292233, quoted from a JSON log with its escapes).
 */
const EXCON_STATUS = /\bActual\(403 Forbidden\)/
const EXCON_TARGET =
  /:host\s*=(?:>|\\u003e)\s*\\?"([^"\\\s]{1,253})\\?"|(\\?"Server\\?"\s*=(?:>|\\u003e)\s*\\?"AmazonS3\\?")/g
/** An SDK's words right before the status that make it the error's code. */
const CODE_SLOT = /\berror code $/
/** The status itself in a code's place: nothing beyond the 403 this grammar reads. */
const STATUS_WORDS = new Set(['Forbidden', '403', '403 Forbidden'])
/** Lines of an excon response dump read below its status. */
const EXCON_LINES = 30

/** Lines above the status's own that may hold its request (a client prints it just before). */
const LINES_ABOVE = 3
/** Lines below the status where a client prints the response's headers and body (`curl -v`). */
const BODY_LINES = 4

/** Where the line `n` lines above the one starting at `lineStart` starts. */
function linesAbove(text: string, lineStart: number, n: number): number {
  let from = lineStart
  for (let k = 0; k < n && from > 0; k++) from = text.lastIndexOf('\n', from - 2) + 1
  return from
}

/** Where the line `n` lines below the one holding `at` ends. */
function linesBelow(text: string, at: number, n: number): number {
  let to = text.indexOf('\n', at)
  for (let k = 0; k < n && to !== -1; k++) to = text.indexOf('\n', to + 1)
  return to === -1 ? text.length : to
}

/** An IAM service prefix: `s3`, `ecr`, or the service another AWS endpoint's host names. */
type Service = string

/** The service an AWS host names, or null for any other host. */
function serviceOfHost(host: string): Service | null {
  if (ECR_HOST.test(host)) return 'ecr'
  // ECR Public's registry (`login attempt to https://public.ecr.aws/v2/ failed with status: 403
  // Forbidden`, helm logging in for Karpenter's chart, aws/karpenter-provider-aws#6357).
  if (/^public\.ecr\.aws$/i.test(host)) return 'ecr-public'
  if (S3_HOST.test(host)) return 's3'
  const aws = AWS_HOST.exec(host)
  const service = aws ? serviceOfEndpoint(aws[1]!) : null
  // CodeArtifact's statuses are packageRegistry's (401 and 403 mean different things there).
  return service && service !== 'codeartifact' ? service : null
}

function serviceOf(m: RegExpExecArray): Service | null {
  // git-remote-codecommit's URL names a profile and a repository, not a host.
  if (m[1] !== undefined) return 'codecommit'
  const host = m[2] ?? m[5]
  if (host !== undefined) return serviceOfHost(host.replace(/[.,;:]+$/, ''))
  return 's3'
}

/**
 * The target the status at [at, atEnd) answered: on its line, else the last one above. Null when
 * the target printed is not AWS's; undefined when none is printed near it at all.
 */
function targetOf(
  text: string,
  lineStart: number,
  at: number,
  atEnd: number
): Service | null | undefined {
  const from = linesAbove(text, lineStart, LINES_ABOVE)
  const nl = text.indexOf('\n', atEnd)
  const lineEnd = nl === -1 ? text.length : nl
  let above: RegExpExecArray | null = null
  let onLine: RegExpExecArray | null = null
  TARGET.lastIndex = from
  for (let m; (m = TARGET.exec(text)) && m.index < lineEnd;) {
    if (m.index < lineStart) above = m
    // On the status's own line, the target nearest to the status (a client names it either side).
    else if (!onLine || Math.abs(m.index - at) < Math.abs(onLine.index - at)) onLine = m
  }
  const line = text.slice(lineStart, lineEnd)
  // A response's own headers say who answered, whatever URL the request named above (`curl -IL`
  // of a package that redirects to S3: `Server: AmazonS3` under `HTTP/1.1 403 Forbidden`,
  // conda-forge/conda-forge.github.io#398).
  const answered = HTTP_STATUS_LINE.test(line) ? headersTarget(text, line, lineEnd) : null
  if (answered) return answered
  if (line.includes(NS_STATUS) && nsHeadersOfS3(text, lineEnd)) return 's3'
  const m = onLine ?? above
  if (m) return serviceOf(m)
  // The AWS CRT's HTTP stream logs the status, its S3 client the failed request a line or two
  // below (`awscrt::http-stream: … response status: 403 (Forbidden).` then `awscrt::S3MetaRequest:
  // … response status 403`, mountpoint-s3, awslabs/mountpoint-s3#927).
  if (CRT_STREAM.test(line) && CRT_S3.test(text.slice(lineEnd, linesBelow(text, lineEnd, 3))))
    return 's3'
  return EXCON_STATUS.test(line) ? exconTarget(text, atEnd) : undefined
}

/**
 * An HTTP response as a client's trace prints it (`HTTP/1.1 403 Forbidden`, `< HTTP/1.1 403
 * Forbidden` under `curl -v`), its headers on the lines below up to a blank one: S3's `Server:
 * AmazonS3` says who answered (minio-go's trace against AWS, minio/minio-go#677; a curl of a
 * release tarball, cloudfoundry-community/consul-boshrelease#22). Another store's `Server:` makes
 * it theirs. A logger may put its own prefix before each trace line (s3fs-fuse in syslog: `Sep  8
 * 19:53:50 HOST s3fs[17213]: < HTTP/1.1 403 Forbidden`, s3fs-fuse/s3fs-fuse#635); the header lines
 * then carry the same prefix.
 */
export const HTTP_STATUS_LINE = /^(?:[^\n<]{0,100}?: )?[ \t<]*HTTP\/\d(?:\.\d)? 403\b/
const STATUS_PREFIX = /^(?:[^\n<]{0,100}?: )?(?=[ \t<]*HTTP\/)/
const HEADER_LINE = /^[ \t<]*([\w-]{1,60}):[ \t]*(.*?)[ \t\r]*$/
/**
 * Headers only S3 sends (its bucket's Region, its second request id): a trace without `Server:`
 * still says S3 answered.
 */
const S3_HEADER = /^x-amz-(?:bucket-region|id-2)$/i
/** Header lines of a response read below its status. */
const HEADER_LINES = 20

/** A logger's prefix with its digits as one class: timestamps and ids change from line to line. */
function prefixShape(prefix: string): string {
  return prefix.replace(/\d/g, '0')
}

/** The NSHTTPURLResponse's header lines, up to its closing brace, hold S3's. */
function nsHeadersOfS3(text: string, lineEnd: number): boolean {
  let at = lineEnd
  for (let k = 0; k < HEADER_LINES && at < text.length; k++) {
    const nl = text.indexOf('\n', at + 1)
    const next = text.slice(at + 1, nl === -1 ? text.length : nl)
    if (/^[ \t]*\}/.test(next)) return false
    if (NS_S3_HEADER.test(next)) return true
    at = nl === -1 ? text.length : nl
  }
  return false
}

function headersTarget(text: string, line: string, lineEnd: number): Service | null {
  const prefix = STATUS_PREFIX.exec(line)?.[0] ?? ''
  const shape = prefixShape(prefix)
  let s3 = false
  let at = lineEnd
  for (let k = 0; k < HEADER_LINES && at < text.length; k++) {
    const nl = text.indexOf('\n', at + 1)
    const next = text.slice(at + 1, nl === -1 ? text.length : nl)
    if (prefixShape(next.slice(0, prefix.length)) !== shape) break
    const header = HEADER_LINE.exec(next.slice(prefix.length))
    if (!header) break
    if (/^server$/i.test(header[1]!)) return /^AmazonS3$/i.test(header[2]!) ? 's3' : null
    if (S3_HEADER.test(header[1]!)) s3 = true
    at = nl === -1 ? text.length : nl
  }
  return s3 ? 's3' : null
}

/** The service an excon response dump below its status names: its host, else S3's header. */
function exconTarget(text: string, atEnd: number): Service | null {
  const dump = text.slice(atEnd, linesBelow(text, atEnd, EXCON_LINES))
  let server = false
  EXCON_TARGET.lastIndex = 0
  for (let m; (m = EXCON_TARGET.exec(dump));) {
    if (m[1] !== undefined) return serviceOfHost(m[1])
    server = true
  }
  return server ? 's3' : null
}

export const storageStatus403: Grammar = {
  id: ID,
  rule: RULE,
  literals: LITERALS,
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    if (!mayMatch(LITERALS, ctx.literals)) return out
    STATUS.lastIndex = 0
    for (let m; (m = STATUS.exec(text));) {
      const start = m.index
      const end = start + m[0].length
      const lineStart = text.lastIndexOf('\n', start - 1) + 1
      // Or the request a tool announced a few lines up, past its own paragraph (Vagrant's box
      // download: `Downloading: https://s3.amazonaws.com/…`, then its words, then curl's status,
      // cloudfoundry-attic/dea_ng#156); never an S3-compatible store's.
      const printed = targetOf(text, lineStart, start, end)
      const target =
        printed !== undefined ? printed : ctx.s3Compatible ? null : (ctx.requestTarget ?? null)
      // The SDK that sent it, named by its path on the status's line (a masked URL otherwise).
      const viaSdk = !target && AWS_SDK_PATH.test(text.slice(lineStart, linesBelow(text, start, 1)))
      if (!target && !viaSdk) continue
      const service = target
      // A trace's body stands below its headers (h18-055: `<Code>SignatureDoesNotMatch</Code>`).
      const nl = text.indexOf('\n', start)
      const traced = HTTP_STATUS_LINE.test(text.slice(lineStart, nl === -1 ? text.length : nl))
      const below = traced ? HEADER_LINES + BODY_LINES : BODY_LINES
      if (STRONGER.test(text.slice(linesAbove(text, lineStart, 1), linesBelow(text, end, below))))
        continue
      if (PRINTED_BODY_ABOVE.test(text.slice(linesAbove(text, lineStart, LINES_ABOVE), start)))
        continue
      const unsigned =
        service !== 'execute-api' && UNSIGNED_BODY.test(text.slice(start, linesBelow(text, end, 1)))
      const helperFailed =
        service === 'codecommit' &&
        HELPER_FAILED.test(text.slice(linesAbove(text, lineStart, LINES_ABOVE), lineStart))
      const d = emptyDenial(unsigned || helperFailed ? 'credentials' : 'denial', ID, RULE)
      d.service = service
      if (unsigned) d.detail.cause = 'not-sigv4'
      // A client saying the 403 came with no body (`Client error with status 403 Forbidden: No
      // Body`, object_store under Polars, coiled/benchmarks#1394): S3's answer to a HEAD.
      if (NO_BODY.test(text.slice(start, linesBelow(text, end, 0)))) d.detail.bodiless = 'true'
      if (helperFailed) d.detail.cause = 'git-credential-helper'
      // A listing's URL names its call: `?list-type=2` is ListObjectsV2 (DuckDB's glob,
      // duckdb/duckdb#5190), on the status's line or the request line just above it (the CRT's
      // `GET /?list-type=2&…`, awslabs/mountpoint-s3#927).
      if (service === 's3' && LIST_V2.test(text.slice(linesAbove(text, lineStart, 1), end)))
        d.operation = 'ListObjectsV2'
      const c: Candidate = { start, end, priority: PRIORITY.bareCode - 2, denial: d }
      c.settle = () => {
        Object.assign(c, locate(text, start, end, 0, d, ctx))
        // A build tool's own exception class (`HttpErrorStatusCodeException: …`) is no AWS code,
        // and neither is the status restated by an HTTP client's class (`Excon::Error::Forbidden`).
        if (d.code !== null && (classifyCode(d.code) !== 'authz' || STATUS_WORDS.has(d.code)))
          d.code = null
        // The status in an SDK's code slot is its code as printed (the Kotlin SDK's `S3Exception:
        // Service returned error code 403: Forbidden`, aws/aws-sdk-kotlin#1640).
        if (d.code === null && CODE_SLOT.test(text.slice(Math.max(0, start - 12), start)))
          d.code = '403'
      }
      out.push(c)
    }
    return out
  }
}
