// Logs often mask account IDs and names (`***`, `<account-id>`, `xxxx`). A masked value can't be
// pasted into a policy, so it becomes a named placeholder the notes ask the reader to fill in.
import { formatArn, parseArn } from '../model/Arn.js'

/** A name cut short by the reporter or the tool (`cdk-hnb659fds-cfn-exec-role-...`). */
const ELISION = /(?:\.{3}|…)$/

const MASK = /^(\*{2,}|[xX]{3,}|<+[^<>]*>+|\{[A-Za-z_ -]+\}|\.{3}|…|#{3,}|X+-?X+)$/

export function isMasked(value: string): boolean {
  return MASK.test(value.trim())
}

export interface Placeholders {
  /** Placeholder → what the reader must put there. */
  used: Map<string, string>
}

export function newPlaceholders(): Placeholders {
  return { used: new Map() }
}

export function placeholder(p: Placeholders, name: string, meaning: string): string {
  const token = `<${name}>`
  p.used.set(token, meaning)
  return token
}

// `*` in an account field is a log's redaction, never a wildcard to paste.
const ACCOUNT = /^(\d{12}|aws|)$/
const REGION = /^([a-z]{2}(-[a-z]+)+-\d+|\*|)$/

function nameFor(typeWord: string | undefined): string {
  const word = (typeWord ?? 'resource').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase()
  return `${word || 'RESOURCE'}_NAME`
}

/**
 * Replaces masked parts of an ARN with placeholders: the account field (anything but 12 digits,
 * `aws` or empty: a `*` there is redaction), the region, and fully masked path segments (`user/****` → `user/<USER_NAME>`).
 */
export function unmaskArn(p: Placeholders, arn: string): string {
  const parts = parseArn(arn)
  if (!parts) return arn
  if (isMasked(parts.partition)) parts.partition = 'aws'
  if (!REGION.test(parts.region)) parts.region = placeholder(p, 'REGION', 'the AWS Region')
  if (!ACCOUNT.test(parts.account)) {
    parts.account = placeholder(
      p,
      'ACCOUNT_ID',
      'the 12-digit AWS account ID (the log does not show it)'
    )
  }
  // Separators kept (odd indexes): `log-group:/aws/x/xxxx:log-stream` masks a `:`-delimited name.
  const pieces = parts.resource.split(/([/:])/)
  const named = (i: number): string | undefined =>
    pieces
      .slice(0, i - 1)
      .reverse()
      .find(Boolean)
  // S3's resource starts with the bucket name itself (`***/prefix/*`), not a type word.
  const first = parts.service === 's3' ? 0 : 2
  const unmasked = pieces.map((piece, i) =>
    i >= first && i % 2 === 0 && (isMasked(piece) || /\*{2,}/.test(piece))
      ? i === 0
        ? placeholder(p, 'BUCKET_NAME', 'the bucket name (the log masked it)')
        : placeholder(
            p,
            nameFor(named(i)),
            `the ${named(i) ?? 'resource'} name (the log masked it)`
          )
      : i > 0 && i % 2 === 0 && ELISION.test(piece)
        ? placeholder(
            p,
            nameFor(named(i)),
            `the ${named(i) ?? 'resource'} name (the log cut it short: \`${piece}\`)`
          )
        : piece
  )
  return formatArn({ ...parts, resource: unmasked.join('') })
}

/** An account ID field as printed → itself when real, else the placeholder. */
export function unmaskAccount(p: Placeholders, account: string | null): string {
  if (account && /^\d{12}$/.test(account)) return account
  return placeholder(p, 'ACCOUNT_ID', 'the 12-digit AWS account ID (the log does not show it)')
}

/**
 * One note per placeholder the reader will meet in `shown` (the statements and their paste-ready
 * forms). A placeholder made only for a name nothing prints (a holder, an identifier that was
 * sanitised) would ask the reader to fill in something they cannot find.
 */
export function placeholderNotes(p: Placeholders, shown: string): string[] {
  return [...p.used.entries()]
    .filter(([token]) => shown.includes(token))
    .map(([token, meaning]) => `Replace ${token} with ${meaning} before applying.`)
}
