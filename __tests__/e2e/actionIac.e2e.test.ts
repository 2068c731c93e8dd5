// The built Action (dist/index.js, build it locally first) in a checkout holding Terraform: when
// the file that defines the denied role's policy is part of the pull request's diff, it posts a
// review comment with a ```suggestion on those lines; when it is not, a notice annotation on the
// definition. The GitHub API is a loopback server that serves the PR's files list.
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

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURE = path.join(ROOT, '__tests__/fixtures/iac/terraform')
const SHA = '0123456789abcdef0123456789abcdef01234567'

let server: GitHubServer
let dir: string
beforeEach(async () => {
  server = await startGitHubServer()
  standardTokens(server)
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-iac-e2e-'))
  fs.cpSync(FIXTURE, path.join(dir, 'repo'), { recursive: true })
})
afterEach(async () => {
  await server.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

function runAction(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const workspace = path.join(dir, 'repo')
  const eventPath = path.join(dir, 'event.json')
  fs.writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: { number: 7, head: { sha: SHA } },
      repository: { private: true }
    })
  )
  fs.writeFileSync(path.join(dir, 'summary.md'), '')
  fs.writeFileSync(path.join(dir, 'output.txt'), '')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: SHA,
    GITHUB_WORKFLOW: 'infra',
    GITHUB_JOB: 'plan',
    GITHUB_RUN_ID: '77',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: server.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    RUNNER_TEMP: dir,
    INPUT_FILES: 'denial.log',
    'INPUT_GITHUB-TOKEN': ACTIONS_TOKEN,
    INPUT_COMMENT: 'auto',
    'INPUT_REDACT-ACCOUNT-IDS': 'false'
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/index.js')], {
      cwd: workspace,
      env
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** A PR that adds the whole file: every line of it is in the diff. */
function addedFilePatch(file: string): string {
  const lines = fs.readFileSync(path.join(FIXTURE, file), 'utf8').replace(/\n$/, '').split('\n')
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n')
}

describe('dist/index.js points at the Terraform that defines the denied role', () => {
  it('posts a review suggestion when the definition is in the pull request diff', async () => {
    server.pullFiles.set(7, [{ filename: 'noc.tf', patch: addedFilePatch('noc.tf') }])
    const result = await runAction()
    expect(result.stderr).toBe('')
    const review = server.reviewComments.find((c) => c.path === 'noc.tf')
    expect(review).toMatchObject({ pull: 7, commit_id: SHA, side: 'RIGHT' })
    const body = String(review!.body)
    expect(body).toMatch(/```suggestion\n[\s\S]*"cloudformation:ListStacks"[\s\S]*\n```$/)
    // The statement that already allows eks:* on "*" gains the action: the suggestion replaces
    // that Action line with the same line extended, keeping every action it had.
    const original = fs.readFileSync(path.join(FIXTURE, 'noc.tf'), 'utf8').split('\n')
    const start = Number(review!.start_line ?? review!.line)
    const named = original[start - 1] ?? ''
    expect(named).toMatch(/^\s*Action\s*=\s*\[/)
    const suggested = body.split('```suggestion\n')[1]?.split('\n')[0] ?? ''
    expect(suggested.startsWith(named.replace(/\]\s*$/, ''))).toBe(true)
    expect(suggested).toMatch(/"cloudformation:ListStacks"\]$/)
    // The IRSA definition (irsa.tf) is not in this PR: it gets an annotation instead.
    expect(result.stdout).toMatch(
      /^::notice title=whydenied%3A where the policy lives,file=irsa\.tf,line=13,endLine=\d+::/m
    )
    const summary = fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')
    expect(summary).toContain(
      `[\`noc.tf\` line 11](https://github.test/${OWNER}/${REPO}/blob/${SHA}/noc.tf#L11)`
    )
    expect(summary).toContain('```diff')
  })

  it('annotates the definition line when the file is not part of the diff', async () => {
    server.pullFiles.set(7, [{ filename: 'README.md', patch: '@@ -1 +1 @@\n-a\n+b' }])
    const result = await runAction()
    expect(server.reviewComments).toHaveLength(0)
    expect(result.stdout).toMatch(
      /^::notice title=whydenied%3A where the policy lives,file=noc\.tf,line=11,endLine=\d+::/m
    )
  })
})
