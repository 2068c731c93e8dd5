// A loopback server that stalls: before its headers, or in the middle of a body.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { RequestTimeoutError, timedFetch } from '../../src/source/timedFetch.js'
import { createGitHubClient } from '../../src/source/githubClient.js'
import { ACTIONS_TOKEN, TEST_WRITE_SPACING } from '../support/githubServer.js'

let server: http.Server
let base = ''
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/stall') return // never answers
    if (req.url === '/half') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('first part ')
      return // the body stops flowing
    }
    if (req.url === '/slow-but-steady') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      let n = 0
      const tick = setInterval(() => {
        res.write(`chunk${n} `)
        if (++n === 5) {
          clearInterval(tick)
          res.end()
        }
      }, 300)
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true}')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

describe('timedFetch', () => {
  it('fails a request whose answer never comes', async () => {
    await expect(timedFetch(150)(`${base}/stall`)).rejects.toBeInstanceOf(RequestTimeoutError)
  })

  it('fails a body that stops flowing', async () => {
    // Headers came, then nothing: the body read fails (on a slow machine, maybe the fetch).
    await expect(timedFetch(300)(`${base}/half`).then((r) => r.text())).rejects.toBeDefined()
  })

  it('lets a body that keeps flowing take longer than the idle timeout in all', async () => {
    // 5 chunks 300 ms apart: 1.5 s in all, never 1 s without a byte.
    const response = await timedFetch(1000)(`${base}/slow-but-steady`)
    expect(await response.text()).toBe('chunk0 chunk1 chunk2 chunk3 chunk4 ')
    expect(response.url).toBe(`${base}/slow-but-steady`)
  })

  it('bounds a GitHub client request that stalls', async () => {
    const client = createGitHubClient(ACTIONS_TOKEN, {
      baseUrl: base,
      timeoutMs: 1000,
      retryAfterBaseValue: 1,
      writeSpacingMs: TEST_WRITE_SPACING,
      throttleId: 'timed-fetch'
    })
    await expect(client.request('GET /stall')).rejects.toThrow(/did not answer within/)
    expect((await client.request('GET /ok')).data).toEqual({ ok: true })
  })
})
