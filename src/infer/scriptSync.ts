// A sync run by a script or an S3 tool other than the AWS CLI (`webotron.py sync lista/ BUCKET`,
// `s3cmd sync /backup/ s3://b/p/`) beside a bare refusal that carries S3's own marks: the
// upload's calls, the bucket's listing (to compare) and the puts. The AWS CLI's `aws s3 sync` is
// s3Transfer's; here the refusal must show S3 answered, since the command alone names no service.
// Bounded quantifiers only: the text is untrusted.
import type { CompanionNeed, LogContext } from '../model/Inferred.js'
import type { PhraseValue } from './operationPhrases.js'
import { s3Arn } from './s3Arn.js'

/**
 * S3's marks on a bare answer: its 16-hex request id with its HostId (`x-amz-id-2`), or with
 * its `Access Denied` message; s3cmd's own `S3 error: 403`.
 */
const REQUEST_ID = /\b(?:RequestId|request id|x-amz-request-id)["']?\s?[:=]\s?["']?[0-9A-F]{16}\b/
const HOST_OR_MESSAGE =
  /\b(?:HostId|host id|x-amz-id-2)["']?\s?[:=]\s?["']?[A-Za-z0-9+/]{40,120}={0,2}|\bAccess Denied\b/
const S3CMD = /\bS3 error: 403\b/

/** `sync SRC DEST` not after `aws s3` (s3Transfer's), flags skipped. */
const SYNC =
  /(?<!\bs3 )\bsync\s+(?:--?[\w-]{1,40}(?:=\S{1,200})?\s+){0,6}([^\s-][^\s]{0,300})\s+([^\s-][^\s]{0,300})/

const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/?$/

/** Lines around the refusal the command and S3's marks may stand on. */
const AROUND = 6

export interface ScriptSync {
  /** `s3://bucket/prefix` or a bare bucket name, as printed. */
  dest: string
  from: string
}

function near(ctx: LogContext): string {
  const before = ctx.before.split('\n').slice(-AROUND).join('\n')
  const after = ctx.after.split('\n').slice(0, AROUND).join('\n')
  return `${ctx.command ?? ''}\n${before}\n${ctx.line}\n${after}`
}

/** An upload sync (local folder to a bucket) near a refusal S3 answered, or null. */
export function scriptSyncOf(ctx: LogContext): ScriptSync | null {
  const text = near(ctx)
  if (!((REQUEST_ID.test(text) && HOST_OR_MESSAGE.test(text)) || S3CMD.test(text))) return null
  const m = SYNC.exec(text)
  if (!m) return null
  const [source, dest] = [m[1]!, m[2]!]
  // A download (bucket to folder) or bucket to bucket is another set; the destination is an
  // s3:// URL or a bucket's bare name (webotron's), never a host path or another protocol.
  if (/:\/\//.test(source) || !(dest.startsWith('s3://') || BUCKET_NAME.test(dest))) return null
  return { dest, from: `the sync to ${dest} beside S3's answer (\`${m[0].slice(0, 80)}\`)` }
}

/** `bucket/prefix/*` of the destination (an s3:// URL or a bare bucket name). */
function prefixOf(dest: string): string {
  const rest = dest.replace(/^s3:\/\//, '')
  const slash = rest.indexOf('/')
  if (slash === -1) return `${rest}/*`
  const key = rest.slice(slash + 1)
  return `${rest.slice(0, slash)}/${key === '' || key.endsWith('/') ? key : `${key}/`}*`
}

/** The refused call: the puts, the calls a sync makes for every changed file. */
export function scriptSyncAction(ctx: LogContext, service: string | null): PhraseValue | null {
  if (service !== null && service !== 's3') return null
  const sync = scriptSyncOf(ctx)
  return sync ? { value: 's3:PutObject', from: sync.from } : null
}

/** The sync's listing of the destination bucket, which it compares before putting. */
export function scriptSyncCompanions(ctx: LogContext, action: string | null): CompanionNeed[] {
  if (action?.toLowerCase() !== 's3:putobject') return []
  const sync = scriptSyncOf(ctx)
  if (!sync) return []
  return [
    {
      action: 's3:ListBucket',
      resource: s3Arn('s3:ListBucket', prefixOf(sync.dest)),
      from: 'a sync lists the destination bucket to compare before it puts'
    }
  ]
}
