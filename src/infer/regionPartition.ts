// An ARN drafted from a log's words (an `s3://` URL, a bucket argument) is written in the standard
// partition; a command run in GovCloud or China (`--region us-gov-west-1`, h28-035) is evaluated in
// `aws-us-gov` or `aws-cn`, where an `arn:aws:` Resource matches nothing. The Region the command or
// the step's environment names gives the partition.
import type { LogContext } from '../model/Inferred.js'

const REGION = String.raw`([a-z]{2}(?:-[a-z]+)+-\d)`
const NAMED_REGION = new RegExp(
  String.raw`(?:--region[= ]+|\bAWS_(?:DEFAULT_)?REGION\s*[=:]\s*["']?)${REGION}\b`,
  'g'
)

/** The partition of a Region, by its documented prefixes; null for the standard one. */
export function partitionOfRegion(region: string): string | null {
  if (region.startsWith('us-gov-')) return 'aws-us-gov'
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-isob-')) return 'aws-iso-b'
  if (region.startsWith('us-iso-')) return 'aws-iso'
  return null
}

/**
 * GovCloud or China named in words (`It is running in GovCloud AWS.`, thanos-io/thanos#2792), or
 * by a Region of theirs anywhere (group 3).
 */
const PARTITION_WORDS =
  /\b(GovCloud)\b|\b(AWS China|Amazon Web Services China|\.amazonaws\.com\.cn)\b|\b((?:us-gov|cn)-[a-z]+-\d)\b/gi

/** The non-standard partitions a text names, each with the words that name it. */
export function partitionsNamedIn(text: string): Map<string, string> {
  const named = new Map<string, string>()
  for (const m of text.matchAll(PARTITION_WORDS)) {
    const partition = m[1] ? 'aws-us-gov' : m[2] ? 'aws-cn' : partitionOfRegion(m[3]!)
    if (partition) named.set(partition, m[0])
  }
  return named
}

/**
 * The one non-standard partition the step's Region names, with the Region; else the one the
 * text around names in words (`where` says which); null otherwise.
 */
export function namedPartition(
  ctx: LogContext
): { partition: string; region: string | null; where: string } | null {
  const text = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}`
  const found = new Map<string, string>()
  for (const m of text.matchAll(NAMED_REGION)) {
    const partition = partitionOfRegion(m[1]!) ?? 'aws'
    found.set(partition, m[1]!)
  }
  if (found.size === 1) {
    const [partition, region] = [...found][0]!
    return partition === 'aws'
      ? null
      : { partition, region, where: `of the Region ${region} the step names` }
  }
  if (found.size > 0) return null
  const words = partitionsNamedIn(`${text}\n${ctx.after}`)
  if (words.size !== 1) return null
  const [partition, said] = [...words][0]!
  return { partition, region: null, where: `the log names (\`${said}\`)` }
}

/** The drafted ARN in the named partition, when it was written in the standard one. */
export function inPartition(arn: string, named: { partition: string } | null): string {
  return named && arn.startsWith('arn:aws:') ? `arn:${named.partition}:${arn.slice(8)}` : arn
}
