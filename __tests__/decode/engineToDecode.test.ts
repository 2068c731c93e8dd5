// From log text to a decoded finding: the engine's analyzeText, then decodeReport with the real
// STS client against the local server.
import { afterEach, describe, expect, it } from '@jest/globals'
import { analyzeText } from '../../src/engine/Analysis.js'
import { decodeReport } from '../../src/decode/decodeReport.js'
import { decodedReply, startStsServer, type StsServer } from '../support/stsServer.js'
import {
  passRoleDuringRunInstances,
  testCredentials,
  testEnv,
  wrappedBlobD068
} from './fixtures.js'

/** Corpus record d068, verbatim (source: https://oz.akan.io/posts/how-to-decode-authorization-message). */
const d068 =
  'A client error (UnauthorizedOperation) occurred when calling the RunInstances operation:\nYou are not authorized to perform this operation. Encoded authorization failure message:\noGsbAaIV7wlfj8zUqebHUANHzFbmkzILlxyj__y9xwhIHk99U_cUq1FIeZnskWDjQ1wSHStVfdCEyZILGoccGpCiCIhOR\nceWF9rRwFTnEcRJ3N9iTrPAE1WHveC5Z54ALPaWlEjHlLg8wCaB8d8lCKmxQuylCm0r1Bf2fHJRUjAYopMVmga8olFmKAl\n9yn_Z5rI120Q9p5ZIMX28zYM4dTu1cJQUQjosgrEejfiIMYDda8l7Ooko9H6VmGJXS62KfkRa5l7yE6hhh2bIwA6tpyCJy\n2LWFRTe4bafqAyoqkarhPA4mGiZyWn4gSqbO8o-uqSIvWYPweaKGkampa0arcFR4gBD7Ph097WYBkzX9hVjGppLMy4jpXRv\njeA5o7TembBR-Jvowq6mNim0'

let server: StsServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

describe('analyzeText → decodeReport', () => {
  it('decodes the line-wrapped blob of corpus record d068', async () => {
    expect(d068).toContain(wrappedBlobD068)
    server = await startStsServer(testCredentials, () => decodedReply(passRoleDuringRunInstances))
    const report = analyzeText(d068, 'ci.log')
    const out = await decodeReport(report, {
      decode: true,
      requireEnvCredentials: true,
      endpoint: server.endpoint,
      env: testEnv()
    })
    expect(server.calls.map((c) => c.encodedMessage)).toEqual([wrappedBlobD068.replace(/\s+/g, '')])
    expect(out.findings).toHaveLength(1)
    expect(out.findings[0]).toMatchObject({
      kind: 'encoded',
      evidence: 'decoded',
      action: 'iam:PassRole',
      principal: 'arn:aws:iam::111122223333:user/ci',
      decode: { status: 'decoded' }
    })
  })

  it('returns a report without encoded messages as it is', async () => {
    const report = analyzeText(
      'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied',
      'x.log'
    )
    expect(await decodeReport(report, { decode: true, env: testEnv() })).toBe(report)
  })
})
