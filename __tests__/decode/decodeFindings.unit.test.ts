// Unit tests of decodeFindings with an in-memory decoder and a stand-in for diagnose, checking
// exactly what is handed to diagnose. decodeFindings.test.ts runs the same paths with the real
// STS client, a local STS server and the real diagnose.
import { describe, expect, it, jest } from '@jest/globals'
import type { AuthorizationDecoder, DecodeResult } from '../../src/decode/AuthorizationDecoder.js'
import type { LocatedDenial } from '../../src/model/Denial.js'
import type { Evidence } from '../../src/model/Denial.js'
import { encodedFinding, reportOf } from './findings.js'
import {
  explicitDenyWithSecrets,
  passRoleDuringRunInstances,
  secretValues,
  wrappedBlobD068
} from './fixtures.js'
import { at } from '../support/at.js'

const diagnose = jest.fn((d: LocatedDenial, occurrences: number, evidence: Evidence = 'text') => ({
  ...encodedFinding(),
  ...d,
  occurrences,
  evidence,
  title: `diagnosed ${d.action}`,
  explanation: 'Diagnosed explanation.'
}))
jest.unstable_mockModule('../../src/diagnose/diagnose.js', () => ({ diagnose }))

const { decodeFindings, skipDecoding, encodedBlobOf } =
  await import('../../src/decode/decodeFindings.js')
const { DECODE_STATEMENT, manualDecodeCommand } = await import('../../src/decode/decodeAdvice.js')

function fakeDecoder(answer: (blob: string) => DecodeResult) {
  const seen: string[] = []
  const decoder: AuthorizationDecoder = {
    decode: async (blob) => {
      seen.push(blob)
      return answer(blob)
    }
  }
  return { decoder, seen }
}

const ok = (message: unknown): DecodeResult => ({ ok: true, message })

describe('decodeFindings (unit)', () => {
  it('merges the decoded facts, keeps the text layer and policy ARN, and re-diagnoses as decoded', async () => {
    diagnose.mockClear()
    const { decoder } = fakeDecoder(() => ok(explicitDenyWithSecrets))
    const finding = encodedFinding({
      layer: 'scp',
      policyArn: 'arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1',
      occurrences: 3
    })
    const out = await decodeFindings(reportOf([finding]), decoder)
    expect(diagnose).toHaveBeenCalledTimes(1)
    const [located, occurrences, evidence] = at(diagnose.mock.calls)
    expect(occurrences).toBe(3)
    expect(evidence).toBe('decoded')
    expect(located).toMatchObject({
      kind: 'encoded',
      code: 'UnauthorizedOperation',
      operation: 'RunInstances',
      action: 'ec2:RunInstances',
      service: 'ec2',
      principal: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions',
      resource: 'arn:aws:ec2:eu-west-1:111122223333:instance/*',
      deny: 'explicit',
      layer: 'scp',
      policyArn: 'arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1',
      file: 'deploy.log',
      line: 12
    })
    const f = at(out.findings, 0)
    expect(f.decode).toEqual({
      status: 'decoded',
      statements: [{ id: 'DenyLargeInstances', effect: 'Deny' }],
      conditions: expect.arrayContaining([{ key: 'ec2:InstanceType', values: ['t3.2xlarge'] }])
    })
    expect(f.explanation).toMatch(/^Diagnosed explanation\.\n\nDecoded with STS: an explicit deny/)
    expect(f.explanation).toContain('statement DenyLargeInstances')
    expect(f.explanation).toContain('ec2:InstanceType=t3.2xlarge')
    expect(f.explanation).toContain('aws:RequestTag/CostCenter')
    const text = JSON.stringify(out)
    for (const secret of secretValues) expect(text).not.toContain(secret)
  })

  it('says when the denied action differs from the call', async () => {
    const { decoder } = fakeDecoder(() => ok(passRoleDuringRunInstances))
    const out = await decodeFindings(reportOf([encodedFinding()]), decoder)
    expect(at(out.findings, 0).action).toBe('iam:PassRole')
    expect(at(out.findings, 0).service).toBe('iam')
    expect(at(out.findings, 0).explanation).toContain(
      'The action actually denied is iam:PassRole, not ec2:RunInstances.'
    )
    expect(at(out.findings, 0).explanation).toContain('iam:PassedToService=ec2.amazonaws.com')
  })

  it('decodes each distinct blob once, whitespace removed, and leaves other findings alone', async () => {
    const { decoder, seen } = fakeDecoder(() => ok(passRoleDuringRunInstances))
    const plain = { ...encodedFinding(), kind: 'denial' as const, encodedMessage: null }
    const joined = wrappedBlobD068.replace(/\s+/g, '')
    const report = reportOf([
      encodedFinding({ encodedMessage: wrappedBlobD068, line: 1 }),
      plain,
      encodedFinding({ encodedMessage: joined, line: 30 }),
      encodedFinding({ encodedMessage: 'OtherBlob', line: 40 })
    ])
    const out = await decodeFindings(report, decoder)
    expect(seen).toEqual([joined, 'OtherBlob'])
    expect(out.findings[1]).toBe(plain)
    expect(at(out.findings, 0).encodedMessage).toBe(joined)
    expect(out.findings.filter((f) => f.decode?.status === 'decoded')).toHaveLength(3)
    expect(at(report.findings, 0).encodedMessage).toBe(wrappedBlobD068) // input not mutated
  })

  it('sends at most maxMessages distinct blobs and explains the rest', async () => {
    const { decoder, seen } = fakeDecoder(() => ok(passRoleDuringRunInstances))
    const report = reportOf(['A', 'B', 'C', 'A'].map((b) => encodedFinding({ encodedMessage: b })))
    const out = await decodeFindings(report, decoder, { maxMessages: 2 })
    expect(seen).toEqual(['A', 'B'])
    expect(out.findings.map((f) => f.decode?.status)).toEqual([
      'decoded',
      'decoded',
      'skipped',
      'decoded'
    ])
    expect(at(out.findings, 2).decode).toEqual({ status: 'skipped', reason: 'limit' })
    expect(at(out.findings, 2).explanation).toContain('already decoded 2 distinct encoded messages')
    expect(at(out.findings, 2).explanation).toContain(manualDecodeCommand())
  })

  it('defaults to 10 messages per run', async () => {
    const { decoder, seen } = fakeDecoder(() => ok({ allowed: false }))
    const report = reportOf(
      Array.from({ length: 12 }, (_, i) => encodedFinding({ encodedMessage: `B${i}` }))
    )
    await decodeFindings(report, decoder)
    expect(seen).toHaveLength(10)
  })

  it("stops calling STS after a failure that is the caller's, not the blob's", async () => {
    const { decoder, seen } = fakeDecoder(() => ({
      ok: false,
      reason: 'access-denied',
      detail:
        'AccessDenied: User: arn:aws:iam::1:user/ci is not authorized to perform: sts:DecodeAuthorizationMessage'
    }))
    const report = reportOf(['A', 'B'].map((b) => encodedFinding({ encodedMessage: b })))
    const out = await decodeFindings(report, decoder)
    expect(seen).toEqual(['A'])
    for (const f of out.findings) {
      expect(f.decode).toEqual({ status: 'failed', reason: 'access-denied' })
      expect(f.evidence).toBe('text')
      expect(f.explanation).toContain(DECODE_STATEMENT)
      expect(f.explanation).toContain(
        'aws sts decode-authorization-message --encoded-message <blob> --query DecodedMessage --output text | jq .'
      )
    }
  })

  it('keeps trying other blobs after a blob-specific failure', async () => {
    const { decoder, seen } = fakeDecoder((b) =>
      b === 'A'
        ? { ok: false, reason: 'invalid-message', detail: 'expired' }
        : ok({ allowed: false })
    )
    const out = await decodeFindings(
      reportOf(['A', 'B'].map((b) => encodedFinding({ encodedMessage: b }))),
      decoder
    )
    expect(seen).toEqual(['A', 'B'])
    expect(at(out.findings, 0).explanation).toMatch(/cut .* or has expired/)
    expect(at(out.findings, 1).decode?.status).toBe('decoded')
  })

  it('survives a decoder that throws, a message that is not an object, and an over-long blob', async () => {
    const { decoder, seen } = fakeDecoder((b) => {
      if (b === 'T') throw new Error('boom')
      return ok('just a string')
    })
    const long = 'x'.repeat(10241)
    const out = await decodeFindings(
      reportOf(['T', 'S', long].map((b) => encodedFinding({ encodedMessage: b }))),
      decoder
    )
    expect(seen).toEqual(['T', 'S'])
    expect(out.findings.map((f) => f.decode?.reason)).toEqual(['other', 'other', 'invalid-message'])
    expect(at(out.findings, 0).explanation).toContain('boom')
  })

  it('never decodes credential or not-found findings, even with a blob', () => {
    expect(encodedBlobOf(encodedFinding({ kind: 'credentials' }))).toBeNull()
    expect(encodedBlobOf(encodedFinding({ encodedMessage: ' \n ' }))).toBeNull()
    expect(encodedBlobOf(encodedFinding({ kind: 'denial', encodedMessage: 'a b' }))).toBe('ab')
  })
})

describe('skipDecoding', () => {
  it('explains how to decode when there are no credentials', () => {
    const out = skipDecoding(reportOf([encodedFinding()]), 'no-credentials')
    const f = at(out.findings, 0)
    expect(f.decode).toEqual({ status: 'skipped', reason: 'no-credentials' })
    expect(f.explanation).toContain(manualDecodeCommand())
    expect(f.explanation).toContain('aws-actions/configure-aws-credentials')
    expect(f.explanation).toContain('decode: true')
  })

  it('says decoding is off, and leaves already decoded findings alone', () => {
    const done = encodedFinding({ decode: { status: 'decoded' } })
    const out = skipDecoding(reportOf([encodedFinding(), done]), 'disabled')
    expect(at(out.findings, 0).decode).toEqual({ status: 'skipped', reason: 'disabled' })
    expect(at(out.findings, 0).explanation).toContain('--decode')
    expect(out.findings[1]).toBe(done)
  })
})
