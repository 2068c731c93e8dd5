// decodeReport: the one call the CLI and the Action make.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import type { AuthorizationDecoder } from '../../src/decode/AuthorizationDecoder.js'
import { decodeReport } from '../../src/decode/decodeReport.js'
import type { StsDecoderOptions } from '../../src/decode/sts/loadStsDecoder.js'
import { errorReply, startStsServer, type StsServer } from '../support/stsServer.js'
import { encodedFinding, reportOf } from './findings.js'
import { testCredentials, testEnv } from './fixtures.js'
import { at } from '../support/at.js'

let server: StsServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

function loaderSpy() {
  const close = jest.fn()
  const load = jest.fn(async (_opts: StsDecoderOptions): Promise<AuthorizationDecoder> => ({
    decode: async () => ({ ok: false, reason: 'invalid-message', detail: 'expired' }),
    close
  }))
  return { load, close }
}

describe('decodeReport', () => {
  it('returns the same report when nothing is encoded', async () => {
    const { load } = loaderSpy()
    const report = reportOf([{ ...encodedFinding(), kind: 'denial', encodedMessage: null }])
    expect(await decodeReport(report, { decode: true, loadDecoder: load, env: testEnv() })).toBe(
      report
    )
    expect(load).not.toHaveBeenCalled()
  })

  it('explains how to turn decoding on when it is off', async () => {
    const { load } = loaderSpy()
    const out = await decodeReport(reportOf([encodedFinding()]), {
      decode: false,
      loadDecoder: load,
      env: testEnv()
    })
    expect(load).not.toHaveBeenCalled()
    expect(at(out.findings, 0).decode).toEqual({ status: 'skipped', reason: 'disabled' })
  })

  it('skips with advice when the Action finds no credentials in the environment', async () => {
    const { load } = loaderSpy()
    const out = await decodeReport(reportOf([encodedFinding()]), {
      decode: true,
      requireEnvCredentials: true,
      loadDecoder: load,
      env: { AWS_REGION: 'eu-west-1' }
    })
    expect(load).not.toHaveBeenCalled()
    expect(at(out.findings, 0).decode).toEqual({ status: 'skipped', reason: 'no-credentials' })
    expect(at(out.findings, 0).explanation).toContain('configure-aws-credentials')
  })

  it('passes region, endpoint, timeout and attempts to the loader, and closes the decoder', async () => {
    const { load, close } = loaderSpy()
    const env = testEnv()
    await decodeReport(reportOf([encodedFinding()]), {
      decode: true,
      requireEnvCredentials: true,
      region: 'eu-north-1',
      endpoint: 'http://127.0.0.1:9',
      timeoutMs: 300,
      maxAttempts: 2,
      env,
      loadDecoder: load
    })
    expect(load).toHaveBeenCalledWith({
      region: 'eu-north-1',
      endpoint: 'http://127.0.0.1:9',
      timeoutMs: 300,
      maxAttempts: 2,
      env
    })
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('does not fail the run when the SDK cannot be loaded', async () => {
    const out = await decodeReport(reportOf([encodedFinding()]), {
      decode: true,
      env: testEnv(),
      loadDecoder: async () => {
        throw new Error('Cannot find module @aws-sdk/client-sts')
      }
    })
    expect(at(out.findings, 0).decode).toEqual({ status: 'failed', reason: 'other' })
    expect(at(out.findings, 0).explanation).toContain('could not load the STS client')
  })

  it('drives the real client against the local STS server', async () => {
    server = await startStsServer(testCredentials, () =>
      errorReply(400, 'InvalidAuthorizationMessageException', 'Invalid encoded message')
    )
    const out = await decodeReport(reportOf([encodedFinding({ encodedMessage: 'AB CD\nEF' })]), {
      decode: true,
      requireEnvCredentials: true,
      endpoint: server.endpoint,
      env: testEnv({ AWS_REGION: 'eu-west-3' })
    })
    expect(server.calls).toMatchObject([
      { encodedMessage: 'ABCDEF', region: 'eu-west-3', signatureProblem: null }
    ])
    expect(at(out.findings, 0).decode).toEqual({ status: 'failed', reason: 'invalid-message' })
  })
})
