// IAM condition operators as small rule objects: how one presented value compares with one
// value written in the policy. Set qualifiers (ForAnyValue:/ForAllValues:), `IfExists` and the
// negation of the Not forms are applied around them by trustPolicyEvaluator.ts.

export interface OperatorRule {
  /** True for the Not forms: they hold when NO written value matches. */
  negated: boolean
  /** Whether `presented` matches the one written value `expected`. */
  matches(presented: string, expected: string): boolean
}

// `${*}`, `${?}` and `${$}` are IAM's escapes for a literal `*`, `?` and `$` in a pattern.
const ESCAPE = /\$\{([*?$])\}/g

type Token = { kind: 'star' } | { kind: 'one' } | { kind: 'char'; ch: string }

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = []
  const plain = (text: string) => {
    for (const ch of text) {
      tokens.push(
        ch === '*' ? { kind: 'star' } : ch === '?' ? { kind: 'one' } : { kind: 'char', ch }
      )
    }
  }
  let last = 0
  for (const m of pattern.matchAll(ESCAPE)) {
    plain(pattern.slice(last, m.index))
    tokens.push({ kind: 'char', ch: m[1]! })
    last = m.index + m[0].length
  }
  plain(pattern.slice(last))
  return tokens
}

/**
 * IAM wildcard match: `*` any run of characters (none included), `?` exactly one. Greedy with
 * backtracking to the last star: no regular expression, so no pattern can make it explode.
 */
export function wildcardMatch(value: string, pattern: string): boolean {
  const tokens = tokenize(pattern)
  const chars = [...value]
  let v = 0
  let p = 0
  let star = -1
  let mark = 0
  while (v < chars.length) {
    const t = tokens[p]
    if (t && (t.kind === 'one' || (t.kind === 'char' && t.ch === chars[v]))) {
      v++
      p++
    } else if (t?.kind === 'star') {
      star = p++
      mark = v
    } else if (star >= 0) {
      p = star + 1
      v = ++mark
    } else return false
  }
  while (tokens[p]?.kind === 'star') p++
  return p === tokens.length
}

const equals: OperatorRule['matches'] = (a, b) => a === b
const equalsIgnoreCase: OperatorRule['matches'] = (a, b) => a.toLowerCase() === b.toLowerCase()
const like: OperatorRule['matches'] = (a, b) => wildcardMatch(a, b)
const bool: OperatorRule['matches'] = (a, b) => a.toLowerCase() === b.toLowerCase()

/** Operators by lower-case name (IAM reads operator names case-insensitively). */
export const OPERATORS: Record<string, OperatorRule> = {
  stringequals: { negated: false, matches: equals },
  stringnotequals: { negated: true, matches: equals },
  stringequalsignorecase: { negated: false, matches: equalsIgnoreCase },
  stringnotequalsignorecase: { negated: true, matches: equalsIgnoreCase },
  stringlike: { negated: false, matches: like },
  stringnotlike: { negated: true, matches: like },
  arnequals: { negated: false, matches: like },
  arnlike: { negated: false, matches: like },
  arnnotequals: { negated: true, matches: like },
  arnnotlike: { negated: true, matches: like },
  bool: { negated: false, matches: bool }
}

export interface ParsedOperator {
  /** As written in the policy. */
  written: string
  qualifier: 'ForAnyValue' | 'ForAllValues' | null
  ifExists: boolean
  /** `Null` checks presence, not values. */
  isNull: boolean
  rule: OperatorRule | null
}

export function parseOperator(written: string): ParsedOperator {
  let name = written.trim()
  let qualifier: ParsedOperator['qualifier'] = null
  const q = /^(ForAnyValue|ForAllValues):/i.exec(name)
  if (q) {
    qualifier = q[1]!.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues'
    name = name.slice(q[0].length)
  }
  const ifExists = /IfExists$/i.test(name)
  if (ifExists) name = name.slice(0, -'IfExists'.length)
  const lower = name.toLowerCase()
  return {
    written,
    qualifier,
    ifExists,
    isNull: lower === 'null',
    rule: Object.hasOwn(OPERATORS, lower) ? OPERATORS[lower]! : null
  }
}
