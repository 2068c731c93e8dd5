// Counts are grouped as `toLocaleString('en-US')` groups them, without loading ICU's locale data
// (7 MiB of memory in a run that reports one finding).
import fc from 'fast-check'
import { grouped, plural } from '../../src/report/labels.js'

test('grouped writes integers as en-US does', () => {
  fc.assert(
    fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.nat(2000)), (n) => {
      expect(grouped(n)).toBe(n.toLocaleString('en-US'))
    }),
    { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20261201) }
  )
  expect(grouped(999)).toBe('999')
  expect(grouped(1000)).toBe('1,000')
  expect(grouped(-1234567)).toBe('-1,234,567')
})

test('plural picks the form by the count and groups it', () => {
  expect(plural(1, 'line')).toBe('1 line')
  expect(plural(0, 'line')).toBe('0 lines')
  expect(plural(12345, 'more finding')).toBe('12,345 more findings')
  expect(plural(2, 'entry', 'entries')).toBe('2 entries')
})
