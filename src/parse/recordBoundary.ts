// A troubleshooting note quotes a run's error as a record of its own: alone in an inline-code
// span that opens a table cell, a heading, a list item or its indented continuation
// (`| \`not authorized to perform: ssm:X\` | cause | fix |`). Such a span starts a record, as a
// line start does. A quote opened after words (`the error "is not authorized to …"`) is prose
// talking about an error, and stays a sign that no run printed it.

/**
 * Markdown structure alone, from a line start or a table cell's pipe up to the opening quote:
 * indentation, heading marks, bullets, a list number, blockquote marks, emphasis, and earlier
 * code spans of the same entry joined by `/` or `,` (`### \`AccessDeniedException\` / \`…`).
 */
const STRUCTURE_ONLY =
  /(?:^|\|)[ \t>#*_+-]*(?:\d{1,3}[.)][ \t]*)?[*_]{0,3}(?:`[^`\n]*`[ \t]*[/,][ \t]*[*_]{0,3})*$/

/** A mark only Markdown puts there: a heading, bullet, number, blockquote, cell or emphasis. */
const MARKDOWN_MARK = /[|#>*_+-]|\d[.)]/

/** A code span closed, then the pipe that ends its table cell. */
const CELL_END = /^`[^`\n]*`[ \t]*\|/

/**
 * Whether a quote opened right after `lineBefore` (its line up to the quote) starts a record;
 * `rest` is the line from the quote's content on. A code span needs some structure before it
 * or a cell's pipe after it (the scanner takes a table's leading pipes for a gutter): a span
 * alone on a line, nothing around it, is how an issue's prose names a message. A double quote,
 * which code also opens on an indented continuation line (`\t\t"is not authorized …" +`), needs
 * a Markdown mark before it.
 */
export function quoteOpensRecord(lineBefore: string, quote: string, rest: string): boolean {
  const lead = lineBefore.slice(lineBefore.lastIndexOf('\n') + 1)
  if (!STRUCTURE_ONLY.test(lead)) return false
  if (quote !== '`') return MARKDOWN_MARK.test(lead)
  return lead !== '' || CELL_END.test(quote + rest)
}
