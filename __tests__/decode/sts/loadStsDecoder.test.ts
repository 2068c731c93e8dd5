// The real @aws-sdk/client-sts, signing with SigV4, against the STS look-alike on 127.0.0.1.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AuthorizationDecoder } from '../../../src/decode/AuthorizationDecoder.js'
import { loadStsDecoder } from '../../../src/decode/sts/loadStsDecoder.js'
import {
  decodedReply,
  errorReply,
  startStsServer,
  type StsHandler,
  type StsServer,
  type TestCredentials
} from '../../support/stsServer.js'
import { explicitDenyWithSecrets, testCredentials, testEnv } from '../fixtures.js'
import { at } from '../../support/at.js'

let server: StsServer | null = null
let decoder: AuthorizationDecoder | null = null

afterEach(async () => {
  decoder?.close?.()
  decoder = null
  await server?.close()
  server = null
})

async function setup(
  handler: StsHandler,
  opts: { timeoutMs?: number; maxAttempts?: number; env?: NodeJS.ProcessEnv; region?: string } = {},
  creds: TestCredentials = testCredentials
) {
  server = await startStsServer(creds, handler)
  decoder = await loadStsDecoder({
    endpoint: server.endpoint,
    region: opts.region,
    timeoutMs: opts.timeoutMs ?? 2000,
    maxAttempts: opts.maxAttempts ?? 3,
    env: opts.env ?? testEnv()
  })
  return { server, decoder }
}

describe('loadStsDecoder against an STS-compatible server', () => {
  it('sends a signed Query request and returns the parsed DecodedMessage', async () => {
    const { server, decoder } = await setup(() => decodedReply(explicitDenyWithSecrets), {
      region: 'eu-west-1'
    })
    const result = await decoder.decode('blob-1')
    expect(result).toEqual({ ok: true, message: explicitDenyWithSecrets })
    expect(server.calls).toHaveLength(1)
    expect(server.calls[0]).toMatchObject({
      action: 'DecodeAuthorizationMessage',
      version: '2011-06-15',
      encodedMessage: 'blob-1',
      region: 'eu-west-1',
      signatureProblem: null
    })
  })

  it('signs for AWS_REGION when no region is given, and sends the session token', async () => {
    const creds = { ...testCredentials, sessionToken: 'test-session-token' }
    const env = testEnv({ AWS_REGION: 'ap-south-1', AWS_SESSION_TOKEN: 'test-session-token' })
    const { server, decoder } = await setup(() => decodedReply({ allowed: false }), { env }, creds)
    expect((await decoder.decode('b')).ok).toBe(true)
    expect(server.calls[0]).toMatchObject({
      region: 'ap-south-1',
      securityToken: 'test-session-token',
      signatureProblem: null
    })
  })

  it('uses AWS_ENDPOINT_URL_STS from env when no endpoint is given', async () => {
    server = await startStsServer(testCredentials, () => decodedReply({ allowed: false }))
    decoder = await loadStsDecoder({ env: testEnv({ AWS_ENDPOINT_URL_STS: server.endpoint }) })
    expect((await decoder.decode('b')).ok).toBe(true)
    expect(server.calls).toHaveLength(1)
    expect(at(server.calls, 0).region).toBe('us-east-1')
  })

  it('is refused by the server when the secret is wrong (the signature check is real)', async () => {
    const env = testEnv({ AWS_SECRET_ACCESS_KEY: 'not-the-secret' })
    const { server, decoder } = await setup(() => decodedReply({}), { env, maxAttempts: 1 })
    const result = await decoder.decode('b')
    expect(result).toMatchObject({ ok: false, reason: 'other' })
    expect(!result.ok && result.detail).toMatch(/SignatureDoesNotMatch/)
    expect(at(server.calls, 0).signatureProblem).toBe('signature does not match')
  })

  it("maps the caller's own AccessDenied to access-denied, without retrying", async () => {
    const message =
      'User: arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action'
    const { server, decoder } = await setup(() => errorReply(403, 'AccessDenied', message))
    const result = await decoder.decode('b')
    expect(result).toMatchObject({ ok: false, reason: 'access-denied' })
    expect(!result.ok && result.detail).toContain('sts:DecodeAuthorizationMessage')
    expect(server.calls).toHaveLength(1)
  })

  it('maps InvalidAuthorizationMessageException to invalid-message', async () => {
    const { decoder } = await setup(() =>
      errorReply(400, 'InvalidAuthorizationMessageException', 'Message is expired')
    )
    expect(await decoder.decode('b')).toMatchObject({ ok: false, reason: 'invalid-message' })
  })

  it('times out on a slow server, retrying a bounded number of times', async () => {
    const { server, decoder } = await setup(() => ({ ...decodedReply({}), delayMs: 1000 }), {
      timeoutMs: 300,
      maxAttempts: 2
    })
    const result = await decoder.decode('b')
    expect(result).toMatchObject({ ok: false, reason: 'timeout' })
    expect(server.calls).toHaveLength(2)
  })

  it('retries a throttling answer and succeeds', async () => {
    const { server, decoder } = await setup((_call, n) =>
      n === 1 ? errorReply(400, 'Throttling', 'Rate exceeded') : decodedReply({ allowed: false })
    )
    expect(await decoder.decode('b')).toEqual({ ok: true, message: { allowed: false } })
    expect(server.calls).toHaveLength(2)
  })

  it('reports throttled once the attempts are used up', async () => {
    const { server, decoder } = await setup(() => errorReply(400, 'Throttling', 'Rate exceeded'), {
      maxAttempts: 2
    })
    const result = await decoder.decode('b')
    expect(result).toMatchObject({ ok: false, reason: 'throttled' })
    expect(!result.ok && result.detail).toMatch(/after 2 attempts/)
    expect(server.calls).toHaveLength(2)
  })

  it('reports a refused connection as network', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const { port } = probe.address() as { port: number }
    await new Promise<void>((r) => probe.close(() => r()))
    decoder = await loadStsDecoder({
      endpoint: `http://127.0.0.1:${port}`,
      maxAttempts: 1,
      env: testEnv()
    })
    expect(await decoder.decode('b')).toMatchObject({ ok: false, reason: 'network' })
  })

  it('reports a DecodedMessage that is not JSON as other', async () => {
    const { decoder } = await setup(() => decodedReply('<not json>'))
    expect(await decoder.decode('b')).toMatchObject({ ok: false, reason: 'other' })
  })
})

describe('loadStsDecoder without credentials', () => {
  const scrubbed = [
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI'
  ]
  const saved: Record<string, string | undefined> = {}

  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  })

  it('maps the default chain finding nothing to no-credentials', async () => {
    // The chain reads process.env and files: point it at nothing and keep it off the network.
    const overrides: Record<string, string> = {
      AWS_CONFIG_FILE: '/nonexistent/whydenied/config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/whydenied/credentials',
      AWS_EC2_METADATA_DISABLED: 'true'
    }
    for (const k of [...scrubbed, ...Object.keys(overrides)]) saved[k] = process.env[k]
    for (const k of scrubbed) delete process.env[k]
    Object.assign(process.env, overrides)
    server = await startStsServer(testCredentials, () => decodedReply({}))
    decoder = await loadStsDecoder({ endpoint: server.endpoint, maxAttempts: 1, env: {} })
    expect(await decoder.decode('b')).toMatchObject({ ok: false, reason: 'no-credentials' })
    expect(server.calls).toHaveLength(0)
  })
})
