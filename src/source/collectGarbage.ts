// A full collection on demand. Node reads a pipe into a fresh 64 KiB buffer per read; a thread
// that does little else (the main thread while the scan worker works) allocates too few objects
// to trigger V8's collections, so those dead buffers pile up until V8's external-memory limit
// (~64 MiB) forces one. Collecting every few MiB read keeps them to a few MiB. `gc` is exposed
// for contexts created after the flag is set; a runtime that refuses gets a no-op.
import { createRequire } from 'node:module'

// Loaded on the first collection (a stream past 8 MiB): `node:v8` alone is ~3 ms of every run's
// start-up otherwise.
const require = createRequire(import.meta.url)

let gc: (() => void) | null | undefined

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      const v8 = require('node:v8') as typeof import('node:v8')
      const vm = require('node:vm') as typeof import('node:vm')
      v8.setFlagsFromString('--expose-gc')
      gc = vm.runInNewContext('gc') as () => void
    } catch {
      gc = null
    }
  }
  gc?.()
}
