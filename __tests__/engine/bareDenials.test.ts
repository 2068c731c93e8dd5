// Issue 13's "done when", end to end through the engine: the runner's own lines around a bare
// `aws s3 sync` refusal make one finding with a specific remedy, and the job's identity comes
// from a loopback STS that the real SDK client talks to.
import fs from 'node:fs'
import { afterEach, describe, expect, it } from '@jest/globals'
import { analyzeText } from '../../src/engine/Analysis.js'
import { completeReport, type CompleteReportOptions } from '../../src/engine/completeReport.js'
import { loadCallerIdentity } from '../../src/decode/sts/loadStsDecoder.js'
import type { Report } from '../../src/model/Report.js'
import type { PolicyStatement } from '../../src/model/Remedy.js'
import {
  callerIdentityReply,
  errorReply,
  startStsServer,
  type StsServer
} from '../support/stsServer.js'
import { testCredentials, testEnv } from '../decode/fixtures.js'

// The runner prints a `run:` step's command as its group title and again as a script line.
const STEP = [
  '2026-11-23T09:14:02.1183021Z ##[group]Run aws s3 sync ./public s3://my-site-prod',
  '2026-11-23T09:14:02.1184410Z \u001b[36;1maws s3 sync ./public s3://my-site-prod\u001b[0m',
  '2026-11-23T09:14:02.1235270Z shell: /usr/bin/bash -e {0}',
  '2026-11-23T09:14:02.1236002Z ##[endgroup]'
]

function syncLog(keys: number, step = STEP): string {
  const lines = [...step]
  for (let i = 0; i < keys; i++) {
    lines.push(
      `2026-11-23T09:14:03.0000000Z upload failed: ./public/a${i}.jpg to s3://my-site-prod/a${i}.jpg An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    )
  }
  lines.push('2026-11-23T09:14:09.9300118Z ##[error]Process completed with exit code 1.')
  return lines.join('\n') + '\n'
}

let server: StsServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

/**
 * The real STS client with its budget injected: the 800 ms default is for a runner talking to
 * AWS, and a loaded test machine can spend that loading and signing before the loopback answers.
 */
const within =
  (timeoutMs: number): CompleteReportOptions['callerIdentity'] =>
  (opts) =>
    loadCallerIdentity({ ...opts, timeoutMs })

async function complete(
  report: Report,
  env: NodeJS.ProcessEnv,
  whoami = true,
  callerIdentity?: CompleteReportOptions['callerIdentity']
): Promise<Report> {
  const warnings: string[] = []
  const out = await completeReport(report, {
    decode: false,
    requireEnvCredentials: true,
    whoami,
    env,
    warn: (m) => warnings.push(m),
    ...(callerIdentity ? { callerIdentity } : {})
  })
  expect(warnings).toEqual([])
  return out
}

function statements(report: Report): PolicyStatement[] {
  return report.remedies.flatMap((r) => r.statements)
}

describe('a bare aws s3 sync refusal', () => {
  // 100,000 lines of one shape are counted in counting.test.ts; distinct keys fold alike at any
  // count, and 20,000 keep this file's CPU (with coverage) to a fifth.
  it('is one finding over 20,000 distinct keys, generalised to the bucket', () => {
    const report = analyzeText(syncLog(20_000), 'sync.log')
    expect(report.findings).toHaveLength(1)
    const f = report.findings[0]!
    expect(f.occurrences).toBe(20_000)
    expect(f.resource).toBeNull()
    expect(f.principal).toBeNull()
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::my-site-prod/*')
    expect(f.inferred?.companions?.map((c) => c.action)).toEqual(['s3:ListBucket'])
  })

  it('gets a remedy on the bucket and its objects, with the principal honestly absent without credentials', async () => {
    const report = await complete(analyzeText(syncLog(50), 'sync.log'), {})
    expect(statements(report)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::my-site-prod/*'
        }),
        expect.objectContaining({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::my-site-prod' })
      ])
    )
    expect(JSON.stringify(statements(report))).not.toMatch(/"\*"|<[A-Z_]+>/)
    expect(report.findings[0]!.inferred?.principal).toBeUndefined()
    expect(report.findings[0]!.explanation).toContain('likely causes')
  })

  it("names the job's identity from sts:GetCallerIdentity, session as its role", async () => {
    server = await startStsServer(testCredentials, () =>
      callerIdentityReply('arn:aws:sts::111122223333:assumed-role/gha-deploy/GitHubActions')
    )
    const env = testEnv({ AWS_ENDPOINT_URL_STS: server.endpoint, AWS_REGION: 'eu-west-1' })
    const report = await complete(analyzeText(syncLog(20), 'sync.log'), env, true, within(60_000))
    expect(server.calls.map((c) => [c.action, c.signatureProblem])).toEqual([
      ['GetCallerIdentity', null]
    ])
    const f = report.findings[0]!
    expect(f.principal).toBeNull()
    expect(f.inferred?.principal).toEqual({
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'sts:GetCallerIdentity'
    })
    expect(f.fixTarget.principalName).toBe('gha-deploy')
    const remedy = report.remedies.find((r) => r.statements.length > 0)!
    expect(remedy.renderings.cli).toContain("--role-name 'gha-deploy'")
    expect(JSON.stringify(remedy)).not.toContain('<ROLE_NAME>')
    expect(remedy.notes.join('\n')).toContain(
      'is taken from sts:GetCallerIdentity, the identity the job runs as'
    )
  })

  it('keeps the report when STS refuses, is slow, or is not asked', async () => {
    // The slow answer never comes while the test runs (close() drops it): were the budget not
    // kept, the test would hang until jest's timeout rather than pass on a slow machine.
    server = await startStsServer(testCredentials, (_call, n) =>
      n <= 2
        ? errorReply(403, 'AccessDenied', 'no')
        : { ...callerIdentityReply('arn:aws:iam::111122223333:user/ci'), delayMs: 600_000 }
    )
    const env = testEnv({ AWS_ENDPOINT_URL_STS: server.endpoint })
    const log = () => analyzeText(syncLog(3), 'sync.log')
    await complete(log(), env, false)
    expect(server.calls).toHaveLength(0)
    const refused = await complete(log(), env, true, within(60_000))
    expect(server.calls).toHaveLength(1)
    expect(refused.findings[0]!.inferred?.principal).toBeUndefined()
    // Through the default lookup and budget: refused or out of time, never a warning.
    const byDefault = await complete(log(), env)
    expect(byDefault.findings[0]!.inferred?.principal).toBeUndefined()
    const slow = await complete(log(), env, true, within(200))
    expect(slow.findings).toHaveLength(1)
    expect(slow.findings[0]!.inferred?.principal).toBeUndefined()
  })

  it('does not stand the job in for a tool that switched profile', async () => {
    server = await startStsServer(testCredentials, () =>
      callerIdentityReply('arn:aws:iam::111122223333:user/ci')
    )
    const env = testEnv({ AWS_ENDPOINT_URL_STS: server.endpoint })
    const step = ['+ aws s3 sync ./public s3://my-site-prod --profile prod']
    const report = await complete(analyzeText(syncLog(2, step), 'sync.log'), env)
    expect(server.calls).toHaveLength(0)
    expect(report.findings[0]!.inferred?.roleSwitch).toEqual({
      value: 'profile prod',
      from: '--profile in the command'
    })
    expect(report.remedies.flatMap((r) => r.notes).join('\n')).toContain(
      'switched identity (profile prod'
    )
  })
})

describe('the configure-aws-credentials example log', () => {
  it("uses the role ARN of its with: block for the OIDC finding's trust policy", async () => {
    const text = fs.readFileSync(
      new URL('../../examples/oidc-trust-policy.log', import.meta.url),
      'utf8'
    )
    const report = await complete(analyzeText(text, 'oidc.log'), {})
    const f = report.findings.find((x) => /AssumeRoleWithWebIdentity/i.test(x.action ?? ''))!
    expect(f.inferred?.resource).toEqual({
      value: 'arn:aws:iam::111122223333:role/gha-deploy',
      from: 'role-to-assume in the log'
    })
    expect(f.inferred?.principal).toBeUndefined()
    const trust = report.remedies.find((r) => r.id.startsWith('trust-policy:'))!
    expect(trust.id).toBe('trust-policy:arn:aws:iam::111122223333:role/gha-deploy')
    expect(JSON.stringify(trust)).not.toContain('<ROLE_ARN>')
  })
})

describe('the job role printed before a later denial', () => {
  it('names the role-to-assume as the principal of a bare refusal', async () => {
    const log = [
      '2026-11-23T11:40:02.1021913Z ##[group]Run aws-actions/configure-aws-credentials@v4',
      '2026-11-23T11:40:02.1022992Z with:',
      '2026-11-23T11:40:02.1023410Z   role-to-assume: arn:aws:iam::111122223333:role/gha-deploy',
      '2026-11-23T11:40:02.1024303Z ##[endgroup]',
      '2026-11-23T11:41:02.1021913Z ##[group]Run aws s3 cp report.html s3://reports-bucket/daily/report.html',
      '2026-11-23T11:41:02.1024303Z ##[endgroup]',
      '2026-11-23T11:41:04.1024303Z upload failed: ./report.html to s3://reports-bucket/daily/report.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    const report = await complete(analyzeText(log, 'ci.log'), {})
    const f = report.findings[0]!
    expect(f.inferred?.principal?.from).toBe('role-to-assume in the log')
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::reports-bucket/daily/report.html')
    expect(f.inferred?.companions).toBeUndefined()
    expect(f.fixTarget.principalArn).toBe('arn:aws:iam::111122223333:role/gha-deploy')
  })
})
