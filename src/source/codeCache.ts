// Runs the CLI's classic-script bundle (dist/cli.script.js, made by scripts/cliScript.mjs) with
// V8's code cache. Node 20 caches no ES module's code, and compiling the bundle was about half of
// a small log's start-up; with the cache, taken after a whole run (so it holds the functions that
// run compiled lazily too), the next run skips that work (docs/benchmarks.md).
//
// A code cache is code: whoever can write it runs as the user who loads it. So it lives in the
// user's own cache directory, is read only when that user owns it and no one else may write it,
// and never on systems without POSIX owners. Anything wrong with it costs the cache, never the run.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

type ScriptMain = (
  require: NodeJS.Require,
  url: string,
  load: (specifier: string) => Promise<unknown>
) => Promise<void>

/** The folder the cache is kept in, or null when caching is off or unsafe here. */
export function codeCacheDir(env: NodeJS.ProcessEnv, home = os.homedir()): string | null {
  if (env.WHYDENIED_CODE_CACHE === '0' || typeof process.getuid !== 'function') return null
  if (env.WHYDENIED_CACHE_DIR) return env.WHYDENIED_CACHE_DIR
  const base = env.XDG_CACHE_HOME || (home ? path.join(home, '.cache') : '')
  return base ? path.join(base, 'whydenied') : null
}

/** The cache file's name: the bundle's digest (V8 checks only the source's length), V8, the CPU. */
export function codeCacheName(source: string): string | null {
  const digest = /^\/\* whydenied cli ([0-9a-f]{16}) \*\//.exec(source)?.[1]
  return digest ? `cli-${digest}-v8-${process.versions.v8}-${process.arch}.bin` : null
}

/** True when `stat` is this user's and no one else may change it. */
function ownedAlone(stat: fs.Stats): boolean {
  return stat.uid === process.getuid!() && (stat.mode & 0o022) === 0
}

/** The cache's bytes, when it exists and is safe to run. */
export function readCodeCache(dir: string, name: string): Buffer | undefined {
  let fd: number | undefined
  try {
    if (!ownedAlone(fs.statSync(dir))) return undefined
    fd = fs.openSync(path.join(dir, name), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW)
    const stat = fs.fstatSync(fd)
    if (!stat.isFile() || !ownedAlone(stat)) return undefined
    return fs.readFileSync(fd)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Writes `data` as the cache (whole or not at all), and drops the caches of other builds. */
export function writeCodeCache(dir: string, name: string, data: Buffer): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    if (!ownedAlone(fs.statSync(dir))) return
    const temp = path.join(dir, `.${name}.${process.pid}`)
    fs.writeFileSync(temp, data, { mode: 0o600, flag: 'wx' })
    fs.renameSync(temp, path.join(dir, name))
    // Other builds' caches go; this build's for another Node.js stays (one machine, two Nodes).
    const build = name.slice(0, 'cli-'.length + 16)
    for (const old of fs.readdirSync(dir)) {
      if (/^cli-[0-9a-f]{16}-v8-.*\.bin$/.test(old) && !old.startsWith(build)) {
        fs.rmSync(path.join(dir, old))
      }
    }
  } catch {
    // A read-only home or a full disk: the next run compiles again.
  }
}

/** The CLI's script, beside the bundle at `base` (named apart from it so ncc copies nothing). */
export const CLI_SCRIPT = 'cli.script.js'

/** Compiles and runs script `file` beside `base`, from the cache when there is a good one. */
export async function runCachedScript(
  file: string,
  base: string,
  env: NodeJS.ProcessEnv
): Promise<void> {
  const url = new URL(file, base)
  // ASCII only (the build escapes the rest): a one-byte string, half the memory of UTF-16.
  const source = fs.readFileSync(url, 'latin1')
  const dir = codeCacheDir(env)
  const name = codeCacheName(source)
  const cachedData = dir && name ? readCodeCache(dir, name) : undefined
  const script = new vm.Script(source, { filename: fileURLToPath(url), cachedData })
  if (dir && name && (cachedData === undefined || script.cachedDataRejected)) {
    // After the run, so that the functions it compiled lazily are in the cache too.
    process.once('exit', () => writeCodeCache(dir, name, script.createCachedData()))
  }
  const main = script.runInThisContext() as ScriptMain
  await main(
    createRequire(url),
    url.href,
    (specifier) =>
      // The bundle's own lazy chunks, beside it; not for the bundler to resolve.
      import(/* webpackIgnore: true */ new URL(specifier, url).href)
  )
}
