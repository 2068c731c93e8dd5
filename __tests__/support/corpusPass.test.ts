// The whole-corpus pass shared between test files (corpusPass.ts): computed once per jest run,
// read back exactly as computed, never half-written, and a failure is not waited on forever.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusRecords } from './corpusRecords.js'
import {
  PASS_LOG_NAME,
  PASS_OIDC,
  computePass,
  sharedPass,
  type CorpusOutput
} from './corpusPass.js'

const dirs: string[] = []
const freshDir = () => {
  dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-pass-test-')))
  return dirs.at(-1)!
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})
const fake = (id: string): CorpusOutput[] => [
  {
    file: 'x.jsonl',
    id,
    report: { version: 1, findings: [], remedies: [], stats: {} } as never,
    remedies: [],
    oidcRemedies: []
  }
]

describe('the shared corpus pass', () => {
  it('is computed by the first file that asks and read by the others', async () => {
    const dir = freshDir()
    let computed = 0
    const first = await sharedPass(dir, () => (computed++, fake('a')))
    const second = await sharedPass(dir, () => (computed++, fake('b')))
    expect(computed).toBe(1)
    expect(second).toEqual(first)
    expect(fs.readdirSync(dir).sort()).toEqual(['corpus-pass.json', 'corpus-pass.json.lock'])
  })

  it('is waited for while another worker computes it, not computed twice', async () => {
    const dir = freshDir()
    // Another worker holds the lock; its result lands a little later.
    fs.writeFileSync(path.join(dir, 'corpus-pass.json.lock'), '1')
    setTimeout(
      () => fs.writeFileSync(path.join(dir, 'corpus-pass.json'), JSON.stringify(fake('theirs'))),
      300
    )
    let computed = 0
    const got = await sharedPass(dir, () => (computed++, fake('mine')))
    expect(computed).toBe(0)
    expect(got.map((o) => o.id)).toEqual(['theirs'])
  })

  it('is computed here when the worker that took it failed, and a failure is left for the others', async () => {
    const dir = freshDir()
    await expect(
      sharedPass(dir, () => {
        throw new Error('engine broke')
      })
    ).rejects.toThrow('engine broke')
    expect(fs.readFileSync(path.join(dir, 'corpus-pass.json.failed'), 'utf8')).toContain(
      'engine broke'
    )
    const started = Date.now()
    const got = await sharedPass(dir, () => fake('retried'))
    expect(got.map((o) => o.id)).toEqual(['retried'])
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('reads back what each test computed itself: the same findings and remedies', async () => {
    // The first two records of every corpus file.
    const records = corpusRecords()
    const some = records.filter((r, i) => records.findIndex((x) => x.file === r.file) >= i - 1)
    expect(new Set(some.map((r) => r.file)).size).toBeGreaterThan(5)
    const dir = freshDir()
    await sharedPass(dir, () => computePass(some))
    const read = await sharedPass(dir, () => {
      throw new Error('must be read, not computed')
    })
    expect(read.map((o) => o.id)).toEqual(some.map((r) => r.id))
    expect(read.some((o) => o.report.findings.length > 0 && o.remedies.length > 0)).toBe(true)
    some.forEach((r, i) => {
      const report = analyzeText(r.text, PASS_LOG_NAME)
      expect(read[i]).toEqual({
        file: r.file,
        id: r.id,
        report,
        remedies: buildRemedies(report.findings),
        oidcRemedies: buildRemedies(report.findings, { oidc: PASS_OIDC })
      })
    })
  })
})
