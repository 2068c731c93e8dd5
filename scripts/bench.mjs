// `npm run bench`: speed and memory of the BUILT CLI (dist/cli.js) on generated CI logs, against
// grep and a bare `node`. Run by hand (not by CI): it writes ~1.5 GiB of inputs to os.tmpdir(),
// one section at a time, and deletes them. Inputs are deterministic (seeded PRNG).
//
//   node scripts/bench.mjs [--scale F] [--runs N]
//                          [--only sparse,dense,wrapped,startup,longline,hostile,everyline]
//                          [--write-doc]
//
// --scale shrinks every input (0.0625 = 64 MiB sparse) for quick iterations; --write-doc rewrites
// the results block of docs/benchmarks.md (only meaningful at --scale 1).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname))
const cli = path.join(root, 'dist', 'cli.js')
const MiB = 1024 * 1024

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? fallback : process.argv[i + 1]
}
const scale = Number(option('scale', '1'))
const runs = Number(option('runs', '5'))
const only = option('only', 'sparse,dense,wrapped,startup,longline,hostile,everyline').split(',')
const writeDoc = process.argv.includes('--write-doc')

// ---------------------------------------------------------------- deterministic randomness

function prng(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (xs) => xs[int(xs.length)]
  const hex = (n) => {
    let s = ''
    while (s.length < n) s += int(0x100000000).toString(16).padStart(8, '0')
    return s.slice(0, n)
  }
  const digits = (n) => {
    let s = String(1 + int(9))
    while (s.length < n) s += String(int(10))
    return s
  }
  return { next, int, pick, hex, digits }
}

// ---------------------------------------------------------------- realistic noise

const ANSI = {
  green: '\x1b[32m',
  red: '\x1b[31m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  reset: '\x1b[0m',
  yellow: '\x1b[33m'
}
const WORDS =
  'alpha beta gamma delta api web worker queue cache billing auth search ingest export'.split(' ')
const TF_TYPES = [
  'aws_s3_bucket',
  'aws_iam_role',
  'aws_lambda_function',
  'aws_instance',
  'aws_security_group',
  'aws_ecr_repository',
  'aws_sqs_queue',
  'aws_cloudwatch_log_group'
]
const PACKAGES = [
  'react',
  'lodash',
  'typescript',
  'esbuild',
  '@aws-sdk/client-s3',
  'jest',
  'eslint',
  'webpack'
]

/** One line of CI output that holds no AWS failure (the bulk of any real log). */
function noiseLine(r) {
  const w = r.pick(WORDS)
  switch (r.int(22)) {
    case 0:
      return `  # ${r.pick(TF_TYPES)}.${w} will be created`
    case 1:
      return `  + resource "${r.pick(TF_TYPES)}" "${w}" {`
    case 2:
      return `      + arn                         = (known after apply)`
    case 3:
      return `      + tags                        = {\n          + "Environment" = "staging"\n        }`
    case 4:
      return `${r.pick(TF_TYPES)}.${w}[${r.int(8)}]: Still creating... [${10 * r.int(30)}s elapsed]`
    case 5:
      return `${r.pick(TF_TYPES)}.${w}: Creation complete after ${r.int(90)}s [id=${w}-${r.hex(8)}]`
    case 6:
      return `${ANSI.bold}${ANSI.green}Apply complete! Resources: ${r.int(40)} added, ${r.int(5)} changed, 0 destroyed.${ANSI.reset}`
    case 7:
      return `#${r.int(30)} [build ${r.int(9)}/9] RUN npm ci --omit=dev`
    case 8:
      return `#${r.int(30)} ${r.int(60)}.${r.int(999)} added ${r.int(1500)} packages, and audited ${r.int(1600)} packages in ${r.int(40)}s`
    case 9:
      return `#${r.int(30)} sha256:${r.hex(64)} ${r.int(90)}.${r.int(99)}MB / ${r.int(90)}.${r.int(99)}MB ${r.int(9)}.${r.int(9)}s`
    case 10:
      return `Step ${r.int(12)}/12 : COPY --from=build /app/dist /srv/${w}\n ---> Running in ${r.hex(12)}`
    case 11:
      return `${ANSI.green}PASS${ANSI.reset} src/${w}/${r.pick(WORDS)}.test.ts (${r.int(9)}.${r.int(999)} s)`
    case 12:
      return `  ${ANSI.green}✓${ANSI.reset} ${w} handles ${r.pick(WORDS)} requests (${r.int(40)} ms)`
    case 13:
      return `=== RUN   Test${w[0].toUpperCase()}${w.slice(1)}/case_${r.int(100)}\n--- PASS: Test${w} (0.${r.digits(2)}s)`
    case 14:
      return `{"level":"debug","ts":"2026-11-23T13:${r.int(60)}:${r.int(60)}.${r.int(999)}Z","msg":"request","method":"GET","path":"/api/v1/${w}/${r.int(99999)}","status":200,"duration_ms":${r.int(300)}.${r.int(9)}}`
    case 15:
      return `{"level":"info","logger":"${w}","msg":"processed batch","batch":${r.int(1e6)},"items":${r.int(500)},"meta":{"note":"escaped \\"quotes\\" and \\\\ backslashes"}}`
    case 16:
      return `npm ${ANSI.yellow}WARN${ANSI.reset} deprecated ${r.pick(PACKAGES)}@${r.int(9)}.${r.int(20)}.${r.int(9)}: this version is no longer supported`
    case 17:
      return `##[group]Run ${r.pick(['npm ci', 'terraform plan -out tfplan', 'docker build .', 'make test'])}`
    case 18:
      return `2026-11-23T13:${r.int(60)}:${r.int(60)}.${r.digits(3)}Z [DEBUG] provider.terraform-provider-aws_v5.31.0_x5: [aws-sdk-go-v2] HTTP Response Received: http.response.status=200 tf_resource_type=${r.pick(TF_TYPES)} rpc.method=${w}`
    case 19:
      // TF_LOG=DEBUG prints signed request headers: "Authorization", "Credential" the pre-filter must skip.
      return r.int(8) === 0
        ? `2026-11-23T13:${r.int(60)}:${r.int(60)}.${r.digits(3)}Z [DEBUG] provider: Authorization: AWS4-HMAC-SHA256 Credential=AKIA${r.hex(12).toUpperCase()}/20261123/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${r.hex(64)}`
        : `  ${ANSI.dim}at ${w}Handler (/home/runner/work/app/src/${w}.ts:${r.int(400)}:${r.int(80)})${ANSI.reset}`
    case 20:
      return `upload: build/${w}-${r.hex(6)}.js to s3://assets-${w}/static/${r.hex(10)}.js`
    default:
      return `${w}: ${r.int(100)}% |${'█'.repeat(r.int(30))}${' '.repeat(5)}| ${r.int(9999)}/${r.int(9999)} [00:${r.int(60)}<00:00, ${r.int(999)}.${r.int(99)}it/s]`
  }
}

// ---------------------------------------------------------------- denials (corpus shapes)

const ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  'ecr:InitiateLayerUpload',
  'iam:PassRole',
  'kms:Decrypt',
  'sts:AssumeRole',
  'ssm:GetParameter',
  'lambda:UpdateFunctionCode',
  'dynamodb:PutItem',
  'sns:Publish'
]
const LAYERS = [
  'because no identity-based policy allows the ACTION action',
  'because no resource-based policy allows the ACTION action',
  'because no permissions boundary allows the ACTION action',
  'because no session policy allows the ACTION action',
  'because no service control policy allows the ACTION action',
  'with an explicit deny in a service control policy: arn:aws:organizations::ACCT:policy/o-abcd1234/service_control_policy/p-ef567890',
  'with an explicit deny in an identity-based policy: arn:aws:iam::ACCT:policy/DenyAll (DenyAll)',
  'with an explicit deny in a resource control policy',
  'because no VPC endpoint policy allows the ACTION action',
  'with an explicit deny'
]

/** A denial as a tool prints it, each shape following a corpus case (id in the comment). */
function denialText(r, id) {
  const acct = r.digits(12)
  const role = `deploy-${id.toString(36)}`
  const action = r.pick(ACTIONS)
  const principal = `arn:aws:sts::${acct}:assumed-role/${role}/GitHubActions`
  const resource = `arn:aws:s3:::bucket-${id.toString(36)}/key`
  const reason = r.pick(LAYERS).replaceAll('ACTION', action).replaceAll('ACCT', acct)
  const ts = `2026-11-23T13:${r.int(60)}:${r.int(60)}.${r.digits(7)}Z `
  switch (id % 12) {
    case 0: // d018: aws-cli
      return `${ts}An error occurred (AccessDenied) when calling the GetObject operation: User: ${principal} is not authorized to perform: ${action} on resource: ${resource} ${reason}`
    case 1: // d144: terraform (Go SDK v1)
      return `${ts}│ Error: creating IAM Role (${role}): AccessDenied: User: ${principal} is not authorized to perform: ${action} on resource: arn:aws:iam::${acct}:role/${role} ${reason}\n${ts}│ \tstatus code: 403, request id: ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`
    case 2: // d008: EC2 encoded message
      return `${ts}An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${r.hex(40)}_${r.hex(200)}-${id}`
    case 3: // d025/d026: configure-aws-credentials OIDC
      return `${ts}##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity (role ${role})`
    case 4: // d088: expired token
      return `${ts}An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired (${role})`
    case 5: // d046: Java SDK v1, bare S3 Access Denied
      return `${ts}com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ${r.hex(16).toUpperCase()}-${id}), S3 Extended Request ID: ${r.hex(40)}`
    case 6: // d001: docker push through ECR
      return `${ts}denied: User: arn:aws:iam::${acct}:user/${role} is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:${acct}:repository/${role} because no resource-based policy allows the ecr:InitiateLayerUpload action`
    case 7: // d032 (JSON, escaped twice as a JSON log would print it)
      return `${ts}{"level":"error","msg":"{\\"__type\\":\\"AccessDeniedException\\",\\"Message\\":\\"User: ${principal} is not authorized to perform: ${action} on resource: ${resource} ${reason}\\"}"}`
    case 8: // d072: SQS
      return `${ts}botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the CreateQueue operation: Access to the resource https://sqs.eu-west-1.amazonaws.com/${acct}/${role} is denied.`
    case 9: // Go SDK v2
      return `${ts}operation error S3: PutObject, https response error StatusCode: 403, RequestID: ${r.hex(16).toUpperCase()}, HostID: ${r.hex(24)}, api error AccessDenied: User: ${principal} is not authorized to perform: s3:PutObject on resource: "${resource}" ${reason}`
    case 10: // d097-like credentials (JS SDK v2)
      return `${ts}{ [InvalidClientTokenId: The security token included in the request is invalid.] code: 'InvalidClientTokenId', statusCode: 403, requestId: '${r.hex(8)}-${id}' }`
    default: // ANSI-coloured CDK failure (d060 shape)
      return `${ts}${ANSI.red}❌  Deployment failed: Error: User: ${principal} is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${acct}:role/cdk-${role} because no identity-based policy allows the iam:PassRole action${ANSI.reset}`
  }
}

/** The fixed strings a denial starts with, for the grep baseline (one grep -E alternation). */
const GREP_PATTERN = [
  'is not authorized to perform',
  'Not authorized to perform',
  'AccessDenied',
  'Access Denied',
  'UnauthorizedOperation',
  'Forbidden',
  'is denied',
  'ExpiredToken',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClient',
  'Unable to locate credentials',
  'Could not load credentials',
  'OpenIDConnect',
  'security token included',
  'not allowed to access'
].join('|')

// ---------------------------------------------------------------- generators

const TS_PREFIX = (n) =>
  `2026-11-23T${String(10 + (Math.floor(n / 3.6e6) % 14)).padStart(2, '0')}:${String(Math.floor(n / 6e4) % 60).padStart(2, '0')}:${String(Math.floor(n / 1000) % 60).padStart(2, '0')}.${String(n % 1000).padStart(3, '0')}0000Z `

/**
 * Writes a log of `bytes` bytes: noise lines with runner timestamps, and a denial every
 * `denialEvery` lines (or `denials` of them spread evenly). Distinct denials come from ids
 * 0..distinct-1; the rest repeat earlier ones.
 */
function writeLog(file, bytes, { seed, denialEvery = 0, denials = 0, distinct = Infinity }) {
  const r = prng(seed)
  // A pool of distinct noise lines keeps generation fast; timestamps still advance per line.
  const pool = Array.from({ length: 1 << 16 }, () => noiseLine(r))
  let stamp = ''
  const fd = fs.openSync(file, 'w')
  let written = 0
  let lines = 0
  let planted = 0
  const parts = []
  let partBytes = 0
  const spacing = denials > 0 ? Math.floor(bytes / denials) : 0
  let nextDenialAt = spacing > 0 ? Math.floor(spacing / 2) : Infinity
  const flush = () => {
    const buf = Buffer.from(parts.join(''), 'utf8')
    const room = bytes - written
    fs.writeSync(fd, buf, 0, Math.min(buf.length, room))
    written += Math.min(buf.length, room)
    parts.length = 0
    partBytes = 0
  }
  while (written < bytes) {
    let line
    const pos = written + partBytes
    // No denial in the last 64 KiB: the file is cut at `bytes`, and a cut denial would not count.
    const room = pos + 65536 < bytes
    if (
      room &&
      ((denialEvery > 0 && lines % denialEvery === denialEvery - 1) || pos >= nextDenialAt)
    ) {
      const id = planted < distinct ? planted : r.int(distinct)
      line = denialText(prng(seed * 7919 + id), id)
      planted++
      if (pos >= nextDenialAt) nextDenialAt += spacing
    } else {
      if (lines % 64 === 0) stamp = TS_PREFIX(lines * 7)
      line = stamp + pool[r.int(pool.length)]
    }
    parts.push(line, '\n')
    partBytes += line.length + 1
    lines++
    if (partBytes >= 4 * MiB) flush()
  }
  if (parts.length) flush()
  fs.closeSync(fd)
  return { lines, planted }
}

/** One line of `bytes` bytes, no newline: `unit` repeated (a function gets a PRNG and an index). */
function writeRepeated(file, bytes, unit, seed = 1) {
  const r = prng(seed)
  const fd = fs.openSync(file, 'w')
  let written = 0
  let i = 0
  while (written < bytes) {
    const chunks = []
    let n = 0
    while (n < MiB) {
      const u = typeof unit === 'function' ? unit(r, i++) : unit
      chunks.push(u)
      n += u.length
    }
    let buf = Buffer.concat(
      chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'latin1') : c))
    )
    if (buf.length > bytes - written) buf = buf.subarray(0, bytes - written)
    fs.writeSync(fd, buf)
    written += buf.length
  }
  fs.closeSync(fd)
}

// ---------------------------------------------------------------- measuring

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null

/**
 * Runs a command once: wall time (ms), peak RSS (MiB, from GNU time's rusage of the child,
 * or VmHWM polled from /proc when /usr/bin/time is missing) and its stdout.
 */
function measureOnce(argv, { stdout = 'pipe', shell = false, env } = {}) {
  return new Promise((resolve, reject) => {
    const rssFile = path.join(os.tmpdir(), `wd-bench-rss-${process.pid}`)
    const cmd = shell ? ['sh', '-c', argv] : argv
    const full = TIME ? [TIME, '-f', '%M', '-o', rssFile, ...cmd] : cmd
    const out = stdout === 'null' ? fs.openSync('/dev/null', 'w') : 'pipe'
    const start = process.hrtime.bigint()
    const child = spawn(full[0], full.slice(1), {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, ...env },
      // Outside any git checkout: run from this repository, the CLI would locate every remedy in
      // whydenied's own sources (the default --repo), and the rows would time Babel, not the scan.
      cwd: dir
    })
    const chunks = []
    const errs = []
    // 'drain': a pipe read and thrown away, as the runner reads a step's output.
    child.stdout?.on('data', stdout === 'drain' ? () => {} : (c) => chunks.push(c))
    child.stderr.on('data', (c) => errs.push(c))
    let hwm = 0
    const poll = TIME
      ? null
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))
            if (m) hwm = Math.max(hwm, Number(m[1]))
          } catch {
            // the child has exited
          }
        }, 20)
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      if (poll) clearInterval(poll)
      if (typeof out === 'number') fs.closeSync(out)
      const rssKb = TIME ? Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : hwm
      resolve({
        code,
        ms,
        rssMiB: rssKb / 1024,
        stdout: Buffer.concat(chunks).toString('utf8'),
        stderr: Buffer.concat(errs).toString('utf8')
      })
    })
  })
}

/**
 * Warm-up run, then `n` timed runs; reports the fastest time and the largest peak RSS. Noise
 * from other tenants of a shared machine only ever adds time (see `cpuNoise`), so the fastest
 * run is the best estimate of the cost; memory does not have that excuse, so it is the worst.
 */
async function measure(argv, options = {}, n = runs) {
  await measureOnce(argv, options)
  const results = []
  for (let i = 0; i < n; i++) results.push(await measureOnce(argv, options))
  const fastest = [...results].sort((a, b) => a.ms - b.ms)[0]
  return { ...fastest, rssMiB: Math.max(...results.map((x) => x.rssMiB)) }
}

/** The same fixed CPU loop five times: how much the machine's neighbours stretch a run. */
function cpuNoise() {
  const times = []
  for (let r = 0; r < 5; r++) {
    const t = spawnSync('node', [
      '-e',
      'let t=performance.now(),x=0;for(let i=0;i<1e8;i++)x=(x+i*7)|0;console.log(performance.now()-t)'
    ])
    times.push(Number(t.stdout.toString()))
  }
  return `a fixed CPU loop took ${fmt(Math.min(...times))}–${fmt(Math.max(...times))} ms over 5 runs`
}

const whydenied = (file) => ['node', cli, '--format', 'json', file]

function summary(json) {
  try {
    const report = JSON.parse(json)
    const occurrences = report.findings.reduce((sum, f) => sum + f.occurrences, 0)
    return {
      findings: report.findings.length,
      seen: occurrences + report.stats.droppedFindings,
      dropped: report.stats.droppedFindings
    }
  } catch {
    return { findings: NaN, seen: NaN, dropped: NaN }
  }
}

// ---------------------------------------------------------------- the table

const rows = []
const fmt = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a')
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000)

function row(name, cells) {
  rows.push({ name, ...cells })
  console.error(`  ${name}: ${JSON.stringify(cells)}`)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-bench-'))
const keep = process.argv.includes('--keep')
const remove = (file) => (keep ? console.error(`  kept ${file}`) : fs.rmSync(file))
const size = (mib) => Math.max(1, Math.round(mib * scale)) * MiB

async function sparse() {
  const file = path.join(dir, 'sparse.log')
  const bytes = size(1024)
  const denials = Math.max(24, Math.round(300 * Math.min(1, scale * 4)))
  const t0 = Date.now()
  const { planted } = writeLog(file, bytes, { seed: 1, denials })
  console.error(`  generated ${bytes / MiB} MiB with ${planted} denials in ${Date.now() - t0} ms`)
  const wd = await measure(whydenied(file))
  const grep = await measure(['grep', '-c', '-E', GREP_PATTERN, file], { env: { LC_ALL: 'C' } })
  const s = summary(wd.stdout)
  row('sparse', {
    input: `${bytes / MiB} MiB, ${planted} denials`,
    time: `${fmt(wd.ms)} ms (grep ${fmt(grep.ms)} ms)`,
    rate: `${fmt(mbps(bytes, wd.ms))} MB/s (grep ${fmt(mbps(bytes, grep.ms))} MB/s)`,
    result: `ratio ${fmt(wd.ms / grep.ms, 2)}; ${s.findings} findings, ${s.seen} denials seen (grep: ${grep.stdout.trim()} lines)`,
    target: 'ratio ≤ 2.0',
    ok: wd.ms / grep.ms <= 2,
    rss: wd.rssMiB
  })
  remove(file)
}

async function dense() {
  const file = path.join(dir, 'dense.log')
  const bytes = size(256)
  const { planted } = writeLog(file, bytes, {
    seed: 2,
    denialEvery: 50,
    distinct: Math.round(100000 * scale)
  })
  const wd = await measure(whydenied(file))
  const s = summary(wd.stdout)
  row('dense', {
    input: `${bytes / MiB} MiB, 1 line in 50 a denial (${planted})`,
    time: `${fmt(wd.ms)} ms`,
    rate: `${fmt(mbps(bytes, wd.ms))} MB/s, ${fmt(s.seen / (wd.ms / 1000))} denials/s`,
    result: `${s.seen} denials seen (${s.findings} findings kept + repeats, ${s.dropped} beyond the 500 kept)`,
    target: '≥ 100 MB/s',
    ok: mbps(bytes, wd.ms) >= 100,
    rss: wd.rssMiB
  })
  remove(file)
}

async function wrapped() {
  const bytes = size(512)
  // A command that formats and prints CI log lines as fast as it can (a build or test runner
  // logging, with a denial now and then), rather than copying one buffer over and over.
  const writer = path.join(dir, 'writer.mjs')
  fs.writeFileSync(
    writer,
    `import fs from 'node:fs'
const words = ${JSON.stringify(WORDS)}
const denial = (i) => 'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/deploy/run-' + i + ' is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::artifacts/' + i + '.zip" because no identity-based policy allows the s3:PutObject action'
let written = 0
let i = 0
while (written < ${bytes}) {
  let chunk = ''
  while (chunk.length < 65536) {
    const w = words[i % words.length]
    chunk += '2026-11-23T13:' + String((i >> 10) % 60).padStart(2, '0') + ':' + String(i % 60).padStart(2, '0') + '.' + String(i % 1000).padStart(3, '0') + 'Z ' +
      (i % 100000 === 99999 ? denial(i) : '[' + w + '] step ' + i + ': processed ' + ((i * 7919) % 1000) + ' items in ' + (i % 97) + ' ms (' + w + '-' + (i % 13) + ')') + '\\n'
    i++
  }
  const buf = Buffer.from(chunk.slice(0, ${bytes} - written))
  fs.writeSync(1, buf)
  written += buf.length
}
`
  )
  // Both write into a pipe that is read and thrown away: a step's output always goes through one
  // to the runner. Against /dev/null the command alone would skip the cost of any pipe at all.
  const alone = await measure(['node', writer], { stdout: 'drain' })
  const wd = await measure(['node', cli, 'run', '--', 'node', writer], {
    stdout: 'drain'
  })
  row('wrapped', {
    input: `${bytes / MiB} MiB of log lines formatted and printed by a node script`,
    time: `${fmt(wd.ms)} ms (command alone ${fmt(alone.ms)} ms)`,
    rate: `${fmt(mbps(bytes, wd.ms))} MB/s`,
    result: `ratio ${fmt(wd.ms / alone.ms, 2)}`,
    target: 'ratio ≤ 1.15',
    ok: wd.ms / alone.ms <= 1.15,
    rss: wd.rssMiB
  })
  const zeros = `head -c ${bytes} /dev/zero | tr '\\0' 'x'`
  const alone2 = await measure(zeros, { stdout: 'drain', shell: true })
  const wd2 = await measure(['node', cli, 'run', '--', 'sh', '-c', zeros], {
    stdout: 'drain'
  })
  row('wrapped, one line', {
    input: `${bytes / MiB} MiB of 'x', no newline (head \\| tr)`,
    time: `${fmt(wd2.ms)} ms (command alone ${fmt(alone2.ms)} ms)`,
    rate: `${fmt(mbps(bytes, wd2.ms))} MB/s`,
    result: `ratio ${fmt(wd2.ms / alone2.ms, 2)}`,
    target: 'informational (see below)',
    ok: true,
    rss: wd2.rssMiB
  })
}

/**
 * Start-up, paired: `node -e 0` and whydenied on a 1 KB log alternate ten times, and the median of
 * the ten differences is the figure (a neighbour that slows one run slows its pair's partner about
 * as much); peak RSS is the median of whydenied's ten runs.
 */
async function startup() {
  const file = path.join(dir, 'small.log')
  // One denial, then noise to 1 KB (writeLog's spacing put its one denial past the end of so
  // small a log, so rows before 2026-12-01 timed a log without any).
  const r = prng(4)
  let text = `${denialText(r, 0)}\n`
  while (text.length < 1024) text += `${noiseLine(r)}\n`
  fs.writeFileSync(file, text.slice(0, 1024))
  const n = Math.max(runs, 10)
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  await measureOnce(['node', '-e', '0'])
  await measureOnce(whydenied(file))
  const pairs = []
  for (let i = 0; i < n; i++) {
    const bare = await measureOnce(['node', '-e', '0'])
    const wd = await measureOnce(whydenied(file))
    pairs.push({ bare: bare.ms, wd: wd.ms, rss: wd.rssMiB, bareRss: bare.rssMiB })
  }
  const extra = median(pairs.map((p) => p.wd - p.bare))
  const rss = median(pairs.map((p) => p.rss))
  row('start-up', {
    input: '1 KB log, 1 denial',
    time: `${fmt(median(pairs.map((p) => p.wd)))} ms (node -e 0: ${fmt(median(pairs.map((p) => p.bare)))} ms), median of ${n} pairs`,
    rate: '',
    result: `+${fmt(extra)} ms (node -e 0: ${fmt(median(pairs.map((p) => p.bareRss)))} MiB)`,
    target: '≤ +50 ms, RSS ≤ 55 MiB',
    ok: extra <= 50 && rss <= 55,
    rss
  })
}

async function longLine() {
  const file = path.join(dir, 'longline.log')
  const bytes = size(256)
  // Realistic text with the newlines replaced by spaces, and a denial now and then.
  writeRepeated(
    file,
    bytes,
    (r, i) => (i % 997 === 0 ? denialText(r, i) : noiseLine(r)).replaceAll('\n', ' ') + ' '
  )
  const wd = await measure(whydenied(file), {}, 1)
  const s = summary(wd.stdout)
  row('one long line', {
    input: `${bytes / MiB} MiB, no newline`,
    time: `${fmt(wd.ms)} ms`,
    rate: `${fmt(mbps(bytes, wd.ms))} MB/s`,
    result: `${s.findings} findings`,
    target: 'RSS ≤ 128 MiB',
    ok: wd.rssMiB <= 128,
    rss: wd.rssMiB
  })
  remove(file)
}

const HOSTILE = {
  '`User: ` repeated': 'User: ',
  '`arn:aws:` repeated': 'arn:aws:',
  '`is not authorized to perform: ` repeated': 'is not authorized to perform: ',
  '`User: …` + sentence, no newline': (r, i) =>
    i % 50 === 49 ? 'is not authorized to perform: s3:GetObject ' : 'User: ',
  'nested JSON escapes': (r, i) =>
    `${'\\'.repeat(1 + (i % 64))}"User: arn:aws:iam::1:user/u${'\\'.repeat(1 + (i % 7))}u003c is not authorized to perform: s3:GetObject${'\\'.repeat(i % 9)}n`,
  // Context fragments overlapping one another (a step's command, a store's local endpoint) on one
  // line: each hit once read the line back to its start (quadratic before 2026-12-05).
  'context fragments in one line': 'aws s3 ls --endpoint-url=http://localhost:4566 ',
  'random bytes': (r) => Buffer.from(Array.from({ length: 4096 }, () => r.int(256))),
  'invalid UTF-8': (r) =>
    Buffer.from(
      Array.from({ length: 4096 }, (_, k) =>
        k % 3 === 0 ? 0xc0 | r.int(2) : k % 3 === 1 ? 0xe0 | r.int(16) : 0x80 | r.int(64)
      )
    ),
  'invalid UTF-8 around triggers': (r, i) =>
    Buffer.concat([
      Buffer.from([0xf0, 0x9f, 0x98]),
      Buffer.from(
        i % 2 ? 'AccessDenied: ' : 'User: x is not authorized to perform: a:b\r\n',
        'latin1'
      ),
      Buffer.from([0xed, 0xa0, 0x80, 0xff, 0xfe])
    ])
}

async function hostile() {
  for (const [name, unit] of Object.entries(HOSTILE)) {
    const cells = []
    for (const mib of [32, 64]) {
      const file = path.join(dir, 'hostile.log')
      const bytes = size(mib)
      writeRepeated(file, bytes, unit, mib)
      const wd = await measure(whydenied(file), {}, 1)
      cells.push({ mib: bytes / MiB, ms: wd.ms, rss: wd.rssMiB, code: wd.code })
      remove(file)
    }
    const [a, b] = cells
    const growth = b.ms / a.ms
    row(`hostile: ${name}`, {
      input: `${a.mib} / ${b.mib} MiB`,
      time: `${fmt(a.ms)} / ${fmt(b.ms)} ms`,
      rate: `${fmt(mbps(a.mib * MiB, a.ms))} / ${fmt(mbps(b.mib * MiB, b.ms))} MB/s`,
      result: `×${fmt(growth, 2)} for ×2 input${a.code || b.code ? `, exit ${a.code}/${b.code}` : ''}`,
      target: 'linear, RSS ≤ 128 MiB',
      ok: growth < 2.6 && Math.max(a.rss, b.rss) <= 128 && !a.code && !b.code,
      rss: Math.max(a.rss, b.rss)
    })
  }
}

// ---------------------------------------------------------------- every line a refusal

/** Lines of logs where every line is a refusal (issue 16), by row. */
const EVERY_LINE = {
  // `aws s3 sync` of a site without s3:PutObject: one refusal per file, every key distinct.
  'every-line sync': (i) => {
    const key = `assets/${['app', 'vendor', 'chunk', 'img'][i % 4]}-${i.toString(16).padStart(6, '0')}.${['js', 'css', 'png'][i % 3]}`
    return `upload failed: dist/${key} to s3://www-example-site/${key} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
  },
  // A Java SDK v1 batch job, each object refused with its own request ids.
  'every-line Java SDK': (i) => {
    const r = prng(i + 1)
    return `2026-11-23 13:${String((i >> 6) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')} ERROR [pool-1-thread-${1 + (i % 8)}] c.e.ReportUploader - upload of reports/r-${i}.csv failed: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ${r.hex(16).toUpperCase()}; S3 Extended Request ID: ${Buffer.from(r.hex(42), 'hex').toString('base64')}; Proxy: null), S3 Extended Request ID: ${Buffer.from(r.hex(42), 'hex').toString('base64')}`
  },
  // Crafted: 200-1000 characters per line, refusal phrases over and over.
  'multi-line hostile text': (i) => {
    const r = prng(i + 7)
    const phrases = [
      'AccessDenied: Access Denied ',
      'User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject ',
      'An error occurred (AccessDenied) when calling the GetObject operation: ',
      'Access Denied (Service: Amazon S3; Status Code: 403) '
    ]
    const length = 200 + r.int(801)
    let line = ''
    while (line.length < length) line += i % 2 ? phrases[0] : r.pick(phrases)
    return line.slice(0, length)
  }
}

function writeLines(file, lines, make) {
  const fd = fs.openSync(file, 'w')
  for (let i = 0; i < lines;) {
    const parts = []
    for (let k = 0; k < 4096 && i < lines; k++, i++) parts.push(make(i), '\n')
    fs.writeSync(fd, parts.join(''))
  }
  fs.closeSync(fd)
  return fs.statSync(file).size
}

/** The cost of "look at every line" in the same runtime: read line by line, one regex each. */
const BASELINE = `import fs from 'node:fs'
import readline from 'node:readline'
const re = /AccessDenied|Access Denied|is not authorized|UnauthorizedOperation|Forbidden/
let n = 0
for await (const line of readline.createInterface({ input: fs.createReadStream(process.argv[2]) })) if (re.test(line)) n++
console.log(n)
`

async function everyLine() {
  const baseline = path.join(dir, 'baseline.mjs')
  fs.writeFileSync(baseline, BASELINE)
  const file = path.join(dir, 'every-line.log')
  for (const [name, make] of Object.entries(EVERY_LINE)) {
    const lines = Math.round((name.includes('hostile') ? 40000 : 100000) * scale)
    const bytes = writeLines(file, lines, make)
    const base = await measure(['node', baseline, file])
    const modes = {
      file: await measure(whydenied(file)),
      stdin: await measure(`node ${cli} --format json - < ${file}`, { shell: true }),
      wrapped: await measure(['node', cli, 'run', '--', 'cat', file], { stdout: 'drain' })
    }
    const s = summary(modes.file.stdout)
    const hostile = name.includes('hostile')
    for (const [mode, m] of Object.entries(modes)) {
      const ratio = m.ms / base.ms
      const rate = mbps(bytes, m.ms)
      row(`${name}, ${mode}`, {
        input: `${fmt(bytes / MiB, 1)} MiB, ${lines} lines`,
        time: `${fmt(m.ms)} ms (baseline ${fmt(base.ms)} ms)`,
        rate: `${fmt(rate)} MB/s`,
        result:
          `ratio ${fmt(ratio, 2)}` +
          (mode === 'file' ? `; ${s.findings} findings, ${s.seen} refusals counted` : ''),
        target: hostile ? '≥ 20 MB/s' : 'ratio ≤ 3',
        ok: hostile ? rate >= 20 : ratio <= 3,
        rss: m.rssMiB
      })
    }
  }
  remove(file)
}

// ---------------------------------------------------------------- main

if (!fs.existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first')
  process.exit(1)
}
const free = fs.statfsSync(os.tmpdir())
if (free.bavail * free.bsize < 2 * 1024 * MiB * Math.min(1, scale * 2)) {
  console.error(`not enough space in ${os.tmpdir()} for the inputs`)
  process.exit(1)
}
const sections = {
  sparse,
  dense,
  wrapped,
  startup,
  longline: longLine,
  hostile,
  everyline: everyLine
}
try {
  for (const name of only) {
    console.error(`${name}…`)
    await sections[name]()
  }
} finally {
  if (!keep) fs.rmSync(dir, { recursive: true, force: true })
}

const cpu =
  /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model
const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM; Node ${process.version}; ${spawnSync('grep', ['--version']).stdout.toString().split('\n')[0]}; scale ${scale}, fastest of ${runs} after a warm-up run; ${cpuNoise()}`
const header = '| input | size | time | throughput | result | peak RSS | target | met |'
const table = [
  header,
  '|---|---|---|---|---|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.input} | ${r.time} | ${r.rate} | ${r.result} | ${fmt(r.rss)} MiB | ${r.target}${r.target.includes('RSS') ? '' : ', RSS ≤ 128 MiB'} | ${r.ok && r.rss <= 128 ? 'yes' : '**no**'} |`
  )
].join('\n')
console.log(`${machine}\n\n${table}`)

if (writeDoc) {
  const doc = path.join(root, 'docs', 'benchmarks.md')
  const text = fs.readFileSync(doc, 'utf8')
  const begin = '<!-- bench:begin -->'
  const end = '<!-- bench:end -->'
  const block = `${begin}\nRun on ${new Date().toISOString().slice(0, 10)}: ${machine}.\n\n${table}\n${end}`
  fs.writeFileSync(doc, text.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block))
  console.error(`wrote ${doc}`)
}
