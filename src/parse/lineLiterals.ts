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

/** Bits of the pair filter (see `pairsOf`): a power of two. */
const PAIR_BITS = 2048

function pairBit(a: number, b: number): number {
  return (Math.imul(a, 31) ^ b) & (PAIR_BITS - 1)
}

/**
 * The adjacent character pairs of `s`, hashed into a bit set: a literal with a pair not in it
 * cannot stand in `s`. One pass over the line answers for every literal absent from it, where
 * each search for one read the rest of the line (dozens of words, for every line of a record).
 */
function pairsOf(s: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS / 32)
  for (let i = 0; i + 1 < s.length; i++) {
    const bit = pairBit(s.charCodeAt(i), s.charCodeAt(i + 1))
    bits[bit >>> 5]! |= 1 << (bit & 31)
  }
  return bits
}

/** A literal's first start `at` at or after `lo` (-1: none), and the same for other starts. */
interface Found {
  lo: number
  at: number
  byFrom: Map<number, number>
}

export class LineLiterals {
  /** What was found of each literal: its first start at or after positions asked before. */
  private readonly first = new Map<string, Found>()
  private lower: string | null = null
  private pairs: Uint32Array | null = null
  /** The earliest end of any of a list's literals at or after a position, by list then position. */
  private readonly earliestEnd = new Map<readonly string[], Map<number, number>>()

  constructor(readonly line: string) {}

  /**
   * The first start of `literal` (lower case) at or after `from`, or -1. Candidates of one
   * sentence share `from`, so each literal is searched once per sentence, not per candidate; and
   * a search from `lo` that found `at` answers for every start in [lo, at] (for every start past
   * `lo` when it found none), so a literal absent from the rest of the line is searched once.
   */
  firstFrom(literal: string, from: number): number {
    let found = this.first.get(literal)
    if (found && from >= found.lo && (found.at === -1 || from <= found.at)) return found.at
    let at = found?.byFrom.get(from)
    if (at === undefined) {
      this.lower ??= lowered(this.line)
      at = this.mayHold(literal) ? this.lower.indexOf(literal, from) : -1
      if (!found) {
        found = { lo: from, at, byFrom: new Map() }
        this.first.set(literal, found)
      }
      found.byFrom.set(from, at)
    }
    found!.lo = from
    found!.at = at
    return at
  }

  /** False when `literal` certainly stands nowhere on the (lowered) line. */
  private mayHold(literal: string): boolean {
    this.pairs ??= pairsOf(this.lower!)
    for (let i = 0; i + 1 < literal.length; i++) {
      const bit = pairBit(literal.charCodeAt(i), literal.charCodeAt(i + 1))
      if ((this.pairs[bit >>> 5]! & (1 << (bit & 31))) === 0) return false
    }
    return true
  }

  /**
   * Whether one of `literals` lies wholly inside line[from, to). Its first start at or after
   * `from` decides: a later one of the same literal ends later. So the earliest end among the
   * list's first starts decides for the whole list, and is kept by list and `from`: every shape
   * asks its lists for every candidate of a sentence, each with its own `to`.
   */
  anyWithin(literals: readonly string[], from: number, to: number): boolean {
    let byFrom = this.earliestEnd.get(literals)
    if (!byFrom) {
      byFrom = new Map()
      this.earliestEnd.set(literals, byFrom)
    }
    let end = byFrom.get(from)
    if (end === undefined) {
      end = Infinity
      for (const literal of literals) {
        const at = this.firstFrom(literal, from)
        if (at !== -1 && at + literal.length < end) end = at + literal.length
      }
      byFrom.set(from, end)
    }
    return end <= to
  }
}
