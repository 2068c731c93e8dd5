// Comments in source code that quote a refusal: a note above a retry predicate, a TODO, a block
// comment keeping an old error object, a commented-out transcript above commented-out code. A run
// prints its errors on log lines, never inside a comment of the program it runs, so a comment is
// quoting when the code it belongs to stands beside it. Shell comments beside shell commands are
// not enough: how-tos narrate a real run that way (`kubectl get all` / `# Ouch, … (Unauthorized)`).

/** One comment shape; `holds` says whether the line `k` of `lines` is such a comment. */
export interface CommentShape {
  id: string
  holds(lines: readonly string[], k: number): boolean
}

/**
 * A line comment's gutter: `//`, one `#`, or a run of `#` indented as code is (`    ### To fix…`
 * in a Python method), or an indented `#` that comments out an argument (`    #requester_pays=False,`).
 * A `##` heading at the margin is Markdown's, not a comment.
 */
const LINE_COMMENT = /^(?:\s*\/\/|\s*#(?!#)|\s{4,}#+)(?=\s|$)|^\s{4,}#(?=[a-z_]\w*\s*=)/

/**
 * Lines that are source whatever language: definitions, Go declarations, calls left open over
 * lines, blocks opened after a signature, Terraform blocks, imports. Each needs code punctuation
 * in its place, so a comment's prose, a shell command (`aws eks update-kubeconfig --name ${N}`)
 * or a log line does not read as one.
 */
const SOURCE_LINES: RegExp[] = [
  /^\s*(?:async\s+)?(?:def|class)\s+\w+\s*[(:].*:\s*$/,
  /^\s*(?:(?:public|private|protected|static|async|export)\s+)*(?:func|function|fn)\s+[\w.]*\s*\(/,
  /^\s*\w+(?:\s*,\s*\w+)*\s*:=\s/,
  /^\s*(?:const|let|var|val)\s+\w+\s*(?::\s*[\w<>[\]|]+\s*)?=\s/,
  /^\s*[\w.$]+\s*\(\s*$/,
  /\)\s*(?:->\s*[\w<>[\]]+\s*)?\{\s*$|=>\s*\{?\s*$/,
  /^\s*(?:resource|data|module|variable|output|provider)\s+"[^"]*"(?:\s+"[^"]*")?\s*\{\s*$/,
  /^\s*(?:import\s+[\w.{},*\s]+(?:from\s+['"][^'"]+['"])?|from\s+[\w.]+\s+import\s+\w.*|package\s+[\w.]+)\s*;?\s*$/,
  /^\s*(?:return|raise|throw)\s+[\w.]+\(.*[);]\s*$/,
  /^\s*[\w.]+\s*=\s*[\w.]+\(.*\)\s*;?\s*$/,
  // An assignment whose call goes on over the next lines (`env = rasterio.Env(AWSSession(region_name='us-west-2', `).
  /^\s*[\w.]+\s*=\s*[\w.]+\([^)\n]*,\s*$/,
  // A method call as a statement, its semicolon closing it (`bus.grantPutEventsTo(fn);`).
  /^\s*[\w$]+(?:\.[\w$]+)+\(.*\)\s*;\s*$/,
  // A key opening a list or map in HCL's jsonencode or a policy document (`"Resource" : [`): JSON
  // itself has no comments, so a comment beside it is the source's.
  /^\s*"[\w:.-]{1,60}"\s*[:=]\s*[[{]\s*$/
]

/** A line opening a block comment (`/*`, `/**`). */
const BLOCK_OPENER = /^\s*\/\*/

/** How many lines either side of a comment block may show its code. */
const REACH = 2

/** How far back a block comment may have opened. */
const BLOCK_LINES = 60

function isSource(line: string): boolean {
  return SOURCE_LINES.some((re) => re.test(line))
}

/** The line with its comment gutter off (commented-out code reads as the code it was). */
function uncommented(line: string): string {
  const m = LINE_COMMENT.exec(line)
  return m ? line.slice(m[0].length) : line
}

/** The source lines nearest a comment block [from, to], blank lines skipped, up to `REACH` a side. */
function codeBeside(lines: readonly string[], from: number, to: number): boolean {
  for (const step of [-1, 1]) {
    let seen = 0
    for (
      let j = step < 0 ? from - 1 : to + 1;
      j >= 0 && j < lines.length && seen < REACH;
      j += step
    ) {
      const line = lines[j]!
      if (line.trim() === '') continue
      seen++
      if (isSource(uncommented(line))) return true
    }
  }
  return false
}

/** The extent of the line-comment block holding line k (lines with a gutter, blank gutters too). */
function blockOf(lines: readonly string[], k: number): [number, number] {
  let from = k
  let to = k
  while (from > 0 && LINE_COMMENT.test(lines[from - 1]!)) from--
  while (to + 1 < lines.length && LINE_COMMENT.test(lines[to + 1]!)) to++
  return [from, to]
}

/** An exception as Python prints it: `rasterio._err.CPLE_AWSAccessDeniedError: Access Denied`. */
const RAISED = /^\s*(?:[A-Za-z_][\w]*\.)*[A-Z]\w*(?:Error|Exception)\b(?:: |$)/

/** A statement that calls something: `tile, mask = sentinel2.tile(…)`, `s3.put_object(…)`. */
const CALL_STATEMENT = /^\s*(?:[\w.]+(?:\s*,\s*[\w.]+)*\s*=\s*)?[\w.]+\(.*\)\s*;?\s*$/

/**
 * A comment block that opens with an exception right below the call that raised it: a snippet
 * showing what its line printed, as writers mark output in code they paste (`tile, mask =
 * sentinel2.tile(…)` / `# rasterio._err.CPLE_AWSAccessDeniedError: Access Denied`,
 * cogeotiff/rio-tiler#52), not a note quoting an error.
 */
function raisedBelowCall(lines: readonly string[], from: number): boolean {
  if (!RAISED.test(body(lines[from]!))) return false
  let j = from - 1
  while (j >= 0 && lines[j]!.trim() === '') j--
  return j >= 0 && CALL_STATEMENT.test(lines[j]!) && !/^\s*(?:def|class|return)\b/.test(lines[j]!)
}

/** A comment line's text after its gutter. */
function body(line: string): string {
  const m = LINE_COMMENT.exec(line)
  return m ? line.slice(m[0].length) : line
}

/** How far a comment's text is indented after its gutter. */
function indent(text: string): number {
  return text.length - text.trimStart().length
}

/** How much deeper than its prose a quotation inside a comment stands. */
const QUOTE_INDENT = 2

/** A comment line of prose: three words at least. */
const PROSE = /[A-Za-z]{2,}\W+[A-Za-z]{2,}\W+[A-Za-z]{2,}/

export const COMMENT_SHAPES: CommentShape[] = [
  {
    // `// docker push … surfaces … (e.g. \`denied: User: arn:…\`)` above `msg := err.Error()`;
    // `# TODO …` under `def login(…):`; a commented transcript above `# resource "…" {`.
    id: 'comment-beside-code',
    holds(lines, k) {
      if (!LINE_COMMENT.test(lines[k]!)) return false
      const [from, to] = blockOf(lines, k)
      return !raisedBelowCall(lines, from) && codeBeside(lines, from, to)
    }
  },
  {
    // A note left for later names what went wrong; a run prints no TODO.
    id: 'todo-comment',
    holds(lines, k) {
      return /^\s*(?:\/\/+|#+|\*)\s*(?:TODO|FIXME|XXX|HACK)\b/.test(lines[k]!)
    }
  },
  {
    // `/* … error: { [AccessDenied: User: …] message: '…', code: 'AccessDenied' } … */`.
    id: 'block-comment',
    holds(lines, k) {
      for (let j = k; j >= 0 && j > k - BLOCK_LINES; j--) {
        const line = lines[j]!
        if (j < k && /(?:^|\s)\*\/\s*$/.test(line)) return false
        if (!/^\s*\/\*\*?(?:\s|$)/.test(line)) continue
        for (let e = k; e < lines.length && e < j + BLOCK_LINES; e++) {
          if (/(?:^|\s)\*\/\s*$/.test(lines[e]!)) return true
        }
        return false
      }
      return false
    }
  },
  {
    // A comment's prose setting a message off as a quotation, as a docstring or a manual does: a
    // blank gutter on each side, indented deeper than the paragraphs around it (a Terraform note:
    // `# … every Athena data query failed with` / `#` / `#     PERMISSION_DENIED: User: …` / `#` /
    // `# The … statement above does not cover this`). A run's output has no gutter to indent
    // within, and a shell session's comments no paragraphs.
    id: 'quotation-in-comment',
    holds(lines, k) {
      if (!LINE_COMMENT.test(lines[k]!)) return false
      const [from, to] = blockOf(lines, k)
      const bodies = lines.slice(from, to + 1).map(body)
      const written = bodies.filter((b) => b.trim() !== '')
      const base = Math.min(...written.map(indent))
      if (indent(bodies[k - from]!) < base + QUOTE_INDENT) return false
      const quoted = (b: string) => b.trim() !== '' && indent(b) >= base + QUOTE_INDENT
      // Up through the quotation's own lines to the blank gutter that sets it off.
      let j = k - from - 1
      while (j >= 0 && quoted(bodies[j]!)) j--
      if (j < 0 || bodies[j]!.trim() !== '') return false
      // Down past it, a blank gutter and the prose going on: the quotation stands inside the
      // comment's paragraphs. A commented record that ends on the message (h3-118, a template's
      // note on a failed push) is read as the refusal it records.
      let n = k - from + 1
      while (n < bodies.length && quoted(bodies[n]!)) n++
      if (n >= bodies.length || bodies[n]!.trim() !== '') return false
      const after = bodies[n + 1]
      return after !== undefined && indent(after) === base && PROSE.test(after)
    }
  },
  {
    // Emulators (moto, LocalStack) answer for account 000000000000; a README writes their answer
    // down as a comment. A run's own log redacted to zeros prints it on a log line, not a comment.
    id: 'emulator-account-comment',
    holds(lines, k) {
      if (!LINE_COMMENT.test(lines[k]!)) return false
      const [from, to] = blockOf(lines, k)
      return lines.slice(from, to + 1).some((l) => /(?<!\d)[:/]000000000000[:/]/.test(l))
    }
  }
]

/** The comment shape that holds line `k` of `lines` (as printed, gutters kept), or null. */
export function commentShapeOf(lines: readonly string[], k: number): string | null {
  const line = lines[k]!
  if (
    !LINE_COMMENT.test(line) &&
    !lines.slice(Math.max(0, k - BLOCK_LINES), k + 1).some((l) => BLOCK_OPENER.test(l))
  )
    return null
  return COMMENT_SHAPES.find((shape) => shape.holds(lines, k))?.id ?? null
}

/**
 * The comment shape of each of `lines` (null for most). A window with no comment gutter and no
 * block opener, as nearly every log's is, costs one look at each line.
 */
export function commentShapesOf(lines: readonly string[]): (string | null)[] {
  // Each line is tested once: asking `commentShapeOf` for every line re-read the block openers of
  // the 60 lines above each (a dense log's `  # resource will be created` marks most windows).
  const comment = lines.map((l) => LINE_COMMENT.test(l))
  const opener = lines.map((l) => BLOCK_OPENER.test(l))
  if (!comment.includes(true) && !opener.includes(true)) return lines.map(() => null)
  let lastOpener = -Infinity
  return lines.map((_, k) => {
    if (opener[k]) lastOpener = k
    // As `commentShapeOf`: no gutter and no opener among this line and the BLOCK_LINES above.
    if (!comment[k] && k - lastOpener > BLOCK_LINES) return null
    return COMMENT_SHAPES.find((shape) => shape.holds(lines, k))?.id ?? null
  })
}

/** How many lines around a position the shapes read (a comment block and its code). */
const WINDOW = 80

/**
 * The comment shape that holds text[at], or null. `openers`: whether the text holds `/*` at all,
 * when the caller knows (asked once per record, not once per candidate).
 */
export function sourceCommentAt(
  text: string,
  at: number,
  openers = text.includes('/*')
): string | null {
  const start = text.lastIndexOf('\n', at - 1) + 1
  // Most positions are on no comment line and under no block opener: one look at each.
  const own = text.slice(start, start + 200)
  // `includes` first: the expression would read up to 8 KiB before every candidate of a record.
  if (
    !LINE_COMMENT.test(own) &&
    (!openers || !/^\s*\/\*/m.test(text.slice(Math.max(0, at - 8192), at)))
  )
    return null
  // The lines around `at`, the line holding it at index `k`.
  const before: string[] = []
  let from = start
  for (let n = 0; n < WINDOW && from > 0; n++) {
    const s = text.lastIndexOf('\n', from - 2) + 1
    before.unshift(text.slice(s, from - 1))
    from = s
  }
  const after = text.slice(start).split('\n', WINDOW)
  return commentShapeOf([...before, ...after], before.length)
}
