// A message a terminal, a logger or a reporter wrapped at its width, the break falling between two
// words of a phrase: `…aws_ec2 plugin: Unable to` / `locate credentials` (Ansible's warning,
// ansible-collections/amazon.aws#681), `…a non-empty Access ` / `Key (AKID) must be provided`
// (AWSTOE's log, aws/ec2-image-builder-roadmap#66). A record whose lines no grammar reads is read
// again with such breaks joined by one space; what it finds is mapped back to the printed text.
// Only breaks that look like a wrap are joined, so a record of whole lines is never read twice.

/** The record's text with its soft wraps joined, and the way back to the printed positions. */
export interface JoinedWraps {
  text: string
  /** The printed position of a position in `text`. */
  origin(at: number): number
  /** The position in `text` of a printed position. */
  joined(at: number): number
}

/** A wrapped line carries at least this much text: a short line is a line of its own. */
const MIN_WRAPPED = 30

/**
 * Whether the break after `prev` (its line, without the line end) before `next` is a wrap: the
 * line ends with the space the wrap fell after, or mid-sentence (a letter, digit or comma) with
 * the next line going on in lower case. Gutters, list items and timestamps start their own line.
 */
function isWrap(prev: string, next: string): boolean {
  const body = prev.trim()
  // A table's row or a gutter's line is a line of its own, whatever follows it.
  if (body.length < MIN_WRAPPED || /[|│]/.test(body)) return false
  const first = /^[ \t]*(\S)/.exec(next)?.[1]
  if (first === undefined) return false
  if (/[ \t]$/.test(prev)) return /[A-Za-z(<'"`]/.test(first) && !/[.!?:;]$/.test(body)
  return /[A-Za-z0-9,]$/.test(body) && /[a-z(]/.test(first)
}

export function joinSoftWraps(text: string): JoinedWraps | null {
  // Each join: where the text after it starts, printed and joined.
  const joins: { printed: number; joined: number }[] = []
  let out = ''
  let from = 0
  let lineStart = 0
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    const prevEnd = nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl
    const nextEnd = text.indexOf('\n', nl + 1)
    const next = text.slice(nl + 1, nextEnd === -1 ? text.length : nextEnd)
    if (isWrap(text.slice(lineStart, prevEnd), next)) {
      // The break and the blanks around it become one space.
      let start = prevEnd
      while (start > lineStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
      let end = nl + 1
      while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++
      out += text.slice(from, start) + ' '
      joins.push({ printed: end, joined: out.length })
      from = end
    }
    lineStart = nl + 1
  }
  if (joins.length === 0) return null
  out += text.slice(from)
  return {
    text: out,
    origin(at) {
      let shift = 0
      for (const j of joins) {
        if (at < j.joined) break
        shift = j.printed - j.joined
      }
      return at + shift
    },
    joined(at) {
      let shift = 0
      for (const j of joins) {
        if (at < j.printed) break
        shift = j.printed - j.joined
      }
      return at - shift
    }
  }
}
