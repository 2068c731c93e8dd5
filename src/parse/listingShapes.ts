// Lines whose own structure says they quote an error rather than report one: a pattern that
// matches error text, an exception class a program catches or raises, a row of seed data, a
// question about an error. Unlike `codeListing`, each shape is evident from its line alone, so
// no code needs to stand around it.
import { literalAt } from './codeListing.js'

/** One line shape; `holds` says whether the candidate at `col` of `line` sits in what it quotes. */
export interface ListingShape {
  id: string
  /**
   * Strings the line cannot have the shape without (any one of them; `[]`: none). Checked before
   * `holds` with `includes`, so that most log lines are ruled out without running an expression:
   * this runs for every candidate of every record.
   */
  needs: readonly string[]
  /** `needs` may stand on the line above instead (shapes that read a literal it left open). */
  needsAbove?: boolean
  /** `above(n)`: up to n lines above the line, nearest first (read only by shapes that need them). */
  holds(line: string, col: number, prev: string, above: (n: number) => string[]): boolean
}

/** A glob or word alternative of a shell `case` pattern: `*nauthorized*`, `*"no basic auth"*`. */
const GLOB = String.raw`(?:[^\s|()"';*]|\*|"[^"\n]*"|'[^'\n]*')+`

/** `case` patterns: at the start of a line, or after `in` / `;;` on one-line `case`s. */
const CASE_PATTERNS = new RegExp(
  String.raw`(?:^\s*|\bin\s+|;;\s*)\(?${GLOB}(?:\s*\|\s*${GLOB})*\)`,
  'g'
)

/** Regular-expression syntax inside a literal: alternation, escaped metacharacters, `.*`. */
// `.*` is a pattern's, `.**` a sentence's end under Markdown bold (`"**… too large.**"`, h148-110).
const PATTERN_SYNTAX = /[^\s|]\|[^\s|]|\\[()[\]{}*+?|^$]|\\\\[.()]|\.\*(?!\*)|\(\?[:i!=]/

/** What stands before an exception class that code names (catches, raises, stubs, asserts). */
const EXCEPTION_LEAD =
  /(?:\brescue\s+(?:[\w:]+\s*,\s*)*|\b(?:and_raise|raise_error|assertRaises|assertThrows|raises|toThrow|expectThrows)\s*\(\s*|\bcatch\s*\(\s*(?:final\s+)?(?:[\w.]+\s*\|\s*)*|\bexcept\s+\(?(?:[\w.]+\s*,\s*)*|\binstanceof\s+|\bisinstance\s*\([^,()]+,\s*\(?(?:[\w.]+\s*,\s*)*)[\w:.]*$/

/** An exception class instantiated: `Aws::S3::Errors::AccessDenied.new(` (or `new X(` before it). */
const INSTANTIATED = /^(?:\.new\b|::new\b)/

const LITERAL = String.raw`[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`
const SCALAR = String.raw`(?:${LITERAL}|-?\d[\w.:-]*|NULL|null|None|true|false|TRUE|FALSE|now\(\))`

/** A row of two or more values in parentheses with a literal among them: SQL `VALUES`, Python tuples. */
const TUPLE_ROW = new RegExp(String.raw`^\s*\(\s*${SCALAR}(?:\s*,\s*${SCALAR})+\s*\)\s*[,;]?\s*$`)

/**
 * A line that is only literals, ending as an element of a list does (`"…",`), or a struct field
 * holding a double-quoted one (`errMsg: "…",`). Node prints objects under a lone `{` too, but with
 * single quotes unless the text holds one.
 */
const ELEMENT = new RegExp(
  String.raw`^\s*(?:${LITERAL}(?:\s*\+?\s*${LITERAL})*|[A-Za-z_]\w*:\s*"[^"'\\]*")\s*,\s*$`
)

/** A question about an error: `# 3a. How would you debug an "UnauthorizedOperation: …" error?` */
const QUESTION =
  /^[\s#/*>-]*(?:\d+[a-z]?[.)]\s*)?(?:How|What|Why|When|Which|Where|Who|Can|Could|Should|Would|Will|Do|Does|Did|Is|Are|Have|Has)\b[^\n]*\?\s*$/

/**
 * A shell line printing canned text: `printf '%s\n' '…' >&2`, `echo "…"`, also after a one-line
 * `case` arm's pattern (`denied) echo "…" ;;`). Not a `+ ` trace: `set -x` shows the argument
 * expanded, and that may be the error a command printed (`echo "$out"`).
 */
const PRINTS = /^\s*(?:[\w*|"'-]+\)\s*)?(?:printf|echo)\s/

/**
 * A literal tested for being in a value: `if "no basic auth credentials" in repr_inst_err or \`.
 * What follows the value is code (`:`, `or`, `and`, `)`, a continuation), never prose's next word.
 */
const MEMBERSHIP =
  /^\s+(?:not\s+)?in\s+[A-Za-z_][\w.]*(?:\([^()]*\))?(?:\[[^\]]*\])?\s*(?::\s*$|\b(?:or|and)\b|\)|\\\s*$)/

/** A key whose list holds patterns, not messages: `searchRegexStrings:`, `match_patterns:`. */
const PATTERN_KEY =
  /^\s*-?\s*[\w.-]*(?:regex|regexp|pattern|match|grep|search|filter|ignore)[\w.-]*\s*:\s*$/i

/**
 * A field of an error catalogue naming what an error looks like, not what a run printed:
 * `"signature": "Error: error accessing remote state: AccessDenied: …"`, `"regex": "…"`,
 * `symptom: "…"` (a language suffix too: `"signature_zh"`). Logs name their fields `msg`,
 * `message`, `error`, `errorMessage`.
 */
const CATALOGUE_FIELD =
  /^\s*[{,]?\s*(["']?)(?:error_?)?(?:signature|regexp?|pattern|symptoms?)(?:_[a-z]{2})?\1\s*:\s*["']/i

/** A C# or Rust attribute handing a literal to a test: `[TestCase("…", false)]`, `#[test_case("…")]`. */
const ATTRIBUTE = /^\s*#?\[[A-Za-z_][\w.:]*\(\s*[@$]?["'].*\)\]\s*$/

/** How many lines above a YAML list item its key may stand (the items before it between). */
const YAML_REACH = 30

/** How much of a line before a candidate the exception shapes read. */
const HEAD = 200

export const LISTING_SHAPES: ListingShape[] = [
  {
    // `case "$out" in *AccessDenied*|*nauthorized*)`: the error text is what the script matches.
    id: 'shell-case-pattern',
    needs: ['*'],
    holds(line, col) {
      for (const m of line.matchAll(CASE_PATTERNS)) {
        if (col >= m.index && col < m.index + m[0].length && m[0].includes('*')) return true
      }
      return false
    }
  },
  {
    // A literal written as a pattern: `grepl("… does not exist in our records\\. \\(Service…", msg)`,
    // `'Aws::S3::Errors::AccessDenied|Access Denied'`, `re.compile(r"AccessDenied|Unauthorized")`.
    id: 'pattern-literal',
    // PATTERN_SYNTAX holds one of these.
    needs: ['|', '\\', '.*', '(?'],
    holds(line, col) {
      if (!PATTERN_SYNTAX.test(line)) return false
      const lit = literalAt(line, col)
      return lit !== null && PATTERN_SYNTAX.test(line.slice(lit.open + 1, lit.close - 1))
    }
  },
  {
    // A regex literal handed to a call: `.with(/AccessDenied/)`, `expect(out).toMatch(/Access Denied/)`.
    id: 'regex-literal',
    needs: ['/'],
    holds(line, col) {
      const open = line.lastIndexOf('/', col)
      if (open < 0 || !/(?:[(,]|=~|!~)\s*$/.test(line.slice(Math.max(0, open - 8), open)))
        return false
      const close = line.indexOf('/', col)
      return close > col && /^\/[gimsuy]*\s*[),;]/.test(line.slice(close))
    }
  },
  {
    // An exception class in code: `rescue Aws::S3::Errors::AccessDenied => e`,
    // `.and_raise(Aws::S3::Errors::AccessDenied.new(nil, "denied"))`, `except NoCredentialsError:`.
    id: 'exception-reference',
    // Every lead of EXCEPTION_LEAD holds one of these, and both instantiations `new`.
    needs: ['rescue', 'raise', 'assert', 'Throw', 'catch', 'except', 'instance', 'new'],
    holds(line, col) {
      const head = line.slice(Math.max(0, col - HEAD), col)
      if (EXCEPTION_LEAD.test(head)) return true
      const name = /^[\w:]*/.exec(line.slice(col, col + HEAD))![0]
      const after = line.slice(col + name.length)
      return INSTANTIATED.test(after) || (/\bnew\s+[\w.:]*$/.test(head) && /^\s*\(/.test(after))
    }
  },
  {
    // Seed data and fixtures: `('document-storage', 'EXCEPTION …S3Exception: Access Denied …'),`.
    id: 'tuple-row',
    needs: ['('],
    holds(line, col) {
      return TUPLE_ROW.test(line) && literalAt(line, col) !== null
    }
  },
  {
    // An element of a composite literal: Go and C test tables open each case with a lone `{`,
    // and no log format prints a bare string right under one (JSON prints `"key": …`).
    // Only the first line under the brace: further fields are judged by `codeListing`.
    id: 'composite-element',
    needs: [','],
    holds(line, col, prev) {
      return /^\s*\{\s*$/.test(prev) && ELEMENT.test(line) && literalAt(line, col) !== null
    }
  },
  {
    // A fake executable for tests prints canned errors in `case` arms:
    // `printf '%s\n' 'An error occurred (AccessDenied) …' >&2`. What a run prints has no quotes.
    id: 'shell-print-literal',
    needs: ['printf', 'echo'],
    needsAbove: true,
    holds(line, col, prev) {
      if (PRINTS.test(line)) return literalAt(line, col) !== null
      // An escaped newline in the format (`'%s\n'`) reaches the grammars as a line break: the
      // line goes on with the literal the printing line left open.
      if (!PRINTS.test(prev) || literalAt(prev + 'x', prev.length) === null) return false
      return literalAt(`${prev}\\n${line}`, prev.length + 2 + col) !== null
    }
  },
  {
    // Python's `"…" in text` tests: error handling that matches a message.
    id: 'membership-test',
    needs: [' in '],
    holds(line, col) {
      const lit = literalAt(line, col)
      return lit !== null && MEMBERSHIP.test(line.slice(lit.close))
    }
  },
  {
    // A test attribute's arguments: NUnit `[TestCase("Error: No valid credential sources found", false)]`.
    id: 'attribute-argument',
    needs: ['['],
    holds(line, col) {
      return ATTRIBUTE.test(line) && literalAt(line, col) !== null
    }
  },
  {
    // A YAML list of patterns a tool matches output against:
    // `searchRegexStrings:` / `- "UnauthorizedOperation: You are not authorized …"`.
    id: 'yaml-pattern-list',
    needs: ['-'],
    holds(line, col, _prev, above) {
      const item = /^(\s*)-\s+["']/.exec(line)
      if (!item || literalAt(line, col) === null) return false
      const indent = item[1]!.length
      for (const l of above(YAML_REACH)) {
        if (l.trim() === '') continue
        const lead = /^\s*/.exec(l)![0].length
        if (lead === indent && /^\s*-\s/.test(l)) continue
        return lead <= indent && PATTERN_KEY.test(l)
      }
      return false
    }
  },
  {
    // errorcanon.top (heldout7 h7-023): an error catalogue's JSON record, its `signature`,
    // `signature_zh` and `regex` fields holding the message it describes.
    id: 'catalogue-field',
    needs: ['ignature', 'egex', 'attern', 'ymptom'],
    holds(line, col) {
      const m = CATALOGUE_FIELD.exec(line)
      return m !== null && col >= m[0].length - 1 && literalAt(line, col) !== null
    }
  },
  {
    // A question quoting an error (interview notes, FAQs, issue-template prompts).
    id: 'question',
    needs: ['?'],
    holds(line, col) {
      return QUESTION.test(line) && literalAt(line, col) !== null
    }
  }
]

/**
 * The listing shape the line holding text[at] has around that position, or null. `needsByLine`
 * keeps, per line start of this `text`, which shapes' needs the line meets (a bit per shape):
 * the candidates of one line are judged with one pass over the needs.
 */
export function listingShapeAt(
  text: string,
  at: number,
  needsByLine?: Map<number, number>
): string | null {
  const start = text.lastIndexOf('\n', at - 1) + 1
  let end = text.indexOf('\n', at)
  if (end === -1) end = text.length
  const line = text.slice(start, end)
  const prevStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start
  const prev = start > 0 ? text.slice(prevStart, start - 1) : ''
  const above = (n: number): string[] => {
    const out: string[] = []
    for (let end = start - 1; end > 0 && out.length < n;) {
      const from = text.lastIndexOf('\n', end - 1) + 1
      out.push(text.slice(from, end))
      end = from - 1
    }
    return out
  }
  let met = needsByLine?.get(start)
  if (met === undefined) {
    met = 0
    LISTING_SHAPES.forEach((shape, k) => {
      if (needsMet(shape, line, prev)) met! |= 1 << k
    })
    needsByLine?.set(start, met)
  }
  for (let k = 0; k < LISTING_SHAPES.length; k++) {
    if ((met & (1 << k)) === 0) continue
    const shape = LISTING_SHAPES[k]!
    if (shape.holds(line, at - start, prev, above)) return shape.id
  }
  return null
}

function needsMet(shape: ListingShape, line: string, prev: string): boolean {
  if (shape.needs.length === 0) return true
  return shape.needs.some(
    (n) => line.includes(n) || (shape.needsAbove === true && prev.includes(n))
  )
}
