// Source code that quotes a refusal: emulators (moto, LocalStack), tests asserting on message
// text, SDK and classifier source. The refusal sits inside a string literal that a statement
// hands on (assigned, passed, returned, raised, asserted) while the lines around read as code.
// A log line a run printed is never itself a literal on a code line, so failure traces, JSON
// log records (`"errorMessage": "…"`) and SDK dumps (`message: 'User: …',`) still count.

import { firstAtOrAfter } from '../common/firstAtOrAfter.js'

/**
 * Statement keywords that open a line of code (never a log line's first word). A test block's
 * `it`/`test` opens code only with its name or call after it (`it('…'`, `it.each(`, rspec `it "…"
 * do`): a lowercase sentence of prose opens so too (`it does not happen regularly`).
 */
const STATEMENT =
  /^\s*(?:(?:let|const|var|val|def|fn|func|async|private|public|protected|internal|static|final|export|return|raise|throw|yield|expect\w*|import|class|struct|case|describe)\b(?![:=])|(?:it|test)(?=\s*[('"`{]|\.\w)|assert\w*(?:!(?=\s*\()|\b(?![:=]))|@\w[\w.]*\(|if\s*\()/

/**
 * Lines that show code around a literal, one rule per shape. None of them is a line a tool prints
 * about a failed call: an SDK error dump (`code: 'AccessDenied',`, `statusCode: 403,`, `time:
 * 2024-…Z,`) holds literals, numbers and dates, never a constant like `http.StatusForbidden`.
 */
const CODE_EVIDENCE: RegExp[] = [
  STATEMENT,
  // `…;` line endings, but not a writer's Markdown emphasis (`**rpdk.log**;`, under a
  // refusal quoted in a code span: aws-cloudformation/cloudformation-cli#191).
  /^(?!.*\*\*\S[^*\n]*\*\*).*;\s*$/,
  // A method called on a literal or list: `'a|b'.split(`, `].join(`.
  /[\])'"`]\.\w+\(/,
  // Go short declarations: `testCases := []testCase{`.
  /^\s*[\w.]+(?:\s*,\s*[\w.]+)*\s*:=\s/,
  // Constructors: `new CredentialsProviderError({`.
  /\bnew\s+[A-Z][\w.]*\s*\(/,
  // Functions and closures: `function(e){`, `async () => {`.
  /\bfunction\b\s*\w*\s*\(|=>\s*[{(]?\s*$/,
  // R assignments: `msg <- e$message`.
  /^\s*[\w.$]+\s*<<?-\s/,
  // A field set to a constant of the program: `HTTPStatusCode: http.StatusForbidden,`.
  /^\s*[A-Za-z_]\w*\s*:\s*&?[A-Za-z_]\w*\.[A-Za-z_][\w.]*\s*,\s*$/,
  // A line comment of C-family source (`// Errores de API externa`): no log line opens so.
  /^\s*\/\/\s/,
  // A Python block's opening line (`if region != "eu-central-1":`, a challenge script printing a
  // made-up refusal, github-file:find_string#66349312336): lower-case keyword, colon at the end.
  /^\s*(?:if|elif|else|for|while|with|try|except|finally)\b[^\n]*:\s*$/,
  // A Lisp form opening its line (`(ert-deftest …`, `(let ((msg …`: an Emacs Lisp test feeding a
  // made-up refusal to its classifier, github-file:find_string#69785772565).
  /^\s*\((?:defun|defvar|defmacro|defconst|ert-deftest|let\*?|lambda|setq|define|cl-defun|deftest)\b/,
  // Go composite literals: a struct type closing where its values open (`}{`).
  /^\s*\}\s*\{\s*$/,
  // A test table's expectation, one entry of a struct or object (`expected: \`…\`,`, `wantErr:
  // "…",`): lower case, as source spells it; a test runner reports `Expected: "…"`.
  /^\s*(?:expected|want)\w*\s*:\s*[fFrRbBuU]{0,2}(["'`]).*\1\s*,\s*$/
]

/** Interpolation inside the literal: `${x}` (JS, Kotlin, shell-in-code), `#{x}` (Ruby), `{x}` / `{ts()}` (Python f-strings, Rust format!). */
const INTERPOLATION = /[$#]\{\w|\{[a-z_][\w.]*(?:\([^()]*\))?\}/
/** What interpolates in a backtick literal (a JS template, a Ruby command; Markdown’s code span: nothing). */
const JS_INTERPOLATION = /[$#]\{\w/

/**
 * How a code line reaches its literal: a statement, a call `name(`/`name!(` (also after `await`
 * or an earlier statement: `await sleep(5); line('…')`), an assignment with spaces (`x = "…"`,
 * `let m: String = "…"`), a field of an object or struct literal (`errMsg: "…",`; an SDK error
 * dump has these too, so they still need code around), or a line that is nothing but literals,
 * as a list or a concatenation continues (`    'An error occurred (…)',`).
 */
const LITERALS_ONLY =
  /^\s*[([]?\s*[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)(?:\s*[+,]?\s*[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`))*\s*[)\],;+]*\s*(?:\)\s*[,;]?\s*)?$/

/**
 * One row of a table-driven test, its values in braces (`{"unrelated error", "An error occurred
 * (AccessDenied) when calling …", false},`, a Go test of an SSM tool's matcher,
 * github-file:find_string#52203952690): literals, numbers, booleans and constants only.
 */
const VALUE = String.raw`(?:[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\x60[^\x60]*\x60)|-?\d[\w.]*|true|false|nil|null|None|True|False|[A-Za-z_][\w.]*)`
const TABLE_ROW = new RegExp(String.raw`^\s*\{\s*${VALUE}(?:\s*,\s*${VALUE})+\s*,?\s*\}\s*,?\s*$`)

/** A line that is one field of an object, its value a literal: `message: "…"`, `"message": "…"`. */
const FIELD_ONLY = /^\s*(?:[A-Za-z_$][\w$]*\??|(["'])[\w-]+\1)\s*:\s*["'`]/

const CODE_LINE: RegExp[] = [
  STATEMENT,
  // The next argument after a closing lambda or list: `}, "…S3Exception: Access Denied…");`.
  /^\s*[)}\]]+\s*,\s*[fFrRbBuU]{0,2}["'`]/,
  // A literal continued on the next line (`"…operation: not \` / `authorized");`): OCaml, C, shell.
  /^\s*[fFrRbBuU]{0,2}"(?:[^"\\]|\\.)*\\$/,
  /^\s*(?:[^'"`\n]*;\s*)?(?:await\s+)?[\w.$]+[!?]?\s*\(/,
  /^\s*[A-Za-z_$][\w$]*\??\s*:\s*[fFrRbBuU]{0,2}["'`]/,
  // A field set through a call on its literal (Go's `Message_: aws.String("…"),` in a test's struct).
  /^\s*[A-Za-z_$][\w$]*\s*:\s*&?[\w.$]+\(\s*["'`]/,
  /^\s*[\w.$[\]]+\s*(?::\s*[\w<>[\]?.]+\s*)?(?:=|:=|\+=)\s/,
  LITERALS_ONLY,
  TABLE_ROW
]

/**
 * How many lines either side may show that the listing is code; lines of literals alone (the rest
 * of a list or concatenation) and of closing or opening brackets alone (a test table's `},` / `}`
 * before the loop that runs it) do not count against it, up to `MAX_LINES`.
 */
const REACH = 3
const MAX_LINES = 40

/** A line that only opens or closes brackets: `{`, `},`, `})`, `]`. */
const BRACKETS_ONLY = /^\s*[{}()[\]]+[,;]?\s*$/

/** A line that neither shows code nor uses up the reach: literals or brackets alone. */
function neutral(line: string): boolean {
  return LITERALS_ONLY.test(line) || BRACKETS_ONLY.test(line) || TABLE_ROW.test(line)
}

/** A diff hunk shows source behind `+`/`-`: judge the source. */
function source(line: string): string {
  return line.replace(/^[+-](?![+-])/, '')
}

/** A quote opens a literal after a non-word character, or after a string prefix (`f"`, `rb'`). */
function opensLiteral(line: string, i: number): boolean {
  return (
    !/\w/.test(line[i - 1] ?? '') ||
    /(?:^|\W)[fFrRbBuU]{1,2}$/.test(line.slice(Math.max(0, i - 3), i))
  )
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
    } else if ((c === '"' || c === "'" || c === '`') && opensLiteral(line, i)) {
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

/** How many lines a raw string (Go's, a JS template) may run over before the line holding text[at]. */
export const RAW_REACH = 40

/** A line opening a raw string it leaves open: `const errXML = \`<?xml …`, `body := \``, `(\``. */
const RAW_OPEN = /(?:[=(,]|\breturn)\s*`[^`]*$/

/** What a line assigning a raw string holds: the scanner remembers such lines (see `opensRawString`). */
export const RAW_STRING_FRAGMENTS = ['= `']

/** Whether `line` opens a backtick raw string and leaves it open (one backtick, handed on). */
export function opensRawString(line: string): boolean {
  const open = source(line)
  return open.indexOf('`') === open.lastIndexOf('`') && RAW_OPEN.test(open)
}

/**
 * Whether text[at] lies in a backtick raw string opened on a line above and not closed before it
 * (a Go test's canned response body): the nearest backtick before `at` opens the string, alone on
 * a line that hands it on. A Markdown fence or code span pairs its backticks on one line.
 */
function inRawString(text: string, at: number, quotes?: readonly number[]): boolean {
  const tick = quotes ? lastTickBefore(text, quotes, at) : text.lastIndexOf('`', at - 1)
  if (tick === -1) return false
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (tick >= lineStart) return false
  const openStart = text.lastIndexOf('\n', tick - 1) + 1
  const openEnd = text.indexOf('\n', tick)
  if (!opensRawString(text.slice(openStart, openEnd))) return false
  let lines = 0
  for (
    let i = text.indexOf('\n', openEnd + 1);
    i !== -1 && i < lineStart;
    i = text.indexOf('\n', i + 1)
  )
    if (++lines > RAW_REACH) return false
  return true
}

/**
 * Whether text[at] lies in a string literal of a source listing (see the file comment).
 * `blocks`: whether the text holds a triple quote at all, when the caller knows (a record's
 * candidates ask in turn, and each search of the whole record cost its length). `quotes`: where
 * the text's quote characters stand (`quotePositions`), when the caller keeps them for all.
 */
export function inCodeLiteral(
  text: string,
  at: number,
  blocks = text.includes('"""') || text.includes("'''"),
  quotes?: readonly number[]
): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1
  let end = text.indexOf('\n', at)
  if (end === -1) end = text.length
  // No quote on this line or the one above, and no text block: no literal can hold text[at]. Most
  // log lines are ruled out here, without slicing them or running an expression.
  const above = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start
  if (!(quotes ? anyWithin(quotes, above, end) : holdsQuote(text, above, end))) {
    return (blocks && blockOpening(text, at) !== -1) || inRawString(text, at, quotes)
  }
  let line = source(text.slice(start, end))
  let col = at - start - (text.slice(start, end).length - line.length)
  // A grammar that reads the key (`code: 'AccessDenied'`) starts at the field, not its literal.
  const key = /^[\w$]+\??\s*:\s*[fFrRbBuU]{0,2}(?=["'`])/.exec(line.slice(col))
  if (key) col += key[0].length + 1
  let literal = literalAt(line, col)
  let from = start
  // A literal holding escaped newlines (`"CLUSTERS-MGMT-400:\nFailed …",`, a test's expected
  // Terraform box `'…Creating...\n╷\n│ Error: …'`, h12-165) reaches the grammars as several
  // lines: read the lines back to the one that left it open, and this one, as one source line.
  let prevStart = start
  let prev = ''
  for (let k = 0; !literal && prevStart > 0 && k < ESCAPED_LINES; k++) {
    prevStart = text.lastIndexOf('\n', prevStart - 2) + 1
    const above = source(text.slice(prevStart, text.indexOf('\n', prevStart)))
    prev = k === 0 ? above : `${above}\\n${prev}`
    if (literalAt(prev + 'x', prev.length)) {
      line = `${prev}\\n${line}`
      col += prev.length + 2
      literal = literalAt(line, col)
      from = prevStart
    }
  }
  // A dict that a call, an assignment or a `return` takes is source whatever stands around it.
  if (literal && dictHandedOn(text, from, line)) return true
  if (literal && (CODE_LINE.some((re) => re.test(line)) || argumentOf(text, from, line))) {
    const body = line.slice(literal.open, literal.close)
    // Bare-brace interpolation (`{x}`) is Python's, Rust's or C#'s, whose literals take `"`/`'`:
    // in backticks (a JS template, or Markdown's code span) only `${x}` interpolates, and `{user}`
    // is a reporter's mask (aws/copilot-cli#1771: `User: {user} is not authorized …`).
    // A field alone (`message: "User \`arn:…:{ID}:…'"` over `statusCode: 403`) is also how an
    // SDK prints an error object, and reporters mask with braces: there only `${x}`/`#{x}` is
    // code by itself, and bare braces need code around (danielireson/formplug#11).
    const interpolates =
      body.startsWith('`') || FIELD_ONLY.test(line) ? JS_INTERPOLATION : INTERPOLATION
    if (interpolates.test(body)) return true
    return codeAround(text, from, end, line)
  }
  // Triple quotes handed on by `=`, `(` or `return` belong to source, never to what a tool printed.
  return (blocks && blockOpening(text, at) !== -1) || inRawString(text, at, quotes)
}

/** How many lines back a literal with escaped newlines may have opened. */
const ESCAPED_LINES = 4

/** Whether text[from, to) holds a quote character. */
function holdsQuote(text: string, from: number, to: number): boolean {
  for (const q of QUOTES) {
    const i = text.indexOf(q, from)
    if (i !== -1 && i < to) return true
  }
  return false
}

const QUOTES = ['"', "'", '`']

/**
 * Where the text's quote characters stand, in order. Asked per candidate, `holdsQuote` searched
 * on to the end of the record whenever a line held none: a record of quote-less refusal phrases
 * paid its length for each of its hundreds of candidates.
 */
export function quotePositions(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22 || c === 0x27 || c === 0x60) out.push(i)
  }
  return out
}

/** Whether a position of `sorted` lies in [from, to). */
function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  const lo = firstAtOrAfter(sorted, from)
  return lo < sorted.length && sorted[lo]! < to
}

/**
 * `text.lastIndexOf('`', at - 1)` read from the record's quote positions: searching the text
 * back from each candidate cost the record's length per candidate when it held no backtick.
 */
function lastTickBefore(text: string, quotes: readonly number[], at: number): number {
  for (let k = firstAtOrAfter(quotes, at) - 1; k >= 0; k--)
    if (text.charCodeAt(quotes[k]!) === 0x60) return quotes[k]!
  return -1
}

/** A literal opening a line under a line that opens a call: `classify(` / `    "Unable to …"`. */
function argumentOf(text: string, start: number, line: string): boolean {
  if (start === 0 || !/^\s*[fFrRbBuU]{0,2}["'`]/.test(line)) return false
  const prevStart = text.lastIndexOf('\n', start - 2) + 1
  return /[\w!]\(\s*$/.test(source(text.slice(prevStart, start - 1)))
}

/** An entry of a dict whose keys are quoted (`"Code": "AccessDenied",`): Python's and JSON's alike. */
const QUOTED_KEY_ENTRY = /^\s*(["'])[\w-]+\1\s*:\s*[fFrRbBuU]{0,2}["'`]/
/** A line inside such a dict: an entry, a nested dict opening, or brackets alone. */
const DICT_LINE =
  /^\s*(?:(["'])[\w-]+\1\s*:\s*(?:[fFrRbBuU]{0,2}["'`].*|\{\s*)|[{}()[\]]+[,;]?\s*)$/
/** What hands a dict on: a call left open, an assignment, `return` (`ClientError(`, `err = {`). */
const HANDS_ON = /(?:[\w!?]\(|\s=\s*\[?|\breturn)\s*\{?\s*$/

/**
 * A quoted-key entry of a dict that code hands on: the line above the dict's lines opens a call
 * (`botocore.exceptions.ClientError(`), assigns (`err = {`) or returns. A JSON body a log printed
 * opens under a command or a message (a traceback's `raise error_class(…)` closes its call).
 */
function dictHandedOn(text: string, start: number, line: string): boolean {
  if (!QUOTED_KEY_ENTRY.test(line)) return false
  let up = start
  for (let n = 0; n < MAX_LINES && up > 0; n++) {
    const from = text.lastIndexOf('\n', up - 2) + 1
    const above = source(text.slice(from, up - 1))
    if (!DICT_LINE.test(above)) return HANDS_ON.test(above)
    up = from
  }
  return false
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
      if (!neutral(l)) upLeft--
      up = from
    } else upLeft = 0
    if (down < text.length && downLeft > 0) {
      let to = text.indexOf('\n', down + 1)
      if (to === -1) to = text.length
      const l = source(text.slice(down + 1, to))
      if (CODE_EVIDENCE.some((re) => re.test(l))) return true
      if (!neutral(l)) downLeft--
      down = to
    } else downLeft = 0
  }
  return false
}
