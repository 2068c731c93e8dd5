// The SDK is loaded only when a report holds an encoded message and decoding is on.
// The module registry tells: the mocked SDK's factory runs when, and only when, it is imported.
import { describe, expect, it, jest } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { encodedFinding, reportOf } from './findings.js'
import { testEnv } from './fixtures.js'
import { at } from '../support/at.js'

let sdkLoads = 0
jest.unstable_mockModule('@aws-sdk/client-sts', () => {
  sdkLoads++
  return {
    STSClient: class {
      async send() {
        throw Object.assign(
          new Error('not authorized to perform: sts:DecodeAuthorizationMessage'),
          {
            name: 'AccessDenied'
          }
        )
      }
      destroy() {}
    },
    DecodeAuthorizationMessageCommand: class {
      constructor(readonly input: unknown) {}
    }
  }
})
// Not under test here, and decoding below fails before diagnosis; a stand-in keeps this file
// independent of the engine.
jest.unstable_mockModule(
  '../../src/diagnose/diagnose.js',
  () => ({
    diagnose: () => {
      throw new Error('not expected')
    }
  }),
  { virtual: true }
)

const { decodeReport } = await import('../../src/decode/decodeReport.js')
await import('../../src/decode/decodeFindings.js')

describe('lazy loading of @aws-sdk/client-sts', () => {
  it('is not loaded by importing the decode modules', () => {
    expect(sdkLoads).toBe(0)
  })

  it('is not loaded when no finding carries an encoded message, or decoding is off', async () => {
    const plain = { ...encodedFinding(), kind: 'denial' as const, encodedMessage: null }
    await decodeReport(reportOf([plain]), { decode: true, env: testEnv() })
    await decodeReport(reportOf([encodedFinding()]), { decode: false, env: testEnv() })
    await decodeReport(reportOf([encodedFinding()]), {
      decode: true,
      requireEnvCredentials: true,
      env: {}
    })
    expect(sdkLoads).toBe(0)
  })

  it('is loaded once a report with an encoded message is decoded', async () => {
    const out = await decodeReport(reportOf([encodedFinding()]), { decode: true, env: testEnv() })
    expect(sdkLoads).toBe(1)
    expect(at(out.findings, 0).decode).toEqual({ status: 'failed', reason: 'access-denied' })
  })
})

describe('imports of @aws-sdk/* under src/decode', () => {
  const root = join(process.cwd(), 'src', 'decode')
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f.replace(/\\/g, '/'), text: readFileSync(join(root, f), 'utf8') }))

  it('has no static import of the SDK anywhere', () => {
    for (const { file, text } of files)
      expect({
        file,
        staticImports: text.match(/^\s*import\s+(?!type\b)[^(]*from\s+['"]@aws-sdk\//gm)
      }).toEqual({
        file,
        staticImports: null
      })
  })

  it('imports the client dynamically in loadStsDecoder.ts only', () => {
    const dynamic = files.filter(({ text }) =>
      /import\(\s*['"]@aws-sdk\/client-sts['"]\s*\)/.test(text)
    )
    expect(dynamic.map((f) => f.file)).toEqual(['sts/loadStsDecoder.ts'])
  })
})
