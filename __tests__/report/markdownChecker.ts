// A small CommonMark/GFM reader for tests: enough of the block and inline rules (fences, code
// spans, backslash escapes, tables, HTML blocks) to find what GitHub would treat as raw HTML,
// a mention, an issue reference or an unclosed fence in our output. Returns the problems found.

const OPEN_FENCE = /^ {0,3}(`{3,})([^`]*)$/
const ALLOWED_HTML_LINE = /^<details( open)?><summary>([^<>]*)<\/summary>$/
const ENTITY = /^&(amp|lt|gt|quot|#39);/

export interface CheckResult {
  problems: string[]
  /** Text outside code, as GitHub's text filters would see it. */
  prose: string
}

/** Removes code spans and backslash escapes from one inline run, per CommonMark. */
export function stripInline(s: string): string {
  let out = ''
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === '\\' && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1]!)) {
      out += '\u0000' // an escaped character: literal, never syntax
      i += 2
      continue
    }
    if (c === '`') {
      let n = 0
      while (s[i + n] === '`') n++
      // Find the next run of exactly n backticks.
      let j = i + n
      let close = -1
      while (j < s.length) {
        if (s[j] === '`') {
          let m = 0
          while (s[j + m] === '`') m++
          if (m === n) {
            close = j
            break
          }
          j += m
        } else j++
      }
      if (close >= 0) {
        out += ' '
        i = close + n
      } else {
        out += '`'.repeat(n)
        i += n
      }
      continue
    }
    out += c
    i++
  }
  return out
}

function splitCells(row: string): string[] {
  return row.split(/(?<!\\)\|/)
}

export function checkMarkdown(md: string): CheckResult {
  const problems: string[] = []
  const lines = md.split('\n')
  let fence: string | null = null
  let depth = 0
  let tableCells = -1
  const prose: string[] = []
  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length) prose.push(stripInline(paragraph.join('\n')))
    paragraph = []
  }
  lines.forEach((line, n) => {
    if (fence !== null) {
      if (new RegExp(`^ {0,3}${fence}\`* *$`).test(line)) fence = null
      return
    }
    const open = OPEN_FENCE.exec(line)
    if (open) {
      flush()
      fence = open[1]!
      return
    }
    if (line.trim() === '') {
      flush()
      tableCells = -1
      return
    }
    if (line.startsWith('<')) {
      flush()
      const m = ALLOWED_HTML_LINE.exec(line)
      if (m) {
        depth++
        prose.push(m[2]!)
      } else if (line === '</details>') {
        depth--
        if (depth < 0) problems.push(`line ${n + 1}: </details> without <details>`)
      } else if (n === 0 && /^<!-- whydenied:v1 key=[A-Za-z0-9._:/=+-]+ -->$/.test(line)) {
        // our marker
      } else if (n === 1 && STATE_LINE.test(line)) {
        // the state our marker keeps (commentState.ts)
      } else problems.push(`line ${n + 1}: HTML line ${JSON.stringify(line.slice(0, 80))}`)
      return
    }
    if (line.startsWith('|')) {
      flush()
      const cells = splitCells(line)
      if (tableCells === -1) tableCells = cells.length
      else if (cells.length !== tableCells)
        problems.push(`line ${n + 1}: table row has ${cells.length} cells`)
      for (const cell of cells) prose.push(stripInline(cell.replace(/\\\|/g, '|')))
      return
    }
    tableCells = -1
    paragraph.push(line)
  })
  flush()
  if (fence !== null) problems.push('unclosed code fence')
  if (depth !== 0) problems.push(`unbalanced <details>: depth ${depth}`)

  const text = prose.join('\n')
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    if (/[A-Za-z/!?]/.test(text[i + 1] ?? ''))
      problems.push(`raw HTML: ${JSON.stringify(text.slice(i, i + 40))}`)
  }
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i)))
      problems.push(`bare &: ${JSON.stringify(text.slice(i, i + 20))}`)
  }
  const mention = /(^|[^A-Za-z0-9_`])@[A-Za-z0-9]/m.exec(text)
  if (mention)
    problems.push(`mention: ${JSON.stringify(text.slice(mention.index, mention.index + 30))}`)
  // Entities are decoded before GitHub looks for references: `&#39;` is a quote, not #39.
  const ref = /#[0-9]|GH-[0-9]/i.exec(text.replace(/&(#[0-9]+|[a-z]+);/g, '\u0001'))
  if (ref)
    problems.push(`issue reference: ${JSON.stringify(text.slice(ref.index, ref.index + 20))}`)
  return { problems, prose: text }
}

/** The hidden state line under the marker: nothing but a SHA and compact ids, never `--` inside. */
export const STATE_LINE =
  /^<!-- whydenied:state sha=[0-9a-f]* ids=(?:[a-z0-9]+(?:-[a-z0-9]+)*(?::[A-Za-z0-9*]+)?@[0-9a-f]{8}(?:,|(?= )))* -->$/

/** How many times our marker (or anything GitHub could take for it) appears. */
export function markerCount(md: string): number {
  return (md.match(/whydenied:v/gi) ?? []).length
}

export function htmlCommentCount(md: string): number {
  return (md.match(/<!--/g) ?? []).length
}
