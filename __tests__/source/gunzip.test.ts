// `.gz` logs are read as the text they hold, from a file or a pipe.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { Analysis } from '../../src/engine/Analysis.js'
import { feedFile } from '../../src/source/feedFile.js'
import { maybeGunzip } from '../../src/source/gunzip.js'

// Corpus d066 (source: https://gist.github.com/eugeneteo/95e1bc1d4efb4e460e99).
const DENIAL =
  'A client error (AccessDenied) occurred when calling the GetUser operation: User: arn:aws:iam::548698731369:user/emr is not authorized to perform: iam:GetUser on resource: arn:aws:iam::548698731369:user/emr'
const LOG = `${'noise line\n'.repeat(5000)}${DENIAL}\n${'more noise\n'.repeat(5000)}`

let dir: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-gz-'))
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function scanFile(file: string, chunkSize?: number) {
  const analysis = new Analysis()
  const source = analysis.source('x.log')
  await feedFile(file, (c) => source.write(c), chunkSize)
  source.end()
  return analysis.report()
}

describe('gzip-compressed logs', () => {
  it('are decompressed as they are read from a file, whatever its name', async () => {
    const file = path.join(dir, 'build.log.1')
    fs.writeFileSync(file, gzipSync(LOG))
    for (const chunk of [7, 1024, 1 << 20]) {
      const { findings, stats } = await scanFile(file, chunk)
      expect(findings.map((f) => [f.action, f.line])).toEqual([['iam:GetUser', 5001]])
      expect(stats.lines).toBe(10001)
    }
  })

  it('read concatenated members (gzip -c a b) whole', async () => {
    const file = path.join(dir, 'two.gz')
    fs.writeFileSync(file, Buffer.concat([gzipSync('first line\n'), gzipSync(`${DENIAL}\n`)]))
    expect((await scanFile(file)).findings.map((f) => f.line)).toEqual([2])
  })

  it('fail with a clear error when the data is corrupt', async () => {
    const file = path.join(dir, 'bad.gz')
    const gz = gzipSync(LOG)
    fs.writeFileSync(file, Buffer.concat([gz.subarray(0, 40), Buffer.alloc(200, 0x55)]))
    await expect(scanFile(file)).rejects.toThrow(/not a readable gzip file/)
  })

  it('are decompressed from a pipe; plain text passes untouched', async () => {
    async function* pieces(buf: Buffer, size: number) {
      for (let at = 0; at < buf.length; at += size) yield buf.subarray(at, at + size)
    }
    for (const input of [gzipSync(LOG), Buffer.from(LOG)]) {
      const out: Buffer[] = []
      for await (const c of maybeGunzip(pieces(input, 1))) out.push(Buffer.from(c))
      expect(Buffer.concat(out).toString()).toBe(LOG)
    }
  })
})
