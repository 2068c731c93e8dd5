// Writes to a bucket work while reads or listings with the same credentials are refused: the
// policy is write-only (s3:PutObject on the objects, neither s3:GetObject nor s3:ListBucket on the
// bucket ARN). The reporter says so above the refusal (WAL-E's `backup-fetch or backup-list …
// whereas I am able to push backup using same credentials`, h12-096; `I was able to upload but
// download is still failing`, awslabs/aws-sdk-android-samples#177), or the refused call is a read
// the log names. One rule per side; bounded quantifiers only (untrusted text).
import type { Denial } from '../model/Denial.js'
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'

/** The read side named in the same sentence: a fetch, a listing, a download, a restore. */
const READS = /\b(?:fetch\w{0,4}|download\w{0,4}|read(?:s|ing)?|restor\w{0,4}|get(?:_|-)?object)\b/i
const LISTS = /\b(?:list\w{0,4}|ls)\b/i
/** S3 operations that read or list, as a message names them. */
const READ_OPERATIONS = /^(?:GetObject|HeadObject|GetObjectAttributes)$/
const LIST_OPERATIONS = /^(?:ListObjects(?:V2)?|ListObjectVersions|HeadBucket)$/

export interface WriteOnly {
  value: InferredValue
  /** The action the refusal most likely was, when the message names none. */
  action: string
  companions: CompanionNeed[]
}

const FROM =
  'the log says writes to the bucket work with the same credentials while reads or listings are refused: the policy is write-only'

export function writeOnlyOf(d: Denial, ctx: LogContext): WriteOnly | null {
  if (d.kind !== 'denial' || (d.service !== null && d.service !== 's3') || !ctx.writes) return null
  if (d.action && !/^s3:(?:GetObject|ListBucket)$/i.test(d.action)) return null
  const operation = d.operation ?? ''
  // The refused call is itself a write: the words are about another one.
  if (/^(?:Put|Upload|Copy|Create|Delete|Complete|Abort)/.test(operation)) return null
  const reads = READS.test(ctx.writes) || READ_OPERATIONS.test(operation)
  const lists = LISTS.test(ctx.writes) || LIST_OPERATIONS.test(operation)
  if (!reads && !lists) return null
  const action = lists && !reads ? 's3:ListBucket' : 's3:GetObject'
  const other = action === 's3:GetObject' ? 's3:ListBucket' : 's3:GetObject'
  return {
    value: { value: ctx.writes, from: FROM },
    action,
    companions: [
      {
        action: other,
        resource: null,
        from: `${FROM} (${other === 's3:ListBucket' ? 'listing needs s3:ListBucket on the bucket ARN' : 'reading needs s3:GetObject on the objects'})`
      }
    ]
  }
}
