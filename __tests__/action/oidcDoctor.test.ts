// The doctor mode in-process: run() dispatches on role-to-assume, the token is registered as a
// secret before anything is written, and a bad trust-policy path or extra inputs only warn.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { run } from '../../src/action/main.js'
import { forkOf } from '../../src/action/oidcDoctor.js'
import type { StsOutcome } from '../../src/oidc/doctor.js'
import { fakeJwt, githubClaims } from '../support/oidcServers.js'
import { recordingLogger } from './recordingLogger.js'

const ROLE = 'arn:aws:iam::111122223333:role/gha-deploy'

describe('forkOf', () => {
  it.each([
    [
      'pull_request',
      {
        pull_request: { head: { repo: { full_name: 'mallory/r' } } },
        repository: { full_name: 'o/r' }
      },
      'mallory/r'
    ],
    [
      'pull_request',
      { pull_request: { head: { repo: { full_name: 'O/R' } } }, repository: { full_name: 'o/r' } },
      null
    ],
    [
      'pull_request_target',
      { pull_request: { head: { repo: { full_name: 'm/r' } } }, repository: { full_name: 'o/r' } },
      'm/r'
    ],
    [
      'push',
      { pull_request: { head: { repo: { full_name: 'm/r' } } }, repository: { full_name: 'o/r' } },
      null
    ],
    // A deleted fork: head.repo is null.
    [
      'pull_request',
      { pull_request: { head: { repo: null } }, repository: { full_name: 'o/r' } },
      null
    ],
    ['pull_request', null, null]
  ])('%s %j', (event, payload, fork) => {
    expect(forkOf(event, payload)).toBe(fork)
  })
})

let dir: string
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-doctor-'))))
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

async function doctor(inputs: Record<string, string>, sts: StsOutcome) {
  const logger = recordingLogger()
  const order: string[] = []
  const token = fakeJwt(githubClaims({ sub: 'repo:o/r:environment:prod' }))
  const writeSummary = logger.writeSummary
  logger.writeSummary = async (md) => {
    order.push('summary')
    await writeSummary(md)
  }
  const env: NodeJS.ProcessEnv = {
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: dir,
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/unused',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    'INPUT_ROLE-TO-ASSUME': ROLE,
    INPUT_COMMENT: 'never'
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const secrets: string[] = []
  const code = await run({
    env,
    logger,
    createClient: () => {
      throw new Error('no client in this test')
    },
    stdout: { write: () => true },
    stderr: { write: () => true },
    oidc: {
      getIdToken: async (audience) => {
        order.push(`token:${audience}`)
        return token
      },
      setSecret: (s) => {
        order.push('secret')
        secrets.push(s)
      },
      assume: async (o) => {
        order.push(`assume:${o.roleArn}`)
        return sts
      }
    }
  })
  return { code, logger, order, secrets, token }
}

it('registers the token as a secret before calling STS or writing anything', async () => {
  const r = await doctor({}, { status: 'ok' })
  expect(r.code).toBe(0)
  expect(r.order).toEqual(['token:sts.amazonaws.com', 'secret', `assume:${ROLE}`, 'summary'])
  expect(r.secrets).toEqual([r.token])
  expect(JSON.parse(r.logger.outputs.findings!)[0]).toMatchObject({
    kind: 'oidc',
    cause: 'assumable'
  })
  const written = [
    r.logger.summary,
    ...r.logger.infos,
    ...r.logger.warnings,
    JSON.stringify(r.logger.outputs)
  ]
  for (const text of written) expect(text).not.toContain(r.token)
})

it('warns about a trust-policy path it cannot read and about inputs it ignores, and still reports', async () => {
  const r = await doctor(
    { 'trust-policy': 'missing.json', files: 'deploy.log' },
    {
      status: 'error',
      error: {
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity'
      }
    }
  )
  expect(r.code).toBe(0)
  expect(r.logger.warnings.join('\n')).toMatch(/cannot read the trust-policy file missing\.json/)
  expect(r.logger.warnings.join('\n')).toMatch(/run, files and workflow-run-id are ignored/)
  expect(r.logger.summary).toContain('repo:o/r:environment:prod')
  expect(JSON.parse(r.logger.outputs.findings!)[0]).toMatchObject({
    cause: 'trust-policy-mismatch',
    mismatches: []
  })
})

it('an unreadable id-token answer is reported, not thrown', async () => {
  const logger = recordingLogger()
  const code = await run({
    env: {
      GITHUB_WORKSPACE: dir,
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/x',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      'INPUT_ROLE-TO-ASSUME': ROLE,
      INPUT_COMMENT: 'never'
    },
    logger,
    createClient: () => {
      throw new Error('unused')
    },
    stdout: { write: () => true },
    stderr: { write: () => true },
    oidc: { getIdToken: async () => 'not-a-jwt', setSecret: () => undefined }
  })
  expect(code).toBe(0)
  expect(JSON.parse(logger.outputs.findings!)[0]).toMatchObject({ cause: 'unknown', claims: null })
  expect(logger.summary).toContain('not a JWT')
})
