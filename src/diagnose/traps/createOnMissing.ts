// WD930: a client that calls CreateBucket only because it decided the bucket is missing, or
// CreateTable by default (src/model/createOnMissingClients.ts). Its refusal first asks about the
// bucket's name, Region and existence check (or how to turn the table's creation off); the create
// grant is the alternative, for a job meant to create them (heldout13 review, h13-156).
import type { Trap, TrapInput } from '../Trap.js'
import { CREATE_ON_MISSING_CLIENTS } from '../../model/createOnMissingClients.js'

function clientOf({ inferred }: TrapInput) {
  const id = inferred?.signals?.['create-on-missing']?.value
  return CREATE_ON_MISSING_CLIENTS.find((c) => c.id === id)
}

const bucketOf = ({ d, inferred }: TrapInput): string | null =>
  /^arn:aws[\w-]*:s3:::([^/]+)$/.exec(d.resource ?? inferred?.resource?.value ?? '')?.[1] ?? null

export const createOnMissing: Trap = {
  id: 'create-on-missing',
  lead: true,
  applies: (x) => x.d.kind === 'denial' && x.d.deny !== 'explicit' && clientOf(x) !== undefined,
  advice: (x) => {
    const client = clientOf(x)!
    if (client.creates === 'table') {
      const table = /:table\/([^/]+)$/.exec(x.d.resource ?? '')?.[1]
      const it = table ? `\`${table}\`` : 'the table'
      return (
        `${client.name} calls CreateTable itself, by default, for ${it} (and DescribeTable until it is active), whether or not the table exists: a role meant only to read and write items is refused. ` +
        `To keep it from doing so, ${client.skip}. Grant dynamodb:CreateTable only if the application is meant to create its tables.`
      )
    }
    const bucket = bucketOf(x)
    const it = bucket ? `\`${bucket}\`` : 'the bucket'
    return (
      `${client.name} calls CreateBucket only when it decides ${it} is missing: its existence check failed, or the name or Region is not the bucket's. ` +
      `Check those first: \`aws s3api head-bucket --bucket ${bucket ?? 'BUCKET'}\` with the same credentials answers 404 when no such bucket exists, 403 when it exists but these credentials may not see it (another account's bucket, or no s3:ListBucket), and 301 when it is in another Region than the one configured. ` +
      `Then create the bucket beforehand, or ${client.skip}. Grant s3:CreateBucket only if the job is meant to create buckets.`
    )
  }
}
