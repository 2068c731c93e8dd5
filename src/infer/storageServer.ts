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
  // A server's log is the server's throughout: its words may stand farther off than S3's marks,
  // or in the command that printed it (`docker logs tfe-archivist`).
  const whole = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`
  const hit = found(whole)
  if (!hit) return null
  const { server, said } = hit
  const bucket = server.bucket?.exec(whole)?.[1] ?? null
  const bucketArn = bucket ? `arn:aws:s3:::${bucket}` : null
  // The server's words may name the refused call (TFE's `http.delete: Failed deleting`): that
  // action leads. Else the log does not say which of its calls was refused: the set leads with
  // its first bucket action. Either way the set is granted whole.
  const call = server.calls?.find((c) => c.said.test(`${ctx.line}\n${ctx.before}`))
  const callSaid = call ? call.said.exec(`${ctx.line}\n${ctx.before}`)![0] : null
  const from = `${server.name}'s documented S3 set for its storage backend`
  const objects = `${bucketArn ?? 'arn:aws:s3:::<BUCKET_NAME>'}/*`
  const lead = call?.action ?? server.bucketActions[0]!
  const leadOnObjects = server.objectActions.includes(lead) && !server.bucketActions.includes(lead)
  return {
    server: { value: server.id, from: `\`${said.slice(0, 60)}\` in the log` },
    action: call
      ? { value: lead, from: `${server.name}'s own words for the refused call (\`${callSaid}\`)` }
      : { value: lead, from },
    resource: leadOnObjects
      ? { value: objects, from: `every object ${server.name} keeps in its bucket` }
      : bucketArn
        ? { value: bucketArn, from: `the bucket in ${server.name}'s configuration` }
        : null,
    companions: [
      ...server.bucketActions
        .filter((action) => action !== lead)
        .map((action) => ({
          action,
          resource: bucketArn,
          from: `${server.name}'s documented set grants it on the bucket`
        })),
      ...server.objectActions
        .filter((action) => action !== lead)
        .map((action) => ({
          action,
          // Every object the server keeps, never one key: `/*` on the bucket's placeholder too.
          resource: objects,
          from: `${server.name}'s documented set grants it on the bucket's objects`
        }))
    ]
  }
}
