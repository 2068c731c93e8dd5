// The COMMITTED dist/index.js, run the way the runner runs a node action: `node dist/index.js` with
// INPUT_* variables (every input of action.yml, defaults filled in, names upper-cased with dashes
// kept), GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and GITHUB_API_URL pointed at a
// loopback GitHub API. No rebuild here: a stale dist/ must fail this test, not be skipped.
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

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
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

function runAction(
  inputs: Record<string, string>,
  payload: object,
  onStdout?: (text: string, child: ReturnType<typeof spawn>) => void
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
    GITHUB_EVENT_NAME: 'pull_request',
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
    RUNNER_TEMP: dir
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
