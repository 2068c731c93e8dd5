// An offline reading of a role trust policy against one AssumeRoleWithWebIdentity request: which
// statement allows it, which Deny matches, and otherwise exactly which test failed and why.
// Pure. Covers what trust policies for web identity use: Effect, Principal (Federated / "*"),
// Action / NotAction, and Condition blocks (see conditionOperators.ts for the operators).
import type { TrustMismatch } from '../model/Oidc.js'
import { parseOperator, wildcardMatch, type ParsedOperator } from './conditionOperators.js'

export interface TrustRequest {
  /** `sts:AssumeRoleWithWebIdentity`. */
  action: string
  /** The IAM OIDC provider the token's issuer maps to in the role's account. */
  federatedProvider: string
  /** The request context: condition key (any case) to its values. */
  context: Record<string, string[]>
  /** Lower-case keys the token carries but AWS leaves out of the request, with why. */
  absentKeys?: Record<string, string>
}

export interface TrustVerdict {
  allowed: boolean
  allowedBy: string[]
  deniedBy: string[]
  mismatches: TrustMismatch[]
  /** What made the document hard to read (no Statement, a statement without Effect...). */
  problems: string[]
}

interface Statement {
  Sid?: unknown
  Effect?: unknown
  Principal?: unknown
  NotPrincipal?: unknown
  Action?: unknown
  NotAction?: unknown
  Condition?: unknown
}

const list = (v: unknown): string[] =>
  v === undefined || v === null
    ? []
    : (Array.isArray(v) ? v : [v])
        .filter((x) => ['string', 'number', 'boolean'].includes(typeof x))
        .map(String)

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The trust policy from what a user may hand us: the document, `aws iam get-role` output, or the
 * document as a (URL-encoded) JSON string as IAM's API returns it.
 */
export function readTrustPolicy(input: unknown): {
  statements: Statement[]
  problems: string[]
  /** The policy document itself (unwrapped and parsed), when there is one. */
  document?: Record<string, unknown>
} {
  let doc = input
  if (isObject(doc) && isObject(doc.Role)) doc = doc.Role
  if (isObject(doc) && 'AssumeRolePolicyDocument' in doc) doc = doc.AssumeRolePolicyDocument
  if (typeof doc === 'string') {
    let text = doc.trim()
    if (/^%7B/i.test(text)) {
      try {
        text = decodeURIComponent(text)
      } catch {
        /* kept as is; JSON.parse reports it */
      }
    }
    try {
      doc = JSON.parse(text) as unknown
    } catch {
      return { statements: [], problems: ['The trust policy is not JSON.'] }
    }
  }
  if (!isObject(doc) || doc.Statement === undefined) {
    return { statements: [], problems: ['The trust policy has no Statement.'] }
  }
  const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]
  const statements = raw.filter(isObject) as Statement[]
  const problems =
    statements.length < raw.length ? ['Some statements are not objects and were skipped.'] : []
  return { statements, problems, document: doc }
}

const labelOf = (s: Statement, i: number): string =>
  typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${i + 1}`

function actionMatches(s: Statement, action: string): boolean {
  const a = action.toLowerCase()
  const hit = (patterns: string[]) => patterns.some((p) => wildcardMatch(a, p.toLowerCase()))
  if (s.Action !== undefined) return hit(list(s.Action))
  if (s.NotAction !== undefined) return !hit(list(s.NotAction))
  return false
}

const ARN = /^arn:([^:]*):iam::(\d{12}|[^:]*):oidc-provider\/(.+)$/i

/** Why a written Federated principal is not the request's provider, in the user's terms. */
function providerReason(written: string[], provider: string): string {
  const want = ARN.exec(provider)
  for (const w of written) {
    const got = ARN.exec(w)
    if (!got || !want) continue
    if (got[3]!.toLowerCase() !== want[3]!.toLowerCase()) continue
    if (got[2] !== want[2]) {
      return `the Federated principal names the provider in account ${got[2]}; the role is in account ${want[2]}, whose own provider must be named`
    }
    if (got[1] !== want[1])
      return `the Federated principal is in partition ${got[1]}, not ${want[1]}`
  }
  if (written.some((w) => w.toLowerCase() === provider.toLowerCase())) {
    return 'the Federated principal differs from the provider ARN only in case'
  }
  return written.length === 0
    ? 'the statement has no Federated principal'
    : "the Federated principal is not this account's provider for the token's issuer"
}

function principalMatches(s: Statement, provider: string): { ok: boolean; written: string[] } {
  const match = (p: unknown): boolean => {
    if (p === '*') return true
    if (!isObject(p)) return false
    if (list(p.AWS).includes('*')) return true
    return list(p.Federated).some((w) => w === provider)
  }
  const written = isObject(s.Principal) ? list(s.Principal.Federated) : list(s.Principal)
  if (s.Principal !== undefined) return { ok: match(s.Principal), written }
  if (s.NotPrincipal !== undefined) return { ok: !match(s.NotPrincipal), written: [] }
  return { ok: false, written }
}

interface ConditionFailure {
  operator: string
  key: string
  expected: string[]
  presented: string[] | null
  reason: string
}

function present(context: Map<string, string[]>, key: string): string[] | null {
  const values = context.get(key.toLowerCase())
  return values && values.length > 0 ? values : null
}

function testCondition(
  op: ParsedOperator,
  expected: string[],
  presented: string[] | null
): boolean | null {
  if (op.isNull) {
    const wantAbsent = expected.some((e) => e.toLowerCase() === 'true')
    return wantAbsent === (presented === null)
  }
  if (!op.rule) return null
  const rule = op.rule
  if (presented === null) {
    if (op.ifExists || op.qualifier === 'ForAllValues') return true
    if (op.qualifier === 'ForAnyValue') return false
    return rule.negated
  }
  const anyMatch = (v: string) => expected.some((e) => rule.matches(v, e))
  if (op.qualifier === 'ForAllValues') {
    return rule.negated ? presented.every((v) => !anyMatch(v)) : presented.every(anyMatch)
  }
  if (op.qualifier === 'ForAnyValue' && rule.negated) return presented.some((v) => !anyMatch(v))
  return rule.negated ? !presented.some(anyMatch) : presented.some(anyMatch)
}

function failureReason(
  op: ParsedOperator,
  key: string,
  expected: string[],
  presented: string[] | null,
  absentKeys: Record<string, string>
): string {
  if (!op.isNull && !op.rule) return `whydenied does not evaluate the ${op.written} operator`
  if (op.isNull) {
    return presented === null ? `the request has no ${key}` : `the request has ${key}`
  }
  if (presented === null) {
    return absentKeys[key.toLowerCase()] ?? `the request has no ${key}`
  }
  if (op.rule!.negated) return 'the presented value is one the condition excludes'
  const lower = (values: string[]) => values.map((v) => v.toLowerCase())
  if (testCondition(op, lower(expected), lower(presented)) === true) {
    return 'it matches only when case is ignored: condition values are case-sensitive'
  }
  if (op.qualifier === 'ForAllValues') return 'not every presented value is allowed'
  if (
    /^string(not)?equals$/i.test(op.written.replace(/^for(any|all)values:|ifexists$/gi, '')) &&
    expected.some((e) => /[*?]/.test(e))
  ) {
    return `${op.written} compares literally: * and ? are wildcards only in StringLike`
  }
  return 'no written value matches the presented value'
}

function conditionFailures(
  condition: unknown,
  context: Map<string, string[]>,
  absentKeys: Record<string, string>
): ConditionFailure[] {
  if (condition === undefined) return []
  if (!isObject(condition)) {
    return [
      {
        operator: 'Condition',
        key: '',
        expected: [],
        presented: null,
        reason: 'the Condition block is not an object'
      }
    ]
  }
  const failures: ConditionFailure[] = []
  for (const [written, block] of Object.entries(condition)) {
    const op = parseOperator(written)
    if (!isObject(block)) continue
    for (const [key, value] of Object.entries(block)) {
      const expected = list(value)
      const presented = present(context, key)
      if (testCondition(op, expected, presented) === true) continue
      failures.push({
        operator: written,
        key,
        expected,
        presented,
        reason: failureReason(op, key, expected, presented, absentKeys)
      })
    }
  }
  return failures
}

export function evaluateTrustPolicy(policy: unknown, request: TrustRequest): TrustVerdict {
  const { statements, problems } = readTrustPolicy(policy)
  const context = new Map(
    Object.entries(request.context).map(([k, v]) => [k.toLowerCase(), v] as const)
  )
  const absentKeys = request.absentKeys ?? {}
  const allowedBy: string[] = []
  const deniedBy: string[] = []
  const failed: { candidate: boolean; mismatches: TrustMismatch[] }[] = []
  statements.forEach((s, i) => {
    const label = labelOf(s, i)
    const effect = typeof s.Effect === 'string' ? s.Effect : ''
    if (!/^(allow|deny)$/i.test(effect)) {
      problems.push(`Statement ${label} has no Effect of Allow or Deny and was skipped.`)
      return
    }
    const action = actionMatches(s, request.action)
    const principal = principalMatches(s, request.federatedProvider)
    const conditions = conditionFailures(s.Condition, context, absentKeys)
    const applies = action && principal.ok && conditions.length === 0
    if (/^deny$/i.test(effect)) {
      if (applies) deniedBy.push(label)
      return
    }
    if (applies) {
      allowedBy.push(label)
      return
    }
    const mismatches: TrustMismatch[] = []
    if (!action) {
      mismatches.push({
        statement: label,
        operator: s.Action !== undefined ? 'Action' : 'NotAction',
        key: 'Action',
        expected: list(s.Action ?? s.NotAction),
        presented: [request.action],
        reason: `the statement does not allow ${request.action}`
      })
    }
    if (!principal.ok) {
      mismatches.push({
        statement: label,
        operator: 'Principal',
        key: 'Federated',
        expected: principal.written,
        presented: [request.federatedProvider],
        reason: providerReason(principal.written, request.federatedProvider)
      })
    }
    for (const c of conditions) mismatches.push({ statement: label, ...c })
    // A statement for this action and a federated (or any) principal is the one meant for us.
    failed.push({ candidate: action && (principal.ok || principal.written.length > 0), mismatches })
  })
  const allowed = allowedBy.length > 0 && deniedBy.length === 0
  const denials: TrustMismatch[] = deniedBy.map((label) => ({
    statement: label,
    operator: 'Deny',
    key: '',
    expected: [],
    presented: null,
    reason: 'an explicit Deny statement matches this request, and a Deny always wins'
  }))
  if (allowed) return { allowed, allowedBy, deniedBy, mismatches: [], problems }
  const candidates = failed.filter((f) => f.candidate)
  const chosen = allowedBy.length > 0 ? [] : candidates.length > 0 ? candidates : failed
  return {
    allowed,
    allowedBy,
    deniedBy,
    mismatches: [...denials, ...chosen.flatMap((f) => f.mismatches)],
    problems
  }
}
