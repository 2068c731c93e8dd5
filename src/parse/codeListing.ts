// Source code that quotes a refusal: emulators (moto, LocalStack), tests asserting on message
// text, SDK and classifier source. The refusal sits inside a string literal that a statement
// hands on (assigned, passed, returned, raised, asserted) while the lines around read as code.
// A log line a run printed is never itself a literal on a code line, so failure traces, JSON
// log records (`"errorMessage": "…"`) and SDK dumps (`message: 'User: …',`) still count.

/** Statement keywords that open a line of code (never a log line's first word). */
const STATEMENT =
  /^\s*(?:(?:let|const|var|val|def|fn|func|private|public|protected|internal|static|final|return|raise|throw|yield|assert\w*!?|expect\w*|import|class|struct|case|describe|it|test)\b(?![:=])|@\w[\w.]*\(|if\s*\()/

/** Lines that show code around a literal: statements, `…;` endings, a method called on a literal or list. */
const CODE_EVIDENCE: RegExp[] = [STATEMENT, /;\s*$/, /[\])'"`]\.\w+\(/]

/** Interpolation inside the literal: `${x}` (JS, Kotlin, shell-in-code), `#{x}` (Ruby), `{x}` (Python f-strings, Rust format!). */
const INTERPOLATION = /[$#]\{\w|\{[a-z_]\w*\}/

/**
 * How a code line reaches its literal: a statement, a call `name(`/`name!(`, an assignment with
 * spaces (`x = "…"`, `let m: String = "…"`), or a line that is nothing but literals, as a list or
 * a concatenation continues (`    'An error occurred (…)',`).
 */
const LITERALS_ONLY =
  /^\s*[([]?\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)(?:\s*[+,]?\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`))*\s*[)\],;+]*\s*(?:\)\s*[,;]?\s*)?$/

const CODE_LINE: RegExp[] = [
  STATEMENT,
  /^\s*[\w.$]+[!?]?\s*\(/,
  /^\s*[\w.$[\]]+\s*(?::\s*[\w<>[\]?.]+\s*)?(?:=|:=|\+=)\s/,
  LITERALS_ONLY
]

/**
 * How many lines either side may show that the listing is code; lines of literals alone (the rest
 * of a list or concatenation) do not count against it, up to `MAX_LINES`.
 */
const REACH = 3
const MAX_LINES = 40

/** A diff hunk shows source behind `+`/`-`: judge the source. */
function source(line: string): string {
  return line.replace(/^[+-](?![+-])/, '')
}

/**
 * The literal of `line` that holds column `col`: [open, close) with the quotes, or null. A quote
 * opens only after a non-word character, so apostrophes inside words (`don't`) open nothing; a
 * literal left open runs to the end of the line.
 */
export function literalAt(line: string, col: number): { open: number; close: number } | null {
  let quote = ''
  let open = -1
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (quote) {
      if (c === '\\') i++
      else if (c === quote) {
        if (col >= open && col < i) return { open, close: i + 1 }
        quote = ''
      }
    } else if ((c === '"' || c === "'" || c === '`') && !/\w/.test(line[i - 1] ?? '')) {
      if (i > col) return null
      quote = c
      open = i
    }
  }
  return quote && col >= open ? { open, close: line.length } : null
}

/** How far back a text block (`"""…"""`) may have opened. */
const BLOCK_REACH = 4096

/** What hands a text block on: `body="""`, `('''`, `return """`. */
const BLOCK_LEAD = /(?:[=(,[]|\breturn)\s*$/

/**
 * The start of the line that opened a text block holding text[at] (Python, Kotlin, Swift, Java
 * and Scala triple quotes; an odd count of delimiters before `at` means one is open), or -1.
 * Backticks are left out: Markdown fences are triple backticks around real logs.
 */
function blockOpening(text: string, at: number): number {
  const from = Math.max(0, at - BLOCK_REACH)
  for (const d of ['"""', "'''"]) {
    let n = 0
    let last = -1
    for (let i = text.indexOf(d, from); i !== -1 && i < at; i = text.indexOf(d, i + 3)) {
      n++
      last = i
    }
    if (n % 2 === 0) continue
    const lineStart = text.lastIndexOf('\n', last - 1) + 1
    if (BLOCK_LEAD.test(source(text.slice(lineStart, last)))) return lineStart
  }
  return -1
}

/** Whether text[at] lies in a string literal of a source listing (see the file comment). */
export function inCodeLiteral(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  let end = text.indexOf('\n', at)
  if (end === -1) end = text.length
  const line = source(text.slice(start, end))
  const shift = text.slice(start, end).length - line.length
  const literal = literalAt(line, at - start - shift)
  if (literal && CODE_LINE.some((re) => re.test(line))) {
    if (INTERPOLATION.test(line.slice(literal.open, literal.close))) return true
    return codeAround(text, start, end, line)
  }
  // Triple quotes handed on by `=`, `(` or `return` belong to source, never to what a tool printed.
  return blockOpening(text, at) !== -1
}

/** Whether the line text[start, end) (`line`, diff marker off) or lines near it read as code. */
function codeAround(text: string, start: number, end: number, line: string): boolean {
  // The line itself, then up to REACH lines either side, found without splitting the record.
  if (CODE_EVIDENCE.some((re) => re.test(line))) return true
  let up = start
  let down = end
  let upLeft = REACH
  let downLeft = REACH
  for (let n = 0; n < MAX_LINES && (upLeft > 0 || downLeft > 0); n++) {
    if (up > 0 && upLeft > 0) {
      const from = text.lastIndexOf('\n', up - 2) + 1
      const l = source(text.slice(from, up - 1))
      if (CODE_EVIDENCE.some((re) => re.test(l))) return true
      if (!LITERALS_ONLY.test(l)) upLeft--
      up = from
    } else upLeft = 0
    if (down < text.length && downLeft > 0) {
      let to = text.indexOf('\n', down + 1)
      if (to === -1) to = text.length
      const l = source(text.slice(down + 1, to))
      if (CODE_EVIDENCE.some((re) => re.test(l))) return true
      if (!LITERALS_ONLY.test(l)) downLeft--
      down = to
    } else downLeft = 0
  }
  return false
}
