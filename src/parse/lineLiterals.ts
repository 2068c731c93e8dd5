// Where fixed strings occur on one line, found once for every candidate on it. A check that reads
// the line up to a candidate (a sentence's head) asks first whether the words its expression
// cannot match without stand in that stretch: on a line of dozens of refusal phrases, running
// the expression over the head of each one was quadratic in the line's length.

/**
 * The line with ASCII capitals in lower case, the same length. The expressions gated are `i`
 * without `u`: there no character outside ASCII folds to an ASCII letter, so an ASCII literal
 * matches them exactly where it stands in this copy.
 */
function lowered(line: string): string {
  return line.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

export class LineLiterals {
  /** The first start of each literal at or after a position, by literal then position. */
  private readonly first = new Map<string, Map<number, number>>()
  private lower: string | null = null

  constructor(readonly line: string) {}

  /**
   * The first start of `literal` (lower case) at or after `from`, or -1. Candidates of one
   * sentence share `from`, so each literal is searched once per sentence, not per candidate.
   */
  firstFrom(literal: string, from: number): number {
    let byFrom = this.first.get(literal)
    if (!byFrom) {
      byFrom = new Map()
      this.first.set(literal, byFrom)
    }
    let at = byFrom.get(from)
    if (at === undefined) {
      this.lower ??= lowered(this.line)
      at = this.lower.indexOf(literal, from)
      byFrom.set(from, at)
    }
    return at
  }

  /**
   * Whether one of `literals` lies wholly inside line[from, to). Its first start at or after
   * `from` decides: a later one of the same literal ends later.
   */
  anyWithin(literals: readonly string[], from: number, to: number): boolean {
    for (const literal of literals) {
      const at = this.firstFrom(literal, from)
      if (at !== -1 && at + literal.length <= to) return true
    }
    return false
  }
}
