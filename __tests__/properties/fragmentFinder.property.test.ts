// The byte-level pre-filter must find exactly what the trigger regular expression finds: the same
// positions, the same trigger/context split, leftmost first, with the signed-header exceptions.
import fc from 'fast-check'
import { FragmentFinder, PROBED_FROM } from '../../src/parse/FragmentFinder.js'
import { CONTEXT_SOURCE, PREFILTER_FRAGMENTS, TRIGGER_SOURCE } from '../../src/scan/triggers.js'

const finder = new FragmentFinder(PREFILTER_FRAGMENTS)

function viaFinder(buf: Buffer): [number, boolean][] {
  const out: [number, boolean][] = []
  for (let h = finder.find(buf, 0); h; h = finder.find(buf, h.end)) {
    // The hit names the fragment found there (the scanner picks its readers by it).
    const f = PREFILTER_FRAGMENTS[h.fragment]!
    if (buf.toString('latin1', h.index, h.end) !== f.text || f.trigger !== h.trigger)
      throw new Error(`hit at ${h.index} names fragment ${h.fragment} (${f.text})`)
    out.push([h.index, h.trigger])
  }
  return out
}

function viaRegex(buf: Buffer): [number, boolean][] {
  const re = new RegExp(`(${TRIGGER_SOURCE})|(${CONTEXT_SOURCE})`, 'g')
  return [...buf.toString('latin1').matchAll(re)].map((m) => [m.index, m[1] !== undefined])
}

const pieces = [
  ...PREFILTER_FRAGMENTS.map((f) => f.text),
  ...PREFILTER_FRAGMENTS.map((f) => f.text.slice(0, -1)),
  'ation: AWS4-HMAC',
  'ation="AWS4-HMAC',
  '=',
  'uthoriz',
  'Denied',
  ' ',
  '\n'
]

describe('FragmentFinder', () => {
  it('agrees with the trigger regular expression on any text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary-ascii', maxLength: 8 })),
          { maxLength: 30 }
        ),
        (parts) => {
          const buf = Buffer.from(parts.join(''), 'latin1')
          expect(viaFinder(buf)).toEqual(viaRegex(buf))
        }
      ),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })

  it('agrees on arbitrary bytes, and from any start offset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(), (bytes, at) => {
        const buf = Buffer.from(bytes)
        const from = buf.length ? at % buf.length : 0
        const expected = viaRegex(buf.subarray(from)).map(([i, t]) => [i + from, t])
        const got: [number, boolean][] = []
        for (let h = finder.find(buf, from); h; h = finder.find(buf, h.end))
          got.push([h.index, h.trigger])
        expect(got).toEqual(expected)
      }),
      { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })

  it('picks the window a sum over every window picks: the rarest, the first on a tie', () => {
    // The sum over each window, as the finder first computed it (the sliding sum must agree).
    const common = ' etaoinsrhldcumfpgwybvkxjqz'
    const c = (b: number) => {
      const i = common.indexOf(String.fromCharCode(b))
      return i === -1 ? 0 : common.length - i
    }
    const bySums = (p: Uint8Array, m: number) => {
      let best = 0
      let bestCost = Infinity
      for (let o = 0; o + m <= p.length; o++) {
        let cost = 0
        for (let j = o; j + 2 < o + m; j++) cost += c(p[j]!) * c(p[j + 1]!) * c(p[j + 2]!)
        if (cost < bestCost) [bestCost, best] = [cost, o]
      }
      return best
    }
    const letters = fc.constantFrom(
      ...Buffer.from(' etaoinsrhldcumfpgwybvkxjqzET:_-.0é\xff', 'latin1')
    )
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: PROBED_FROM, maxLength: 40 }),
        fc.nat(),
        (bytes, k) => {
          const p = Buffer.from(bytes)
          // Windows of PROBED_FROM bytes or more: a shorter fragment is searched for, not probed.
          const m = PROBED_FROM + (k % (p.length - PROBED_FROM + 1))
          // A second fragment of m bytes makes m the window's length.
          const finder = new FragmentFinder([
            { text: p.toString('latin1'), trigger: true },
            { text: 'q'.repeat(m), trigger: false }
          ])
          expect(finder.windowStarts[0]).toBe(bySums(p, m))
        }
      ),
      { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
    const patterns = PREFILTER_FRAGMENTS.map((f) => Buffer.from(f.text, 'latin1'))
    const m = Math.min(...patterns.map((p) => p.length).filter((n) => n >= PROBED_FROM))
    expect([...finder.windowStarts]).toEqual(
      patterns.map((p) => (p.length < m ? -1 : bySums(p, m)))
    )
  })

  it('searches for fragments shorter than PROBED_FROM without letting them set the stride', () => {
    // The pre-filter holds some (`= \``, ` MWS`): probing every byte for them was 5x slower.
    const short = PREFILTER_FRAGMENTS.filter((f) => f.text.length < PROBED_FROM)
    expect(short.map((f) => f.text)).toEqual(expect.arrayContaining(['= `', ' MWS']))
    expect(finder.windowStarts.filter((w) => w === -1)).toHaveLength(short.length)
    // Found leftmost among probed ones, at a buffer's very start and end, and past a near miss.
    const text = 'x = `\nMWS  MWS Denied = ` Denied= `'
    expect(viaFinder(Buffer.from(text, 'latin1'))).toEqual(viaRegex(Buffer.from(text, 'latin1')))
    expect(viaFinder(Buffer.from('= `', 'latin1'))).toEqual([[0, false]])
    expect(viaFinder(Buffer.from('xx MWS', 'latin1'))).toEqual([[2, false]])
    // A short fragment and a probed one starting at the same byte: the earlier in the list wins.
    const tie = new FragmentFinder([
      { text: 'abc', trigger: true },
      { text: 'abcdefgh', trigger: false }
    ])
    expect(tie.find(Buffer.from('--abcdefgh'), 0)).toEqual({
      index: 2,
      end: 5,
      trigger: true,
      fragment: 0
    })
    const tie2 = new FragmentFinder([
      { text: 'abcdefgh', trigger: false },
      { text: 'abc', trigger: true }
    ])
    expect(tie2.find(Buffer.from('--abcdefgh'), 0)).toEqual({
      index: 2,
      end: 10,
      trigger: false,
      fragment: 0
    })
    // `unless` read on the whole buffer, past where the short search stopped.
    const cancelled = new FragmentFinder([
      { text: 'abc', trigger: true, unless: ['defghij'] },
      { text: 'cdefgh', trigger: false }
    ])
    expect(cancelled.find(Buffer.from('abcdefghij'), 0)).toEqual({
      index: 2,
      end: 8,
      trigger: false,
      fragment: 1
    })
    // A short fragment's answer is kept per buffer until `forget`: then the buffer is read anew.
    const kept = new FragmentFinder([
      { text: 'abc', trigger: true },
      { text: 'zzzzzzzz', trigger: false }
    ])
    const reused = Buffer.from('---abc---')
    expect(kept.find(reused, 0)?.index).toBe(3)
    reused.write('abc---', 0, 'latin1')
    kept.forget()
    expect(kept.find(reused, 0)?.index).toBe(0)
    // Marks: a short fragment anywhere before `end`, not past it.
    const marks = new Uint32Array(2)
    tie.mark(Buffer.from('--abcdefgh'), 4, marks, 7)
    expect([...marks]).toEqual([0, 0])
    tie.mark(Buffer.from('--abcdefgh'), 5, marks, 7)
    expect([...marks]).toEqual([7, 0])
  })
})
