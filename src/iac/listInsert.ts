// Appends one element to a bracketed list written in a file (`[ ... ]` in JSON, YAML flow style or
// HCL), keeping the file's indentation and comma style.
import { indentAt } from './Definition.js'

/** Renders the element: its first line unindented, the others prefixed with `indent`. */
export type RenderItem = (indent: string, unit: string) => string

function lastSignificant(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (!/\s/.test(text.charAt(i))) return i
  return from
}

/** The file's indentation step, guessed from the list's own lines; two spaces when unclear. */
function indentUnit(outer: string, inner: string): string {
  return inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  '
}

/** `text` with the element appended before the list's closing bracket at `close`. */
export function appendToList(
  text: string,
  open: number,
  close: number,
  render: RenderItem
): string {
  const last = lastSignificant(text, open, close)
  const empty = last === open
  const outer = indentAt(text, close)
  const firstItem = empty ? -1 : text.slice(open + 1).search(/\S/) + open + 1
  const inner = empty ? outer + '  ' : indentAt(text, firstItem)
  const unit = indentUnit(outer, inner)
  const itemIndent = empty || inner.length <= outer.length ? outer + unit : inner
  const item = render(itemIndent, unit)
  const comma = empty || text[last] === ',' ? '' : ','
  const closeOnOwnLine = /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', close - 1) + 1, close))
  if (closeOnOwnLine && !empty) {
    const lineStart = text.lastIndexOf('\n', close - 1) + 1
    const withItem = text.slice(0, lineStart) + itemIndent + item + '\n' + text.slice(lineStart)
    return withItem.slice(0, last + 1) + comma + withItem.slice(last + 1)
  }
  if (empty) {
    return text.slice(0, open + 1) + '\n' + itemIndent + item + '\n' + outer + text.slice(close)
  }
  return text.slice(0, last + 1) + comma + '\n' + itemIndent + item + text.slice(last + 1)
}

/** Indents every line after the first. */
export function indentLines(lines: string[], indent: string): string {
  return lines.map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n')
}

/**
 * The edit that appends `items` (already quoted for the syntax) to the list whose brackets are
 * at `open` and `close`: on the same line when the list is written on one line, one per line at
 * the items' indentation otherwise, keeping a trailing comma when the list has one.
 */
export function addToList(
  text: string,
  open: number,
  close: number,
  items: string[]
): { start: number; end: number; text: string } {
  const last = lastSignificant(text, open, close)
  if (last === open) return { start: open + 1, end: close, text: items.join(', ') }
  const trailing = text[last] === ','
  if (!text.slice(open, close).includes('\n')) {
    const insert = trailing ? ` ${items.join(', ')},` : `, ${items.join(', ')}`
    return { start: last + 1, end: last + 1, text: insert }
  }
  const indent = indentAt(text, last)
  const lines = items.map((item) => `\n${indent}${item}`)
  const insert = trailing ? lines.map((l) => l + ',').join('') : ',' + lines.join(',')
  return { start: last + 1, end: last + 1, text: insert }
}
