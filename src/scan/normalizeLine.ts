// Turns one raw log line into the text the grammars read: terminal colours, runner prefixes,
// Terraform gutters and JSON/XML escaping removed. Escaped newlines become real ones, so one
// input line may yield several.

// CSI and OSC sequences, and lone ESC pairs, as terminals and CI runners print them.
// eslint-disable-next-line no-control-regex -- terminal escapes are control characters
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
// GitHub runner log lines start with an ISO timestamp; syslog/cloud-init ones with "Mon DD hh:mm:ss host prog:".
const RUNNER_TIMESTAMP = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/
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

/** Characters that start something else to undo; most lines hold none of them. */
const WORK = /[#\\&│╷╵]/

export function normalizeLine(raw: string): string {
  let s = raw
  if (s.endsWith('\r')) s = s.slice(0, -1)
  if (s.includes('\x1b')) s = s.replace(ANSI, '')
  // Cheap tests first: this runs for every line of every record.
  const c0 = s.charCodeAt(0)
  if ((c0 >= 48 && c0 <= 57) || c0 === 0xfeff) s = s.replace(RUNNER_TIMESTAMP, '')
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
