// A bare S3 refusal a server relayed from its storage backend (src/model/storageServers.ts): the
// server's words around it name the server, S3's marks say S3 answered. The whole documented set
// is what the server's credentials need: which of its calls failed, the log does not say.
import type { Denial } from '../model/Denial.js'
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'
import { STORAGE_SERVERS, type StorageServer } from '../model/storageServers.js'

/** S3's own marks on a relayed answer: the Go SDK's `host id`, its XML HostId, its words. */
const S3_MARKS = /\bhost id: |<HostId>|\bAccessDenied: Access Denied\b|\bs3aws: /

/** The refusal's line and a few around it, where S3's marks on the same answer stand. */
const AROUND = 4

export interface StorageServerDenial {
  server: InferredValue
  action: InferredValue
  resource: InferredValue | null
  companions: CompanionNeed[]
}

function near(ctx: LogContext): string {
  const before = ctx.before.split('\n').slice(-AROUND).join('\n')
  const after = ctx.after.split('\n').slice(0, AROUND).join('\n')
  return `${before}\n${ctx.line}\n${after}`
}

function found(text: string): { server: StorageServer; said: string } | null {
  for (const server of STORAGE_SERVERS) {
    const m = server.seen.exec(text)
    if (m) return { server, said: m[0] }
  }
  return null
}

export function storageServerOf(d: Denial, ctx: LogContext): StorageServerDenial | null {
  if (d.kind !== 'denial' || d.action || d.principal) return null
  if (d.service !== null && d.service !== 's3') return null
  if (!S3_MARKS.test(near(ctx))) return null
  // A server's log is the server's throughout: its words may stand farther off than S3's marks.
  const whole = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  const hit = found(whole)
  if (!hit) return null
  const { server, said } = hit
  const bucket = server.bucket?.exec(whole)?.[1] ?? null
  const bucketArn = bucket ? `arn:aws:s3:::${bucket}` : null
  // The log does not say which of the server's calls was refused: the set is granted whole.
  const from = `${server.name}'s documented S3 set for its storage backend`
  const [first, ...restOfBucket] = server.bucketActions
  return {
    server: { value: server.id, from: `\`${said.slice(0, 60)}\` in the log` },
    action: { value: first!, from },
    resource: bucketArn
      ? { value: bucketArn, from: `the bucket in ${server.name}'s configuration` }
      : null,
    companions: [
      ...restOfBucket.map((action) => ({
        action,
        resource: bucketArn,
        from: `${server.name}'s documented set grants it on the bucket`
      })),
      ...server.objectActions.map((action) => ({
        action,
        // Every object the server keeps, never one key: `/*` on the bucket's placeholder too.
        resource: `${bucketArn ?? 'arn:aws:s3:::<BUCKET_NAME>'}/*`,
        from: `${server.name}'s documented set grants it on the bucket's objects`
      }))
    ]
  }
}
