// The kept readings of a record, found by where they stand (issue 16). Settling asks, for every
// candidate, for the first kept reading (in the order they were kept) that overlaps it or stands
// beside it on its line. Searching every kept reading made a record of hundreds of refusal
// phrases cost the square of their number; a rival stands within `reach` of the candidate, so
// only the kept readings starting there are compared.
import type { Candidate } from './Candidate.js'

interface Entry {
  c: Candidate
  /** Order in which it was kept: the first rival in this order wins, as with a list. */
  seq: number
}

export class NearbyKept {
  /** Kept readings ordered by start (ties by seq). */
  private readonly byStart: Entry[] = []
  private longest = 0
  private seq = 0

  /** `reach`: how far from a candidate's span a rival may stand (SAME_ERROR_GAP). */
  constructor(private readonly reach: number) {}

  get size(): number {
    return this.byStart.length
  }

  /** Adds a settled reading: its span no longer changes while the index is asked. */
  add(c: Candidate): void {
    const e = { c, seq: this.seq++ }
    const at = this.firstStartingAt(c.start + 1)
    this.byStart.splice(at, 0, e)
    this.longest = Math.max(this.longest, c.end - c.start)
  }

  /**
   * The first kept reading (in the order kept) for which `is` holds, among those that may:
   * `is` must hold only for readings that overlap `c` or end at most `reach` before its start or
   * start at most `reach` after its end. Counts each comparison in `work`.
   */
  find(
    c: Candidate,
    is: (k: Candidate) => boolean,
    work: { units: number }
  ): Candidate | undefined {
    const lo = this.firstStartingAt(c.start - this.reach - this.longest)
    const hi = c.end + this.reach
    let best: Entry | undefined
    for (let i = lo; i < this.byStart.length; i++) {
      const e = this.byStart[i]!
      if (e.c.start > hi) break
      work.units++
      if ((!best || e.seq < best.seq) && is(e.c)) best = e
    }
    return best?.c
  }

  /** The index of the first reading starting at or after `at`. */
  private firstStartingAt(at: number): number {
    let lo = 0
    let hi = this.byStart.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.byStart[mid]!.c.start < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
