import { Line } from '../../src/scan/Line.js'
import { buildRecord } from '../../src/scan/buildRecord.js'

const lines = (texts: string[], cont: boolean[] = []) =>
  texts.map((t, i) => new Line(i, i + 1, Buffer.from(t), cont[i] ?? false, false))

describe('buildRecord', () => {
  it('keeps the centre whole and a shared budget of characters on each side, nearest first', () => {
    const ls = lines([
      'a'.repeat(10),
      'b'.repeat(10),
      'CENTRE-'.repeat(5),
      'c'.repeat(10),
      'd'.repeat(10)
    ])
    const r = buildRecord(ls, 2, 15)
    expect(r.text).toBe(
      ['a'.repeat(5), 'b'.repeat(10), 'CENTRE-'.repeat(5), 'c'.repeat(10), 'd'.repeat(5)].join('\n')
    )
  })

  it('leaves out lines past the budget, and maps positions back to each line', () => {
    const ls = lines(['far away', 'near', 'centre', 'next', 'far ahead'])
    const r = buildRecord(ls, 2, 4)
    expect(r.text).toBe('\nnear\ncentre\nnext\n')
    const at = r.text.indexOf('centre')
    expect(r.position(at)).toEqual({ seq: 2, off: 0, no: 3 })
    expect(r.position(r.text.indexOf('ear'))).toEqual({ seq: 1, off: 1, no: 2 })
  })

  it('maps a position in a cut line to its place in the whole line', () => {
    const ls = lines(['0123456789', 'centre'])
    const r = buildRecord(ls, 1, 4)
    expect(r.text).toBe('6789\ncentre')
    expect(r.position(0)).toEqual({ seq: 0, off: 6, no: 1 })
  })
})
