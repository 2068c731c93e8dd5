// `whydenied run -- COMMAND`: real child processes and the real engine, in-process.
import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseCliOptions } from '../../src/cli/options.js'
import { runSubcommand, type RunIo } from '../../src/cli/run.js'
import type { Writer } from '../../src/source/runCommand.js'
import { startIdTokenServer } from '../support/idTokenServer.js'

// Corpus record d066 (source: https://gist.github.com/eugeneteo/95e1bc1d4efb4e460e99).
const DENIAL =
  'A client error (AccessDenied) occurred when calling the GetUser operation: User: arn:aws:iam::548698731369:user/emr is not authorized to perform: iam:GetUser on resource: arn:aws:iam::548698731369:user/emr'

function collector(): Writer & { text: () => string } {
  const chunks: Buffer[] = []
  return {
    write: (chunk) => {
      chunks.push(Buffer.from(chunk))
      return true
    },
    text: () => Buffer.concat(chunks).toString()
  }
}

function io(extra: Partial<RunIo> = {}) {
  const stdout = collector()
  const stderr = collector()
  // No AWS credentials: decoding is never attempted against a real endpoint.
  const env = { PATH: process.env.PATH, HOME: os.tmpdir(), NO_COLOR: '1' }
  return { io: { stdout, stderr, env, ...extra } as RunIo, stdout, stderr }
}

describe('run options', () => {
  it.each([
    [['--', 'aws', '--version'], { operands: ['aws', '--version'], format: 'text' }],
    [['--format', 'json', '--', 'ls'], { operands: ['ls'], format: 'json' }],
    [
      ['--format=markdown', 'make', '--', 'x'],
      { operands: ['make', '--', 'x'], format: 'markdown' }
    ],
    [['--output', 'r.md', '--', 'x'], { operands: ['x'], decode: false, output: 'r.md' }],
    [['--', 'x'], { operands: ['x'], decode: false }],
    [
      ['--decode', '--region', 'eu-west-1', '--', 'x'],
      { operands: ['x'], decode: true, region: 'eu-west-1' }
    ]
  ])('%j', (argv, expected) => {
    expect(parseCliOptions(argv, 'run')).toMatchObject(expected)
  })
})

describe('whydenied run', () => {
  it('passes stdout through clean, exits with the code, and reports on stderr after the output', async () => {
    const { io: runIo, stdout, stderr } = io()
    const code = await runSubcommand(
      ['--', 'sh', '-c', `echo "plan: 1 to add"; echo '${DENIAL}' >&2; exit 3`],
      runIo
    )
    expect(code).toBe(3)
    expect(stdout.text()).toBe('plan: 1 to add\n')
    const err = stderr.text()
    expect(err.startsWith(DENIAL + '\n')).toBe(true)
    const report = err.slice(DENIAL.length + 1)
    expect(report).toContain('iam:GetUser')
    expect(report.includes('\u001b[')).toBe(false)
  })

  it('--fail-on-findings fails a command that succeeded, and keeps a failing command’s own code', async () => {
    const ok = io()
    expect(
      await runSubcommand(
        ['--fail-on-findings', '-f', 'compact', '--', 'sh', '-c', `echo '${DENIAL}'`],
        ok.io
      )
    ).toBe(1)
    expect(ok.stderr.text()).toMatch(/iam:GetUser/)
    const failing = io()
    expect(
      await runSubcommand(
        ['--fail-on-findings', '--', 'sh', '-c', `echo '${DENIAL}'; exit 5`],
        failing.io
      )
    ).toBe(5)
    const clean = io()
    expect(
      await runSubcommand(['--fail-on-findings', '--', 'sh', '-c', 'echo fine'], clean.io)
    ).toBe(0)
  })

  it('takes --repo like the plain command, and refuses one that is not a directory before running', async () => {
    const { io: runIo, stderr, stdout } = io()
    const code = await runSubcommand(
      ['--repo', '/nonexistent-dir-xyz', '--', 'sh', '-c', 'echo ran'],
      runIo
    )
    expect(code).toBe(2)
    expect(stdout.text()).toBe('')
    expect(stderr.text()).toContain('--repo /nonexistent-dir-xyz is not a directory')
  })

  it('writes a JSON report to --output and leaves stderr to the command', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-cli-'))
    const out = path.join(dir, 'report.json')
    const { io: runIo, stderr } = io()
    const code = await runSubcommand(
      ['--format', 'json', '--output', out, '--', 'sh', '-c', `echo '${DENIAL}'`],
      runIo
    )
    expect(code).toBe(0)
    expect(stderr.text()).toBe('')
    const json = JSON.parse(fs.readFileSync(out, 'utf8'))
    expect(json.version).toBe(1)
    expect(json.findings[0]).toMatchObject({ action: 'iam:GetUser', code: 'AccessDenied' })
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('reports what it saw when a forwarded signal ends the command', async () => {
    const signals = new EventEmitter()
    let seen = ''
    const stdout: Writer = {
      write: (chunk) => {
        seen += Buffer.from(chunk).toString()
        if (seen.includes('ready')) {
          seen = ''
          signals.emit('SIGINT')
        }
        return true
      }
    }
    const { io: runIo, stderr } = io({ stdout, signalSource: signals })
    const code = await runSubcommand(
      ['--', 'sh', '-c', `echo '${DENIAL}' >&2; echo ready; while :; do sleep 0.05; done`],
      runIo
    )
    expect(code).toBe(130)
    expect(stderr.text()).toContain('iam:GetUser')
  })

  it('gives usage errors exit 2 and a missing command 127', async () => {
    const a = io()
    expect(await runSubcommand([], a.io)).toBe(2)
    expect(a.stderr.text()).toContain('no command given')
    const b = io()
    expect(await runSubcommand(['--format', 'yaml', '--', 'ls'], b.io)).toBe(2)
    expect(b.stderr.text()).toMatch(/--format must be one of text, markdown, .*json.*, not "yaml"/)
    const c = io()
    expect(await runSubcommand(['--', '/nonexistent/whydenied-nope'], c.io)).toBe(127)
    expect(c.stderr.text()).toContain('ENOENT')
    const d = io()
    expect(await runSubcommand(['--help'], d.io)).toBe(0)
    expect(d.stdout.text()).toContain('report is written to stderr')
  })
})

describe('whydenied run takes the same options as whydenied', () => {
  const command = ['sh', '-c', `echo '${DENIAL}' >&2; exit 4`]

  it('-f json prints the JSON report after the command output', async () => {
    const { io: runIo, stderr } = io()
    expect(await runSubcommand(['-f', 'json', '--', ...command], runIo)).toBe(4)
    const report = JSON.parse(stderr.text().slice(DENIAL.length + 1))
    expect(report.findings[0].action).toBe('iam:GetUser')
  })

  it.each<[string, string[], NodeJS.ProcessEnv]>([
    ['--no-color', ['--no-color'], {}],
    ['TERM=dumb', [], { TERM: 'dumb' }],
    ['NO_COLOR', [], { NO_COLOR: '1' }]
  ])('%s keeps a terminal report plain', async (_name, flags, env) => {
    const { io: runIo, stderr } = io({ stderrIsTTY: true })
    runIo.env = { PATH: process.env.PATH, ...env }
    await runSubcommand([...flags, '--', ...command], runIo)
    expect(stderr.text()).toContain('iam:GetUser')
    expect(stderr.text().includes('\u001b[')).toBe(false)
  })

  it('a terminal without any of those gets colour (the switch is real)', async () => {
    const { io: runIo, stderr } = io({ stderrIsTTY: true })
    runIo.env = { PATH: process.env.PATH, TERM: 'xterm' }
    await runSubcommand(['--', ...command], runIo)
    expect(stderr.text().includes('\u001b[')).toBe(true)
  })

  it('--current-policy is read before the command runs; a missing file is a usage error', async () => {
    const { io: runIo, stdout, stderr } = io()
    const missing = path.join(os.tmpdir(), 'whydenied-no-such-policy.json')
    const code = await runSubcommand(['--current-policy', missing, '--', 'echo', 'ran'], runIo)
    expect(code).toBe(2)
    expect(stdout.text()).toBe('')
    expect(stderr.text()).toContain('no such file')
  })

  it('--current-policy shapes the fix as a change to that document', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-cli-'))
    const policy = path.join(dir, 'current.json')
    fs.writeFileSync(
      policy,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }]
      })
    )
    const { io: runIo, stderr } = io()
    await runSubcommand(['-f', 'json', '--current-policy', policy, '--', ...command], runIo)
    const report = JSON.parse(stderr.text().slice(DENIAL.length + 1))
    expect(report.remedies.some((r: { alreadyPresent?: unknown }) => r.alreadyPresent)).toBe(true)
  })

  it('--no-decode is not an option', async () => {
    const { io: runIo, stderr } = io()
    expect(await runSubcommand(['--no-decode', '--', 'true'], runIo)).toBe(2)
    expect(stderr.text()).toContain('unknown option --no-decode; did you mean --decode?')
  })
})

describe('whydenied run inside a job with id-token: write', () => {
  it("proposes the subject of the job's own token", async () => {
    const tokens = await startIdTokenServer({
      sub: 'repo:acme/infra:environment:staging',
      environment: 'staging',
      ref: 'refs/heads/main',
      repository: 'acme/infra'
    })
    try {
      const { io: runIo, stderr } = io()
      runIo.env = {
        ...runIo.env,
        ...tokens.env(),
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_REF: 'refs/heads/main'
      }
      // Corpus d026 (source: https://github.com/aws-actions/configure-aws-credentials/issues/318).
      const refusal = 'Error: Not authorized to perform sts:AssumeRoleWithWebIdentity'
      await runSubcommand(['-f', 'json', '--', 'sh', '-c', `echo '${refusal}' >&2`], runIo)
      const report = JSON.parse(stderr.text().slice(refusal.length + 1))
      expect(JSON.stringify(report.remedies)).toContain('repo:acme/infra:environment:staging')
      expect(JSON.stringify(report.remedies)).not.toContain(':ref:refs/heads/main')
    } finally {
      await tokens.close()
    }
  })
})
