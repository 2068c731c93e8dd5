// A tokenizer for HCL (Terraform) that keeps source offsets. We write our own because the
// permissively licensed HCL parsers for JavaScript give no source positions (hcl2-parser returns
// JSON) and the one that does is MPL-2.0; a locator needs only blocks, attributes, strings and
// brackets, which a tokenizer with a small tree builder (hclTree.ts) gives exactly.

export type HclTokenType = 'ident' | 'string' | 'heredoc' | 'number' | 'punct' | 'newline'

export interface HclToken {
  type: HclTokenType
  /** Raw text as written. */
  text: string
  start: number
  end: number
  /** For strings: literal parts and template holes (null). */
  parts?: (string | null)[]
  /** For strings: each hole's expression as written (`var.env`), in order. */
  holes?: string[]
}

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y
const NUMBER = /[0-9][0-9.eE+-]*/y
const HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/y

/** Skips a `${ ... }` or `%{ ... }` template hole starting at `i` (on the `$`); returns its end. */
function skipHole(text: string, i: number): number {
  let depth = 0
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j]
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) return j + 1
    else if (c === '"') j = readString(text, j).end - 1
  }
  return text.length
}

function readString(
  text: string,
  start: number
): { end: number; parts: (string | null)[]; holes: string[] } {
  const parts: (string | null)[] = []
  const holes: string[] = []
  let literal = ''
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === '"') return { end: i + 1, parts: [...parts, literal], holes }
    if (c === '\n') break
    if (c === '\\' && i + 1 < text.length) {
      const n = text[i + 1]
      literal += n === 'n' ? '\n' : n === 't' ? '\t' : n
      i += 2
      continue
    }
    if ((c === '$' || c === '%') && text[i + 1] === '{') {
      parts.push(literal, null)
      literal = ''
      const end = skipHole(text, i)
      holes.push(text.slice(i + 2, end - 1).trim())
      i = end
      continue
    }
    literal += c
    i++
  }
  return { end: i, parts: [...parts, literal], holes }
}

/** The heredoc's end marker when one opens at `i`; leaves HEREDOC.lastIndex after its first line. */
function heredocAt(text: string, i: number): string | null {
  HEREDOC.lastIndex = i
  return HEREDOC.exec(text)?.[2] ?? null
}

export function tokenizeHcl(text: string): HclToken[] {
  const tokens: HclToken[] = []
  let i = 0
  const push = (
    type: HclTokenType,
    start: number,
    end: number,
    str?: { parts: (string | null)[]; holes: string[] }
  ) => tokens.push({ type, text: text.slice(start, end), start, end, ...(str ?? {}) })
  while (i < text.length) {
    // charAt, not [i]: inside the loop the character always exists, and charAt says so to the compiler.
    const c = text.charAt(i)
    if (c === '\n') {
      push('newline', i, i + 1)
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2)
      i = close < 0 ? text.length : close + 2
    } else if (c === '"') {
      const str = readString(text, i)
      const end = str.end
      push('string', i, end, { parts: str.parts, holes: str.holes })
      i = end
    } else if (c === '<' && text[i + 1] === '<' && heredocAt(text, i)) {
      const marker = heredocAt(text, i)!
      let j = HEREDOC.lastIndex
      // The body ends at a line holding only the marker (indented when `<<-`).
      for (;;) {
        const eol = text.indexOf('\n', j)
        const line = text.slice(j, eol < 0 ? text.length : eol).replace(/\r$/, '')
        if (line.trim() === marker || eol < 0) {
          j = eol < 0 ? text.length : j + line.length
          break
        }
        j = eol + 1
      }
      push('heredoc', i, j)
      i = j
    } else if (/[A-Za-z_]/.test(c)) {
      IDENT.lastIndex = i
      IDENT.test(text)
      push('ident', i, IDENT.lastIndex)
      i = IDENT.lastIndex
    } else if (/[0-9]/.test(c)) {
      NUMBER.lastIndex = i
      NUMBER.test(text)
      push('number', i, NUMBER.lastIndex)
      i = NUMBER.lastIndex
    } else {
      push('punct', i, i + 1)
      i++
    }
  }
  return tokens
}
