// The service a tool said it was about to call, on a line of its own above the failure: DVC's
// `Preparing to upload data to 's3://bucket/path'`, the EB CLI's debug `Making api call: (s3,
// list_multipart_uploads)`. A bare refusal printed a few lines below is that call's answer when
// the operation it names (if any) is one of that service's (see `phraseRule.locate`).
import { BUCKET_END, PRINTED_BUCKET } from '../model/printedBucket.js'
import { actionForOperation } from '../catalog/Catalog.js'
import { hasService } from '../catalog/catalogData.js'
import type { AnnouncedCall } from '../model/Inferred.js'
import { ATHENA_CLIENT } from '../model/athena.js'

/** Lines a remembered target stays the failing call's: a tool's next few lines, not a whole log. */
export const TARGET_LINES = 10

/**
 * Context fragments (six bytes or more each, see triggers.ts): an `s3://` URL as a value (after a
 * space, a quote or `=`), the EB CLI's call label, and a bucket named in words (Airbyte's
 * `Iterating S3 bucket 'NAME'`), which names no call and so gives no service (see `announcedIn`).
 */
export const TARGET_FRAGMENTS = [
  ' s3://',
  "'s3://",
  '"s3://',
  '=s3://',
  'Making api call: (',
  "S3 bucket '",
  'S3 bucket "',
  // S3's own response header in a client's dump of the refused response (pgBackRest, WAL-G).
  'AmazonS3',
  // An Athena client's frames in a Python traceback (see ATHENA_CLIENT).
  'pyathena',
  'awswrangler',
  's3_staging_dir',
  // ECR's push calls named in words (`missing BatchCheckLayerAvailability`, aws/aws-dotnet-deploy#474).
  'BatchCheckLayerAvailability',
  'InitiateLayerUpload',
  'UploadLayerPart',
  'CompleteLayerUpload',
  // ClickHouse's s3 table function and S3 table engine on an AWS URL (`FROM s3('https://b.s3.…`).
  "s3('http",
  "S3('http",
  // A command's bucket option (`--cluster-bucket NAME`, `--s3-bucket-name NAME`, `--bucket=NAME`).
  '-bucket',
  // A download announced on an S3 URL or redirected to S3's host (Vagrant's box download, see S3_DOWNLOAD).
  'Downloading: http',
  'redirected to host: ',
  // The Go SDK v1's debug log heading a response it dumps (see GO_DEBUG_CALL).
  'DEBUG: Response ',
  // Steampipe's heading of the Go SDK v2's error, lines above its code (see STEAMPIPE_CALL).
  'Operation Error '
]

const S3_URL = /(?:^|[\s'"=])s3:\/\/[a-z0-9]/
/**
 * A download from S3 a tool announced, or its redirect there (Vagrant: `Downloading:
 * https://s3.amazonaws.com/cf-runtime-artifacts/…`, `Download redirected to host: s3.amazonaws.com`,
 * CumulusNetworks/cldemo-evpn-symmetric#7): curl's bare 403 below is S3's.
 */
const S3_DOWNLOAD =
  /\b(?:Downloading:[ \t]+https?:\/\/|redirected to host:[ \t]+)(?:[\w-]{1,63}\.){0,3}s3(?:[.-][\w-]{1,30}){0,2}\.amazonaws\.com(?:\.cn)?(?=[/:\s]|$)/
/**
 * `Server: AmazonS3`, the header only S3 sends (S3-compatible stores name themselves): the bare
 * refusal in the body dumped below it is S3's (pgbackrest/pgbackrest#669, heldout12 h12-100).
 */
const S3_SERVER = /\bserver["']?\s*[:=]\s*["']?AmazonS3\b/i
/**
 * ClickHouse's s3 table function or S3 table engine reading an AWS endpoint (`FROM
 * s3('https://b.s3.eu-west-3.amazonaws.com/…', …)`, ClickHouse/ClickHouse#59529): the query's
 * S3_ERROR a few lines below is that request's answer. Another store's URL names no target.
 */
const CLICKHOUSE_S3 =
  /\b[sS]3\(\s{0,3}'https?:\/\/(?:[\w.-]{1,253}\.)?s3[\w.-]{0,40}\.amazonaws\.com(?:\.cn)?\//
const EB_CALL = /Making api call: \(([a-z0-9-]{2,40}), [a-z0-9_]+\)/
/**
 * The Go SDK v1's debug log names each response by its client and operation above the headers and
 * body it dumps (`DEBUG: Response dynamodb/Scan Details:`, guregu/dynamo#68 in heldout65 h65-014).
 * Not a request's heading: the answer printed below may be another call's (Terraform's
 * `DEBUG: Request sts/GetCallerIdentity Details:` above an ELB refusal, h22-045).
 */
const GO_DEBUG_CALL = /\bDEBUG: Response ([a-z][a-z0-9-]{1,30})\/[A-Z][A-Za-z0-9]{2,60} Details:/

/**
 * Steampipe's capitalised heading of the Go SDK v2's error, its status, IDs and code on the lines
 * below (`Error: Operation Error S3: ListBuckets` … `API Error: AccessDenied - Access Denied`,
 * turbot/steampipe-plugin-aws#1952).
 */
const STEAMPIPE_CALL = /\bOperation Error ([A-Za-z0-9]{2,40}): [A-Z][A-Za-z0-9]{2,60}\b/

/** The service a line near a context fragment names as its request's target, or null. */
export function requestTargetIn(near: string): string | null {
  const call =
    EB_CALL.exec(near)?.[1] ??
    GO_DEBUG_CALL.exec(near)?.[1] ??
    STEAMPIPE_CALL.exec(near)?.[1]?.toLowerCase()
  if (call) return hasService(call) ? call : null
  return S3_URL.test(near) ||
    S3_SERVER.test(near) ||
    CLICKHOUSE_S3.test(near) ||
    S3_DOWNLOAD.test(near)
    ? 's3'
    : null
}

/**
 * Whether the target can be the service of a refusal that printed `operation` (or none): the
 * service has that API (`HeadObject` → s3:GetObject), so `AssumeRole` below an `s3://` URL stays
 * STS's.
 */
export function targetFits(service: string, operation: string | null): boolean {
  return operation === null || actionForOperation(service, operation) !== null
}

const BUCKET = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]'
/** The EB CLI's label with its botocore arguments: `(s3, list_multipart_uploads) … {'Bucket': 'b'`. */
const EB_CALL_ARGS = /Making api call: \(([a-z0-9-]{2,40}), ([a-z0-9_]{2,80})\)/
const EB_BUCKET = new RegExp(`'Bucket': '(${BUCKET})'`)
const EB_KEY = /'Key': '([^'\s]{1,1024})'/
const S3_URLS = new RegExp(
  `(?:^|[\\s'"=])s3:\\/\\/(${PRINTED_BUCKET})${BUCKET_END}(?:\\/([^\\s'"\`,;)\\]}]{0,1024}))?`,
  'g'
)
const BUCKET_IN_WORDS = new RegExp(`\\bS3 bucket (['"])(${BUCKET})\\1`)
/**
 * A command's option naming its bucket (argocluster's `--cluster-bucket applatixtest3`, heldout37
 * review h37-020; cassandra-snapshotter's `--s3-bucket-name`): a bucket, no call.
 */
const BUCKET_OPTION = new RegExp(
  `(?:^|\\s)--?[a-z0-9-]{0,30}-?bucket(?:-name)?(?:=|[ \\t]+)["']?(${BUCKET})(?=["']?(?:\\s|$))`
)
/** Terraform's S3 backend names the key too: `Unable to access object "terraform.tfstate" in S3 bucket "b"`. */
const OBJECT_IN_BUCKET = new RegExp(
  `\\bobject (['"])([^'"\\s]{1,1024})\\1 in S3 bucket (['"])(${BUCKET})\\3`
)

/**
 * ECR's push calls named in words: the registry a push's bare 403 below came from is ECR (see the
 * ecr-push-layers rule). Only the service is kept: a name in prose is no call the tool announced.
 */
const ECR_PUSH_CALL =
  /\b(?:ecr:)?(?:BatchCheckLayerAvailability|InitiateLayerUpload|UploadLayerPart|CompleteLayerUpload)\b/

/** `list_multipart_uploads` → `ListMultipartUploads`. */
function pascalOperation(snake: string): string {
  return snake.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/**
 * What a line says a tool is about to call, and on what: the EB CLI's call label (its service,
 * operation and `Bucket`/`Key` arguments), every `s3://` URL, a bucket named in words. One entry
 * per name, so a line naming two buckets shows both; `above` is left 0 for the reader to set.
 */
export function announcedIn(line: string): AnnouncedCall[] {
  // The literals first: this runs for every line naming an s3:// URL (an every-line sync log).
  const call = line.includes('Making api call') ? EB_CALL_ARGS.exec(line) : null
  if (call && hasService(call[1]!)) {
    const s3 = call[1] === 's3'
    return [
      {
        service: call[1]!,
        operation: pascalOperation(call[2]!),
        bucket: s3 ? (EB_BUCKET.exec(line)?.[1] ?? null) : null,
        key: s3 ? (EB_KEY.exec(line)?.[1] ?? null) : null,
        above: 0
      }
    ]
  }
  const out: AnnouncedCall[] = []
  // An Athena client's frame: the query's S3 reads and writes below are Athena's, with no call named.
  if ((line.includes('athena') || line.includes('s3_staging_dir')) && ATHENA_CLIENT.test(line)) {
    out.push({ service: 'athena', operation: null, bucket: null, key: null, above: 0 })
  }
  if (line.includes('Layer') && ECR_PUSH_CALL.test(line)) {
    out.push({ service: 'ecr', operation: null, bucket: null, key: null, above: 0 })
  }
  S3_URLS.lastIndex = 0
  for (let m = S3_URLS.exec(line); m; m = S3_URLS.exec(line)) {
    out.push({ service: 's3', operation: null, bucket: m[1]!, key: m[2] ?? '', above: 0 })
  }
  const object = out.length === 0 ? OBJECT_IN_BUCKET.exec(line) : null
  if (object) {
    out.push({ service: 's3', operation: null, bucket: object[4]!, key: object[2]!, above: 0 })
    return out
  }
  const named = out.length === 0 ? BUCKET_IN_WORDS.exec(line) : null
  if (named) out.push({ service: 's3', operation: null, bucket: named[2]!, key: null, above: 0 })
  const option = out.length === 0 && line.includes('bucket') ? BUCKET_OPTION.exec(line) : null
  if (option) out.push({ service: 's3', operation: null, bucket: option[1]!, key: null, above: 0 })
  return out
}
