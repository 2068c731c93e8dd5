// Streams scanned on the worker (src/source/workerStream.ts): the worker is the built
// dist/scanWorker.js on a real thread (run `npm run build` first). Whatever path the bytes take
// (held and replayed here, or paced to the worker), the report must be the one that feeding the
// main thread directly gives; a worker that fails must say so and never leave a feeder waiting.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { Analysis } from '../../src/engine/Analysis.js'
import { WORKER_MIN_BYTES, workerScript } from '../../src/source/workerScan.js'
import { STREAM_HOLD_BYTES, StreamScan, type PacedSource } from '../../src/source/workerStream.js'

const DIST = new URL('../../dist/', import.meta.url)
const script = workerScript(DIST)
beforeAll(() => {
  if (!script) throw new Error('dist/scanWorker.js is missing: run `npm run build` first')
})

// Shapes from the corpus: aws-cli's IAM sentence and S3 sync's bare refusal, a Java SDK 403.
const DENIALS = [
  (i: number) =>
    `An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci-${i % 7} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::bucket/${i}" because no identity-based policy allows the s3:PutObject action`,
  (i: number) =>
    `upload failed: dist/app-${i}.js to s3://site-${i % 3}/app-${i}.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`,
  (i: number) =>
    `com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: ${(i * 7919).toString(16).toUpperCase()}ABC)`
]

/** A log of `lines` lines, one in `every` a denial, the rest CI noise. */
function log(lines: number, every: number, seed = 0): string {
  return Array.from({ length: lines }, (_, i) =>
    i % every === every - 1
      ? DENIALS[(i + seed) % DENIALS.length]!(i)
      : `2026-11-23T10:00:${String(i % 60).padStart(2, '0')}.0000000Z step ${i}: built in ${(i * 31) % 97} ms`
  ).join('\n')
}

/** Cuts text into chunks of awkward sizes (split lines, split UTF-8 is the scanner's business). */
function chunks(text: string, seed: number): Buffer[] {
  const bytes = Buffer.from(text)
  const out: Buffer[] = []
  let at = 0
  let n = seed
  while (at < bytes.length) {
    n = (n * 1103515245 + 12345) % 2147483648
    const size = 1 + (n % 70_000)
    out.push(bytes.subarray(at, at + size))
    at += size
  }
  return out
}

type Feed = { source: number; chunk: Buffer } | { source: number; end: true }

/** Two sources written in turns, as a wrapped command's stdout and stderr are. */
function interleaved(a: string, b: string): Feed[] {
  const ca = chunks(a, 1)
  const cb = chunks(b, 2)
  const feed: Feed[] = []
  for (let i = 0; i < Math.max(ca.length, cb.length); i++) {
    if (ca[i]) feed.push({ source: 0, chunk: ca[i]! })
    if (cb[i]) feed.push({ source: 1, chunk: cb[i]! })
  }
  feed.push({ source: 1, end: true }, { source: 0, end: true })
  return feed
}

function direct(feed: Feed[]) {
  const analysis = new Analysis()
  const sources = [analysis.source(null), analysis.source(null)]
  for (const f of feed) {
    if ('end' in f) sources[f.source]!.end()
    else sources[f.source]!.write(f.chunk)
  }
  return analysis.report()
}

/** Feeds through a StreamScan, waiting whenever it says it is behind; counts the waits. */
async function streamed(feed: Feed[], options: ConstructorParameters<typeof StreamScan>[2]) {
  const analysis = new Analysis()
  const streams = new StreamScan(analysis, script, options)
  const sources: PacedSource[] = [streams.source(null), streams.source(null)]
  let waits = 0
  for (const f of feed) {
    if ('end' in f) sources[f.source]!.end()
    else {
      // The writer reuses its buffer, as feedFile does: the stream must have copied what it keeps.
      const reused = Buffer.from(f.chunk)
      sources[f.source]!.write(reused)
      reused.fill(0x41)
      const behind = sources[f.source]!.ready()
      if (behind) {
        waits++
        await behind
      }
    }
  }
  await streams.finished()
  return { report: analysis.report(), waits }
}

describe('StreamScan', () => {
  const feed = interleaved(log(6000, 9), log(5000, 13, 1))

  it('short streams are held and replayed here: the report is the direct one', async () => {
    const { report, waits } = await streamed(feed, {})
    expect(waits).toBe(0)
    expect(report).toEqual(direct(feed))
    expect(report.findings.length).toBeGreaterThan(10)
  })

  it('long streams go to the worker, paced, and the report is still the direct one', async () => {
    let collections = 0
    const { report, waits } = await streamed(feed, {
      holdBytes: 128 * 1024,
      highWater: 128 * 1024,
      lowWater: 32 * 1024,
      batchBytes: 32 * 1024,
      collectEvery: 256 * 1024,
      collect: () => collections++
    })
    const expected = direct(feed)
    expect(report).toEqual(expected)
    expect(report.stats.bytes).toBe(feed.reduce((n, f) => n + ('end' in f ? 0 : f.chunk.length), 0))
    // ~1 MB sent against 128 KiB allowed in flight: the feeder had to wait.
    expect(waits).toBeGreaterThan(0)
    // This thread's dead read buffers are collected every 256 KiB sent.
    // (each count starts afresh after a batch of up to 32 KiB crosses the line).
    expect(collections).toBeLessThanOrEqual(Math.floor(report.stats.bytes / (256 * 1024)))
    expect(collections).toBeGreaterThanOrEqual(Math.floor(report.stats.bytes / (288 * 1024)))
  })

  it('with no worker bundle, scans on this thread and never asks to wait', async () => {
    const analysis = new Analysis()
    const streams = new StreamScan(analysis, null, { holdBytes: 1 })
    const source = streams.source('a.log')
    for (const c of chunks(log(3000, 5), 3)) {
      source.write(c)
      expect(source.ready()).toBeNull()
    }
    source.end()
    // Scanned as it came: the report is ready before finished().
    expect(analysis.report().findings.length).toBeGreaterThan(5)
    await streams.finished()
  })

  it('a source its feeder never ended still has its last line read', async () => {
    const analysis = new Analysis()
    const streams = new StreamScan(analysis, script)
    streams.source(null).write(DENIALS[0]!(1))
    await streams.finished()
    expect(analysis.report().findings).toHaveLength(1)
  })

  it('a worker that fails rejects finished() and wakes a waiting feeder', async () => {
    const analysis = new Analysis()
    const streams = new StreamScan(analysis, script, {
      holdBytes: 1024,
      highWater: 1024,
      lowWater: 512,
      batchBytes: 1024
    })
    const source = streams.source(null)
    // Compressed bytes: the worker's input decoder refuses them.
    source.write(gzipSync(Buffer.from(log(2000, 3))))
    const behind = source.ready()
    expect(behind).not.toBeNull()
    await behind
    await expect(streams.finished()).rejects.toThrow(/scan worker failed/)
    expect(() => source.write('more\n')).toThrow(/scan worker failed/)
    expect(source.ready()).toBeNull()
  })
})

describe('the built CLI on a stream longer than the worker threshold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-stream-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const cli = new URL('../../dist/cli.js', import.meta.url).pathname

  it('stdin and a wrapped command report what the file reports, and the command keeps its output and code', () => {
    const file = path.join(dir, 'big.log')
    const noise = `${'2026-11-23T10:00:00.0000000Z compiling module '.padEnd(200, 'x')}\n`
    const block =
      noise.repeat(1000) + DENIALS[1]!(1) + '\n' + noise.repeat(1000) + DENIALS[2]!(2) + '\n'
    fs.writeFileSync(file, block.repeat(Math.ceil((WORKER_MIN_BYTES * 1.2) / block.length)))
    const run = (args: string[], input?: Buffer) =>
      spawnSync(process.execPath, [cli, ...args], {
        cwd: dir,
        input,
        maxBuffer: 64 * 1024 * 1024,
        env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' }
      })
    const fromFile = run(['--format', 'json', 'big.log'])
    expect(fromFile.status).toBe(0)
    const expected = JSON.parse(fromFile.stdout.toString())
    expect(expected.findings.length).toBe(2)

    const fromStdin = run(['--format', 'json', '-'], fs.readFileSync(file))
    expect(fromStdin.status).toBe(0)
    const stdinReport = JSON.parse(fromStdin.stdout.toString())
    // The file's name is the one difference a stream has.
    expect(JSON.stringify(stdinReport).replaceAll('"file":null', '"file":"big.log"')).toBe(
      JSON.stringify(expected)
    )

    const wrapped = run(['run', '--format', 'json', '--', 'sh', '-c', 'cat big.log; exit 7'])
    expect(wrapped.status).toBe(7)
    expect(wrapped.stdout.equals(fs.readFileSync(file))).toBe(true)
    const wrappedReport = JSON.parse(wrapped.stderr.toString())
    expect(wrappedReport.findings.map((f: { occurrences: number }) => f.occurrences)).toEqual(
      expected.findings.map((f: { occurrences: number }) => f.occurrences)
    )
    expect(wrappedReport.stats.bytes).toBe(expected.stats.bytes)
  }, 300_000)

  it('a read error after a long stdin exits 2 and does not leave the worker holding the process', () => {
    const big = Buffer.from(log(60_000, 50).repeat(2))
    expect(big.length).toBeGreaterThan(STREAM_HOLD_BYTES)
    const r = spawnSync(process.execPath, [cli, '--format', 'json', '-', 'missing.log'], {
      cwd: dir,
      input: big,
      // A worker left waiting for more would keep the process alive until this kills it.
      timeout: 120_000,
      env: { PATH: process.env.PATH, HOME: dir, NO_COLOR: '1' }
    })
    expect(r.signal).toBeNull()
    expect(r.status).toBe(2)
    expect(r.stderr.toString()).toMatch(/missing\.log/)
  }, 300_000)
})
