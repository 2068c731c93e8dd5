// The `Statement` list of a policy written as JSON text (a heredoc, a CloudFormation JSON
// template): offsets of its brackets, found by a string-aware scan rather than a regex.

/** Offset of the bracket closing the one at `open`, skipping JSON strings; -1 when unbalanced. */
export function matchingBracket(text: string, open: number, end = text.length): number {
  let depth = 0
  for (let i = open; i < end; i++) {
    const c = text[i]
    if (c === '"') {
      for (i++; i < end && text[i] !== '"'; i++) if (text[i] === '\\') i++
    } else if (c === '[' || c === '{') depth++
    else if ((c === ']' || c === '}') && --depth === 0) return i
  }
  return -1
}

/** `[open, close]` of the first `"Statement": [` list within [from, to). */
export function statementList(text: string, from: number, to: number): [number, number] | null {
  const key = /"Statement"\s*:\s*\[/g
  key.lastIndex = from
  const m = key.exec(text)
  if (!m || m.index >= to) return null
  const open = m.index + m[0].length - 1
  const close = matchingBracket(text, open, to)
  return close < 0 ? null : [open, close]
}
