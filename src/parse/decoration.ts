// Formatting a reporter or tool put around a message: Markdown emphasis, comment and quote
// gutters. None of it is part of a value; it is told apart by structure (what opened it, what
// every line of a block starts with), never by what a value may end with (`bucket/*` is a value).

/** Markdown emphasis marks: bold/italic stars and underscores, strike-through tildes. */
const EMPHASIS_RUN = /([*_~])\1*$/
/** Words in single underscores, a space among them: `_my role_`. */
const UNDERSCORED_WORDS = /^_[^_\s][^_\n]* [^_\n]*[^_\s]_$/

/**
 * The value without a closing emphasis run that an opening run of the same mark and length
 * before it on its line left open (`***Error … role/x***`, `__…arn:…/y__`, `~~…~~`). A run
 * that opens stands at a word start and is followed by a non-space; a run counts as open while
 * the runs of its length before the value are odd in number. The longest open run closes first,
 * so a wildcard before the closing stars stays (`**User: … stack/app/***` → `stack/app/*`).
 */
export function withoutClosingEmphasis(value: string, lineBefore: string): string {
  const run = EMPHASIS_RUN.exec(value)
  if (!run || run[0].length === value.length) return value
  // Words set in underscores as the whole value are a writer's placeholder, kept as printed
  // (`User: _my role_ is not authorized…`, gravitational/teleport#7939; see tokens' PLACEHOLDER).
  if (UNDERSCORED_WORDS.test(value)) return value
  // One star after a path or field separator is the ARN's wildcard (`…:image/*`), an emphasis
  // run the writer left open before it or not (h125-015: `*An error occurred … image/*`).
  if (run[0] === '*' && /[/:]$/.test(value.slice(0, -1))) return value
  const mark = run[1] === '*' ? '\\*' : run[1]!
  for (let n = Math.min(run[0].length, 3); n >= 1; n--) {
    // A run of that length inside the value pairs with the closing one: a mask of its own
    // (`arn:aws:sts::*redacted*` after `RequestID: *redacted*,`, praetorian-inc/chariot-ui#208).
    // Not a run opening the value itself (`**arn:…/k**`): that one is emphasis around it.
    if (new RegExp(`(?<=[^\\s${mark}])${mark}{${n}}(?!${mark})`).test(value.slice(0, -n))) continue
    // The line up to the closing run: what stands before the value and the value's own start.
    const head = lineBefore + value.slice(0, -n)
    const runs = head.match(new RegExp(`(?<!${mark})${mark}{${n}}(?!${mark})`, 'g')) ?? []
    const opens = new RegExp(`(?:^|[\\s(>])${mark}{${n}}(?=[^\\s${mark}])`).test(head)
    if (opens && runs.length % 2 === 1) return value.slice(0, -n)
  }
  return value
}

/** A value that is a gutter or formatting mark alone: never a principal or resource. */
const MARK_ONLY = /^(?:#+|\/\/+|>+|;+|\||~+|`+)$/

export function isMarkOnly(value: string): boolean {
  return MARK_ONLY.test(value)
}

/**
 * A comment gutter at a line start: one `#` (shell, Python, HCL, YAML), `//`, `--`, `;` or a block
 * comment's `*`, then a space or the line's end. `##` and deeper are Markdown headings, not gutters.
 */
const LINE_GUTTER = /^([ \t]*)(#(?!#)|\/\/|--|;|\*)(?=[ \t]|$)/

const SPACE = 32
const TAB = 9
const NL = 10

/**
 * Whether some line of `text` (split at `\n`) opens with a gutter (`LINE_GUTTER`), read char by
 * char from each line start: an `m`-flag expression tries every position of the record, and
 * this runs for every record.
 */
export function hasGutter(text: string): boolean {
  for (let start = 0; start <= text.length;) {
    let i = start
    while (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB) i++
    const c = text[i]
    let mark = 0
    if (c === '#') mark = text[i + 1] === '#' ? 0 : 1
    else if (c === ';' || c === '*') mark = 1
    else if ((c === '/' || c === '-') && text[i + 1] === c) mark = 2
    if (mark > 0) {
      const after = i + mark
      const next = text.charCodeAt(after)
      if (after === text.length || next === SPACE || next === TAB || next === NL) return true
    }
    const nl = text.indexOf('\n', i)
    if (nl === -1) return false
    start = nl + 1
  }
  return false
}

/**
 * The text with the gutters of commented blocks turned into spaces, so a message a developer
 * pasted into comments reads as printed (`#   denied: … on resource:` / `#   .../repository/x`)
 * and no `#` becomes a value. Same length, so every position still maps to the log.
 */
export function blankCommentGutters(text: string): string {
  if (!hasGutter(text)) return text
  const lines = text.split('\n')
  const marks = lines.map((line) => {
    const m = LINE_GUTTER.exec(line)
    return m ? { at: m[1]!.length, mark: m[2]! } : null
  })
  let changed = false
  for (let k = 0; k < lines.length; k++) {
    const g = marks[k]
    if (!g) continue
    // A block is two lines or more: one line with a gutter may be a prompt or a bullet.
    const same = (j: number) => marks[j]?.mark === g.mark
    if (!same(k - 1) && !same(k + 1)) continue
    const line = lines[k]!
    lines[k] = line.slice(0, g.at) + ' '.repeat(g.mark.length) + line.slice(g.at + g.mark.length)
    changed = true
  }
  // Lone gutters (`  # resource will be created` in a plan) change nothing: the text itself, not
  // a copy, so that later passes can tell it is the text they were given.
  return changed ? lines.join('\n') : text
}
