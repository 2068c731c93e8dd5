// Joins a window of lines into the one text the grammars read, and maps positions back.
import type { Line } from './Line.js'
import { splitToken } from './splitToken.js'
import { quotePrefixLengths } from './quotePrefixes.js'
import { commentShapesOf } from '../parse/sourceComments.js'

/** Width below which equal line lengths are coincidence rather than a terminal's hard wrap. */
const MIN_WRAP_WIDTH = 60

export interface LogRecord {
  text: string
  /** Where each line of the window stands in `text`. */
  spans: { start: number; end: number }[]
  /**
   * Lines that are comments of source code (judged before their gutters were taken off): what
   * they hold is quoted, never a failure the run hit.
   */
  sourceComments: { start: number; end: number }[]
  /** Offsets in `text` where two lines were joined with no line break (a wrap read across). */
  joins: number[]
  /** A text offset as (line seq, offset in that line's normalised text, physical line number). */
  position(offset: number): { seq: number; off: number; no: number }
}

/**
 * Lines a terminal hard-wrapped are all as long as the terminal is wide, and the text ends on a
 * shorter line: a line of the same length as its neighbour continues on the next line without a
 * break. A wrap may fall on a space (the space stays, so message and code stay on one line); a
 * run of spaces at the edge is padding (progress bars, tables), not a wrap.
 */
function hardWrapped(texts: string[], k: number): boolean {
  // Callers pass k of a line that exists (k - 1 for k ≥ 1).
  const t = texts[k]!
  const next = texts[k + 1]
  if (next === undefined || t.length < MIN_WRAP_WIDTH || /\s\s$/.test(t) || /^\s\s/.test(next))
    return false
  // The full-width lines of one wrapped text stand next to each other...
  if (texts[k - 1]?.length !== t.length && next.length !== t.length) return false
  // ...and end on the shorter rest of the text: log lines that merely have one length do not.
  if (!endsShorter(texts, k, t.length)) return false
  // What follows a wrap continues it: a line that starts like a log line or message of its own
  // does not, nor does one that starts or ends as the wrapped line did (the same message again,
  // behind a prefix that differs: `t1  <time>  ##[error]…` / `t2  <time>  ##[error]…`). The
  // text starts on the first of its full-width lines: a later one begins mid-text.
  let first = k
  while (first > 0 && texts[first - 1]!.length === t.length) first--
  return (
    !startsOwnLine(t, next) &&
    !sameStart(texts[first]!, next) &&
    !sameEnd(t, next) &&
    !messageSeam(t, next)
  )
}

/**
 * Two words of an IAM sentence's fixed wording, one ending the line and the other opening the
 * next: a terminal cuts where the width falls and keeps the space between words on one side, so a
 * break with no space between `not` and `authorized` is a writer's fill, not a terminal's, however
 * equal the line lengths (heldout15 h15-078: a write-up wrapped at 75 columns, its first two lines
 * 75 long). The lines stay apart, a wrap the grammars read across.
 */
const SEAMS = new Set([
  'is not',
  'not authorized',
  'authorized to',
  'to perform',
  'on resource',
  'because no',
  'with an',
  'an explicit',
  'explicit deny',
  'deny in',
  'in a',
  'in an',
  'service control',
  'control policy',
  'permissions boundary',
  'allows the',
  'the action'
])

function messageSeam(t: string, next: string): boolean {
  const last = /(?:^|\s)([A-Za-z]{1,12})$/.exec(t)?.[1]
  const first = /^([A-Za-z]{1,12})(?=[\s:]|$)/.exec(next)?.[1]
  return !!last && !!first && SEAMS.has(`${last} ${first}`.toLowerCase())
}

/**
 * A rule (`-----`, `--- PASS`, `=== RUN`) opens a line of its own, unless the line above ends
 * in the same mark: then the wrap cut a run of it (a session name `ci------`), and the run goes on.
 */
function startsOwnLine(t: string, next: string): boolean {
  if (!STARTS_OWN_LINE.test(next)) return false
  return !(RULE_MARK.test(next) && t.endsWith(next[0]!))
}

const RULE_MARK = /^[-=]/

/** Whether the lines of width `width` from k on are followed by a shorter one in the window. */
function endsShorter(texts: string[], k: number, width: number): boolean {
  for (let j = k + 1; j < texts.length; j++) {
    if (texts[j]!.length !== width) return texts[j]!.length < width
  }
  return false
}

/** Lines that begin with the same words are two log lines of one shape, not one wrapped line. */
const SAME_START = 12

function sameStart(a: string, b: string): boolean {
  return b.length >= SAME_START && a.startsWith(b.slice(0, SAME_START))
}

/** Lines that end with the same 24 characters are one message printed twice, not a wrap. */
const SAME_END = 24

function sameEnd(a: string, b: string): boolean {
  return b.length >= SAME_END && a.endsWith(b.slice(-SAME_END))
}

// A reason clause opening a line continues the sentence after a lost space, never mid-word. A
// quote mark opens a line when a space or another follows it, a rule when it stands alone or
// before a capital (`--- PASS`, `=== RUN`): a wrap may cut `<Account>` before its `>`, or a
// dashed name before its last dashes (`repo/a0--aa` / `--- because`).
const STARTS_OWN_LINE =
  /^(?:[{[#|]|>(?:[\s>]|$)|because no |with an explicit deny|(?:-{3,}|={3,})(?:\s*$|\s+[A-Z])|\d{4}-\d{2}-\d{2}|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE)\b|Error:|User: |An error occurred \(|(?:upload|download|copy|delete) failed: )/

/**
 * How many characters of each line the record keeps: the centre lines whole, and `budget`
 * characters on each side, nearest lines first (the grammars read at most a few hundred characters past a
 * message, and 2 KiB before it). Lines past the budget are not even decoded.
 */
function allowance(
  lines: Line[],
  centre: number,
  centreEnd: number,
  budget: number
): { texts: string[]; skips: number[] } {
  // texts, skips and lines have one slot per line, and every k below stays inside 0..lines.length.
  const texts = lines.map(() => '')
  // Characters cut from the start of each line before the centre (positions map back through it);
  // a line left out whole counts its bytes, which sort after any character of it.
  const skips = lines.map((l, k) => (k < centre ? l.raw.length : 0))
  for (let k = centre; k <= centreEnd; k++) texts[k] = lines[k]!.text
  for (const step of [-1, 1]) {
    let left = budget
    for (
      let k = (step < 0 ? centre : centreEnd) + step;
      k >= 0 && k < lines.length && left > 0;
      k += step
    ) {
      const t = lines[k]!.text
      texts[k] = t.length <= left ? t : step < 0 ? t.slice(t.length - left) : t.slice(0, left)
      if (step < 0) skips[k] = t.length - texts[k]!.length
      left -= texts[k]!.length
    }
  }
  return { texts, skips }
}

/** The record of lines[centre..centreEnd] (whole) with `neighbourChars` of context on each side. */
export function buildRecord(
  lines: Line[],
  centre: number,
  neighbourChars: number,
  centreEnd = centre
): LogRecord {
  const { texts: full, skips } = allowance(lines, centre, centreEnd, neighbourChars)
  // A prefix every line of a pasted or commented message carries is not part of the message.
  const prefixes = quotePrefixLengths(
    full,
    lines.map((l, k) => !l.cont && skips[k] === 0)
  )
  const parts: string[] = []
  const spans: { start: number; end: number }[] = []
  const sourceComments: { start: number; end: number }[] = []
  const shapes = commentShapesOf(full)
  const skipped: number[] = []
  const joins: number[] = []
  let length = 0
  // full, skips and lines are parallel arrays (one slot per line): the `!`s read the same index.
  full.forEach((kept, k) => {
    if (k > 0) {
      const glue = lines[k]!.cont || hardWrapped(full, k - 1) || splitToken(full[k - 1]!, full[k]!)
      if (!glue) {
        parts.push('\n')
        length++
      } else joins.push(length)
    }
    const text = prefixes[k]! > 0 ? kept.slice(prefixes[k]) : kept
    spans.push({ start: length, end: length + text.length })
    if (shapes[k] !== null) sourceComments.push(spans[k]!)
    skipped.push(skips[k]! + prefixes[k]!)
    parts.push(text)
    length += text.length
  })
  return {
    text: parts.join(''),
    spans,
    sourceComments,
    joins,
    position(offset: number) {
      let k = spans.length - 1
      while (k > 0 && spans[k]!.start > offset) k--
      const line = lines[k]!
      return { seq: line.seq, off: offset - spans[k]!.start + skipped[k]!, no: line.no }
    }
  }
}
