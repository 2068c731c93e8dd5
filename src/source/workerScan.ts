// Scans large log files on a worker thread with a capped heap. V8 sizes a process's young
// generation and lets old garbage pile up by its own rules, which a bundle cannot change (the
// flags are command-line only); a worker's `resourceLimits` can. On a 256 MiB log that is the
// difference between ~150 MiB and ~100 MiB of peak memory. Small inputs stay on the main thread:
// starting a worker costs more than it saves.
import fs from 'node:fs'
import type { Scan, ScanResult } from '../engine/Scan.js'
import type { LogFile } from './LogFile.js'

/** The worker's bundle, beside the bundle that starts it (see scripts/build.mjs). */
const WORKER_FILE = './scanWorker.js'

/** Inputs smaller than this in total are scanned on the main thread. */
export const WORKER_MIN_BYTES = 16 * 1024 * 1024

/** 16 MiB of young generation: half V8's default; 8 MiB cost 10% in speed for 3 MiB of memory. */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 }

export interface WorkerJob {
  files: LogFile[]
  maxFindings: number
  /** Read sources from the messages that follow (src/source/workerStream.ts), not from files. */
  stream?: boolean
}

export type WorkerReply = { ok: true; result: ScanResult } | { ok: false; error: string }

/** Where the worker's bundle is, when there is one (not when running from the sources). */
export function workerScript(base: string | URL): URL | null {
  const url = new URL(WORKER_FILE, base)
  return fs.existsSync(url) ? url : null
}

/** Total size of the files, or null when one cannot be read as a regular file. */
export function totalSize(paths: string[]): number | null {
  let total = 0
  for (const p of paths) {
    try {
      const stat = fs.statSync(p)
      if (!stat.isFile()) return null
      total += stat.size
    } catch {
      return null
    }
  }
  return total
}

/**
 * Scans `files` on a worker and merges what it found into `analysis`. False when the worker could
 * not do it (no bundle, a read error, out of memory): `analysis` is then untouched, and the caller
 * scans on the main thread, which reports any read error in its own words.
 */
export async function scanInWorker(
  analysis: Scan,
  files: LogFile[],
  script: URL,
  maxFindings = 500
): Promise<boolean> {
  // Loaded for large files only (WORKER_MIN_BYTES): a small log's start-up does not pay for it.
  const { Worker } = await import('node:worker_threads')
  const reply = await new Promise<WorkerReply>((resolve) => {
    const worker = new Worker(script, { resourceLimits: WORKER_LIMITS })
    worker.once('message', (r: WorkerReply) => {
      resolve(r)
      void worker.terminate()
    })
    worker.once('error', (e) => resolve({ ok: false, error: e.message }))
    worker.once('exit', (code) => resolve({ ok: false, error: `worker exited with ${code}` }))
    worker.postMessage({ files, maxFindings } satisfies WorkerJob)
  })
  if (!reply.ok) return false
  analysis.merge(reply.result)
  return true
}

/**
 * Scans the files on a worker when they are large and the worker's bundle is there; otherwise,
 * or when the worker fails, one at a time on this thread with `inThread`.
 */
export async function scanFiles(
  analysis: Scan,
  files: LogFile[],
  inThread: (file: LogFile) => Promise<void>,
  base: string | URL = import.meta.url
): Promise<void> {
  const script = workerScript(base)
  const size = script ? totalSize(files.map((f) => f.path)) : null
  if (script && size !== null && size >= WORKER_MIN_BYTES) {
    if (await scanInWorker(analysis, files, script)) return
  }
  for (const file of files) await inThread(file)
}
