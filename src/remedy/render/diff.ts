// The JSON change as a unified-diff body: `+` lines for what to add, ` ` for what stays, `-` for
// the few lines that change (the comma after the last existing statement).
import type { PolicyStatement } from '../../model/Remedy.js'

const MAX_LINES = 3000

function lineDiff(before: string[], after: string[]): string[] {
  const n = before.length
  const m = after.length
  // LCS table, small documents only (policies are at most a few hundred lines).
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  // The `!`s index the (n+1)×(m+1) table inside its bounds: i ≤ n and j ≤ m throughout.
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        before[i] === after[j]
          ? lcs[i + 1]![j + 1]! + 1
          : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push(` ${before[i]}`)
      i++
      j++
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      out.push(`+${after[j]}`)
      j++
    } else {
      out.push(`-${before[i]}`)
      i++
    }
  }
  return out
}

/** Statements to add, as `+` lines (comma-separated, ready for a Statement array). */
export function additionDiff(statements: PolicyStatement[]): string {
  return statements
    .map((s, i) => JSON.stringify(s, null, 2) + (i < statements.length - 1 ? ',' : ''))
    .join('\n')
    .split('\n')
    .map((line) => `+${line}`)
    .join('\n')
}

/** The whole document before and after, as a line diff. */
export function documentDiff(before: object, after: object): string {
  const a = JSON.stringify(before, null, 2).split('\n')
  const b = JSON.stringify(after, null, 2).split('\n')
  if (a.length > MAX_LINES || b.length > MAX_LINES) {
    return b.map((line) => `+${line}`).join('\n')
  }
  return lineDiff(a, b).join('\n')
}
