// Runs every grammar over one record (a trigger line with a few lines of context either side)
// and settles overlaps: the most specific reading of each stretch of text wins.
import type { Candidate, Grammar, RecordContext } from './Candidate.js'
import { GRAMMARS } from './grammars/index.js'

/** Lower-priority candidates on the same line as a stronger one, this close, describe the same error. */
const SAME_ERROR_GAP = 300

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end
}

/** A weaker candidate next to a stronger one on the same line describes the same error. */
function besides(text: string, a: Candidate, b: Candidate): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  const gap = second.start - first.end
  return gap >= 0 && gap <= SAME_ERROR_GAP && !text.slice(first.end, second.start).includes('\n')
}

export function parseRecord(
  text: string,
  ctx: RecordContext,
  grammars: Grammar[] = GRAMMARS
): Candidate[] {
  const all: Candidate[] = []
  for (const g of grammars) all.push(...g.find(text, ctx))
  all.sort((a, b) => b.priority - a.priority || a.start - b.start)
  const kept: Candidate[] = []
  for (const c of all) {
    const rival = kept.find(
      (k) => overlaps(k, c) || (k.priority > c.priority && besides(text, k, c))
    )
    if (!rival) {
      kept.push(c)
      continue
    }
    // Same error seen twice: let the stronger reading borrow what only the weaker one knew.
    const into = rival.denial
    if (into.code === null && c.denial.code !== null && rival.priority > c.priority) {
      into.code = c.denial.code
    }
    if (into.service === null && c.denial.service !== null) into.service = c.denial.service
  }
  return kept.sort((a, b) => a.start - b.start)
}
