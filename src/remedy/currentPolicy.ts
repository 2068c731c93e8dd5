// `--current-policy`: compare the proposed statements with the target's current document, so the
// diff adds only what is missing and a fix that is already there says the cause lies elsewhere.
import type { PolicyStatement } from '../model/Remedy.js'
import { parseArn } from '../model/Arn.js'
import { escapeRegExp } from '../common/escapeRegExp.js'

export interface PolicyDocument {
  Version: string
  Statement: Record<string, unknown>[]
  [key: string]: unknown
}

export function parsePolicyDocument(value: unknown): PolicyDocument | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const doc = value as Record<string, unknown>
  const raw = doc.Statement
  const statements = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : null
  if (
    !statements ||
    statements.some((s) => typeof s !== 'object' || s === null || Array.isArray(s))
  ) {
    return null
  }
  return {
    ...doc,
    Version: typeof doc.Version === 'string' ? doc.Version : '2012-10-17',
    Statement: statements as Record<string, unknown>[]
  }
}

/** True when the document's statements name principals (resource-based or trust policy). */
export function isResourceDocument(doc: PolicyDocument): boolean {
  return doc.Statement.some((s) => 'Principal' in s || 'NotPrincipal' in s)
}

const asList = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? [v]
      : []

function wildcard(pattern: string, value: string, caseInsensitive: boolean): boolean {
  // IAM wildcards: `*` any run of characters, `?` one character; everything else literal.
  const source = pattern
    .split(/([*?])/)
    .map((piece) => (piece === '*' ? '.*' : piece === '?' ? '.' : escapeRegExp(piece)))
    .join('')
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's').test(value)
}

function principalCovers(existing: unknown, type: string, value: string): boolean {
  if (existing === '*') return true
  if (typeof existing !== 'object' || existing === null) return false
  const entries = asList((existing as Record<string, unknown>)[type])
  const account = parseArn(value)?.account
  return entries.some(
    (e) =>
      e === '*' ||
      e === value ||
      (type === 'AWS' &&
        account !== undefined &&
        account !== '' &&
        (e === account || /^arn:[^:]+:iam::(\d{12}):root$/.exec(e)?.[1] === account))
  )
}

/**
 * How an existing condition operator decides whether it admits our value. Negated operators
 * (`StringNotEquals`...) and orderings (`NumericLessThan`...) never vouch for a value: the
 * statement is then treated as not covering it, and the fix is proposed.
 */
const OPERATORS: { op: RegExp; admits: (pattern: string, value: string) => boolean }[] = [
  // ArnEquals takes wildcards exactly like ArnLike.
  { op: /^(StringLike|ArnLike|ArnEquals)$/, admits: (p, v) => wildcard(p, v, false) },
  { op: /^StringEqualsIgnoreCase$/, admits: (p, v) => p.toLowerCase() === v.toLowerCase() },
  {
    op: /^(StringEquals|NumericEquals|DateEquals|BinaryEquals|Bool|IpAddress)$/,
    admits: (p, v) => p === v
  }
]

function admitsOf(operator: string): ((pattern: string, value: string) => boolean) | null {
  // Set qualifiers and IfExists do not change how one value compares.
  const base = operator.replace(/^For(AnyValue|AllValues):/, '').replace(/IfExists$/, '')
  return OPERATORS.find((o) => o.op.test(base))?.admits ?? null
}

function conditionCovers(existing: unknown, ours: PolicyStatement['Condition']): boolean {
  if (!ours) return true
  const blocks = (typeof existing === 'object' && existing !== null ? existing : {}) as Record<
    string,
    Record<string, unknown>
  >
  return Object.values(ours).every((entries) =>
    Object.entries(entries).every(([key, values]) => {
      const wanted = asList(values)
      return Object.entries(blocks).some(([op, block]) => {
        const admits = admitsOf(op)
        const patterns = asList(block?.[key])
        return (
          admits !== null &&
          patterns.length > 0 &&
          wanted.every((w) => patterns.some((p) => admits(p, w)))
        )
      })
    })
  )
}

export interface Coverage {
  present: boolean
  /** Sid (or position) of the existing statement that covers it. */
  by: string | null
  /** The covering statement has conditions of its own: they may be why the request failed. */
  conditional: boolean
}

const label = (s: Record<string, unknown>, i: number): string =>
  typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`

function matching(
  doc: PolicyDocument,
  s: PolicyStatement,
  effect: 'Allow' | 'Deny'
): { statement: Record<string, unknown>; index: number }[] {
  const actions = asList(s.Action)
  const resources = s.Resource === undefined ? [null] : asList(s.Resource)
  const principals = Object.entries(s.Principal ?? {}).flatMap(([type, v]) =>
    asList(v).map((value) => [type, value] as const)
  )
  const found: { statement: Record<string, unknown>; index: number }[] = []
  doc.Statement.forEach((e, index) => {
    if (e.Effect !== effect || 'NotAction' in e || 'NotResource' in e || 'NotPrincipal' in e) return
    const allowed = asList(e.Action)
    const allowedResources = asList(e.Resource)
    const ok =
      actions.every((a) => allowed.some((p) => wildcard(p, a, true))) &&
      resources.every((r) => r === null || allowedResources.some((p) => wildcard(p, r, false))) &&
      principals.every(([type, value]) => principalCovers(e.Principal, type, value)) &&
      (effect === 'Deny' || conditionCovers(e.Condition, s.Condition))
    if (ok) found.push({ statement: e, index })
  })
  return found
}

export function coverage(doc: PolicyDocument, s: PolicyStatement): Coverage {
  const found = matching(doc, s, 'Allow')
  if (found.length === 0) return { present: false, by: null, conditional: false }
  const unconditional = found.find((f) => !f.statement.Condition || s.Condition)
  const pick = unconditional ?? found[0]!
  return { present: true, by: label(pick.statement, pick.index), conditional: !unconditional }
}

/** Sids of Deny statements in the current document that match the proposed statement. */
export function denials(doc: PolicyDocument, s: PolicyStatement): string[] {
  return matching(doc, s, 'Deny').map((f) => label(f.statement, f.index))
}
