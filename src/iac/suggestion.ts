// The smallest line range of the old file that the new file replaces: what a GitHub ```suggestion
// on those lines must hold. An insertion takes the line above it along (a suggestion needs one).
import type { IacSuggestion } from '../model/Remedy.js'

export function suggestionFor(before: string, after: string): IacSuggestion | null {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  let start = head
  const end = a.length - tail
  if (start === end) {
    if (start === 0) return null
    start--
  }
  return {
    startLine: start + 1,
    endLine: end,
    text: b.slice(start, b.length - tail).join('\n')
  }
}
