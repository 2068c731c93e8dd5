// The S3 REST request a 403 answered, when the log prints it (a browser console's `POST
// https://s3-eu-west-1.amazonaws.com/bucket/key?uploads 403 (Forbidden)`): the method and the
// subresource in the query name the API call, and so the action, as the Service Authorization
// Reference maps them (CreateMultipartUpload, UploadPart and CompleteMultipartUpload are all
// s3:PutObject). One row per method and subresource; a query naming none is the plain object
// or bucket call. Bounded patterns: the text is untrusted.
import { actionForOperation } from '../catalog/Catalog.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

interface RestCall {
  method: string
  /** The query parameter that selects the subresource (`uploads`, `uploadId`, `acl`). */
  query: string
  /** The action on an object URL (a key in the path), and on a bucket URL; null: not that kind. */
  object: string | null
  bucket: string | null
  /** The API call, for the note. */
  call: string
  /** A write whose key differs per upload: the grant names the key's folder, not the key. */
  newKey?: boolean
}

const CALLS: readonly RestCall[] = [
  {
    method: 'POST',
    query: 'uploads',
    object: 's3:PutObject',
    bucket: null,
    call: 'CreateMultipartUpload',
    newKey: true
  },
  {
    method: 'PUT',
    query: 'uploadId',
    object: 's3:PutObject',
    bucket: null,
    call: 'UploadPart',
    newKey: true
  },
  {
    method: 'POST',
    query: 'uploadId',
    object: 's3:PutObject',
    bucket: null,
    call: 'CompleteMultipartUpload',
    newKey: true
  },
  {
    method: 'DELETE',
    query: 'uploadId',
    object: 's3:AbortMultipartUpload',
    bucket: null,
    call: 'AbortMultipartUpload'
  },
  {
    method: 'GET',
    query: 'uploadId',
    object: 's3:ListMultipartUploadParts',
    bucket: null,
    call: 'ListParts'
  },
  {
    method: 'GET',
    query: 'uploads',
    object: null,
    bucket: 's3:ListBucketMultipartUploads',
    call: 'ListMultipartUploads'
  },
  {
    method: 'PUT',
    query: 'acl',
    object: 's3:PutObjectAcl',
    bucket: 's3:PutBucketAcl',
    call: 'PutAcl'
  },
  {
    method: 'GET',
    query: 'acl',
    object: 's3:GetObjectAcl',
    bucket: 's3:GetBucketAcl',
    call: 'GetAcl'
  },
  {
    method: 'PUT',
    query: 'tagging',
    object: 's3:PutObjectTagging',
    bucket: 's3:PutBucketTagging',
    call: 'PutTagging'
  },
  {
    method: 'GET',
    query: 'tagging',
    object: 's3:GetObjectTagging',
    bucket: 's3:GetBucketTagging',
    call: 'GetTagging'
  },
  {
    method: 'PUT',
    query: 'versioning',
    object: null,
    bucket: 's3:PutBucketVersioning',
    call: 'PutBucketVersioning'
  },
  {
    method: 'GET',
    query: 'versioning',
    object: null,
    bucket: 's3:GetBucketVersioning',
    call: 'GetBucketVersioning'
  },
  {
    method: 'PUT',
    query: 'policy',
    object: null,
    bucket: 's3:PutBucketPolicy',
    call: 'PutBucketPolicy'
  },
  {
    method: 'GET',
    query: 'policy',
    object: null,
    bucket: 's3:GetBucketPolicy',
    call: 'GetBucketPolicy'
  },
  {
    method: 'DELETE',
    query: 'policy',
    object: null,
    bucket: 's3:DeleteBucketPolicy',
    call: 'DeleteBucketPolicy'
  },
  {
    method: 'GET',
    query: 'location',
    object: null,
    bucket: 's3:GetBucketLocation',
    call: 'GetBucketLocation'
  }
]

/** No subresource: the method on the object or the bucket itself. */
const PLAIN: Readonly<Record<string, { object: string; bucket: string | null }>> = {
  GET: { object: 's3:GetObject', bucket: 's3:ListBucket' },
  HEAD: { object: 's3:GetObject', bucket: 's3:ListBucket' },
  PUT: { object: 's3:PutObject', bucket: 's3:CreateBucket' },
  DELETE: { object: 's3:DeleteObject', bucket: 's3:DeleteBucket' }
}

// `METHOD https://bucket.s3.region.amazonaws.com/key?query` or the path style
// `METHOD https://s3[.-]region.amazonaws.com/bucket/key?query`, as a browser console or an HTTP
// client prints the request.
const REQUEST =
  /\b(GET|PUT|POST|DELETE|HEAD) https?:\/\/(?:([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.)?s3(?:[.-][a-z0-9-]{1,30})?\.amazonaws\.com(?:\.cn)?(?::\d{1,5})?\/([^\s?#'"`]{0,1024})(?:\?([^\s#'"`]{0,2048}))?/

/**
 * urllib3's access line under botocore's or libcloud's debug log: the connection's host, then the
 * quoted request line (`https://s3.amazonaws.com:443 "POST /bucket/key?uploads= HTTP/1.1" 403 None`,
 * Medusa under k8ssandra, k8ssandra/k8ssandra-terraform#23). Groups: bucket host, method, path, query.
 */
const URLLIB3_REQUEST =
  /\bhttps?:\/\/(?:([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.)?s3(?:[.-][a-z0-9-]{1,30})?\.amazonaws\.com(?:\.cn)?(?::\d{1,5})? "(GET|PUT|POST|DELETE|HEAD) \/([^\s?#"]{0,1024})(?:\?([^\s#"]{0,2048}))? HTTP\/1\.1"/

/** The request's method, bucket host, path and query, in either form. */
function requestOf(
  line: string
): { method: string; host?: string; path: string; query: string } | null {
  const m = REQUEST.exec(line)
  if (m) return { method: m[1]!, host: m[2], path: m[3]!, query: m[4] ?? '' }
  const u = URLLIB3_REQUEST.exec(line)
  return u ? { method: u[2]!, host: u[1], path: u[3]!, query: u[4] ?? '' } : null
}

/**
 * Query parameters that select no subresource: a presigned URL's signature, a version or part, a
 * listing's options (`GET /?list-type=2&prefix=…` is ListObjectsV2, s3:ListBucket), response
 * header overrides.
 */
const PLAIN_QUERY =
  /^(?:X-Amz-[\w-]+|AWSAccessKeyId|Signature|Expires|versionId|partNumber|x-id|list-type|prefix|delimiter|max-keys|continuation-token|start-after|marker|encoding-type|fetch-owner|response-[\w-]+)$/i

export interface S3RestCall {
  action: string
  bucket: string
  /** The key as printed (URL-decoded), or '' for a bucket call. */
  key: string
  newKey: boolean
  from: string
}

function decoded(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

function queryKeys(query: string): Map<string, string> {
  const keys = new Map<string, string>()
  for (const part of query.split('&')) {
    const eq = part.indexOf('=')
    keys.set(eq === -1 ? part : part.slice(0, eq), eq === -1 ? '' : part.slice(eq + 1))
  }
  return keys
}

/** The request on the failing line, when it is an S3 REST call whose action is known. */
export function s3RestCallOf(line: string): S3RestCall | null {
  const r = requestOf(line)
  if (!r) return null
  const { method, path } = r
  // Virtual-hosted: the bucket is the host's first label, the path the key.
  const slash = path.indexOf('/')
  const bucket = r.host ?? (slash === -1 ? path : path.slice(0, slash))
  const key = decoded(r.host ? path : slash === -1 ? '' : path.slice(slash + 1))
  if (!bucket || bucket === 's3') return null
  const query = queryKeys(r.query)
  const onObject = key !== ''
  // The JS SDK v3 names the call itself (`?x-id=PutObject`).
  const named = query.get('x-id')
  const byName = named && /^[A-Z]\w{2,60}$/.test(named) ? actionForOperation('s3', named) : null
  if (byName) {
    return { action: byName, bucket, key, newKey: false, from: `the request's x-id=${named}` }
  }
  const row = CALLS.find((c) => c.method === method && query.has(c.query))
  if (row) {
    const action = onObject ? row.object : row.bucket
    if (!action) return null
    return {
      action,
      bucket,
      key,
      newKey: row.newKey === true,
      from: `the request ${method} …?${row.query} (${row.call})`
    }
  }
  // Any other subresource (`?cors`, `?lifecycle`) is a call this table does not know.
  if ([...query.keys()].some((k) => k !== '' && !PLAIN_QUERY.test(k))) return null
  const plain = PLAIN[method]
  const action = plain && (onObject ? plain.object : plain.bucket)
  if (!action) return null
  return {
    action,
    bucket,
    key,
    newKey: false,
    from: `the request ${method} on the ${onObject ? 'object' : 'bucket'}`
  }
}

/** Lines above the refusal a browser console's request line may stand on (a blank line between). */
const REQUEST_ABOVE = 3

/** A request line answered 403: a browser console's `… 403 (Forbidden)`, an HTTP client's status. */
const ANSWERED_403 = /\s403\b/

/**
 * The request the failing line printed, else the nearest request answered 403 on the few lines
 * above: a browser console prints the refused `GET https://b.s3.…/?prefix=… 403 (Forbidden)`,
 * then the SDK's own `list error AccessDenied: Access Denied` (aws-amplify/amplify-js#4887).
 */
export function s3RestCallNear(ctx: LogContext): S3RestCall | null {
  const own = s3RestCallOf(ctx.line)
  if (own) return own
  const above = ctx.before.split('\n').slice(-REQUEST_ABOVE).reverse()
  for (const line of above) {
    const call = REQUEST.test(line) && ANSWERED_403.test(line) ? s3RestCallOf(line) : null
    if (call) return { ...call, from: `${call.from} on the line above` }
  }
  return null
}

/** The action of the request the failing lines printed, for a denial of S3 or no known service. */
export function s3RestCallAction(ctx: LogContext, service: string | null): InferredValue | null {
  if (service !== null && service !== 's3') return null
  const call = s3RestCallNear(ctx)
  return call ? { value: call.action, from: call.from } : null
}
