// An SDK error printed as the map or struct it was parsed into, in the shape of the language that
// printed it: Dart `{Code: AccessDenied, Message: Access Denied, RequestId: …}`, Go `%+v`
// `&{Code:AccessDenied Message:Access Denied}`, Python `{'Code': 'AccessDenied', 'Message': …}`,
// Ruby `{:code=>"AccessDenied", :message=>…}` and `{code: "AccessDenied", …}`, Elixir
// `%{code: "AccessDenied", …}`, PHP `[Code] => AccessDenied` and `'code' => 'AccessDenied'`,
// Java `{Code=AccessDenied, Message=…}`, the JS SDK v3's `{ name: 'XException', '$fault': … }`. A
// refusal code under a code key is a finding when a message key beside it holds what AWS sends
// with that code, or the dump is the JS SDK v3's own.
import { emptyDenial } from '../../model/Denial.js'
import type { FindingKind } from '../../model/Denial.js'
import type { Candidate, Grammar, RecordContext } from '../Candidate.js'
import { PRIORITY } from '../Candidate.js'
import { classifyCode } from '../codes.js'
import { locate } from '../phraseRule.js'
import { mayMatch } from '../RecordLiterals.js'
import { anchoredSearch, execFrom } from '../anchoredSearch.js'
import { AWS_MESSAGE } from './bareCode.js'

const RULE = 'WD781'
const ID = 'map-dump'

/** `key`, `:key`, `'key'`, `"key"` or `[key]`, then `:`, `=>` or `=` (PHP's `string(12)` too). */
function entry(keys: string): string {
  return String.raw`(?<![\w$.])(?::|\[|(["']))?(?:${keys})(?:\1|\])?[ \t]*(?:=>|:|=)[ \t]*(?:string\(\d+\)[ \t]*)?`
}

// Every key holds `ode` or `name`, at most 10 characters after the entry's start (`:awsErrorCode`).
export const CODE_ENTRY = anchoredSearch(
  entry('Code|code|ErrorCode|error_code|awsErrorCode|name') +
    String.raw`(["']?)([A-Za-z][\w.]{2,80})\2(?=[\s,;})\]]|$)`,
  '',
  ['ode', 'name'],
  10
)
const MESSAGE_ENTRY = new RegExp(
  entry('Message|message|ErrorMessage|error_message|awsErrorMessage') + String.raw`["']?`,
  'g'
)

/**
 * The JS SDK v3's error objects as Node prints them: `name: 'InvalidGrantException'` beside
 * `'$fault': 'client'` and `'$metadata': {…}`. Their `message` may be anything (`UnknownError`).
 * Node quotes those keys when it prints them; source that builds such an error does not.
 */
const SDK_V3 = /(['"])\$(?:fault|metadata)\1\s*:/

/** How far apart the code and message entries of one dump may stand (no blank line between). */
const REACH = 400

/**
 * What stands before a dump written in source rather than printed by a run: a call
 * (`ClientError(`), an assignment, `return`, `raise`, `throw`, or a composite literal's type
 * (`GenericAPIError{`).
 */
const SOURCE_LEAD = /(?:[\w$\]>]\(|(?<![=!<>])=|\b(?:return|raise|throw|yield)|\w\{)\s*$/

/** Whether `lead` (what stands before a dump) hands the dump on as source does. */
function handsOn(lead: string): boolean {
  return SOURCE_LEAD.test(lead.trimEnd()) || SOURCE_LEAD.test(lead.replace(/[\s{[(]+$/, ''))
}

/** Whether the dump holding text[at] is an argument, value or literal of source code. */
function writtenAsSource(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const line = text.slice(lineStart, at)
  const open = line.search(/[{[(]/)
  // What stands before the dump's first bracket on its line, bracket included.
  if (open !== -1 && line.slice(0, open).trim()) return handsOn(line.slice(0, open + 1))
  // The dump opens its line: the line above hands it on (`… = ClientError(`, `errors = [{`).
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1
  return lineStart > 0 && handsOn(text.slice(prevStart, lineStart - 1))
}

/** A stack frame Node prints between an error's header and the fields of its object. */
const FRAME = /^\s*at\s/
const HEADER = /\b[A-Z]\w*(?:Exception|Error|Denied|Fault)\b/
const MAX_FRAMES = 60

/**
 * Where the error whose object holds text[at] printed its header (`AccessDeniedException: User:
 * …` / `    at … {`): the dump is the body of that error, not a second one. Null when no header
 * stands before it; -1 when stack frames run up past the record's start (the header is there).
 */
function headerOf(text: string, at: number): number | null {
  let depth = 0
  let brace = -1
  for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
    const c = text[i]
    if (c === '}') depth++
    else if (c === '{' && depth-- === 0) {
      brace = i
      break
    }
  }
  if (brace === -1) return null
  let lineStart = text.lastIndexOf('\n', brace - 1) + 1
  for (let k = 0; k < MAX_FRAMES; k++) {
    const lineEnd = text.indexOf('\n', lineStart)
    if (!FRAME.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) break
    // Frames up to the record's start: the header is out of sight, read by its own record.
    if (lineStart === 0) return -1
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1
  }
  return HEADER.test(text.slice(lineStart, brace)) ? lineStart : null
}

function kindOf(code: string): FindingKind | null {
  const cls = classifyCode(code)
  return cls === 'authz' ? 'denial' : cls === 'credentials' ? 'credentials' : null
}

/** The message entry of the dump around [from, to), and where its value starts. */
function messageNear(text: string, from: number, to: number): number | null {
  const lo = Math.max(0, from - REACH)
  const hi = Math.min(text.length, to + REACH)
  const window = text.slice(lo, hi)
  MESSAGE_ENTRY.lastIndex = 0
  let best: number | null = null
  for (let m; (m = MESSAGE_ENTRY.exec(window));) {
    const at = lo + m.index
    const between = at < from ? text.slice(at, from) : text.slice(to, at)
    if (/\n[ \t]*\n/.test(between)) continue
    if (best === null || Math.abs(at - from) < Math.abs(best - from)) best = at + m[0].length
  }
  return best
}

export const mapDump: Grammar = {
  id: ID,
  rule: RULE,
  literals: ['ode', 'name'],
  find(text: string, ctx: RecordContext): Candidate[] {
    const out: Candidate[] = []
    if (!mayMatch(['ode', 'name'], ctx.literals)) return out
    for (
      let m = execFrom(CODE_ENTRY, text, 0);
      m;
      m = execFrom(CODE_ENTRY, text, m.index + m[0].length)
    ) {
      const code = m[3]!
      const kind = kindOf(code)
      if (!kind) continue
      const valueAt = m.index + m[0].length - code.length - m[2]!.length
      const end = m.index + m[0].length
      const v3 = SDK_V3.test(text.slice(Math.max(0, m.index - REACH), end + REACH))
      // Only the JS SDK v3 names its error class under `name`.
      if (/^\W?name/.test(m[0]) && !v3) continue
      const message = messageNear(text, m.index, end)
      const said = message !== null && AWS_MESSAGE.test(text.slice(message, message + 120))
      if (!said && !v3) continue
      if (writtenAsSource(text, m.index)) continue
      const d = emptyDenial(kind, ID, RULE)
      d.code = code
      // The body of an error printed above it reads as that error: the spans overlap.
      const header = headerOf(text, m.index)
      if (header === -1) continue
      // The message entry is the same error's, above the code or below it: the reading reaches
      // over it, so an IAM sentence read there is this reading's rival, not a second error (h33-011:
      // Elixir's `code: "AccessDenied",` a line above `message: "User: …"` counted twice).
      const start = Math.min(header ?? valueAt, message ?? Infinity)
      const lineEnd = message !== null && message > end ? text.indexOf('\n', message) : -2
      const reach = lineEnd === -2 ? end : lineEnd === -1 ? text.length : lineEnd
      const c: Candidate = { start, end: reach, priority: PRIORITY.bareCode, denial: d }
      c.settle = () => {
        c.end = Math.max(reach, locate(text, valueAt, end, 0, d, ctx).end)
      }
      out.push(c)
    }
    return out
  }
}
