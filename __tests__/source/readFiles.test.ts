import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expandPatterns, readFiles, SourceError } from '../../src/source/readFiles.js'
import type { Analysis } from '../../src/engine/Analysis.js'
import { at } from '../support/at.js'

/** Records what each source received; stands in for the engine, which has its own tests. */
function recordingAnalysis() {
  const sources: { file: string | null; chunks: Buffer[]; ended: boolean }[] = []
  const analysis = {
    source(file: string | null) {
      const entry = { file, chunks: [] as Buffer[], ended: false }
      sources.push(entry)
      return {
        write: (chunk: Uint8Array | string) => {
          entry.chunks.push(Buffer.from(chunk))
        },
        end: () => {
          entry.ended = true
        }
      }
    }
  } as unknown as Analysis
  return { analysis, sources }
}

describe('readFiles', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-files-'))
  beforeAll(() => {
    fs.mkdirSync(path.join(base, 'logs/nested'), { recursive: true })
    fs.writeFileSync(path.join(base, 'logs/a.log'), 'first\n')
    fs.writeFileSync(path.join(base, 'logs/b.log'), 'second\n')
    fs.writeFileSync(path.join(base, 'logs/skip.txt'), 'not a log\n')
    fs.writeFileSync(path.join(base, 'logs/nested/c.log'), 'third\n')
    fs.writeFileSync(path.join(base, 'big.log'), Buffer.alloc(3 * 1024 * 1024, 0x61))
    fs.symlinkSync(path.join(base, 'missing-target'), path.join(base, 'dangling.log'))
  })
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }))

  it('expands globs relative to the base, skips comments and honours exclusions', async () => {
    const files = await expandPatterns(
      '# deploy logs\nlogs/**/*.log\n!logs/b.log\n\nbig.log\nlogs/a.log\n',
      base
    )
    expect(files.map((f) => f.name)).toEqual(['logs/a.log', 'logs/nested/c.log', 'big.log'])
    expect(at(files, 0).path).toBe(path.join(base, 'logs/a.log'))
  })

  it('streams each file into its own source in chunks, named as given', async () => {
    const { analysis, sources } = recordingAnalysis()
    await readFiles(analysis, 'big.log\nlogs/a.log', base)
    expect(sources.map((s) => s.file)).toEqual(['big.log', 'logs/a.log'])
    expect(sources.every((s) => s.ended)).toBe(true)
    // Several chunks: the file was streamed, not read whole.
    expect(at(sources, 0).chunks.length).toBeGreaterThan(1)
    expect(Buffer.concat(at(sources, 0).chunks).length).toBe(3 * 1024 * 1024)
    expect(Buffer.concat(at(sources, 1).chunks).toString()).toBe('first\n')
  })

  it.each([
    ['nope.log', /cannot read log file nope\.log: no such file/],
    ['dangling.log', /cannot read log file dangling\.log: no such file/],
    ['logs', /cannot read log file logs: is a directory/],
    ['logs/*.nothing', /no log file matches logs\/\*\.nothing/],
    ['\n# only a comment\n', /no file paths given/]
  ])('gives a clear error for %j', async (patterns, message) => {
    const { analysis } = recordingAnalysis()
    const attempt = readFiles(analysis, patterns, base)
    await expect(attempt).rejects.toThrow(SourceError)
    await expect(readFiles(analysis, patterns, base)).rejects.toThrow(message)
  })
})
