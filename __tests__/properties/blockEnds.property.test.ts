// parse/blockEnds answers what testing each gap's text for a block end answered (issue 16: the
// gap tests made a record of refusal phrases cost the square of its length). Generated texts
// of the pieces a block end is made of, with every gap of them asked both ways.
import fc from 'fast-check'
import { BLOCK_END, BlockEnds } from '../../src/parse/blockEnds.js'
import { holdsWithin, LiteralIndex } from '../../src/parse/RecordLiterals.js'

const PIECES = [
  '\n',
  '\n\n',
  ' ',
  '\t',
  'Error',
  'ERROR:',
  'error',
  'Errors',
  ':',
  'An error occurred (',
  'FAILED',
  'FAILEDx',
  '2026-12-04 10:00',
  '[2026-12-04T10:00',
  'AccessDenied ',
  'x',
  'at ',
  'a'
]

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''))

describe('BlockEnds', () => {
  it('answers BLOCK_END.test on the gap for every gap', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ends = new BlockEnds(t)
        const wrong: [number, number][] = []
        for (let from = 0; from <= t.length; from++)
          for (let to = from; to <= t.length; to++)
            if (ends.within(from, to) !== BLOCK_END.test(t.slice(from, to))) wrong.push([from, to])
        expect(wrong).toEqual([])
      }),
      { numRuns: 300 }
    )
  })

  it('sees a blank line, a timestamp and an error header, not a word that only starts like one', () => {
    const t = 'AccessDenied\n\nnext\nErrors are fine\n  Error: x'
    const ends = new BlockEnds(t)
    expect(ends.within(0, 14)).toBe(true)
    expect(ends.within(15, 30)).toBe(false)
    expect(ends.within(15, t.length)).toBe(true)
  })
})

describe('holdsWithin', () => {
  it('answers a search of the window, from the record literals or without them', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1)
        const to = from + (b % (t.length - from + 1))
        const literals = new LiteralIndex(['at ']).of(t)
        const expected = t.slice(from, to).includes('at ')
        expect([
          holdsWithin(t, from, to, 'at ', literals),
          holdsWithin(t, from, to, 'at ')
        ]).toEqual([expected, expected])
      }),
      { numRuns: 300 }
    )
  })
})
