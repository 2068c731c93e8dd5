import fc from 'fast-check'
import { layout, utf16Length, utf8Length, type Section } from '../../src/report/layout.js'

const note = (n: number): string => (n > 0 ? `NOTE ${n} causes cut` : 'NOTE cut')

function sections(): Section[] {
  return [
    { required: true, items: [{ text: 'HEAD' }] },
    {
      heading: '## causes',
      prefixOnly: true,
      items: [0, 1, 2, 3].map((i) => ({ text: `cause ${i} `.repeat(5), causes: [i] }))
    },
    { heading: '## fixes', items: [{ text: 'F'.repeat(200) }, { text: 'small fix' }] },
    { required: true, items: [{ text: 'FOOT' }] }
  ]
}

describe('layout', () => {
  it('returns everything, without a note, when it fits', () => {
    const out = layout(sections(), 10_000, utf16Length, note)
    expect(out.omittedBlocks).toBe(0)
    expect(out.text).not.toContain('NOTE')
    expect(out.text.startsWith('HEAD\n\n## causes\n\ncause 0')).toBe(true)
    expect(out.text.endsWith('FOOT')).toBe(true)
  })

  it('keeps a prefix of a numbered section and skips blocks that do not fit elsewhere', () => {
    const out = layout(sections(), 180, utf16Length, note)
    expect(out.text.length).toBeLessThanOrEqual(180)
    expect(out.text).toContain('cause 0')
    expect(out.text).toContain('cause 1')
    expect(out.text).not.toContain('cause 3')
    expect(out.text).not.toContain('FFFF')
    expect(out.omittedCauses).toBeGreaterThan(0)
    // The note comes before the required footer.
    expect(out.text).toMatch(/NOTE \d causes cut\n\nFOOT$/)
  })

  it('drops a heading with nothing left under it', () => {
    const big: Section[] = [
      { required: true, items: [{ text: 'HEAD' }] },
      { heading: '## fixes', items: [{ text: 'F'.repeat(500) }] }
    ]
    const out = layout(big, 100, utf16Length, note)
    expect(out.text).toBe('HEAD\n\nNOTE cut')
    expect(out.omittedBlocks).toBe(1)
  })

  it('never exceeds a budget that holds the required parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 400 }), (budget) => {
        expect(utf8Length(layout(sections(), budget, utf8Length, note).text)).toBeLessThanOrEqual(
          budget
        )
      }),
      { numRuns: 100 }
    )
  })

  it('measures UTF-8 like Buffer does', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', maxLength: 1 }),
            fc.constantFrom('\ud800', '\udc00')
          )
        }),
        (s) => {
          expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'))
        }
      ),
      { numRuns: 200 }
    )
  })
})
