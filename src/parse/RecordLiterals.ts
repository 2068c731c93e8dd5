// Which fixed strings a record holds, found in one pass over its bytes: an expression whose
// literal is absent cannot match, and skipping it costs far less than running it. Dozens of
// expressions each scanning the record were most of the parse time on logs full of denials.
import { FragmentFinder } from '../scan/FragmentFinder.js'

/**
 * Shorter literals are not looked for: the one pass jumps at most this many bytes less one, and
 * common letter pairs would make it crawl. The expressions that need them always run.
 */
const INDEXED_FROM = 6

export interface RecordLiterals {
  /** False only when the record certainly holds none of `needs`. */
  mayHoldAny(needs: readonly string[]): boolean
}

export class LiteralIndex {
  private readonly finder: FragmentFinder | null

  constructor(literals: Iterable<string>) {
    const indexed = [...new Set(literals)].filter((l) => l.length >= INDEXED_FROM)
    this.finder = indexed.length
      ? new FragmentFinder(indexed.map((text) => ({ text, trigger: true })))
      : null
  }

  /**
   * The literals of `text`. Characters beyond latin1 lose their high byte, which can only make a
   * literal look present, never hide one that is.
   */
  of(text: string): RecordLiterals {
    const found = this.finder?.present(Buffer.from(text, 'latin1')) ?? new Set<string>()
    return {
      mayHoldAny: (needs) => needs.some((n) => n.length < INDEXED_FROM || found.has(n))
    }
  }
}
