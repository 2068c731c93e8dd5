// Logs often mask account IDs and names (`***`, `<account-id>`, `xxxx`). A masked value can't be
// pasted into a policy, so it becomes a named placeholder the notes ask the reader to fill in.

const MASK = /^(\*{2,}|[xX]{3,}|<[^<>]*>|\.{3}|…|#{3,}|X+-?X+)$/

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
 * `aws`, `*` or empty), the region, and fully masked path segments (`user/****` → `user/<USER_NAME>`).
 */
export function unmaskArn(p: Placeholders, arn: string): string {
  const fields = arn.split(':')
  if (fields.length < 6 || fields[0] !== 'arn') return arn
  if (isMasked(fields[1]!)) fields[1] = 'aws'
  if (!REGION.test(fields[3]!)) fields[3] = placeholder(p, 'REGION', 'the AWS Region')
  if (!ACCOUNT.test(fields[4]!)) {
    fields[4] = placeholder(
      p,
      'ACCOUNT_ID',
      'the 12-digit AWS account ID (the log does not show it)'
    )
  }
  const rest = fields.slice(5).join(':')
  const segments = rest.split('/')
  const unmasked = segments.map((segment, i) =>
    i > 0 && (isMasked(segment) || /\*{2,}/.test(segment))
      ? placeholder(p, nameFor(segments[i - 1]), `the ${segments[i - 1]} name (the log masked it)`)
      : segment
  )
  return [...fields.slice(0, 5), unmasked.join('/')].join(':')
}

/** An account ID field as printed → itself when real, else the placeholder. */
export function unmaskAccount(p: Placeholders, account: string | null): string {
  if (account && /^\d{12}$/.test(account)) return account
  return placeholder(p, 'ACCOUNT_ID', 'the 12-digit AWS account ID (the log does not show it)')
}

export function placeholderNotes(p: Placeholders): string[] {
  return [...p.used.entries()].map(
    ([token, meaning]) => `Replace ${token} with ${meaning} before applying.`
  )
}
