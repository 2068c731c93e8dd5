// The OIDC doctor as the runner runs it: dist/index.js (build it first; dist/ is not committed
// from branches) with the inputs of action.yml, a loopback ID-token endpoint
// (ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN), a loopback STS (AWS_ENDPOINT_URL_STS) and a loopback
// GitHub API, once per cause. The summary and the comment show the presented sub; the token
// appears in nothing the step writes except the runner's own `::add-mask::` command.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  ACTIONS_TOKEN,
  OWNER,
  REPO,
  standardTokens,
  startGitHubServer,
  type GitHubServer
} from '../support/githubServer.js'
import {
  assumedReply,
  errorReply,
  fakeJwt,
  githubClaims,
  startIdTokenServer,
  startWebIdentityStsServer,
  type IdTokenServer,
  type WebIdentityStsServer
} from '../support/oidcServers.js'
import type { StsReply } from '../support/stsServer.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SHA = '89abcdef0123456789abcdef0123456789abcdef'
const ROLE = 'arn:aws:iam::111122223333:role/gha-deploy'
const SUB = `repo:${OWNER}/${REPO}:pull_request`
const HOST = 'token.actions.githubusercontent.com'

/** Inputs and defaults from action.yml (two-space names, four-space keys). */
function actionInputs(): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const block = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'))
  const inputs = new Map<string, string>()
  let current: string | null = null
  for (const line of block.split('\n')) {
    const name = line.match(/^ {2}([a-z][a-z0-9-]*):\s*$/)
    if (name) inputs.set((current = name[1]!), '')
    const def = line.match(/^ {4}default:\s*(.*)$/)
    if (def && current) inputs.set(current, def[1]!.replace(/^'(.*)'$/, '$1'))
  }
  return inputs
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/)
    if (!m) continue
    const end = lines.indexOf(m[2]!, i + 1)
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

let github: GitHubServer
let idTokens: IdTokenServer | null
let sts: WebIdentityStsServer | null
let dir: string
beforeEach(async () => {
  github = await startGitHubServer()
  standardTokens(github)
  idTokens = null
  sts = null
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-oidc-e2e-'))
})
afterEach(async () => {
  await github.close()
  await idTokens?.close()
  await sts?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

interface Scenario {
  inputs?: Record<string, string>
  payload?: object
  /** Claims of the token; null: the job has no id-token permission (no request URL). */
  claims?: Record<string, unknown> | null
  sts?: (call: { roleArn: string | null }) => StsReply
  files?: Record<string, string>
}

interface Result {
  code: number | null
  stdout: string
  stderr: string
  summary: string
  outputs: Record<string, string>
  outputFile: string
  token: string | null
  finding: Record<string, unknown>
}

const PR_PAYLOAD = {
  pull_request: {
    number: 12,
    head: { sha: SHA, repo: { full_name: `${OWNER}/${REPO}`, fork: false } }
  },
  repository: { full_name: `${OWNER}/${REPO}`, private: true }
}

async function doctor(s: Scenario): Promise<Result> {
  let token: string | null = null
  if (s.claims !== null) {
    token = fakeJwt(githubClaims({ sub: SUB, repository: `${OWNER}/${REPO}`, ...s.claims }))
    const value = token
    idTokens = await startIdTokenServer(() => value)
  }
  sts = await startWebIdentityStsServer((call) =>
    (s.sts ?? ((c) => assumedReply(c.roleArn!)))(call)
  )
  for (const [file, text] of Object.entries(s.files ?? {}))
    fs.writeFileSync(path.join(dir, file), text)
  const eventPath = path.join(dir, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(s.payload ?? PR_PAYLOAD))
  fs.writeFileSync(path.join(dir, 'summary.md'), '')
  fs.writeFileSync(path.join(dir, 'output.txt'), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/pull/12/merge',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'apply',
    GITHUB_RUN_ID: '555',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
    AWS_ENDPOINT_URL_STS: sts.endpoint,
    AWS_REGION: 'eu-west-1',
    ...(idTokens
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: idTokens.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: idTokens.requestToken
        }
      : {})
  }
  const given = { 'role-to-assume': ROLE, ...s.inputs }
  for (const [name, def] of actionInputs()) {
    env[`INPUT_${name.toUpperCase()}`] =
      given[name as keyof typeof given] ?? def.replace('${{ github.token }}', ACTIONS_TOKEN)
  }
  const { code, stdout, stderr } = await new Promise<{
    code: number | null
    stdout: string
    stderr: string
  }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], { cwd: dir, env })
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('close', (exit) => resolve({ code: exit, stdout: out, stderr: err }))
  })
  const outputFile = fs.readFileSync(path.join(dir, 'output.txt'), 'utf8')
  const outputs = parseOutputs(outputFile)
  const findings = JSON.parse(outputs.findings ?? '[]') as Record<string, unknown>[]
  return {
    code,
    stdout,
    stderr,
    summary: fs.readFileSync(path.join(dir, 'summary.md'), 'utf8'),
    outputs,
    outputFile,
    token,
    finding: findings[0] ?? {}
  }
}

/** What every run must show: exit 0, the cause, and the token nowhere but in ::add-mask::. */
function expectReport(r: Result, cause: string): void {
  expect({ code: r.code, cause: r.finding.cause, stderr: r.stderr }).toEqual({
    code: 0,
    cause,
    stderr: ''
  })
  expect(github.comments).toHaveLength(1)
  if (r.token) {
    const signature = r.token.split('.')[2]!
    const masked = r.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    for (const text of [
      masked.join('\n'),
      r.stderr,
      r.summary,
      r.outputFile,
      github.comments[0]!.body
    ]) {
      expect(text).not.toContain(r.token)
      expect(text).not.toContain(signature)
    }
    expect(r.stdout).toContain(`::add-mask::${r.token}`)
  }
}

function expectSub(r: Result, sub = SUB): void {
  expect(r.summary).toContain(sub)
  expect(github.comments[0]!.body).toContain(sub)
}

const stsError = (code: string, message: string) => () => errorReply(400, code, message)

describe('OIDC doctor, dist/index.js as the runner runs it', () => {
  it('no-id-token-permission: no request URL in the job', async () => {
    const r = await doctor({ claims: null })
    expectReport(r, 'no-id-token-permission')
    expect(r.finding.claims).toBeNull()
    expect(sts!.calls).toHaveLength(0)
    expect(r.summary).toContain('id-token: write')
    // No token presented: the sub GitHub will present, from the run's context.
    expectSub(r)
  })

  it('fork-pull-request: the payload says the head is a fork', async () => {
    const r = await doctor({
      claims: null,
      payload: {
        pull_request: {
          number: 12,
          head: { sha: SHA, repo: { full_name: 'mallory/infra', fork: true } }
        },
        repository: { full_name: `${OWNER}/${REPO}`, private: false }
      }
    })
    expectReport(r, 'fork-pull-request')
    expect(r.summary).toContain('mallory/infra')
    expectSub(r)
  })

  it('no-oidc-provider', async () => {
    const r = await doctor({
      sts: stsError(
        'InvalidIdentityToken',
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
      )
    })
    expectReport(r, 'no-oidc-provider')
    expectSub(r)
    expect(r.summary).toContain('create-open-id-connect-provider')
    expect(r.finding.stsError).toEqual({
      code: 'InvalidIdentityToken',
      message:
        'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    })
    expect(sts!.calls[0]).toMatchObject({ roleArn: ROLE, authorization: null })
  })

  it('audience: the custom audience is requested and named', async () => {
    const audience = `https://github.com/${OWNER}`
    const r = await doctor({
      inputs: { audience },
      claims: { aud: audience },
      sts: stsError('InvalidIdentityToken', 'Incorrect token audience')
    })
    expect(idTokens!.audiences).toEqual([audience])
    expectReport(r, 'audience')
    expectSub(r)
    expect(r.summary).toContain('add-client-id-to-open-id-connect-provider')
  })

  it('thumbprint', async () => {
    const r = await doctor({
      sts: stsError(
        'InvalidIdentityToken',
        "OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint"
      )
    })
    expectReport(r, 'thumbprint')
    expectSub(r)
    expect(r.finding.stsError).toMatchObject({ code: 'InvalidIdentityToken' })
  })

  it('invalid-role-arn: a role name instead of an ARN is not sent to STS', async () => {
    const r = await doctor({ inputs: { 'role-to-assume': 'gha-deploy' } })
    expectReport(r, 'invalid-role-arn')
    expect(sts!.calls).toHaveLength(0)
    expectSub(r)
  })

  it('session-duration: role-duration-seconds is passed to STS', async () => {
    const r = await doctor({
      inputs: { 'role-duration-seconds': '43200' },
      sts: stsError(
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
      )
    })
    expect(sts!.calls[0]!.durationSeconds).toBe('43200')
    expectReport(r, 'session-duration')
    expectSub(r)
  })

  it('clock-skew', async () => {
    const r = await doctor({
      sts: stsError(
        'ExpiredTokenException',
        'Token expired: current date/time 1764590400 must be before the expiration date/time1764590100'
      )
    })
    expectReport(r, 'clock-skew')
    expectSub(r)
    expect(r.finding.stsError).toMatchObject({ code: 'ExpiredTokenException' })
  })

  it('trust-policy-mismatch: the failing condition of the trust-policy file', async () => {
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'MainOnly',
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::111122223333:oidc-provider/${HOST}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${HOST}:aud`]: 'sts.amazonaws.com',
              [`${HOST}:sub`]: `repo:${OWNER}/${REPO}:ref:refs/heads/main`
            }
          }
        }
      ]
    }
    const r = await doctor({
      inputs: { 'trust-policy': 'trust.json' },
      files: { 'trust.json': JSON.stringify(trust) },
      sts: stsError('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')
    })
    expectReport(r, 'trust-policy-mismatch')
    expectSub(r)
    expect(r.finding.mismatches).toEqual([
      expect.objectContaining({
        statement: 'MainOnly',
        operator: 'StringEquals',
        key: `${HOST}:sub`,
        presented: [SUB]
      })
    ])
    expect(r.summary).toContain('MainOnly')
    // The proposed statement names the presented sub.
    expect(r.summary).toContain(`"${HOST}:sub": "${SUB}"`)
  })

  it('assumable: STS gave credentials, which are never shown', async () => {
    const r = await doctor({})
    expectReport(r, 'assumable')
    expectSub(r)
    for (const text of [r.stdout, r.summary, r.outputFile, github.comments[0]!.body]) {
      expect(text).not.toContain('fake-secret-never-printed')
      expect(text).not.toContain('fake-session-never-printed')
    }
  })

  it('unknown: an error no rule knows', async () => {
    const r = await doctor({
      sts: stsError('IDPRejectedClaim', 'The identity provider rejected the claim')
    })
    expectReport(r, 'unknown')
    expectSub(r)
    expect(r.summary).toContain('IDPRejectedClaim')
  })
})
