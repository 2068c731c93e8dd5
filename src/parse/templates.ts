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

/** Whether the section holding text[at] is headed by a placeholder operation. */
function underTemplateHeading(text: string, at: number): boolean {
  let end = text.lastIndexOf('\n', at - 1)
  const stop = Math.max(0, at - REACH)
  // The line holding `at` first: a heading may hold the candidate itself.
  let line = text.slice(
    end + 1,
    text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)
  )
  for (;;) {
    if (HEADING.test(line)) return PLACEHOLDER_OPERATION.test(line)
    if (end < stop || end <= 0) return false
    const from = text.lastIndexOf('\n', end - 1) + 1
    line = text.slice(from, end)
    end = from - 1
  }
}

/** Whether a denial found at text[at] is a template's: under such a heading, naming nothing real. */
export function isTemplate(text: string, at: number, d: Denial): boolean {
  if (!text.includes(' operation')) return false
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
  return !named && !blob && !called && underTemplateHeading(text, at)
}
