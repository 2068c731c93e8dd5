// S3 bucket and object ARNs from `bucket/key` text, by the action's resource type.
import { PRINTED_BUCKET } from '../model/printedBucket.js'

/** Actions on objects (PutObject, GetObjectAcl, AbortMultipartUpload...); the rest act on buckets. */
export function isObjectAction(action: string | null): boolean {
  // ListBucketMultipartUploads lists the bucket's uploads: a bucket action despite its name.
  if (/^s3:ListBucketMultipartUploads$/i.test(action ?? '')) return false
  return /^s3:\w*(?:Object|MultipartUpload|ListMultipartUploadParts)\w*$/i.test(action ?? '')
}

// A writer's mask of `*` stays in the name (the remedy makes it a placeholder, never a wildcard).
const BUCKET = new RegExp(`^${PRINTED_BUCKET}$`)

/**
 * The ARN `action` is authorised on, given `bucket/key` (key may be empty or end in `*`).
 * Null when the bucket is not a bucket name.
 */
export function s3Arn(action: string | null, bucketKey: string, partition = 'aws'): string | null {
  const slash = bucketKey.indexOf('/')
  const bucket = slash === -1 ? bucketKey : bucketKey.slice(0, slash)
  const key = slash === -1 ? '' : bucketKey.slice(slash + 1)
  if (!BUCKET.test(bucket)) return null
  if (!isObjectAction(action)) return `arn:${partition}:s3:::${bucket}`
  return `arn:${partition}:s3:::${bucket}/${key === '' ? '*' : key}`
}

/**
 * Many keys of one bucket failed: their common prefix, cut back to a whole path segment, then
 * `*` (`a1.jpg`, `a2.jpg` share `a`, which is no folder: `bucket/*`). Null when the buckets differ.
 */
export function generalised(common: string): string | null {
  const slash = common.indexOf('/')
  if (slash === -1) return null
  const key = common.slice(slash + 1)
  return `${common.slice(0, slash)}/${key.slice(0, key.lastIndexOf('/') + 1)}*`
}
