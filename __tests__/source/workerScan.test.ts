// Large files are scanned on a worker thread with a capped heap (src/source/workerScan.ts). The
// worker is the committed dist/scanWorker.js (a real thread, not a mock); it must find exactly
// what the main thread finds, and anything that stops it must leave the main thread to do the work.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Analysis } from '../../src/engine/Analysis.js'
import {
  WORKER_MIN_BYTES,
  scanFiles,
  scanInWorker,
  totalSize,
  workerScript
} from '../../src/source/workerScan.js'

const DIST = new URL('../../dist/', import.meta.url)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-worker-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const DENIAL = (i: number) =>
  `An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci-${i} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::bucket/${i}" because no identity-based policy allows the s3:PutObject action`

function write(name: string, text: string): { path: string; name: string } {
  const p = path.join(dir, name)
  fs.writeFileSync(p, text)
  return { path: p, name }
}

const LOG = Array.from({ length: 400 }, (_, i) =>
  i % 40 === 7 ? DENIAL(i % 3) : `2026-11-23T10:00:00.0000000Z step ${i}: built in ${i % 97} ms`
).join('\n')

describe('Analysis.snapshot and merge', () => {
  it('a merged snapshot reports what the scan that made it reports', () => {
    const a = new Analysis()
    const s = a.source('a.log')
    s.write(LOG)
    s.end()
    const b = new Analysis()
    b.merge(structuredClone(a.snapshot()))
    expect(b.report()).toEqual(a.report())
    expect(b.report().findings).toHaveLength(3)
  })

  it('merging adds occurrences to findings already there and counts what does not fit', () => {
    const a = new Analysis({ maxFindings: 2 })
    const s = a.source('x.log')
    s.write(DENIAL(0) + '\n')
    s.end()
    const other = new Analysis()
    const o = other.source('x.log')
    o.write([DENIAL(0), DENIAL(1), DENIAL(2)].join('\n'))
    o.end()
    a.merge(other.snapshot())
    const r = a.report()
    expect(r.findings.map((f) => f.occurrences)).toEqual([2, 1])
    expect(r.stats.droppedFindings).toBe(1)
  })
})

describe('scanInWorker (the committed dist/scanWorker.js on a real thread)', () => {
  const script = workerScript(DIST)
  beforeAll(() => {
    if (!script) throw new Error('dist/scanWorker.js is missing: run `npm run build` first')
  })

  it('finds what the main thread finds, with the same stats', async () => {
    const files = [write('one.log', LOG), write('two.log', LOG.replaceAll('ci-', 'deploy-'))]
    const inWorker = new Analysis()
    expect(await scanInWorker(inWorker, files, script!)).toBe(true)
    const here = new Analysis()
    for (const f of files) {
      const s = here.source(f.name)
      s.write(fs.readFileSync(f.path))
      s.end()
    }
    expect(inWorker.report()).toEqual(here.report())
    expect(inWorker.report().findings).toHaveLength(6)
  })

  it('says no, and leaves the analysis untouched, when a file cannot be read', async () => {
    const analysis = new Analysis()
    const ok = await scanInWorker(
      analysis,
      [{ path: path.join(dir, 'gone.log'), name: 'gone' }],
      script!
    )
    expect(ok).toBe(false)
    expect(analysis.report().stats.bytes).toBe(0)
  })
})

describe('scanFiles', () => {
  it('scans on this thread when there is no worker bundle beside the code', async () => {
    const files = [write('small.log', LOG)]
    const seen: string[] = []
    const analysis = new Analysis()
    // The sources have no scanWorker.js beside them.
    await scanFiles(
      analysis,
      files,
      async (f) => void seen.push(f.name),
      new URL('../../src/', import.meta.url)
    )
    expect(seen).toEqual(['small.log'])
  })

  it('scans small files on this thread even when the worker is there', async () => {
    const files = [write('small2.log', LOG)]
    const seen: string[] = []
    await scanFiles(new Analysis(), files, async (f) => void seen.push(f.name), DIST)
    expect(seen).toEqual(['small2.log'])
  })

  it('hands large files to the worker', async () => {
    const line = `${'x'.repeat(1000)}\n`
    const big = write('big.log', line.repeat(Math.ceil(WORKER_MIN_BYTES / line.length)) + DENIAL(9))
    expect(totalSize([big.path])).toBeGreaterThanOrEqual(WORKER_MIN_BYTES)
    const seen: string[] = []
    const analysis = new Analysis()
    await scanFiles(analysis, [big], async (f) => void seen.push(f.name), DIST)
    expect(seen).toEqual([])
    const report = analysis.report()
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]).toMatchObject({ file: 'big.log', action: 's3:PutObject' })
    expect(report.stats.bytes).toBe(fs.statSync(big.path).size)
  })

  it('totalSize is null for anything but regular files', () => {
    expect(totalSize([dir])).toBeNull()
    expect(totalSize([path.join(dir, 'nope')])).toBeNull()
    expect(totalSize([])).toBe(0)
  })
})
