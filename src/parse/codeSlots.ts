// Where tools print the wire error code, relative to the message they print with it.
import { KNOWN_CODE_SOURCE } from './codes.js'

const CODE = String.raw`[A-Za-z][\w.]*`

/** Slots printed before the message (CLI, Go SDK, JSON protocol, XML, JS SDK). Group 1 = code. */
const BEFORE: RegExp[] = [
  /An error occurred \(([^()\s]+)\)/g,
  /A client error \(([^()\s]+)\)/g,
  new RegExp(String.raw`api error (${CODE}):`, 'g'),
  new RegExp(String.raw`"__type"\s*:\s*"(?:[^"#\n]*#)?(${CODE})"`, 'g'),
  new RegExp(String.raw`<Code>(${CODE})</Code>`, 'g'),
  new RegExp(String.raw`\bError \[(${CODE})\]`, 'g'),
  new RegExp(String.raw`\bErrorCode: (${CODE})`, 'g'),
  // `AccessDeniedException: User: …`, `[AccessDenied: …`, `model.AuthorizationErrorException: …`
  new RegExp(String.raw`\b(${KNOWN_CODE_SOURCE}|[A-Z][A-Za-z0-9]*Exception)(?=\]?:(?:\s|$))`, 'g')
]

/** Slots printed after the message (Java SDK v1 suffix, CDK, JS SDK v2 dumps, CloudFormation). */
const AFTER: RegExp[] = [
  /Error Code: ([^;)\n]+?)\s*[;)]/g,
  new RegExp(String.raw`\(code=(${CODE})\)`, 'g'),
  new RegExp(String.raw`\bcode: '(${CODE})'`, 'g'),
  new RegExp(String.raw`"(?:code|error|Code)"\s*:\s*"(${CODE})"`, 'g'),
  new RegExp(String.raw`HandlerErrorCode: (${CODE})`, 'g'),
  new RegExp(String.raw`\):(${CODE})\b`, 'g')
]

/** Last resort: a bare authorization code word shortly before the message. */
const STANDALONE = /\b(AccessDeniedException|AccessDenied|UnauthorizedOperation)\b/g

/** Phrases that begin the next, unrelated error: an after-slot must not reach past them. */
const NEXT_ERROR =
  /[Nn]ot authorized to perform|An error occurred \(|A client error \(|\bUser:\s|Encoded authorization failure|Unable to locate credentials|Could not load credentials/

/** A line that hands its error code on to the next one: `… when calling the X operation:`, XML/JSON bodies. */
const CARRIES_CODE = /:$|<\/?(?:Code|Error|Message)>|"__type"|"[Cc]ode"\s*:/

/**
 * How far back a code may be looked for: the message's own line, and the lines just above it
 * only while each ends by introducing the message (so a code never comes from another error).
 */
function lookbackStart(text: string, pos: number, floor: number, reach: number): number {
  // Callers never look back past `low`: stop there, so long lines stay linear to scan.
  const low = Math.max(floor, pos - reach)
  const nl = text.slice(low, pos).lastIndexOf('\n')
  if (nl === -1) return low
  let from = low + nl + 1
  for (let k = 0; k < 3 && from > low; k++) {
    const prevStart = text.lastIndexOf('\n', from - 2) + 1
    if (!CARRIES_CODE.test(text.slice(prevStart, from - 1).trimEnd())) break
    from = prevStart
  }
  return Math.max(from, low)
}

export interface CodeHit {
  code: string
  start: number
  end: number
}

/** How far a slot may read past the searched range: a code's tail and look-ahead; a whole suffix. */
const CODE_SLACK = 64
const SUFFIX_SLACK = 1024

/**
 * A window of the text around [from, to), with one character before it so `\b` sees what
 * precedes: searching it instead of the rest of the record keeps every lookup bounded.
 */
function windowOf(
  text: string,
  from: number,
  to: number,
  slack: number
): { s: string; base: number } {
  const base = Math.max(0, from - 1)
  return { s: text.slice(base, Math.min(text.length, to + slack)), base }
}

function lastMatch(re: RegExp, text: string, from: number, to: number): CodeHit | null {
  const w = windowOf(text, from, to, CODE_SLACK)
  re.lastIndex = from - w.base
  let hit: CodeHit | null = null
  let m: RegExpExecArray | null
  while ((m = re.exec(w.s)) && m.index + w.base < to) {
    const start = m.index + w.base
    if (start + m[0].length > to + 2) break
    hit = { code: m[1]!.trim(), start, end: start + m[0].length }
    if (m[0].length === 0) re.lastIndex++
  }
  return hit
}

/** The code printed before `pos` (closest wins), looking back at most `reach` characters. */
export function codeBefore(text: string, pos: number, floor: number, reach = 400): CodeHit | null {
  const from = lookbackStart(text, pos, floor, reach)
  let best: CodeHit | null = null
  for (const re of BEFORE) {
    const hit = lastMatch(re, text, from, pos)
    if (hit && (!best || hit.end > best.end)) best = hit
  }
  return best ?? lastMatch(STANDALONE, text, Math.max(from, pos - 300), pos)
}

/** The code printed after the message that ends at `pos`, before the next error starts. */
export function codeAfter(text: string, pos: number, reach = 400): CodeHit | null {
  let limit = Math.min(text.length, pos + reach)
  const next = NEXT_ERROR.exec(text.slice(pos, limit))
  if (next) limit = pos + next.index
  let best: CodeHit | null = null
  const w = windowOf(text, pos, limit, SUFFIX_SLACK)
  for (const re of AFTER) {
    re.lastIndex = pos - w.base
    const m = re.exec(w.s)
    const at = m ? m.index + w.base : Infinity
    if (m && at < limit && (!best || at < best.start)) {
      best = { code: m[1]!.trim(), start: at, end: at + m[0].length }
    }
  }
  return best
}

/** After-slots (the failing call's own code in SDK suffixes) win over wrapper codes before. */
export function codeAround(
  text: string,
  start: number,
  end: number,
  floor: number
): { code: string | null; start: number; end: number } {
  const after = codeAfter(text, end)
  const before = codeBefore(text, start, floor)
  const code = after?.code ?? before?.code ?? null
  return {
    code,
    start: before && before.start < start ? before.start : start,
    end: after ? Math.max(end, after.end) : end
  }
}

const OPERATION: RegExp[] = [
  /when calling the (\w+) operation/g,
  /operation error [\w -]+?: (\w+),/g
]

/** The API operation a tool names near a message: before it, or right after a bare code. */
export function operationNear(
  text: string,
  start: number,
  end: number,
  floor: number
): string | null {
  const from = lookbackStart(text, start, floor, 400)
  for (const re of OPERATION) {
    const hit = lastMatch(re, text, from, Math.min(text.length, end))
    if (hit) return hit.code
  }
  const lineEnd = text.indexOf('\n', end)
  const ahead = text.slice(end, Math.min(end + 120, lineEnd === -1 ? text.length : lineEnd))
  const next = /^[^.]*?when calling the (\w+) operation/.exec(ahead)
  return next ? next[1]! : null
}
