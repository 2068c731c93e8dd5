// Texts that are templates of an error, not a run's error: a cheat sheet whose section is headed
// `An error occurred (UnauthorizedOperation) when calling the X operation` and then describes the
// message with `<long blob>` in place of every value. AWS always names the real operation, so a
// placeholder there marks the section as a template. A section under such a heading may still
// quote real errors (an explainer page with the refusals it collected): those name an account,
// an operation or carry an encoded message.
import type { Denial } from '../model/Denial.js'

/** An operation written as a placeholder: `X`, `XXX`, `<operation>`, `{op}`, `[Operation]`, `...`. */
const PLACEHOLDER_OPERATION =
  /when calling the (?:[A-Z]{1,3}|<[^<>\n]{1,40}>|\{[^{}\n]{1,40}\}|\[[^[\]\n]{1,40}\]|\.{3}|…) operation/

/** A Markdown heading at the margin. */
const HEADING = /^ {0,3}#{1,6}[ \t]/

/** Twelve digits of an account. */
const CONCRETE = /(?<!\d)\d{12}(?!\d)/

/** How far above a position its section's heading may stand. */
const REACH = 2048

/**
 * What the heading test reads of one line and the lines above it, the same for every candidate
 * on the line: on a line of dozens of refusal phrases, walking 2 KiB up per candidate was most
 * of the test.
 */
export interface TemplateLine {
  /** The line is a heading itself: whether it names a placeholder operation; else null. */
  own: boolean | null
  /** The nearest heading above within reach: the newline ending it, and its verdict. */
  above: { newline: number; placeholder: boolean } | null
}

/**
 * The heading facts of the line starting at `start`. A heading above is read by a candidate at
 * `at` only while the newline ending it stands at or after `at - REACH`: the walk here stops at
 * the line's own start minus REACH, the farthest any candidate on it reads.
 */
function templateLine(text: string, start: number): TemplateLine {
  const eol = text.indexOf('\n', start)
  const line = text.slice(start, eol === -1 ? text.length : eol)
  const own = HEADING.test(line) ? PLACEHOLDER_OPERATION.test(line) : null
  const stop = Math.max(0, start - REACH)
  let end = start - 1
  while (end >= stop && end > 0) {
    const from = text.lastIndexOf('\n', end - 1) + 1
    const above = text.slice(from, end)
    if (HEADING.test(above))
      return { own, above: { newline: end, placeholder: PLACEHOLDER_OPERATION.test(above) } }
    end = from - 1
  }
  return { own, above: null }
}

/**
 * Whether the section holding text[at] is headed by a placeholder operation: the heading on its
 * line, else the nearest one above whose line ends within REACH of `at`. `lines` keeps each
 * line's facts (by its start) for the next candidate on it.
 */
function underTemplateHeading(text: string, at: number, lines: Map<number, TemplateLine>): boolean {
  // At 0, `lastIndexOf('\n', -1)` finds a newline standing at 0 itself: the walk this replaces
  // then read the empty line before it, and stopped there.
  if (at === 0 && text.charCodeAt(0) === 10) return false
  const start = text.lastIndexOf('\n', at - 1) + 1
  let facts = lines.get(start)
  if (!facts) {
    facts = templateLine(text, start)
    lines.set(start, facts)
  }
  if (facts.own !== null) return facts.own
  const above = facts.above
  return above !== null && above.newline >= Math.max(0, at - REACH) && above.placeholder
}

/** What the test keeps of one text between its candidates (see `isTemplate`). */
export interface TemplateFacts {
  /** Whether the text holds ` operation` at all (no placeholder heading without one). */
  operation?: boolean
  lines: Map<number, TemplateLine>
}

/**
 * Whether a denial found at text[at] is a template's: under such a heading, naming nothing real.
 * `facts` (one per text) keeps what was read of the text and its lines for the next candidate.
 */
export function isTemplate(
  text: string,
  at: number,
  d: Denial,
  facts: TemplateFacts = { lines: new Map() }
): boolean {
  facts.operation ??= text.includes(' operation')
  if (!facts.operation) return false
  // The heading first: it is read once per line, the rest of the line once per candidate.
  if (!underTemplateHeading(text, at, facts.lines)) return false
  const named = [d.principal, d.resource].some((v) => v !== null && CONCRETE.test(v))
  const blob = (d.encodedMessage?.length ?? 0) >= 20
  // The operation its message names (settled candidates know it; read it off the line too).
  const eol = text.indexOf('\n', at)
  const operation =
    d.operation ??
    /when calling the (\S+) operation/.exec(text.slice(at, eol === -1 ? undefined : eol))?.[1]
  const called =
    operation !== undefined &&
    !PLACEHOLDER_OPERATION.test(`when calling the ${operation} operation`)
  return !named && !blob && !called
}
