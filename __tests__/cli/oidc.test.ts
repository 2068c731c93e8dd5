// `whydenied oidc` in-process: the same verdict as the Action's doctor, from files and flags.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { oidcSubcommand } from '../../src/cli/oidc.js'
import { fakeJwt, githubClaims } from '../support/oidcServers.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/oidc')
const ROLE = 'arn:aws:iam::407461997746:role/github-actions-test-Role-QVSUYDA0W3QG'

async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await oidcSubcommand(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: {},
    stdoutIsTTY: false
  })
  return { code, stdout, stderr }
}

let dir: string
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-oidc-'))))
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('--sub against the get-role output of configure-aws-credentials#271: the failed condition, as JSON', async () => {
  const r = await run([
    '--role-arn',
    ROLE,
    '--sub',
    'repo:KaiHendry/go-web-dynamo-starter:ref:refs/heads/main',
    '--trust-policy',
    path.join(FIXTURES, 'get-role-kaihendry.json'),
    '--format',
    'json'
  ])
  expect(r.code).toBe(0)
  const f = JSON.parse(r.stdout).findings[0]
  expect(f).toMatchObject({ kind: 'oidc', cause: 'trust-policy-mismatch', stsError: null })
  expect(f.mismatches).toEqual([
    expect.objectContaining({
      statement: '#1',
      operator: 'StringLike',
      presented: ['repo:KaiHendry/go-web-dynamo-starter:ref:refs/heads/main'],
      reason: expect.stringMatching(/case-sensitive/)
    })
  ])
})

it('--claims from a raw token file and from a whydenied report give the same verdict', async () => {
  const claims = githubClaims({ sub: 'repo:kaihendry/go-web-dynamo-starter:pull_request' })
  fs.writeFileSync(path.join(dir, 'token'), fakeJwt(claims) + '\n')
  const fromToken = await run([
    '--role-arn',
    ROLE,
    '--claims',
    path.join(dir, 'token'),
    '--trust-policy',
    path.join(FIXTURES, 'get-role-kaihendry.json'),
    '-f',
    'json'
  ])
  fs.writeFileSync(path.join(dir, 'report.json'), fromToken.stdout)
  const fromReport = await run([
    '--role-arn',
    ROLE,
    '--claims',
    path.join(dir, 'report.json'),
    '--trust-policy',
    path.join(FIXTURES, 'get-role-kaihendry.json'),
    '-f',
    'json'
  ])
  const a = JSON.parse(fromToken.stdout).findings[0]
  const b = JSON.parse(fromReport.stdout).findings[0]
  expect(a.cause).toBe('assumable')
  expect(b.cause).toBe(a.cause)
  expect(b.claims).toEqual(a.claims)
})

it('--sts-error as configure-aws-credentials printed it', async () => {
  const r = await run([
    '--role-arn',
    'arn:aws:iam::111122223333:role/gha',
    '--sub',
    'repo:o/r:pull_request',
    '--sts-error',
    'Error: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    '-f',
    'markdown'
  ])
  expect(r.code).toBe(0)
  expect(r.stdout).toContain('No IAM OIDC provider for GitHub in account 111122223333')
  expect(r.stdout).toContain('create-open-id-connect-provider')
  expect(r.stdout).toContain('repo:o/r:pull_request')
})

it('--sts-error as the AWS CLI printed it keeps the code', async () => {
  const r = await run([
    '--role-arn',
    'arn:aws:iam::111122223333:role/gha',
    '--sub',
    'repo:o/r:pull_request',
    '--sts-error',
    'An error occurred (ValidationError) when calling the AssumeRoleWithWebIdentity operation: Request ARN is invalid',
    '-f',
    'json'
  ])
  expect(JSON.parse(r.stdout).findings[0]).toMatchObject({
    cause: 'invalid-role-arn',
    stsError: { code: 'ValidationError', message: 'Request ARN is invalid' }
  })
})

it.each([
  [[], /--role-arn is required/],
  [['--role-arn', ROLE], /give the sub/],
  [['--role-arn', ROLE, '--sub', 's', '--claims', 'x'], /not both/],
  [['--role-arn', ROLE, '--claims', '/nonexistent/claims.json'], /no such file/],
  [['--role-arn', ROLE, '--sub', 's', '--format', 'yaml'], /--format/],
  [['--bogus'], /Unknown option/]
])('usage error %j', async (argv, message) => {
  const r = await run(argv as string[])
  expect(r.code).toBe(2)
  expect(r.stderr).toMatch(message)
})

it('a trust-policy file that is not JSON is a usage error', async () => {
  fs.writeFileSync(path.join(dir, 'trust.json'), 'Version: 2012')
  const r = await run([
    '--role-arn',
    ROLE,
    '--sub',
    's',
    '--trust-policy',
    path.join(dir, 'trust.json')
  ])
  expect(r).toMatchObject({ code: 2, stderr: expect.stringMatching(/not a trust policy/) })
})

it('text output shows the cause, the claim and the failed condition; the fix is a change to the given policy', async () => {
  const r = await run([
    '--role-arn',
    ROLE,
    '--sub',
    'repo:kaihendry/other:ref:refs/heads/main',
    '--trust-policy',
    path.join(FIXTURES, 'get-role-kaihendry.json')
  ])
  expect(r.stdout).toMatch(/claim sub\s+repo:kaihendry\/other:ref:refs\/heads\/main/)
  expect(r.stdout).toMatch(/failed in statement #1\s+StringLike/)
  expect(r.stdout).toContain('OIDC check: trust-policy-mismatch.')
  expect(r.stdout).not.toContain('not a policy document')
  const json = await run([
    '--role-arn',
    ROLE,
    '--sub',
    'repo:kaihendry/other:ref:refs/heads/main',
    '--trust-policy',
    path.join(FIXTURES, 'get-role-kaihendry.json'),
    '-f',
    'json'
  ])
  const diff: string = JSON.parse(json.stdout).remedies[0].renderings.diff
  // The existing statement stays, the new one is added.
  expect(diff).toContain(
    ' ' +
      '        "token.actions.githubusercontent.com:sub": "repo:kaihendry/go-web-dynamo-starter:*"'
  )
  expect(diff).toMatch(/^\+.*"repo:kaihendry\/other:ref:refs\/heads\/main"/m)
})
