// NearbyKept answers as searching every kept reading in the order kept did: the same rival, for
// any spans, as long as the predicate holds only within reach (overlap, or a gap up to `reach`).
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { NearbyKept } from '../../src/parse/nearbyKept.js'
import type { Candidate } from '../../src/parse/Candidate.js'
import { emptyDenial } from '../../src/model/Denial.js'

const REACH = 30

const span = fc
  .tuple(fc.nat({ max: 400 }), fc.nat({ max: 80 }), fc.integer({ min: 0, max: 3 }))
  .map(([start, length, p]): Candidate => ({
    start,
    end: start + length,
    priority: p * 10,
    denial: emptyDenial('denial', 'test')
  }))

/** Overlap, or a stronger reading within REACH: the shape of parseRecord's rival test. */
function rivals(k: Candidate, c: Candidate): boolean {
  if (k.start < c.end && c.start < k.end) return true
  const gap = k.start <= c.start ? c.start - k.end : k.start - c.end
  return k.priority > c.priority && gap >= 0 && gap <= REACH
}

describe('NearbyKept', () => {
  it('finds the first rival in the order kept, as a search of every kept reading does', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 120 }), (spans) => {
        const kept: Candidate[] = []
        const nearby = new NearbyKept(REACH)
        const work = { units: 0 }
        for (const c of spans) {
          const expected = kept.find((k) => rivals(k, c))
          expect(nearby.find(c, (k) => rivals(k, c), work)).toBe(expected)
          if (!expected) {
            kept.push(c)
            nearby.add(c)
          }
        }
        expect(nearby.size).toBe(kept.length)
      }),
      { numRuns: 300 }
    )
  })

  it('compares only the readings that stand near the candidate', () => {
    const nearby = new NearbyKept(REACH)
    // A kept reading every 100 characters, 10 long: a candidate sees its two neighbours at most.
    for (let i = 0; i < 1000; i++) {
      nearby.add({
        start: i * 100,
        end: i * 100 + 10,
        priority: 0,
        denial: emptyDenial('denial', 'x')
      })
    }
    const work = { units: 0 }
    const c: Candidate = {
      start: 50_020,
      end: 50_060,
      priority: 0,
      denial: emptyDenial('denial', 'x')
    }
    expect(nearby.find(c, () => false, work)).toBeUndefined()
    expect(work.units).toBeLessThanOrEqual(2)
  })
})
