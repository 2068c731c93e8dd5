import { jwtPayload } from '../../src/common/jwtPayload.js'

const token = (payload: string) =>
  ['e30', Buffer.from(payload).toString('base64url'), 'sig'].join('.')

test('reads the payload object of a three-part token, surrounding whitespace allowed', () => {
  expect(jwtPayload(` ${token('{"sub":"repo:o/r:ref:refs/heads/main","n":1}')}\n`)).toEqual({
    sub: 'repo:o/r:ref:refs/heads/main',
    n: 1
  })
})

test.each([
  '',
  'abc',
  'a.b',
  'a.!!!.c',
  `${token('{}')}.extra`,
  token('not json'),
  token('null'),
  token('[1]'),
  token('"text"')
])('anything but a JWS with an object payload (%j) gives null, never a throw', (t) => {
  expect(jwtPayload(t)).toBeNull()
})
