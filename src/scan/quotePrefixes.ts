// Prefixes that a paste, a comment or a tool put in front of every line of a message: `# ` and
// `// ` comments, Markdown `> ` quotes (`>> `, `> > `), `| ` table or console gutters, ` * ` block
// comments, `-- ` SQL comments, docker compose's `web_1  | `, buildkit's `#8 1.234 `, and line
// numbers (`12 | `, `12: `). A message wrapped over such lines reads as one only once the prefix
// is gone: `### is not authorized…` would otherwise start a Markdown heading, `// allows the…`
// break the reason clause, and `12 | arn:…` put `12` where the resource goes.

export interface QuotePrefix {
  id: string
  /** Matches the prefix at the start of a line (group 1: a line number, when `numbered`). */
  re: RegExp
  /** The prefix holds a line number: neighbours count up by one. */
  numbered?: boolean
}

export const QUOTE_PREFIXES: readonly QuotePrefix[] = [
  // Shell, Python, Ruby, Terraform and YAML comments; Markdown headings used as comment markers.
  { id: 'hash-comment', re: /^[ \t]*#{1,6}(?=[ \t]|$)[ \t]?/ },
  { id: 'slash-comment', re: /^[ \t]*\/{2,}[ \t]?/ },
  // The inside of a `/* … */` block: ` * text`, never Markdown bold `**`.
  { id: 'block-comment', re: /^[ \t]*\*(?=[ \t]|$)[ \t]?/ },
  { id: 'dash-comment', re: /^[ \t]*--(?=[ \t]|$)[ \t]?/ },
  { id: 'blockquote', re: /^[ \t]*>(?:[ \t]?>)*(?=[ \t]|$)[ \t]?/ },
  { id: 'pipe', re: /^[ \t]*\|(?=[ \t]|$)[ \t]?/ },
  // docker compose: `api_1  | …`, `api-1  | …`.
  { id: 'compose-service', re: /^[A-Za-z][\w.-]{0,62}[ \t]+\|(?=[ \t]|$)[ \t]?/ },
  // docker buildx: `#12 3.456 …`.
  { id: 'buildkit-step', re: /^#\d{1,4} \d{1,6}\.\d{1,4} / },
  { id: 'line-number', re: /^[ \t]*(\d{1,6})(?:[ \t]*[|:│]|\.)?[ \t]+/, numbered: true }
]

/** First characters a prefix can start with (after indentation): most lines start with none. */
const MAY_START = /^[ \t]*[#/*\->|\dA-Za-z]/

interface Found {
  rule: QuotePrefix
  length: number
  number: number
}

function prefixOf(line: string): Found | null {
  if (!MAY_START.test(line)) return null
  for (const rule of QUOTE_PREFIXES) {
    const m = rule.re.exec(line)
    // A prefix with nothing after it is a blank line of the paste: it strips, but never pairs.
    if (m) return { rule, length: m[0].length, number: rule.numbered ? Number(m[1]) : 0 }
  }
  return null
}

function pairs(a: Found | null, b: Found | null, step: number): boolean {
  if (!a || !b || a.rule !== b.rule) return false
  return !a.rule.numbered || b.number - a.number === step
}

/**
 * How many characters to take off the start of each line: a prefix counts only when a neighbour
 * carries the same one (a single `### …` line stays a Markdown heading, a single `12 files`
 * keeps its number). `whole[k]` false marks a line that is not whole from its start (cut by the
 * record's budget, or the second segment of a long line): it keeps its text.
 */
export function quotePrefixLengths(texts: readonly string[], whole: readonly boolean[]): number[] {
  const found = texts.map((t, k) => (whole[k] ? prefixOf(t) : null))
  return found.map((f, k) => {
    if (!f) return 0
    const before = found[k - 1] ?? null
    const after = found[k + 1] ?? null
    return pairs(before, f, 1) || pairs(f, after, 1) ? f.length : 0
  })
}
