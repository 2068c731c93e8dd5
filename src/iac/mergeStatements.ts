// Adds a remedy's actions to the statement the file already has for the same effect, resources,
// principals and conditions, so the policy grows by a line rather than a near-duplicate block.
// Each syntax reads its statements into ExistingStatement; everything else here is shared.
import type { PolicyStatement } from '../model/Remedy.js'

/** A replacement of [start, end) of the original text. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** What a statement grants, in a form two syntaxes compare equal; OPAQUE for parts not literal. */
export const OPAQUE = Symbol('opaque')
export type Literal = string | Literal[] | { [key: string]: Literal } | typeof OPAQUE

export interface StatementShape {
  effect?: Literal
  resources?: Literal
  principals?: Literal
  conditions?: Literal
  /** NotAction, NotResource, NotPrincipal: such a statement is never extended. */
  negated?: boolean
}

export interface ExistingStatement {
  /** Null when a part is not a literal (a reference, a function call): never matched. */
  key: string | null
  /** The actions it already lists, as written. */
  actions: string[]
  /** The edit that adds these actions to its action list, or null when it cannot. */
  addActions(actions: string[]): Edit | null
}

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v]

function hasOpaque(v: Literal | undefined): boolean {
  if (v === OPAQUE) return true
  if (Array.isArray(v)) return v.some(hasOpaque)
  if (v && typeof v === 'object') return Object.values(v).some(hasOpaque)
  return false
}

/** Strings of a literal that may be one value or a list (IAM accepts both). */
function strings(v: Literal | undefined): string[] {
  if (v === undefined) return []
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
}

const sorted = (v: string[]) => [...new Set(v)].sort()

/** `{ "AWS": "a" }` and `{ AWS: ["a"] }` are one principal; `"*"` is `{ AWS: ["*"] }`. */
function principalKey(v: Literal | undefined): Record<string, string[]> {
  if (v === undefined) return {}
  if (typeof v === 'string') return { AWS: [v] }
  const out: Record<string, string[]> = {}
  for (const [type, ids] of Object.entries(v as Record<string, Literal>).sort())
    out[type] = sorted(strings(ids))
  return out
}

function conditionKey(v: Literal | undefined): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {}
  for (const [op, entries] of Object.entries((v ?? {}) as Record<string, Literal>).sort()) {
    const inner: Record<string, string[]> = {}
    for (const [variable, values] of Object.entries(entries as Record<string, Literal>).sort())
      inner[variable.toLowerCase()] = sorted(strings(values))
    out[op] = inner
  }
  return out
}

/** Effect, resources, principals and conditions as one comparable string. */
export function shapeKey(s: StatementShape): string | null {
  const parts: (Literal | undefined)[] = [s.effect, s.resources, s.principals, s.conditions]
  if (s.negated || parts.some(hasOpaque)) return null
  if (s.effect !== undefined && typeof s.effect !== 'string') return null
  if (
    s.conditions !== undefined &&
    (typeof s.conditions !== 'object' || Array.isArray(s.conditions))
  )
    return null
  return JSON.stringify([
    s.effect ?? 'Allow',
    sorted(strings(s.resources)),
    principalKey(s.principals),
    conditionKey(s.conditions)
  ])
}

export function remedyKey(s: PolicyStatement): string | null {
  return shapeKey({
    effect: s.Effect,
    resources: s.Resource,
    principals: s.Principal,
    conditions: s.Condition
  })
}

/** Longest common prefix of two texts. */
function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * The text with each statement merged into its matching existing statement, and the rest added
 * by `append` (the syntax's new-statement writer). Falls back to appending every statement when
 * an edit would land inside what `append` changed.
 */
export function mergeStatements(
  text: string,
  existing: ExistingStatement[],
  statements: PolicyStatement[],
  append: (statements: PolicyStatement[]) => string | null
): string | null {
  const missing = new Map<ExistingStatement, string[]>()
  const rest: PolicyStatement[] = []
  for (const s of statements) {
    const key = s.Effect === 'Deny' ? null : remedyKey(s)
    const match = key === null ? undefined : existing.find((e) => e.key === key)
    if (!match) {
      rest.push(s)
      continue
    }
    const have = [...match.actions, ...(missing.get(match) ?? [])].map((a) => a.toLowerCase())
    const add = list(s.Action).filter((a) => !have.includes(a.toLowerCase()))
    if (add.length) missing.set(match, [...(missing.get(match) ?? []), ...add])
  }
  const edits: Edit[] = []
  for (const [statement, actions] of missing) {
    const edit = statement.addActions(actions)
    if (!edit) return append(statements)
    edits.push(edit)
  }
  const appended = rest.length ? append(rest) : text
  if (appended === null) return null
  const untouched = commonPrefix(text, appended)
  if (rest.length && edits.some((e) => e.end >= untouched)) return append(statements)
  let out = appended
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end)
  return out
}
