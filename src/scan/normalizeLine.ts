// Turns one raw log line into the text the grammars read: terminal colours, runner prefixes,
// Terraform gutters and JSON/XML escaping removed. Escaped newlines become real ones, so one
// input line may yield several.

// CSI and OSC sequences, and lone ESC pairs, as terminals and CI runners print them.
// eslint-disable-next-line no-control-regex -- terminal escapes are control characters
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
const STAMP_SHAPE = '0000-00-00T00:00:00'

/**
 * Where a GitHub runner's timestamp prefix ends (`2026-11-23T10:00:00.1234567Z `, after an
 * optional BOM), or 0: what /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/ matches,
 * read by hand because it runs for every line of every record.
 */
export function runnerTimestampEnd(s: string): number {
  let i = s.charCodeAt(0) === 0xfeff ? 1 : 0
  for (let j = 0; j < STAMP_SHAPE.length; j++, i++) {
    const c = s.charCodeAt(i)
    const ok = STAMP_SHAPE[j] === '0' ? c >= 48 && c <= 57 : c === STAMP_SHAPE.charCodeAt(j)
    if (!ok) return 0
  }
  if (s.charCodeAt(i) === 46) {
    const digits = ++i
    while (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++
    if (i === digits) return 0
  }
  if (s.charCodeAt(i) !== 90) return 0
  return s.charCodeAt(i + 1) === 32 ? i + 2 : i + 1
}
const WORKFLOW_COMMAND = /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/
const GUTTER = /[│╷╵]/g
const SYSLOG_TAB = /#011/g
// Any run of backslashes before a JSON escape letter: \" \\" \\\" all mean a quote in a log line.
const JSON_ESCAPE = /\\+(u[0-9a-fA-F]{4}|["nrt/])/g
const XML_ENTITY = /&(?:quot|apos|lt|gt|amp|#39|#34);/g
const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&#39;': "'",
  '&#34;': '"'
}

function unescapeJson(_m: string, esc: string): string {
  switch (esc[0]) {
    case 'u':
      return String.fromCharCode(parseInt(esc.slice(1), 16))
    case 'n':
      return '\n'
    case 'r':
      return ''
    case 't':
      return '\t'
    default:
      return esc
  }
}

/**
 * The line without the bars after its text, each after white space: a table's empty cells, not
 * the text's. Read from the end, once: a regex over crafted bars would backtrack quadratically.
 */
function withoutTrailingCells(s: string): string {
  let end = s.length
  for (let i = s.length - 1; i >= 0;) {
    if (s[i] !== '|') break
    let j = i - 1
    while (j >= 0 && (s[j] === ' ' || s[j] === '\t')) j--
    // A bar glued to text (`a|`) or opening the line is the text's own.
    if (j === i - 1 || j < 0) break
    end = j + 1
    i = j
  }
  // Bars with no text before them are the line's own (a table's border, a separator).
  return end === s.length || /^[\s|]*$/.test(s.slice(0, end)) ? s : s.slice(0, end)
}

/** Characters that start something else to undo; most lines hold none of them. */
const WORK = /[#\\&│╷╵]/

export function normalizeLine(raw: string): string {
  let s = raw
  if (s.endsWith('\r')) s = s.slice(0, -1)
  if (s.includes('\x1b')) s = s.replace(ANSI, '')
  // Cheap tests first: this runs for every line of every record.
  const stamp = runnerTimestampEnd(s)
  if (stamp > 0) s = s.slice(stamp)
  // A Markdown table flattened into lines leaves its empty cells' bars at each line's end
  // (`is not authorized to perform: cloudformation:DescribeStacks | |`, a gist, h21-056).
  if (s.endsWith('|')) s = withoutTrailingCells(s)
  if (!WORK.test(s)) return s
  if (s.startsWith('##[')) s = s.replace(WORKFLOW_COMMAND, '')
  if (s.includes('#011')) s = s.replace(SYSLOG_TAB, '\t')
  if (s.includes('\\')) s = s.replace(JSON_ESCAPE, unescapeJson)
  if (s.includes('&')) s = s.replace(XML_ENTITY, (e) => ENTITIES[e] ?? e)
  if (s.includes('│') || s.includes('╷') || s.includes('╵')) {
    // A gutter at the start is the box edge; keep the text's own indentation after it.
    s = s.replace(/^[ \t]*[│╷╵] ?/, '').replace(GUTTER, ' ')
  }
  return s
}
