// The COMMITTED dist/index.js, run the way the runner runs a node action: `node dist/index.js` with
// INPUT_* variables (every input of action.yml, defaults filled in, names upper-cased with dashes
// kept), GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and GITHUB_API_URL pointed at a
// loopback GitHub API. No rebuild here: a stale dist/ must fail this test, not be skipped.
import { jest } from '@jest/globals'
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
import { at } from '../support/at.js'
import { decodedReply, startStsServer } from '../support/stsServer.js'
import { corpusText } from '../support/corpusRecords.js'

/** The whole encoded message of corpus record d008 (dev.classmethod.jp); whole blobs run to hundreds of characters. */
const D008_BLOB = corpusText('dev.jsonl', 'd008').split('failure message: ')[1]!.trim()

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// Each test runs the whole Action as a process. CI runs this file on Node 24 beside lint and a
// fresh build on two cores, where one run (start, scan, comment, summary) took over 30 s once
// (session 19, the SIGINT test): a hang still fails, at a minute.
jest.setTimeout(60_000)
const SHA = '89abcdef0123456789abcdef0123456789abcdef'
// Corpus record d149 (source: github-file:find_string#42862062674).
const DENIAL =
  'An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: User: arn:aws:iam::017881044583:user/place-3859 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::orion-island-dumps/3859_2025-01-16_dump.sql.gz" because no identity-based policy allows the s3:PutObject action.'

/** Inputs and defaults from action.yml (its own simple layout: two-space names, four-space keys). */
function actionInputs(): Map<string, string> {
  const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
  const block = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\noutputs:\n'))
  const inputs = new Map<string, string>()
  let current: string | null = null
  for (const line of block.split('\n')) {
    const name = line.match(/^ {2}([a-z][a-z0-9-]*):\s*$/)
    if (name?.[1]) {
      current = name[1]
      inputs.set(current, '')
      continue
    }
    const def = line.match(/^ {4}default:\s*(.*)$/)
    if (def?.[1] !== undefined && current) inputs.set(current, def[1].replace(/^'(.*)'$/, '$1'))
  }
  return inputs
}

/** Reads GITHUB_OUTPUT: `name<<DELIMITER` blocks as @actions/core writes them. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = at(lines, i).match(/^([^<=]+)<<(.+)$/)
    if (!m?.[1] || !m[2]) continue
    const end = lines.indexOf(m[2], i + 1)
    outputs[m[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

let server: GitHubServer
let dir: string
beforeEach(async () => {
  server = await startGitHubServer()
  standardTokens(server)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-e2e-'))
})
afterEach(async () => {
  await server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

interface RunOptions {
  /** Variables the runner adds for this step (or a test's PATH). */
  env?: Record<string, string>
  eventName?: string
}

function runAction(
  inputs: Record<string, string>,
  payload: object,
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void,
  options: RunOptions = {}
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const eventPath = path.join(dir, 'event.json')
  fs.writeFileSync(eventPath, JSON.stringify(payload))
  fs.writeFileSync(path.join(dir, 'summary.md'), '')
  fs.writeFileSync(path.join(dir, 'output.txt'), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/pull/12/merge',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'apply',
    GITHUB_RUN_ID: '555',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: server.url,
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
    ...options.env
  }
  for (const [name, def] of actionInputs()) {
    const value = inputs[name] ?? def.replace('${{ github.token }}', ACTIONS_TOKEN)
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], { cwd: dir, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      onStdout?.(stdout, child)
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('dist/index.js as the runner runs it', () => {
  it('wraps a failing command: same exit code, output passed through, comment, summary and outputs', async () => {
    const inputs = actionInputs()
    expect([...inputs.keys()]).toEqual(
      expect.arrayContaining([
        'run',
        'files',
        'workflow-run-id',
        'github-token',
        'comment',
        'redact-account-ids',
        'fail-on-findings'
      ])
    )
    fs.mkdirSync(path.join(dir, 'infra'))
    const result = await runAction(
      {
        run: `echo "deploying from $PWD"\necho '${DENIAL}' >&2\nexit 3\n`,
        'working-directory': 'infra'
      },
      { pull_request: { number: 12, head: { sha: SHA } }, repository: { private: false } }
    )
    expect({ code: result.code, stderr: result.stderr.includes(DENIAL) }).toEqual({
      code: 3,
      stderr: true
    })
    expect(result.stdout).toContain(`deploying from ${fs.realpathSync(path.join(dir, 'infra'))}\n`)

    expect(server.comments).toHaveLength(1)
    expect(at(server.comments, 0).issue).toBe(12)
    expect(at(server.comments, 0).body).toContain('s3:PutObject')
    expect(at(server.comments, 0).body).not.toContain('017881044583')

    const summary = fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain('s3:PutObject')

    const outputs = parseOutputs(fs.readFileSync(path.join(dir, 'output.txt'), 'utf8'))
    expect(outputs.count).toBe('1')
    expect(outputs['exit-code']).toBe('3')
    expect(outputs['comment-url']).toBe(at(server.comments, 0).html_url)
    expect(JSON.parse(outputs.findings ?? 'null')[0]).toMatchObject({
      action: 's3:PutObject',
      kind: 'denial'
    })
    // An error annotation, as the runner reads it from stdout.
    expect(result.stdout).toMatch(/^::error title=.+::/m)
  })

  it("forwards the runner's SIGINT to the command and still reports what it saw", async () => {
    let sent = false
    const result = await runAction(
      { run: `echo '${DENIAL}' >&2\necho ready\nwhile :; do sleep 0.05; done\n` },
      { pull_request: { number: 12, head: { sha: SHA } }, repository: { private: false } },
      (stdout, child) => {
        if (!sent && stdout.includes('ready\n')) {
          sent = true
          child.kill('SIGINT')
        }
      }
    )
    expect(sent).toBe(true)
    expect(result.code).toBe(130)
    expect(server.comments).toHaveLength(1)
    expect(fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('s3:PutObject')
    const outputs = parseOutputs(fs.readFileSync(path.join(dir, 'output.txt'), 'utf8'))
    expect(outputs['exit-code']).toBe('130')
  })
})

const readSummary = () => fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')
const readOutputs = () => parseOutputs(fs.readFileSync(path.join(dir, 'output.txt'), 'utf8'))
/** The `findings` output, parsed; a failed test when the Action did not set it. */
const readFindings = (): Record<string, unknown>[] => {
  const findings = readOutputs().findings
  if (findings === undefined) throw new Error('the findings output is not set')
  return JSON.parse(findings) as Record<string, unknown>[]
}
/** The workflow-command lines we printed (annotations, warnings), not the command's own output. */
const commandLines = (stdout: string) =>
  stdout.split('\n').filter((l) => /^::(error|warning)/.test(l))
const prPayload = {
  pull_request: { number: 12, head: { sha: SHA } },
  repository: { private: false }
}

describe('dist/index.js in production: secrets, faults, hangs (issue 11)', () => {
  it('gives the command a run: step environment: no runtime token, cache or results URLs, inputs or state', async () => {
    const runnerOnly = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-e2e',
      ACTIONS_RUNTIME_URL: 'https://pipelines.example.test/',
      ACTIONS_CACHE_URL: 'https://artifactcache.example.test/',
      ACTIONS_RESULTS_URL: 'https://results-receiver.example.test/',
      ACTIONS_CACHE_SERVICE_V2: 'True',
      STATE_saved: 'x'
    }
    const result = await runAction({ run: 'env' }, prPayload, undefined, {
      env: {
        ...runnerOnly,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example.test/id',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'id-token-request'
      }
    })
    expect(result.code).toBe(0)
    const names = result.stdout.split('\n').map((l) => l.replace(/=.*/s, ''))
    for (const name of Object.keys(runnerOnly)) expect(names).not.toContain(name)
    expect(names.filter((n) => n.startsWith('INPUT_'))).toEqual([])
    expect(result.stdout).not.toContain(ACTIONS_TOKEN)
    // Script steps get these too: OIDC keeps working inside the wrapped command.
    expect(result.stdout).toContain('ACTIONS_ID_TOKEN_REQUEST_URL=https://token.example.test/id\n')
    expect(result.stdout).toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN=id-token-request\n')
  })

  it('keeps ::add-mask:: values and the mask input out of the comment, summary, annotations and outputs', async () => {
    const added = 'hunter2-deploy-key'
    const given = 'Prod0nlyS3cret'
    // A denial that carries both values, where the report would quote them.
    const denial = `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::017881044583:user/ci-${given} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${added}/state.tfstate" because no identity-based policy allows the s3:GetObject action`
    const result = await runAction(
      {
        run: `echo "::add-mask::${added}"\necho '${denial}' >&2\nexit 1\n`,
        mask: `${given}\n`,
        'redact-account-ids': 'false'
      },
      prPayload
    )
    expect(result.code).toBe(1)
    expect(server.comments).toHaveLength(1)
    const written = [
      at(server.comments).body,
      readSummary(),
      fs.readFileSync(path.join(dir, 'output.txt'), 'utf8'),
      ...commandLines(result.stdout)
    ].join('\n')
    expect(written).toContain('s3:GetObject')
    expect(written).toContain('***')
    for (const secret of [added, given, JSON.stringify(added).slice(1, -1)]) {
      expect(written).not.toContain(secret)
    }
    expect(at(readFindings()).resource).toBe('arn:aws:s3:::***/state.tfstate')
  })

  it('stops waiting for a background process that keeps writing after the command exits', async () => {
    const result = await runAction(
      { run: `(while :; do echo tick; sleep 0.1; done) &\necho '${DENIAL}' >&2\necho done\n` },
      prPayload
    )
    // The drain wait used to restart on every tick: the step never ended.
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('done\n')
    expect(server.comments).toHaveLength(1)
  })

  it('writes the summary, annotations and outputs before it tries a comment that stalls', async () => {
    server.faults.push({ method: 'POST', path: /\/comments$/, status: 0, times: 1, stall: true })
    let child: ReturnType<typeof spawn> | null = null
    let seen: { summary: string; outputs: Record<string, string> } | null = null
    // Once the comment request hangs, look at what is already written, then end the step.
    const poll = setInterval(() => {
      if (!seen && child && server.requestsTo('POST', /\/comments$/).length > 0) {
        seen = { summary: readSummary(), outputs: readOutputs() }
        child.kill('SIGKILL')
      }
    }, 20)
    const result = await runAction({ run: `echo '${DENIAL}' >&2\nexit 3\n` }, prPayload, (_, c) => {
      child = c
    })
    clearInterval(poll)
    expect(seen).not.toBeNull()
    expect(seen!.summary).toContain('s3:PutObject')
    expect(seen!.outputs).toMatchObject({ count: '1', 'exit-code': '3' })
    expect(result.stdout).toMatch(/^::error title=.+::/m)
  })

  it('workflow_run from a fork: findings unverified, no fix posted, job names cannot inject commands', async () => {
    const role = 'arn:aws:sts::123456789012:assumed-role/prod-admin/gh'
    const fake = `User: ${role} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/prod-admin`
    const run = (head: string) => ({
      id: 777,
      name: 'ci',
      event: 'pull_request',
      head_sha: SHA,
      head_branch: 'feature',
      head_repository: { full_name: head },
      html_url: 'https://github.test/acme/infra/actions/runs/777',
      pull_requests: []
    })
    server.pullsForCommit.set(SHA, [{ number: 12, state: 'open', head: { sha: SHA } }])
    server.jobs.set(777, [
      { id: 1, name: 'deploy\n::error::injected', status: 'completed', conclusion: 'failure' }
    ])
    server.logs.set(1, `2026-01-01T00:00:00.0000000Z ${fake}\n`)

    const forked = await runAction(
      {},
      { workflow_run: run('mallory/infra'), repository: { private: false } },
      undefined,
      { eventName: 'workflow_run' }
    )
    expect(forked.code).toBe(0)
    expect(forked.stdout).not.toMatch(/^::error::injected/m)
    expect(server.comments).toHaveLength(1)
    const body = at(server.comments).body
    expect(body).toMatch(/Unverified/)
    expect(body).toMatch(/fork/)
    // No snippet at all: no policy JSON, Terraform, CDK or CLI block.
    expect(body).not.toContain('```')
    expect(body).not.toContain('"Statement"')
    expect(readOutputs().policy).toBeUndefined()
    expect(readSummary()).toMatch(/Unverified/)

    // The same log from this repository's own branch does get a fix.
    server.comments.length = 0
    const own = await runAction(
      {},
      { workflow_run: run(`${OWNER}/${REPO}`), repository: { private: false } },
      undefined,
      { eventName: 'workflow_run' }
    )
    expect(own.code).toBe(0)
    expect(at(server.comments).body).not.toMatch(/Unverified/)
    expect(at(server.comments).body).toContain('```')
  })

  it('comments on no pull request whose head is not the run’s, and says so in the summary', async () => {
    server.jobs.set(778, [{ id: 2, name: 'deploy', status: 'completed', conclusion: 'failure' }])
    server.logs.set(2, `${DENIAL}\n`)
    // Listed on the run by head branch only, and one that merely contains the commit.
    server.pullsForCommit.set(SHA, [{ number: 41, state: 'open', head: { sha: 'f'.repeat(40) } }])
    const result = await runAction(
      {},
      {
        workflow_run: {
          id: 778,
          name: 'ci',
          event: 'push',
          head_sha: SHA,
          head_branch: 'main',
          head_repository: { full_name: `${OWNER}/${REPO}` },
          pull_requests: [{ number: 40, head: { sha: 'e'.repeat(40), ref: 'main' } }]
        },
        repository: { private: false }
      },
      undefined,
      { eventName: 'workflow_run' }
    )
    expect(result.code).toBe(0)
    expect(server.comments).toEqual([])
    expect(readSummary()).toMatch(
      /No pull request comment: no open pull request has this run's head commit/
    )
    expect(readOutputs()['comment-url']).toBe('')
  })

  it('an internal failure is an error and fails fail-on-findings, never an all-clear', async () => {
    // GITHUB_OUTPUT naming a directory makes every output write throw inside @actions/core.
    const outputs = path.join(dir, 'outputs-dir')
    fs.mkdirSync(outputs, { recursive: true })
    const env = { GITHUB_OUTPUT: outputs }
    const gated = await runAction(
      { run: `echo '${DENIAL}' >&2\n`, 'fail-on-findings': 'true', comment: 'never' },
      prPayload,
      undefined,
      { env }
    )
    expect(gated.code).toBe(1)
    expect(gated.stdout).toMatch(/^::error::.*fail-on-findings.*reporting failed \(EISDIR/m)
    // Without the gate the command's own exit code stands, and the failure is still an error.
    const plain = await runAction(
      { run: `echo '${DENIAL}' >&2\nexit 4\n`, comment: 'never' },
      prPayload,
      undefined,
      {
        env
      }
    )
    expect(plain.code).toBe(4)
    expect(plain.stdout).toMatch(/^::error::.*failed while reporting, so findings are unknown/m)
  })

  it('calls a credentials problem what it is in the log lines, not an authorization failure', async () => {
    // Corpus d088 (source: https://github.com/miquella/vaulted/issues/107).
    const expired =
      'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'
    const result = await runAction(
      { run: `echo '${expired}' >&2\n`, 'fail-on-findings': 'true', comment: 'never' },
      prPayload
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      'whydenied: 1 AWS credentials problem found; see the job summary.'
    )
    expect(result.stdout).toMatch(
      /^::error::whydenied: failing the step \(fail-on-findings\): 1 AWS credentials problem found\.$/m
    )
    expect(result.stdout).not.toContain('authorization failure')
  })

  it('refuses run together with workflow-run-id instead of silently skipping the command', async () => {
    const marker = path.join(dir, 'ran')
    const result = await runAction(
      { run: `touch '${marker}'\n`, 'workflow-run-id': '777' },
      prPayload
    )
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^::error::input workflow-run-id cannot be combined with run/m)
    expect(fs.existsSync(marker)).toBe(false)
  })

  it('runs shell: pwsh as the runner does: stop on errors, exit with $LASTEXITCODE', async () => {
    // A stand-in pwsh that shows how it was called and what script it got.
    const bin = path.join(dir, 'bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(
      path.join(bin, 'pwsh'),
      `#!/bin/sh\necho "argv: $1|$2"\nfile=$(printf '%s' "$2" | sed "s/^\\. '//; s/'$//")\ncat "$file"\necho\nexit 7\n`,
      { mode: 0o755 }
    )
    const result = await runAction(
      { run: 'terraform apply', shell: 'pwsh' },
      prPayload,
      undefined,
      {
        env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` }
      }
    )
    expect(result.code).toBe(7)
    expect(result.stdout).toMatch(/^argv: -command\|\. '.+\.ps1'$/m)
    expect(result.stdout).toContain(
      "$ErrorActionPreference = 'stop'\nterraform apply\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\n"
    )
  })

  it('starts its first annotation on a new line when the output ends without one', async () => {
    const result = await runAction(
      { run: `echo '${DENIAL}' >&2\nprintf 'no newline at the end'\n` },
      prPayload
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/no newline at the end\n::error title=/)
  })

  it('says rate limit, not missing permission, for a 403 with x-ratelimit-remaining: 0', async () => {
    server.faults.push({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      times: Infinity,
      message: 'API rate limit exceeded for installation ID 4242.',
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600)
      }
    })
    const result = await runAction({ run: `echo '${DENIAL}' >&2\n` }, prPayload)
    expect(result.code).toBe(0)
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning'))
    expect(warnings.join('\n')).toMatch(/rate limit/)
    expect(warnings.join('\n')).not.toMatch(/pull-requests: write/)
    expect(readSummary()).toMatch(/rate limit/)
    expect(readSummary()).toContain('s3:PutObject')
  })

  it('posts only what the fix needs from a decoded message in a public repository; the log and output keep the rest', async () => {
    // Corpus record d008 (source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/).
    const blob = D008_BLOB
    const email = 'jane.doe@example.com'
    const credentials = { accessKeyId: 'AKIDWHYDENIEDE2E', secretAccessKey: 'e2e/test/secret' }
    const sts = await startStsServer(credentials, () =>
      decodedReply({
        allowed: false,
        explicitDeny: true,
        matchedStatements: { items: [{ statementId: 'DenyTerminateProd', effect: 'DENY' }] },
        failures: { items: [] },
        context: {
          principal: {
            id: `AROAEXAMPLE:${email}`,
            arn: `arn:aws:sts::111122223333:assumed-role/deploy/${email}`
          },
          action: 'ec2:TerminateInstances',
          resource: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc1234',
          conditions: {
            items: [{ key: 'aws:PrincipalTag/cost-center', values: { items: [{ value: 'x' }] } }]
          }
        }
      })
    )
    try {
      fs.writeFileSync(
        path.join(dir, 'ec2.log'),
        `An error occurred (UnauthorizedOperation) when calling the TerminateInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}\n`
      )
      const result = await runAction(
        { files: 'ec2.log', 'redact-account-ids': 'false' },
        prPayload,
        undefined,
        {
          env: {
            AWS_ACCESS_KEY_ID: credentials.accessKeyId,
            AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_STS: sts.endpoint
          }
        }
      )
      expect(result.code).toBe(0)
      // One decode, and the job's identity asked once through the real client (issue 13).
      expect(sts.calls.map((c) => c.action).sort()).toEqual([
        'DecodeAuthorizationMessage',
        'GetCallerIdentity'
      ])
      const published = [
        at(server.comments).body,
        readSummary(),
        ...commandLines(result.stdout)
      ].join('\n')
      expect(published).toContain('ec2:TerminateInstances')
      expect(published).toContain('DenyTerminateProd')
      expect(published).not.toContain(email)
      expect(published).not.toContain('cost-center')
      // The job log and the findings output keep the full decoded context.
      expect(result.stdout).toMatch(/decoded context of ec2:TerminateInstances .*cost-center/)
      expect(at(readFindings()).principal).toContain(email)
    } finally {
      await sts.close()
    }
  })

  it('never decodes a fork run’s encoded messages with this repository’s AWS credentials', async () => {
    // Corpus record d008 (source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/).
    const blob = D008_BLOB
    const credentials = { accessKeyId: 'AKIDWHYDENIEDFORK', secretAccessKey: 'fork/test/secret' }
    const sts = await startStsServer(credentials, () => decodedReply({ allowed: false }))
    try {
      server.jobs.set(779, [{ id: 3, name: 'deploy', status: 'completed', conclusion: 'failure' }])
      server.logs.set(
        3,
        `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}\n`
      )
      const result = await runAction(
        { comment: 'never' },
        {
          workflow_run: {
            id: 779,
            name: 'ci',
            event: 'pull_request',
            head_sha: SHA,
            head_branch: 'feature',
            head_repository: { full_name: 'mallory/infra' }
          },
          repository: { private: false }
        },
        undefined,
        {
          eventName: 'workflow_run',
          env: {
            AWS_ACCESS_KEY_ID: credentials.accessKeyId,
            AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_STS: sts.endpoint
          }
        }
      )
      expect(result.code).toBe(0)
      expect(at(readFindings()).operation).toBe('RunInstances')
      expect(sts.calls).toEqual([])
    } finally {
      await sts.close()
    }
  })

  describe('outputs and toggles (issue 14 point 8)', () => {
    const PR = { pull_request: { number: 12, head: { sha: SHA } }, repository: { private: true } }

    it('summary: never and annotations: false write neither; the full reports are files under RUNNER_TEMP', async () => {
      const result = await runAction(
        { run: `echo '${DENIAL}' >&2\nexit 1\n`, summary: 'never', annotations: 'false' },
        PR
      )
      expect(result.code).toBe(1)
      expect(readSummary()).toBe('')
      expect(commandLines(result.stdout).filter((l) => l.startsWith('::error title='))).toEqual([])
      const outputs = readOutputs()
      for (const name of ['report-markdown-file', 'report-json-file']) {
        const file = outputs[name] ?? ''
        expect(path.relative(dir, file).startsWith('..')).toBe(false)
        expect(fs.existsSync(file)).toBe(true)
      }
      expect(fs.readFileSync(outputs['report-markdown-file']!, 'utf8')).toContain('s3:PutObject')
      const json = JSON.parse(fs.readFileSync(outputs['report-json-file']!, 'utf8'))
      expect(json.findings[0]).toMatchObject({ action: 's3:PutObject' })
      // Outputs are not redacted: the account stays for later steps.
      expect(json.findings[0].principal).toContain('017881044583')
    })

    it('summary: findings (the default) skips a clean run; always writes it', async () => {
      await runAction({ run: 'echo ok' }, PR)
      expect(readSummary()).toBe('')
      await runAction({ run: 'echo ok', summary: 'always' }, PR)
      expect(readSummary()).toContain('No AWS authorization failures')
    })

    it('current-policy: a glob in the checkout names the document the fix goes into', async () => {
      fs.mkdirSync(path.join(dir, 'policies'))
      const present = {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:PutObject',
            Resource: 'arn:aws:s3:::orion-island-dumps/*'
          }
        ]
      }
      fs.writeFileSync(path.join(dir, 'policies', 'uploader.json'), JSON.stringify(present))
      await runAction(
        { run: `echo '${DENIAL}' >&2\nexit 1\n`, 'current-policy': 'policies/*.json' },
        PR
      )
      const json = JSON.parse(fs.readFileSync(readOutputs()['report-json-file']!, 'utf8'))
      expect(json.remedies[0].alreadyPresent).toBe(true)
      expect(readSummary()).toContain('Already in the current policy')

      // A glob matching nothing is a warning, never a lost exit code.
      const missing = await runAction(
        { run: `echo '${DENIAL}' >&2\nexit 4\n`, 'current-policy': 'nope/*.json' },
        PR
      )
      expect(missing.code).toBe(4)
      expect(missing.stdout).toMatch(
        /^::warning::whydenied: cannot use current-policy nope\/\*\.json/m
      )
    })
  })

  describe('comment lifecycle', () => {
    const PR = { pull_request: { number: 12, head: { sha: SHA } }, repository: { private: true } }
    const failing = { run: `echo '${DENIAL}' >&2\nexit 1\n` }

    it('a GitHub App installation token finds and updates its own comment on the second run', async () => {
      server.tokens.set('ghs_app', {
        login: 'deploy-bot[bot]',
        graphqlLogin: 'deploy-bot',
        type: 'Bot',
        installation: true,
        canComment: true
      })
      await runAction({ ...failing, 'github-token': 'ghs_app' }, PR)
      await runAction({ ...failing, 'github-token': 'ghs_app' }, PR)
      expect(server.comments).toHaveLength(1)
      expect(at(server.comments).user.login).toBe('deploy-bot[bot]')
      expect(server.requestsTo('POST', /^\/graphql$/).length).toBeGreaterThan(0)
      expect(server.requestsTo('PATCH', /comments\/\d+$/)).toHaveLength(0)
      // A clean run then edits that same comment to say it is resolved.
      await runAction({ run: 'echo ok', 'github-token': 'ghs_app' }, PR)
      expect(server.comments).toHaveLength(1)
      expect(server.requestsTo('PATCH', /comments\/\d+$/)).toHaveLength(1)
      expect(at(server.comments).body).not.toContain('AWS denied access')
      expect(at(server.comments).body).toContain('Fixed: `s3:PutObject`.')
      // ...and folds it: the App's token may minimise its own comment through GraphQL.
      expect(at(server.comments)).toMatchObject({ isMinimized: true, minimizedReason: 'resolved' })
    })

    it('two matrix legs without actions: read keep separate comments', async () => {
      // No jobs API answer (403): the job name falls back to GITHUB_JOB for both legs.
      server.faults.push({ method: 'GET', path: /\/jobs$/, status: 403, times: Infinity })
      await runAction({ ...failing, 'job-index': '0' }, PR, undefined, {
        env: { RUNNER_NAME: 'r1' }
      })
      await runAction({ run: 'echo clean', 'job-index': '1' }, PR, undefined, {
        env: { RUNNER_NAME: 'r2' }
      })
      await runAction({ ...failing, 'job-index': '1' }, PR, undefined, {
        env: { RUNNER_NAME: 'r2' }
      })
      expect(server.comments).toHaveLength(2)
      // The clean second leg did not resolve the first leg's comment.
      expect(server.comments.every((c) => c.body.includes('s3:PutObject'))).toBe(true)
    })

    it('an older run finishing late leaves the newer comment untouched and says so in the summary', async () => {
      const NEWER = 'fedcba9876543210fedcba9876543210fedcba98'
      server.pulls.set(12, { number: 12, state: 'open', head: { sha: SHA } })
      await runAction(failing, PR)
      expect(at(server.comments).body).toContain('at commit `89abcde`')
      // The head moves; the newer commit's run is clean and resolves the comment.
      server.pulls.set(12, { number: 12, state: 'open', head: { sha: NEWER } })
      const newerPr = { ...PR, pull_request: { number: 12, head: { sha: NEWER } } }
      await runAction({ run: 'echo ok' }, newerPr)
      const resolved = at(server.comments).body
      expect(resolved).toContain('Resolved at commit `fedcba9`')
      expect(at(server.comments).isMinimized).toBe(true)
      // Then the run of the old head finishes, still failing.
      const late = await runAction(failing, PR)
      expect(late.code).toBe(1)
      expect(at(server.comments).body).toBe(resolved)
      expect(server.comments).toHaveLength(1)
      expect(readSummary()).toContain(
        "Pull request comment left unchanged: this run tested `89abcde`, but the pull request's head is now `fedcba9`"
      )
    })

    it('on-resolved: delete removes the comment of a job that is clean again; comment-id is the output', async () => {
      await runAction(failing, PR)
      expect(readOutputs()['comment-id']).toBe(String(at(server.comments).id))
      await runAction({ run: 'echo ok', 'on-resolved': 'delete' }, PR)
      expect(server.comments).toEqual([])
      expect(readOutputs()['comment-id']).toBe('')
    })

    it('push and pull_request runs of one workflow keep separate comments', async () => {
      server.pullsForCommit.set(SHA, [{ number: 12, state: 'open', head: { sha: SHA } }])
      await runAction(failing, PR)
      await runAction(
        { run: 'echo ok' },
        { after: SHA, repository: { private: true } },
        undefined,
        {
          eventName: 'push',
          env: { GITHUB_REF: 'refs/heads/feature' }
        }
      )
      await runAction(failing, { after: SHA, repository: { private: true } }, undefined, {
        eventName: 'push',
        env: { GITHUB_REF: 'refs/heads/feature' }
      })
      expect(server.comments).toHaveLength(2)
      // The clean push run did not resolve the pull_request run's comment.
      expect(server.comments.every((c) => c.body.includes('s3:PutObject'))).toBe(true)
      expect(server.comments.some((c) => c.isMinimized)).toBe(false)
    })

    it('pull-request-number targets the given pull request on an event without one', async () => {
      await runAction({ ...failing, 'pull-request-number': '77' }, {}, undefined, {
        eventName: 'workflow_dispatch',
        env: { GITHUB_REF: 'refs/heads/main' }
      })
      expect(server.comments.map((c) => c.issue)).toEqual([77])
    })
  })
})
