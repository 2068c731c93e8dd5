import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorMessage } from '../../src/common/errorMessage.js'

test('an Error gives its message; an empty message gives its name', () => {
  expect(errorMessage(new Error('boom'))).toBe('boom')
  expect(errorMessage(new TypeError(''))).toBe('TypeError')
})

test('anything thrown gives a line, even what a template string would throw on', () => {
  expect(errorMessage('plain text')).toBe('plain text')
  expect(errorMessage(42)).toBe('42')
  expect(errorMessage(undefined)).toBe('undefined')
  expect(errorMessage(Symbol('odd'))).toBe('Symbol(odd)')
  expect(errorMessage(Object.create(null))).toBe('[object Object]')
  const hostile = {
    toString() {
      throw new Error('no')
    }
  }
  expect(errorMessage(hostile)).toBe('[object Object]')
})

test('causes follow the message, once each, a few deep', () => {
  const root = new Error('connect ECONNREFUSED 127.0.0.1:9')
  expect(errorMessage(new TypeError('fetch failed', { cause: root }))).toBe(
    'fetch failed (connect ECONNREFUSED 127.0.0.1:9)'
  )
  expect(
    errorMessage(new Error('request failed: fetch failed', { cause: new Error('fetch failed') }))
  ).toBe('request failed: fetch failed')
  let deep: Error = new Error('e0')
  for (let n = 1; n < 10; n++) deep = new Error(`e${n}`, { cause: deep })
  expect(errorMessage(deep)).toBe('e9 (e8) (e7) (e6)')
})

test('a real refused connection says why, not only "fetch failed"', async () => {
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  const thrown = await fetch(`http://127.0.0.1:${port}/`).catch((error: unknown) => error)
  expect(errorMessage(thrown)).toMatch(/^fetch failed \(.*ECONNREFUSED/)
})

test('an error-shaped object from elsewhere is read as an error', () => {
  expect(
    errorMessage({ name: 'HttpError', message: 'Server Error', cause: 'socket hang up' })
  ).toBe('Server Error (socket hang up)')
})
