import fc from 'fast-check'
import { escapeRegExp } from '../../src/common/escapeRegExp.js'

test('every special character matches itself', () => {
  const specials = '.*+?^${}()|[]\\/'
  expect(new RegExp(`^${escapeRegExp(specials)}$`).test(specials)).toBe(true)
  expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false)
})

test('any string, escaped, matches exactly itself', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (text, other) => {
      const re = new RegExp(`^${escapeRegExp(text)}$`, 'u')
      expect(re.test(text)).toBe(true)
      expect(re.test(other)).toBe(other === text)
    })
  )
})
