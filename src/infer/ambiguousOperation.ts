// An operation printed without its service may name actions of several (`PutObject`: S3's and
// MediaStore's, as in IoT TwinMaker's own uploads). When the log around names a bucket or an
// object key, the call was S3's; otherwise no single action is claimed (the explanation lists
// them: see diagnose/bareDenial).
import { actionsNamed } from '../catalog/Catalog.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/**
 * What only S3 talk names: an `s3://` location, an S3 host, a bucket or an object key, or S3 as
 * where the data went (`Pushing to S3 failed: …`).
 */
const NAMES_S3 =
  /\b(?:to|from|into|in) S3\b|\bs3:\/\/|\.s3[.-][\w.-]*amazonaws\.com|\bs3\.amazonaws\.com|\b[Bb]ucket\b|\bBucket\s*[=:]|\b(?:Key|ObjectKey|object key)\s*[=:]/

export function bucketNamedAction(operation: string, ctx: LogContext): InferredValue | null {
  const actions = actionsNamed(operation)
  const s3 = actions.find((a) => a.toLowerCase().startsWith('s3:'))
  if (!s3) return null
  if (!NAMES_S3.test(`${ctx.before}\n${ctx.line}\n${ctx.after}`)) return null
  const others = actions.filter((a) => a !== s3).join(', ')
  return {
    value: s3,
    from: `operation ${operation}, which the log places in S3 (it names a bucket or object key; ${others} also exist)`
  }
}
