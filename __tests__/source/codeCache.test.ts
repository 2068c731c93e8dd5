// The CLI's code cache (src/source/codeCache.ts): a cache is code, so it is read only from where
// no one but the user could have written it, and anything wrong with it costs the cache, never
// the run. The last tests run the built bin entry (dist/cli.js: run `npm run build` first).
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  codeCacheDir,
  codeCacheName,
  readCodeCache,
  writeCodeCache
} from '../../src/source/codeCache.js'

let dir: string
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wd-codecache-'))
  fs.chmodSync(dir, 0o700)
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const NAME = 'cli-0123456789abcdef-v8-1-x64.bin'

describe('codeCacheDir', () => {
  it('follows WHYDENIED_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache', () => {
    expect(codeCacheDir({ WHYDENIED_CACHE_DIR: '/c' }, '/home/u')).toBe('/c')
    expect(codeCacheDir({ XDG_CACHE_HOME: '/x' }, '/home/u')).toBe('/x/whydenied')
    expect(codeCacheDir({}, '/home/u')).toBe('/home/u/.cache/whydenied')
    expect(codeCacheDir({}, '')).toBeNull()
  })

  it('is off with WHYDENIED_CODE_CACHE=0', () => {
    expect(codeCacheDir({ WHYDENIED_CODE_CACHE: '0', WHYDENIED_CACHE_DIR: '/c' }, '/h')).toBeNull()
  })
})

describe('codeCacheName', () => {
  it("keys the cache by the build's digest, V8's version and the CPU", () => {
    const name = codeCacheName('/* whydenied cli 0123456789abcdef */\n(async function () {})')
    expect(name).toBe(`cli-0123456789abcdef-v8-${process.versions.v8}-${process.arch}.bin`)
  })

  it('gives no name (no cache) to a script without the digest', () => {
    expect(codeCacheName('(async function () {})')).toBeNull()
  })
})

describe('reading and writing the cache', () => {
  it('writes the whole file, readable by its owner only, and reads it back', () => {
    writeCodeCache(dir, NAME, Buffer.from('bytes'))
    expect(fs.statSync(path.join(dir, NAME)).mode & 0o777).toBe(0o600)
    expect(readCodeCache(dir, NAME)).toEqual(Buffer.from('bytes'))
    expect(fs.readdirSync(dir)).toEqual([NAME])
  })

  it("drops other builds' caches when it writes, and nothing else", () => {
    fs.writeFileSync(path.join(dir, 'cli-fedcba9876543210-v8-1-x64.bin'), 'old')
    // The same build under another Node.js (another V8) stays: both may run on one machine.
    fs.writeFileSync(path.join(dir, 'cli-0123456789abcdef-v8-2-x64.bin'), 'other node')
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'mine')
    writeCodeCache(dir, NAME, Buffer.from('new'))
    expect(fs.readdirSync(dir).sort()).toEqual([
      NAME,
      'cli-0123456789abcdef-v8-2-x64.bin',
      'notes.txt'
    ])
  })

  it('reads no cache that someone else could have written', () => {
    writeCodeCache(dir, NAME, Buffer.from('bytes'))
    fs.chmodSync(path.join(dir, NAME), 0o620)
    expect(readCodeCache(dir, NAME)).toBeUndefined()
    fs.chmodSync(path.join(dir, NAME), 0o600)
    fs.chmodSync(dir, 0o777)
    expect(readCodeCache(dir, NAME)).toBeUndefined()
  })

  it('follows no symbolic link to a cache', () => {
    fs.writeFileSync(path.join(dir, 'elsewhere'), 'bytes', { mode: 0o600 })
    fs.symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, NAME))
    expect(readCodeCache(dir, NAME)).toBeUndefined()
  })

  it('writes nothing into a folder others may write, and never throws', () => {
    fs.chmodSync(dir, 0o777)
    writeCodeCache(dir, NAME, Buffer.from('bytes'))
    expect(fs.readdirSync(dir)).toEqual([])
    // A path through a file: the folder cannot be made.
    fs.writeFileSync(path.join(dir, 'file'), '')
    expect(() =>
      writeCodeCache(path.join(dir, 'file', 'cache'), NAME, Buffer.from('x'))
    ).not.toThrow()
  })
})

describe('the bin entry (dist/cli.js) with its cache', () => {
  const cli = path.join(process.cwd(), 'dist', 'cli.js')
  const DENIAL =
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::bucket/k" because no identity-based policy allows the s3:PutObject action'
  const run = (cache: string, extra: NodeJS.ProcessEnv = {}) =>
    execFileSync(process.execPath, [cli, '--format', 'json', path.join(dir, 'build.log')], {
      env: { PATH: process.env.PATH, HOME: dir, WHYDENIED_CACHE_DIR: cache, ...extra },
      cwd: dir,
      encoding: 'utf8'
    })
  const caches = (cache: string) =>
    fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith('.bin')) : []

  beforeEach(() => fs.writeFileSync(path.join(dir, 'build.log'), `${DENIAL}\n`))

  it('writes the cache after a run and then runs from it with the same report', () => {
    const cache = path.join(dir, 'cache')
    const first = run(cache)
    const [file] = caches(cache)
    expect(file).toMatch(/^cli-[0-9a-f]{16}-v8-/)
    const before = fs.statSync(path.join(cache, file!))
    expect(run(cache)).toBe(first)
    // Accepted, so not written again (a refused cache is replaced by a new file).
    expect(fs.statSync(path.join(cache, file!)).ino).toBe(before.ino)
    expect(JSON.parse(first).findings[0].action).toBe('s3:PutObject')
  })

  it('runs the same on a damaged cache, and replaces it', () => {
    const cache = path.join(dir, 'cache')
    const first = run(cache)
    const [file] = caches(cache)
    const at = path.join(cache, file!)
    const size = fs.statSync(at).size
    fs.writeFileSync(at, Buffer.alloc(size, 0x5a), { mode: 0o600 })
    expect(run(cache)).toBe(first)
    expect(fs.readFileSync(at).equals(Buffer.alloc(size, 0x5a))).toBe(false)
  })

  it('keeps no cache when told not to', () => {
    const cache = path.join(dir, 'cache')
    run(cache, { WHYDENIED_CODE_CACHE: '0' })
    expect(caches(cache)).toEqual([])
  })
})
