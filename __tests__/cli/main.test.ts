// `whydenied [options] [FILE...]` in-process with fake io, plus one run of the built dist/cli.js.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { main, type CliIo } from '../../src/cli/main.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// Corpus d005 (source: https://dev.classmethod.jp/ DevelopersIO, cm-hirai.yuji): identity implicit.
const ECR_DENIAL =
  'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::123456789012:assumed-role/cm-hirai.yuji/botocore-session-1234567890 is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
// Corpus d066 (source: https://gist.github.com/eugeneteo/95e1bc1d4efb4e460e99): no reason phrase.
const IAM_DENIAL =
  'A client error (AccessDenied) occurred when calling the GetUser operation: User: arn:aws:iam::548698731369:user/emr is not authorized to perform: iam:GetUser on resource: arn:aws:iam::548698731369:user/emr'
// A bare S3 403: nothing but the operation is stated.
const BARE_S3 =
  'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(
  argv: string[],
  opts: { stdin?: string | Buffer; env?: NodeJS.ProcessEnv; tty?: boolean; stdinTty?: boolean } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const input = opts.stdin ?? ''
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([typeof input === 'string' ? Buffer.from(input) : input]),
    // No AWS credentials, no GitHub context: nothing reaches out of the process.
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    stdinIsTTY: opts.stdinTty ?? false
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

let dir: string
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name)
  fs.writeFileSync(p, content)
  return p
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-cli-'))
})
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('options', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^Usage: whydenied \[options\] \[FILE\.\.\.\]/)
    expect(r.stdout).toContain('--format FORMAT')
    expect(r.stdout).toContain('--fail-on-findings')
    expect(r.stderr).toBe('')
    expect((await run(['-h'])).stdout).toBe(r.stdout)
  })

  it('--version prints the package.json version', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    const r = await run(['--version'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`whydenied ${pkg.version}\n`)
  })

  it('an unknown option exits 2 with a message on stderr and nothing on stdout', async () => {
    const r = await run(['--bogus'])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^whydenied: .*--bogus/)
    expect(r.stderr).toContain("Try 'whydenied --help'.")
  })

  it('a bad --format exits 2 naming the allowed values', async () => {
    const r = await run(['--format', 'yaml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      '--format must be one of text, markdown, comment, json, sarif, compact, not "yaml"'
    )
  })

  it('a mistyped option is answered with the one meant', async () => {
    const r = await run(['--formt', 'json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      "whydenied: unknown option --formt; did you mean --format?\nTry 'whydenied --help'.\n"
    )
  })

  it('with no arguments on a terminal, prints a short usage instead of waiting for input', async () => {
    const r = await run([], { stdinTty: true, stdin: ECR_DENIAL })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^Usage: whydenied \[options\] FILE\.\.\./)
    expect(r.stderr.split('\n').length).toBeLessThan(6)
    // Asked for explicitly, stdin is read even from a terminal.
    expect((await run(['-'], { stdinTty: true, stdin: ECR_DENIAL })).stdout).toContain(
      'ecr:GetAuthorizationToken'
    )
  })

  it('--fail-on-findings exits 1 when there are findings and 0 when there are none', async () => {
    const found = await run(['--fail-on-findings', '-f', 'compact'], { stdin: ECR_DENIAL })
    expect(found.code).toBe(1)
    expect(found.stdout).toContain('ecr:GetAuthorizationToken')
    expect((await run(['--fail-on-findings'], { stdin: 'all good\n' })).code).toBe(0)
    expect((await run([], { stdin: ECR_DENIAL })).code).toBe(0)
  })

  it('--format without a value exits 2', async () => {
    expect((await run(['--format'])).code).toBe(2)
  })
})

describe('inputs', () => {
  it('a missing file exits 2: "cannot read … no such file"', async () => {
    const missing = path.join(dir, 'nope.log')
    const r = await run([missing])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`whydenied: cannot read ${missing}: no such file\n`)
    expect(r.stdout).toBe('')
  })

  it('a directory exits 2', async () => {
    const r = await run([dir])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`whydenied: cannot read ${dir}: is a directory\n`)
  })

  it('an unreadable file among readable ones still exits 2', async () => {
    const good = file('good.log', ECR_DENIAL)
    const r = await run([good, path.join(dir, 'missing.log')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
  })

  it('reads standard input when no file is given', async () => {
    const r = await run(['--format', 'json'], { stdin: `step 1\n${ECR_DENIAL}\n` })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.findings).toHaveLength(1)
    expect(doc.findings[0]).toMatchObject({
      file: null,
      line: 2,
      action: 'ecr:GetAuthorizationToken'
    })
  })

  it('reads standard input for "-", alongside files', async () => {
    const a = file('a.log', IAM_DENIAL)
    const r = await run(['--format', 'json', a, '-'], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    const files = JSON.parse(r.stdout).findings.map((f: { file: string | null }) => f.file)
    expect(files).toEqual([a, null])
  })

  it('"-" twice reads standard input once and does not hang', async () => {
    const r = await run(['--format', 'json', '-', '-'], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings).toHaveLength(1)
  })

  it('an empty file is fine', async () => {
    const r = await run(['--format', 'json', file('empty.log', '')])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings).toEqual([])
  })

  it('several files: each finding carries the file name as given', async () => {
    const a = file('first.log', `noise\n${IAM_DENIAL}\n`)
    const b = file('second.log', `${ECR_DENIAL}\n`)
    const relative = path.relative(process.cwd(), b)
    const r = await run(['--format', 'json', a, relative])
    expect(r.code).toBe(0)
    const findings = JSON.parse(r.stdout).findings
    expect(findings.map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      [a, 2],
      [relative, 1]
    ])
  })

  it('a log without findings exits 0 with an empty findings list', async () => {
    const r = await run(['--format', 'json'], { stdin: 'build ok\nall tests passed\n' })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings).toEqual([])
  })

  it('binary input: a clear note on stderr, exit 0, and the denial still found', async () => {
    const blob = Buffer.concat([
      Buffer.from([0, 1, 2, 0, 0, 255, 0]),
      Buffer.from(`\n${ECR_DENIAL}\n`)
    ])
    const r = await run(['--format', 'json'], { stdin: blob })
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^whydenied: the input holds \d+ NUL bytes and may not be a text log/)
    expect(JSON.parse(r.stdout).findings).toHaveLength(1)
  })

  it('a gzip-compressed log, as a file or on stdin, is read as the text it holds', async () => {
    const gz = gzipSync(`build\n${ECR_DENIAL}\n`)
    const file = path.join(dir, 'build.log.gz')
    fs.writeFileSync(file, gz)
    for (const r of [
      await run(['--format', 'json', file]),
      await run(['--format', 'json'], { stdin: gz })
    ]) {
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout).findings.map((f: { line: number }) => f.line)).toEqual([2])
    }
  })

  it('a zip archive exits 2 saying what it is, never "no failures"', async () => {
    const file = path.join(dir, 'logs.zip')
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 1)])
    )
    const r = await run([file])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot read .*logs\.zip: the input is a zip archive/)
    expect(r.stdout).toBe('')
  })

  it('--current-policy with a missing file exits 2 before reading anything', async () => {
    const missing = path.join(dir, 'policy.json')
    const r = await run(['--current-policy', missing], { stdin: ECR_DENIAL })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`whydenied: cannot read ${missing}: no such file\n`)
  })

  it('--current-policy with a file that is not JSON exits 2', async () => {
    const bad = file('policy.txt', 'not json')
    const r = await run(['--current-policy', bad], { stdin: ECR_DENIAL })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`${bad} is not a JSON policy document`)
  })

  it('--current-policy with a policy that already allows the action says so', async () => {
    const policy = file(
      'current.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }]
      })
    )
    const r = await run(['--format', 'json', '--current-policy', policy], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.remedies.length).toBeGreaterThan(0)
    expect(doc.remedies.some((x: { alreadyPresent?: unknown }) => x.alreadyPresent)).toBe(true)
  })
})

describe('options shared with run', () => {
  it('-o writes the report to a file and nothing to stdout', async () => {
    const out = path.join(dir, 'report.json')
    const r = await run(['-f', 'json', '-o', out], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0)
  })

  it('an --output that cannot be written exits 2 and says why', async () => {
    const r = await run(['-o', path.join(dir, 'no-such-dir', 'r.txt')], { stdin: ECR_DENIAL })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/cannot write .*r\.txt/)
  })

  it('TERM=dumb keeps a terminal report plain; a terminal gets colour otherwise', async () => {
    const dumb = await run([], { stdin: ECR_DENIAL, tty: true, env: { TERM: 'dumb' } })
    expect(dumb.stdout).toContain('ecr:GetAuthorizationToken')
    expect(dumb.stdout.includes('\u001b[')).toBe(false)
    const colour = await run([], { stdin: ECR_DENIAL, tty: true, env: { TERM: 'xterm' } })
    expect(colour.stdout.includes('\u001b[')).toBe(true)
  })
})

describe('--format json', () => {
  const STRING_OR_NULL = [
    'code',
    'operation',
    'action',
    'service',
    'principal',
    'resource',
    'policyArn',
    'inferredAction'
  ]

  it('is the version 1 contract, every field present with its type', async () => {
    const r = await run(['--format', 'json'], {
      stdin: [ECR_DENIAL, IAM_DENIAL, BARE_S3].join('\n')
    })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.version).toBe(1)
    expect(Array.isArray(doc.findings)).toBe(true)
    expect(Array.isArray(doc.remedies)).toBe(true)
    expect(typeof doc.stats).toBe('object')
    expect(doc.findings).toHaveLength(3)
    for (const f of doc.findings) {
      expect(['denial', 'encoded', 'credentials']).toContain(f.kind)
      expect(f.file === null || typeof f.file === 'string').toBe(true)
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true)
      expect(Number.isInteger(f.occurrences) && f.occurrences >= 1).toBe(true)
      for (const key of STRING_OR_NULL) {
        expect(key in f).toBe(true)
        expect(f[key] === null || typeof f[key] === 'string').toBe(true)
      }
      expect([
        null,
        'identity',
        'resource',
        'scp',
        'rcp',
        'permissions-boundary',
        'session',
        'vpc-endpoint',
        'trust'
      ]).toContain(f.layer)
      expect([null, 'implicit', 'explicit']).toContain(f.deny)
      expect([null, true, false]).toContain(f.crossAccount)
      expect(Array.isArray(f.traps) && f.traps.every((t: unknown) => typeof t === 'string')).toBe(
        true
      )
      expect(typeof f.title).toBe('string')
      expect(f.title.length).toBeGreaterThan(0)
      expect(typeof f.explanation).toBe('string')
      expect(typeof f.fixTarget).toBe('object')
      expect(typeof f.fixTarget.kind).toBe('string')
      expect(typeof f.fixTarget.owner).toBe('string')
      expect(['stated', 'inferred']).toContain(f.confidence)
    }
  })

  it('states what the message states and nothing more', async () => {
    const r = await run(['--format', 'json'], {
      stdin: [ECR_DENIAL, IAM_DENIAL, BARE_S3].join('\n')
    })
    const [ecr, iam, s3] = JSON.parse(r.stdout).findings
    expect(ecr).toMatchObject({
      code: 'AccessDeniedException',
      operation: 'GetAuthorizationToken',
      action: 'ecr:GetAuthorizationToken',
      service: 'ecr',
      principal: 'arn:aws:sts::123456789012:assumed-role/cm-hirai.yuji/botocore-session-1234567890',
      resource: '*',
      layer: 'identity',
      deny: 'implicit',
      policyArn: null,
      crossAccount: null,
      // The token only signs the client in: the pull or push after it is checked on its repository.
      traps: ['checked-next', 'resource-must-be-star'],
      confidence: 'stated',
      inferredAction: null
    })
    expect(ecr.fixTarget).toMatchObject({
      kind: 'identity-policy',
      principalArn: 'arn:aws:iam::123456789012:role/cm-hirai.yuji',
      rolePathUnknown: true
    })
    // No reason phrase: layer and deny are null, not guessed.
    expect(iam).toMatchObject({
      layer: null,
      deny: null,
      crossAccount: false,
      confidence: 'inferred'
    })
    // Nothing but the operation: the action is inferred, in its own field.
    expect(s3).toMatchObject({
      action: null,
      principal: null,
      resource: null,
      operation: 'ListObjectsV2',
      inferredAction: 's3:ListBucket',
      confidence: 'inferred'
    })
  })

  it('folds a repeated denial into one finding with occurrences and its first line', async () => {
    const r = await run(['--format', 'json'], {
      stdin: ['retry 1', ECR_DENIAL, 'retry 2', ECR_DENIAL, 'retry 3', ECR_DENIAL].join('\n')
    })
    const findings = JSON.parse(r.stdout).findings
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ line: 2, occurrences: 3 })
  })
})

describe('GitHub Actions context', () => {
  // Corpus d025 (configure-aws-credentials v4 output; see __tests__/fixtures/corpus/dev.jsonl for its source).
  const OIDC =
    'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'

  it("builds the OIDC trust fix from the run's repository and ref", async () => {
    const r = await run(['--format', 'json'], {
      stdin: OIDC,
      env: {
        GITHUB_REPOSITORY: 'octo-org/octo-repo',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_EVENT_NAME: 'push'
      }
    })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.findings[0].fixTarget.kind).toBe('trust-policy')
    expect(JSON.stringify(doc.remedies)).toContain('repo:octo-org/octo-repo:ref:refs/heads/main')
  })

  it('without a GitHub context, names no repository', async () => {
    const r = await run(['--format', 'json'], { stdin: OIDC })
    expect(JSON.stringify(JSON.parse(r.stdout).remedies)).not.toContain('octo-org')
  })
})

describe('--format text and colour', () => {
  const ESC = '\x1b['

  it('says where each finding was, per file', async () => {
    const a = file('where-a.log', `noise\n${IAM_DENIAL}\n`)
    const b = file('where-b.log', `${ECR_DENIAL}\n`)
    const r = await run([a, b])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${a}:2`)
    expect(r.stdout).toContain(`${b}:1`)
  })

  it('is plain when stdout is not a TTY', async () => {
    const r = await run([], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('ecr:GetAuthorizationToken')
    expect(r.stdout).not.toContain(ESC)
  })

  it('is coloured on a TTY', async () => {
    const r = await run([], { stdin: ECR_DENIAL, tty: true })
    expect(r.stdout).toContain(ESC)
  })

  it.each([
    ['NO_COLOR', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
    ['TERM=dumb', [], { TERM: 'dumb' }]
  ])('is plain on a TTY with %s', async (_name, argv, env) => {
    const r = await run(argv as string[], {
      stdin: ECR_DENIAL,
      tty: true,
      env: env as NodeJS.ProcessEnv
    })
    expect(r.stdout).toContain('ecr:GetAuthorizationToken')
    expect(r.stdout).not.toContain(ESC)
  })

  it('an empty NO_COLOR does not turn colour off (no-color.org)', async () => {
    const r = await run([], { stdin: ECR_DENIAL, tty: true, env: { NO_COLOR: '' } })
    expect(r.stdout).toContain(ESC)
  })

  it('never passes escape sequences from the log to the terminal', async () => {
    const hostile = IAM_DENIAL.replace('user/emr is', 'user/emr\x1b]0;pwned\x07\x1b[2J is')
    const r = await run([], { stdin: hostile, tty: true })
    expect(r.stdout).not.toContain('\x1b]0;')
    expect(r.stdout).not.toContain('\x1b[2J')
  })
})

describe('--format markdown', () => {
  it('renders the report as Markdown', async () => {
    const r = await run(['--format', 'markdown'], { stdin: ECR_DENIAL })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('ecr:GetAuthorizationToken')
    expect(r.stdout).toMatch(/^#+ /m)
  })
})

describe('--format comment', () => {
  it('renders the pull-request comment: marker, the fix first, then the findings table', async () => {
    const r = await run(['--format', 'comment'], { stdin: `${ECR_DENIAL}\n${IAM_DENIAL}\n` })
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('<!-- whydenied:v1 key=cli -->')
    const fix = r.stdout.indexOf('#### The fix')
    expect(fix).toBeGreaterThan(0)
    expect(r.stdout.indexOf('#### What was denied')).toBeGreaterThan(fix)
    expect(r.stdout).toMatch(/^\| 1 \| `ecr:GetAuthorizationToken` \|/m)
    expect(r.stdout).toMatch(/^\| 2 \| `iam:GetUser` \|/m)
  })
})

describe('the built CLI (dist/cli.js)', () => {
  const cli = path.join(ROOT, 'dist', 'cli.js')
  beforeAll(() => {
    // dist/ is committed; a missing file means the tree was not built, which is a failure here.
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first')
  })

  it('runs on a file: exit 0 and the JSON contract', async () => {
    const log = file('built.log', `${ECR_DENIAL}\n${ECR_DENIAL}\n`)
    const { code, stdout, stderr } = await new Promise<Run>((resolve) => {
      execFile(
        process.execPath,
        [cli, '--format', 'json', log],
        // Outside any git work tree: no default --repo to read.
        { env: { PATH: process.env.PATH, HOME: dir }, cwd: dir, timeout: 20000 },
        (error, out, err) =>
          resolve({
            code: error ? Number((error as { code?: number }).code ?? 1) : 0,
            stdout: out,
            stderr: err
          })
      )
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    expect(doc.version).toBe(1)
    expect(doc.findings).toHaveLength(1)
    expect(doc.findings[0]).toMatchObject({
      file: log,
      line: 1,
      occurrences: 2,
      action: 'ecr:GetAuthorizationToken'
    })
  })

  it('scans a file of 16 MiB or more on its worker thread and finds what stdin (main thread) finds', async () => {
    const noise = `${'2026-11-23T10:00:00.0000000Z step done in 12 ms '.repeat(20)}\n`
    const body = noise.repeat(Math.ceil((17 * 1024 * 1024) / noise.length))
    const log = file('large.log', `${body}${ECR_DENIAL}\n${body}${IAM_DENIAL}\n${ECR_DENIAL}\n`)
    const runCli = (args: string[], input?: string) =>
      new Promise<Run>((resolve) => {
        const child = execFile(
          process.execPath,
          [cli, '--format', 'json', ...args],
          { env: { PATH: process.env.PATH, HOME: dir }, timeout: 60000, maxBuffer: 1 << 24 },
          (error, out, err) =>
            resolve({
              code: error ? Number((error as { code?: number }).code ?? 1) : 0,
              stdout: out,
              stderr: err
            })
        )
        if (input) fs.createReadStream(input).pipe(child.stdin!)
      })
    const [viaWorker, viaStdin] = await Promise.all([runCli([log]), runCli(['-'], log)])
    expect(viaWorker.code).toBe(0)
    expect(viaStdin.code).toBe(0)
    const a = JSON.parse(viaWorker.stdout)
    const b = JSON.parse(viaStdin.stdout)
    expect(a.findings.map((f: { action: string }) => f.action)).toEqual([
      'ecr:GetAuthorizationToken',
      expect.any(String)
    ])
    expect(a.findings[0].occurrences).toBe(2)
    // Same findings and counts; only the file name differs (stdin has none).
    const strip = (doc: { findings: Record<string, unknown>[] }) =>
      doc.findings.map(({ file: _file, ...rest }) => rest)
    expect(strip(a)).toEqual(strip(b))
    expect(a.stats).toEqual(b.stats)
    expect(a.stats.bytes).toBe(fs.statSync(log).size)
  })

  it('exits 2 on a missing file', async () => {
    const code = await new Promise<number>((resolve) => {
      execFile(
        process.execPath,
        [cli, path.join(dir, 'missing.log')],
        { timeout: 20000 },
        (error) => resolve(error ? Number((error as { code?: number }).code) : 0)
      )
    })
    expect(code).toBe(2)
  })
})
