// decodeFindings end to end: the real @aws-sdk/client-sts (SigV4-signed with test keys) against
// the STS look-alike on 127.0.0.1, and the real diagnose.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { AuthorizationDecoder } from '../../src/decode/AuthorizationDecoder.js'
import { DECODE_STATEMENT, manualDecodeCommand } from '../../src/decode/decodeAdvice.js'
import { decodeFindings } from '../../src/decode/decodeFindings.js'
import { loadStsDecoder } from '../../src/decode/sts/loadStsDecoder.js'
import {
  decodedReply,
  errorReply,
  startStsServer,
  type StsReply,
  type StsServer
} from '../support/stsServer.js'
import { encodedFinding, reportOf } from './findings.js'
import {
  explicitDenyWithSecrets,
  implicitDenyKeyPair,
  passRoleDuringRunInstances,
  secretValues,
  testCredentials,
  testEnv,
  wrappedBlobD068
} from './fixtures.js'
import { at } from '../support/at.js'

let server: StsServer | null = null
let decoder: AuthorizationDecoder | null = null

afterEach(async () => {
  decoder?.close?.()
  decoder = null
  await server?.close()
  server = null
})

/** A server answering per blob (default: the implicit deny), and the real client pointed at it. */
async function sts(
  replies: Record<string, StsReply | ((n: number) => StsReply)> = {},
  opts: { timeoutMs?: number; maxAttempts?: number } = {}
) {
  server = await startStsServer(testCredentials, (call, n) => {
    const reply = replies[call.encodedMessage ?? '']
    if (typeof reply === 'function') return reply(n)
    return reply ?? decodedReply(implicitDenyKeyPair)
  })
  decoder = await loadStsDecoder({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    timeoutMs: opts.timeoutMs ?? 2000,
    maxAttempts: opts.maxAttempts ?? 3,
    env: testEnv()
  })
  return { server, decoder }
}

const blobs = (s: StsServer) => s.calls.map((c) => c.encodedMessage)

describe('decodeFindings with the STS client', () => {
  it('turns a decoded explicit deny into an ordinary finding, with its statement and condition keys', async () => {
    const { server, decoder } = await sts({ EXPLICIT: decodedReply(explicitDenyWithSecrets) })
    const out = await decodeFindings(
      reportOf([encodedFinding({ encodedMessage: 'EXPLICIT' })]),
      decoder
    )
    const f = at(out.findings, 0)
    expect(at(server.calls, 0).signatureProblem).toBeNull()
    expect(f).toMatchObject({
      evidence: 'decoded',
      action: 'ec2:RunInstances',
      principal: 'arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions',
      resource: 'arn:aws:ec2:eu-west-1:111122223333:instance/*',
      deny: 'explicit',
      decode: { status: 'decoded', statements: [{ id: 'DenyLargeInstances', effect: 'Deny' }] }
    })
    // Diagnosis now works from the decoded facts: an explicit deny on the role behind the session.
    expect(f.fixTarget).toMatchObject({
      kind: 'explicit-deny',
      principalArn: 'arn:aws:iam::111122223333:role/gha-deploy'
    })
    expect(f.explanation).toContain('statement DenyLargeInstances')
    expect(f.explanation).toContain('aws:Region=eu-west-1')
    expect(f.explanation).toContain('ec2:InstanceType=t3.2xlarge')
    expect(f.explanation).toContain('ec2:ResourceTag/Owner')
    const posted = JSON.stringify(out)
    for (const secret of secretValues) expect(posted).not.toContain(secret)
  })

  it('decodes an implicit deny into an identity-policy fix for the role', async () => {
    const { decoder } = await sts()
    const out = await decodeFindings(reportOf([encodedFinding()]), decoder)
    expect(out.findings[0]).toMatchObject({
      evidence: 'decoded',
      deny: 'implicit',
      resource: 'arn:aws:ec2:us-east-1:111122223333:key-pair/ci-key',
      fixTarget: {
        kind: 'identity-policy',
        principalArn: 'arn:aws:iam::111122223333:role/gha-deploy',
        principalName: 'gha-deploy'
      }
    })
    expect(at(out.findings, 0).explanation).toContain('implicit deny of ec2:RunInstances')
  })

  it('keeps the policy layer and ARN the text named (corpus d033 shape)', async () => {
    // Source of the shape: corpus d033 (github-file:find_string#57974757804), an SCP explicit deny
    // printed before the blob.
    const { decoder } = await sts({ SCP: decodedReply(explicitDenyWithSecrets) })
    const scp =
      'arn:aws:organizations::999988887777:policy/o-4z1leiit0c/service_control_policy/p-idgyiios'
    const finding = encodedFinding({
      encodedMessage: 'SCP',
      operation: 'CreateKeyPair',
      action: 'ec2:CreateKeyPair',
      layer: 'scp',
      deny: 'explicit',
      policyArn: scp
    })
    const out = await decodeFindings(reportOf([finding]), decoder)
    expect(out.findings[0]).toMatchObject({
      evidence: 'decoded',
      layer: 'scp',
      policyArn: scp,
      fixTarget: { kind: 'scp', policyArn: scp }
    })
    expect(at(out.findings, 0).explanation).toContain(
      'The action actually denied is ec2:RunInstances, not ec2:CreateKeyPair.'
    )
  })

  it('names the real action when it is not the one called', async () => {
    const { decoder } = await sts({ PASS: decodedReply(passRoleDuringRunInstances) })
    const out = await decodeFindings(
      reportOf([encodedFinding({ encodedMessage: 'PASS' })]),
      decoder
    )
    expect(out.findings[0]).toMatchObject({
      action: 'iam:PassRole',
      service: 'iam',
      evidence: 'decoded'
    })
    expect(at(out.findings, 0).explanation).toContain('actually denied is iam:PassRole')
  })

  it("explains the caller's own AccessDenied with the statement to add, and stops there", async () => {
    const denied = errorReply(
      403,
      'AccessDenied',
      'User: arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action'
    )
    const { server, decoder } = await sts({ A: denied, B: denied })
    const before = reportOf(['A', 'B'].map((b) => encodedFinding({ encodedMessage: b })))
    const out = await decodeFindings(before, decoder)
    expect(blobs(server)).toEqual(['A'])
    for (const [i, f] of out.findings.entries()) {
      expect(f.decode).toEqual({ status: 'failed', reason: 'access-denied' })
      expect(f.evidence).toBe('text')
      expect(f.action).toBe(at(before.findings, i).action)
      expect(f.explanation).toContain(DECODE_STATEMENT)
      expect(f.explanation).toContain(manualDecodeCommand())
    }
  })

  it('explains an invalid message as cut or expired', async () => {
    const { decoder } = await sts({
      OLD: errorReply(400, 'InvalidAuthorizationMessageException', 'Message is expired')
    })
    const out = await decodeFindings(reportOf([encodedFinding({ encodedMessage: 'OLD' })]), decoder)
    expect(at(out.findings, 0).decode).toEqual({ status: 'failed', reason: 'invalid-message' })
    expect(at(out.findings, 0).explanation).toMatch(/cut .* or has expired/)
  })

  it('reports a slow server as a timeout without failing the run', async () => {
    const { server, decoder } = await sts(
      { SLOW: { ...decodedReply(implicitDenyKeyPair), delayMs: 1000 } },
      { timeoutMs: 300, maxAttempts: 1 }
    )
    const report = reportOf(['SLOW', 'NEXT'].map((b) => encodedFinding({ encodedMessage: b })))
    const out = await decodeFindings(report, decoder)
    expect(out.findings.map((f) => f.decode)).toEqual([
      { status: 'failed', reason: 'timeout' },
      { status: 'failed', reason: 'timeout' }
    ])
    // The second blob is not sent: it would wait out the same timeout.
    expect(blobs(server)).toEqual(['SLOW'])
    expect(at(out.findings, 0).explanation).toContain('did not answer in time')
  })

  it('decodes after a throttling answer on retry', async () => {
    const { server, decoder } = await sts({
      HOT: (n) =>
        n === 1 ? errorReply(400, 'Throttling', 'Rate exceeded') : decodedReply(implicitDenyKeyPair)
    })
    const out = await decodeFindings(reportOf([encodedFinding({ encodedMessage: 'HOT' })]), decoder)
    expect(at(out.findings, 0).decode?.status).toBe('decoded')
    expect(blobs(server)).toEqual(['HOT', 'HOT'])
  })

  it('sends each distinct blob once, with the line wrapping removed', async () => {
    const joined = wrappedBlobD068.replace(/\s+/g, '')
    const { server, decoder } = await sts()
    const report = reportOf([
      encodedFinding({ encodedMessage: wrappedBlobD068, line: 3 }),
      encodedFinding({ encodedMessage: joined, line: 9 }),
      encodedFinding({ encodedMessage: 'SECOND', line: 20 }),
      encodedFinding({ encodedMessage: 'SECOND', line: 21 })
    ])
    const out = await decodeFindings(report, decoder)
    expect(blobs(server)).toEqual([joined, 'SECOND'])
    expect(out.findings.every((f) => f.decode?.status === 'decoded')).toBe(true)
    expect(at(out.findings, 0).encodedMessage).toBe(joined)
  })

  it('stops at the per-run cap', async () => {
    const { server, decoder } = await sts()
    const report = reportOf(['B1', 'B2', 'B3'].map((b) => encodedFinding({ encodedMessage: b })))
    const out = await decodeFindings(report, decoder, { maxMessages: 2 })
    expect(blobs(server)).toEqual(['B1', 'B2'])
    expect(at(out.findings, 2).decode).toEqual({ status: 'skipped', reason: 'limit' })
    expect(at(out.findings, 2).evidence).toBe('text')
  })
})
