import { addMaskWatcher, readAddMask, readAddMasksFrom } from '../../src/action/addMaskLines.js'
import { SecretMask } from '../../src/action/secretMask.js'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

describe('add-mask commands in a stream', () => {
  it('reads ::add-mask:: and ##[add-mask] lines, %-escaped data, a runner timestamp', () => {
    const mask = new SecretMask()
    expect(readAddMask('::add-mask::first-secret', mask)).toBe(true)
    expect(readAddMask('  ##[add-mask]second-secret\r', mask)).toBe(true)
    expect(readAddMask('2026-01-01T10:00:00.1234567Z ::add-mask::third%25%0Afourth', mask)).toBe(
      true
    )
    expect(readAddMask('echo ::add-mask::not-a-command', mask)).toBe(false)
    expect(mask.mask('first-secret second-secret third% fourth not-a-command')).toBe(
      '*** *** *** *** not-a-command'
    )
  })

  it('finds a command split over chunks, in bytes cut inside a UTF-8 character', () => {
    const mask = new SecretMask()
    const watcher = addMaskWatcher(mask)
    const bytes = Buffer.from('noise\n::add-mask::sécret-value\nmore')
    for (const b of bytes) watcher.write(Uint8Array.of(b))
    watcher.end()
    expect(mask.mask('sécret-value')).toBe('***')
  })

  it('finds the command word cut across two chunks, and in a reused buffer', () => {
    const mask = new SecretMask()
    const watcher = addMaskWatcher(mask)
    const reused = Buffer.alloc(32)
    for (const part of ['log\n::add-', 'mask::seam-secret\n', '::add-mask::second-one', '\n']) {
      const n = reused.write(part)
      watcher.write(reused.subarray(0, n))
      reused.fill(0x41)
    }
    watcher.end()
    expect(mask.mask('seam-secret second-one')).toBe('*** ***')
  })

  it('skips an overlong line without losing the next command', () => {
    const mask = new SecretMask()
    const watcher = addMaskWatcher(mask)
    watcher.write('x'.repeat(70_000))
    watcher.write('::add-mask::tail-of-long-line\n::add-mask::next-line-secret\n')
    watcher.end()
    expect(mask.mask('next-line-secret')).toBe('***')
    expect(mask.mask('tail-of-long-line')).toBe('tail-of-long-line')
  })

  it('reads saved log files (the files input)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whydenied-mask-'))
    try {
      fs.writeFileSync(path.join(dir, 'a.log'), 'start\n::add-mask::from-a-file\n')
      const mask = new SecretMask()
      await readAddMasksFrom([path.join(dir, 'a.log'), path.join(dir, 'missing.log')], mask)
      expect(mask.mask('from-a-file')).toBe('***')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
