// Which fixed strings a record holds, found in one pass over its bytes: an expression whose
// literal is absent cannot match, and skipping it costs far less than running it. Dozens of
// expressions each scanning the record were most of the parse time on logs full of denials.
import { FragmentFinder } from './FragmentFinder.js'
import { firstAtOrAfter } from '../common/firstAtOrAfter.js'

/**
 * Shorter literals are not in the one pass (it probes every (shortest literal - 2) bytes, so short
 * ones would make it crawl): they are looked for in the record's text directly.
 */
const INDEXED_FROM = 6

export interface RecordLiterals {
  /** False only when the record certainly holds none of `needs`. */
  mayHoldAny(needs: readonly string[]): boolean
  /**
   * Where `literal` occurs in `text`, in order, when these are `text`'s literals (else null): a
   * record full of refusals asks for every candidate whether a window of it holds a literal.
   */
  positions?(text: string, literal: string): readonly number[] | null
  /**
   * Facts about the lines of `text` by where each starts, kept while these are `text`'s literals
   * (else null): a line read again as context by each candidate after it is judged once.
   */
  lineFacts?(text: string): Map<number, number> | null
}

/** Whether an expression needing any of `needs` can match (no needs, or nothing known: it can). */
export function mayMatch(
  needs: readonly string[] | undefined,
  literals: RecordLiterals | undefined
): boolean {
  return !needs || !literals || literals.mayHoldAny(needs)
}

/**
 * Finds the literals of one record at a time. `of` hands back the index itself, answering for the
 * record it was last given: a record is parsed before the next one is looked at, and no object
 * is made per record (this runs for every one).
 */
export class LiteralIndex implements RecordLiterals {
  private readonly finder: FragmentFinder | null
  private readonly slot = new Map<string, number>()
  private readonly marks: Uint32Array
  private stamp = 0
  private scratch = Buffer.alloc(4096)
  private text = ''
  /**
   * Short literals already looked for in this record (stamp, and whether present): a record full
   * of refusals asks once per candidate, and a search of the whole record each time made one
   * 16 KiB record cost its length squared.
   */
  private readonly short = new Map<string, { stamp: number; present: boolean }>()

  /** Where literals occur in this record (stamp, offsets), found when first asked. */
  private readonly spots = new Map<string, { stamp: number; at: number[] }>()
  private readonly facts = new Map<number, number>()
  private factsStamp = 0

  constructor(literals: Iterable<string>) {
    const indexed = [...new Set(literals)].filter((l) => l.length >= INDEXED_FROM)
    indexed.forEach((l, k) => this.slot.set(l, k))
    this.marks = new Uint32Array(indexed.length)
    this.finder = indexed.length
      ? new FragmentFinder(indexed.map((text) => ({ text, trigger: true })))
      : null
  }

  /**
   * The literals of `text`. Characters beyond latin1 lose their high byte, which can only make a
   * literal look present, never hide one that is.
   */
  of(text: string): RecordLiterals {
    this.stamp++
    this.text = text
    if (!this.finder) return this
    if (this.scratch.length < text.length) this.scratch = Buffer.alloc(text.length * 2)
    const end = this.scratch.write(text, 0, 'latin1')
    this.finder.mark(this.scratch, end, this.marks, this.stamp)
    return this
  }

  mayHoldAny(needs: readonly string[]): boolean {
    for (const n of needs) {
      if (n.length < INDEXED_FROM) {
        if (this.holdsShort(n)) return true
        continue
      }
      const k = this.slot.get(n)
      // A literal nobody registered cannot be ruled out.
      if (k === undefined || this.marks[k] === this.stamp) return true
    }
    return false
  }

  lineFacts(text: string): Map<number, number> | null {
    if (text !== this.text) return null
    if (this.factsStamp !== this.stamp) {
      this.facts.clear()
      this.factsStamp = this.stamp
    }
    return this.facts
  }

  positions(text: string, literal: string): readonly number[] | null {
    if (text !== this.text) return null
    let spot = this.spots.get(literal)
    if (!spot) {
      spot = { stamp: 0, at: [] }
      this.spots.set(literal, spot)
    }
    if (spot.stamp !== this.stamp) {
      spot.stamp = this.stamp
      spot.at = []
      if (this.mayHoldAny([literal])) {
        for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
          spot.at.push(i)
        }
      }
    }
    return spot.at
  }

  private holdsShort(literal: string): boolean {
    let seen = this.short.get(literal)
    if (!seen) {
      seen = { stamp: 0, present: false }
      this.short.set(literal, seen)
    }
    if (seen.stamp !== this.stamp) {
      seen.stamp = this.stamp
      seen.present = this.text.includes(literal)
    }
    return seen.present
  }
}

/**
 * Whether text[from, to) holds `literal`: from the record's own list of where it occurs when
 * there is one (a binary search, not a search of the window for each of the hints).
 */
export function holdsWithin(
  text: string,
  from: number,
  to: number,
  literal: string,
  literals?: RecordLiterals
): boolean {
  const at = literals?.positions?.(text, literal)
  if (!at) return text.slice(from, to).includes(literal)
  const lo = firstAtOrAfter(at, from)
  return lo < at.length && at[lo]! + literal.length <= to
}
