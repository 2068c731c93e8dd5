// completeReport never loses the report: when decoding throws (a bug, not a refusal: refusals are
// findings of their own), it warns and still attaches the remedies.
import { describe, expect, it, jest } from '@jest/globals'

jest.unstable_mockModule('../../src/decode/decodeReport.js', () => ({
  decodeReport: async () => {
    throw new Error('decoder exploded')
  }
}))
const { analyzeText } = await import('../../src/engine/Analysis.js')
const { completeReport } = await import('../../src/engine/completeReport.js')

const LOG =
  'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::artifacts/app.zip" because no identity-based policy allows the s3:GetObject action'

describe('completeReport when decoding throws', () => {
  it('warns with the cause and still returns the findings with their remedies', async () => {
    const warnings: string[] = []
    const report = await completeReport(analyzeText(LOG), {
      decode: true,
      requireEnvCredentials: false,
      env: {},
      warn: (m) => warnings.push(m)
    })
    expect(warnings).toEqual([
      'whydenied could not decode the encoded authorization messages: decoder exploded'
    ])
    expect(report.findings).toHaveLength(1)
    expect(report.remedies.length).toBeGreaterThan(0)
  })
})
