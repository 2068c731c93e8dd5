// A bucket-to-bucket copy (`aws s3 sync s3://A s3://B`, `copy failed: s3://A/k to s3://B/k`): one
// CopyObject request reads the source and writes the destination with the caller's credentials,
// so both buckets are in play. Read from the line and the step's command; bounded regexes only.
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'
import { s3Arn } from './s3Arn.js'

/** A URL as printed: a reporter's placeholder (`s3://BUCKET_A`) or mask (`s3://***`, h118-001) is kept for the words. */
const URL = 's3:\\/\\/[A-Za-z0-9._<>{}$*-]{1,63}(?:\\/[^\\s\'"`,;)\\]}]{0,1024})?'
const COMMAND = new RegExp(
  `\\baws\\s+s3\\s+(?<verb>sync|cp|mv)\\b[^\\n]{0,400}?(?<source>${URL})\\s+(?:--?[\\w-]+(?:[= ][^\\s]+)?\\s+){0,6}(?<dest>${URL})`
)
const FAILED = new RegExp(`\\b(?:copy|move) failed: (?<source>${URL}) to (?<dest>${URL})`)

/**
 * A tool that names its copy's two objects as bucket/key with an arrow (clickhouse-backup's
 * `S3->CopyObject data2/ftx/… -> my-bucket/backups/…/ftx/…`, Altinity/clickhouse-backup#1025).
 */
const BUCKET_KEY = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\/[^\\s\'"`,;]{1,1024}'
const ARROW = new RegExp(
  `\\bCopyObject[ \\t]+(?<source>${BUCKET_KEY})[ \\t]+->[ \\t]+(?<dest>${BUCKET_KEY})`
)

export interface S3CopyPair {
  source: string
  dest: string
  /** sync or --recursive: many keys, listed first. */
  recursive: boolean
  from: string
}

function trimmed(url: string): string {
  return url.replace(/[.,:;]+$/, '')
}

export function s3CopyPairOf(ctx: LogContext): S3CopyPair | null {
  const command = commandPairOf(ctx)
  const failed = FAILED.exec(ctx.line)
  if (failed) {
    const source = trimmed(failed.groups!.source!)
    const dest = trimmed(failed.groups!.dest!)
    // A sync's failed line under its command: every key of the command's prefixes fails alike,
    // so the grant is the prefixes', not the one key (heldout21 review, h21-049).
    if (command?.recursive && source.startsWith(command.source) && dest.startsWith(command.dest))
      return { ...command, from: `${command.from} and its failed copy lines` }
    const tree = command ? null : treeRoots(source, dest)
    if (tree) return tree
    return { source, dest, recursive: false, from: 'the failed copy line' }
  }
  const arrow = ARROW.exec(ctx.line)
  if (arrow) {
    return {
      source: `s3://${arrow.groups!.source!}`,
      dest: `s3://${arrow.groups!.dest!}`,
      recursive: false,
      from: "the tool's copy line (source -> destination)"
    }
  }
  return command
}

/**
 * A failed line whose two keys end in the same folder and file under different prefixes
 * (`A/x/f.jpg` to `B/courses/x/f.jpg`, heldout29's unseen-logs check u31-007): a sync or
 * recursive copy of a tree, its roots what is left before that shared path. Every key under them fails alike, so the grant is the roots'.
 */
function treeRoots(source: string, dest: string): S3CopyPair | null {
  const from = source.slice('s3://'.length).split('/')
  const to = dest.slice('s3://'.length).split('/')
  let shared = 0
  while (
    shared < Math.min(from.length, to.length) - 1 &&
    from[from.length - 1 - shared] === to[to.length - 1 - shared] &&
    from[from.length - 1 - shared] !== ''
  )
    shared++
  // The file alone is shared by any two copies of it: a folder above it must be too. The same
  // key on both sides may be a copy of named objects (a Quick Start's copy function, h8-082);
  // a tree moved under another prefix is a sync's or a recursive copy's.
  if (shared < 2) return null
  const keyRoot = (parts: string[]): string => parts.slice(1, parts.length - shared).join('/')
  if (keyRoot(from) === keyRoot(to)) return null
  const root = (parts: string[]): string =>
    `s3://${parts.slice(0, parts.length - shared).join('/')}`
  return {
    source: root(from),
    dest: root(to),
    recursive: true,
    from: 'the failed copy line (both keys end in the same folder and file: a sync or recursive copy of a tree)'
  }
}

/** The copy an `aws s3 sync|cp|mv` command names: on the line, as the step's, or just above. */
function commandPairOf(ctx: LogContext): S3CopyPair | null {
  for (const [text, from] of [
    [ctx.line, 'the aws s3 command on the line'],
    [ctx.command ?? '', "the step's aws s3 command"],
    [ctx.before.split('\n').slice(-3).join('\n'), 'the aws s3 command above']
  ] as const) {
    const m = COMMAND.exec(text)
    if (!m) continue
    return {
      source: trimmed(m.groups!.source!),
      dest: trimmed(m.groups!.dest!),
      recursive: m.groups!.verb === 'sync' || /\s--recursive\b/.test(m[0]),
      from
    }
  }
  return null
}

const BUCKET = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]'
// A label in any case, its name on the same line or the next (`console.log('Source bucket name:\n', b)`).
const AFTER_LABEL = `[:=](?:[^\\S\\n]{0,4}|\\n ?)['"]?`
const LABEL_SOURCE = new RegExp(`\\b[Ss]ource [Bb]ucket(?: [Nn]ame)?${AFTER_LABEL}(${BUCKET})\\b`)
const LABEL_KEY = new RegExp(
  `\\b[Ss]ource (?:[Kk]ey|[Bb]ucket [Ff]ilename)${AFTER_LABEL}([^\\s'"]{1,1024})`
)
const LABEL_DEST = new RegExp(
  `\\b[Dd]estination [Bb]ucket(?: [Nn]ame)?${AFTER_LABEL}(${BUCKET})\\b`
)
/** Lines above the refusal the tool's copy labels may stand on (one per label, a request id each). */
const LABELS_ABOVE = 8

/**
 * The copy a tool printed label by label before the refusal: LambStatus's custom resource logs
 * `source bucket name: B`, `source key: K`, `destination bucket name: D` (ks888/LambStatus#6). A
 * key without a file extension is a folder, copied key by key after listing it.
 */
export function s3CopyLabelledOf(ctx: LogContext): S3CopyPair | null {
  const text = `${ctx.before.split('\n').slice(-LABELS_ABOVE).join('\n')}\n${ctx.line}`
  const source = LABEL_SOURCE.exec(text)?.[1]
  const dest = LABEL_DEST.exec(text)?.[1]
  if (!source || !dest || source === dest) return null
  const key = LABEL_KEY.exec(text)?.[1]?.replace(/^\/+/, '') ?? ''
  return {
    source: `s3://${source}${key ? `/${key}` : ''}`,
    dest: `s3://${dest}`,
    // A version folder (`admin-page/0.1.2`) has dots too: an extension holds a letter.
    recursive: !/\.(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,8}$/.test(key),
    from: 'the source and destination buckets the tool printed before the refusal'
  }
}

/** The rest of a labelled copy whose refused side is not shown: the write of the destination. */
export function s3CopyDestinationNeed(p: S3CopyPair): CompanionNeed[] {
  const dest = s3CopyDestination({ ...p, recursive: true })
  return dest
    ? [{ action: 's3:PutObject', resource: dest, from: `the copy writes to ${p.dest}` }]
    : []
}

export function s3CopyValue(p: S3CopyPair): InferredValue {
  return { value: `${p.source} ${p.dest}`, from: p.from }
}

/** `bucket/key` of a URL, a recursive copy's key turned into its prefix and `*`. */
function bucketKey(url: string, recursive: boolean): string {
  const rest = url.slice('s3://'.length)
  if (!recursive) return rest
  const slash = rest.indexOf('/')
  if (slash === -1) return `${rest}/*`
  const key = rest.slice(slash + 1)
  return `${rest.slice(0, slash)}/${key === '' || key.endsWith('/') ? key : `${key}/`}*`
}

/** The destination object ARN the refused write needs; null when the name is no bucket name. */
export function s3CopyDestination(p: S3CopyPair): string | null {
  return s3Arn('s3:PutObject', bucketKey(p.dest, p.recursive))
}

/**
 * The source objects a refused read needs: a sync's or recursive copy's source prefix when the
 * command shows one (every key fails alike), else the one key the failed line names.
 */
export function s3CopySource(p: S3CopyPair, action: string, ctx: LogContext): string | null {
  const command = p.recursive ? p : s3CopyPairOf({ ...ctx, line: '' })
  const many = command?.recursive === true && p.source.startsWith(command.source)
  return s3Arn(action, bucketKey(many ? command.source : p.source, many))
}

/** The source side: GetObject on what is read, ListBucket on its bucket for a recursive copy. */
export function s3CopyCompanions(p: S3CopyPair): CompanionNeed[] {
  const object = s3Arn('s3:GetObject', bucketKey(p.source, p.recursive))
  if (!object) return []
  const needs: CompanionNeed[] = [
    {
      action: 's3:GetObject',
      resource: object,
      from: `the copy reads its source ${p.source} with the same credentials`
    }
  ]
  if (p.recursive) {
    needs.push({
      action: 's3:ListBucket',
      resource: object.replace(/\/.*$/, ''),
      from: `a recursive copy or sync lists the source bucket first`
    })
  }
  return needs
}
