// Streams (stdin, a wrapped command's output) scanned on the scan worker, with flow control. On the
// main thread V8 sizes the young generation and lets old garbage pile up by its own rules: a 64 MiB
// dense log read from a pipe peaked at ~170 MiB there, against ~110 MiB for the same bytes as a
// file on the worker. A stream's size is unknown, so its first STREAM_HOLD_BYTES are held (copied:
// writers reuse their buffers); a stream that ends before is replayed into the main thread's scan,
// in the order it was written, as if it had been fed directly. A longer one goes to the worker, and
// the source says when the worker is behind so that its feeder pauses instead of queueing bytes.
import type { Scan, LogSource } from '../engine/Scan.js'
import { WORKER_LIMITS, type WorkerReply } from './workerScan.js'
import { collectGarbage } from './collectGarbage.js'

/** A log source that can say "not now": `ready()` is null, or resolves when it can take more. */
export interface PacedSource extends LogSource {
  ready(): Promise<void> | null
}

/** What the main thread sends a stream worker after its job (see src/scanWorker.ts). */
export type StreamMessage =
  | { kind: 'open'; id: number; file: string | null }
  | { kind: 'write'; id: number; bytes: Uint8Array }
  | { kind: 'end'; id: number }
  | { kind: 'finish' }

/** What a stream worker answers: each write once scanned, then the result. */
export type StreamReply = { kind: 'ack'; bytes: number } | WorkerReply

export interface StreamScanOptions {
  /** Bytes held before the worker starts (default WORKER_MIN_BYTES). */
  holdBytes?: number
  /** Bytes sent and not yet scanned above which the feeder is asked to wait. */
  highWater?: number
  /** ...and below which it may go on. */
  lowWater?: number
  /** Bytes copied into one message to the worker. */
  batchBytes?: number
  maxFindings?: number
  /** Bytes sent to the worker between two collections of this thread's dead read buffers. */
  collectEvery?: number
  collect?: () => void
}

type Held = { id: number; bytes: Uint8Array } | { id: number; end: true }

const MiB = 1024 * 1024

/** A stream longer than this is scanned on the worker (a file: WORKER_MIN_BYTES, workerScan.ts). */
export const STREAM_HOLD_BYTES = 4 * MiB

/**
 * Sources whose bytes go to one scan worker once they are many, or into `scan` on this thread when
 * they stay few (or there is no worker bundle: `script` null). Call `finished()` after every source
 * has ended: it resolves once `scan` holds everything found, and rejects if the worker failed
 * (what it had scanned is lost: a stream cannot be read twice).
 */
export class StreamScan {
  private readonly holdBytes: number
  private readonly highWater: number
  private readonly lowWater: number
  private readonly batchBytes: number
  private readonly maxFindings: number
  private readonly collectEvery: number
  private readonly collect: () => void
  private sinceCollect = 0
  private readonly files: (string | null)[] = []
  private readonly ended = new Set<number>()
  /** Held bytes and ends, in the order written, until the worker starts or the streams end. */
  private held: Held[] | null = []
  private heldBytes = 0
  /** The batch being filled: bytes of one source, copied. */
  private batch: Buffer
  private batchLength = 0
  private batchId = -1
  private worker: import('node:worker_threads').Worker | null = null
  private workerReady: Promise<void> | null = null
  /** Messages for a worker still loading its module (`node:worker_threads` is imported lazily). */
  private pending: { message: StreamMessage; transfer: ArrayBuffer[] }[] = []
  private inFlight = 0
  private waiters: (() => void)[] = []
  private failure: string | null = null
  private result: Promise<WorkerReply> | null = null
  private done = false
  private abandoned = false

  constructor(
    private readonly scan: Scan,
    private readonly script: URL | null,
    options: StreamScanOptions = {}
  ) {
    // Measured on a 64 MiB dense log from a pipe (docs/benchmarks.md, fourth round): holding
    // 16 MiB with 8 MiB in flight peaked at 129-147 MiB, 4 MiB with 2 MiB at 124-128 MiB.
    this.holdBytes = options.holdBytes ?? STREAM_HOLD_BYTES
    this.highWater = options.highWater ?? 2 * MiB
    this.lowWater = options.lowWater ?? MiB / 2
    this.batchBytes = options.batchBytes ?? MiB / 4
    this.maxFindings = options.maxFindings ?? 500
    this.collectEvery = options.collectEvery ?? 8 * MiB
    this.collect = options.collect ?? collectGarbage
    this.batch = Buffer.allocUnsafeSlow(this.batchBytes)
    // Without a worker bundle there is nothing to hold bytes for.
    if (!script) this.held = null
  }

  /** A new input; `file` is the path as given (null for stdin or a wrapped command). */
  source(file: string | null): PacedSource {
    if (!this.script) return withoutPacing(this.scan.source(file))
    const id = this.files.length
    this.files.push(file)
    this.post({ kind: 'open', id, file })
    return {
      write: (chunk) => this.write(id, chunk),
      end: () => this.end(id),
      ready: () => this.ready()
    }
  }

  /** Resolves when `scan` holds what every source held; call after all have ended. */
  async finished(): Promise<void> {
    if (this.done) return
    this.done = true
    this.seal()
    if (this.held) return this.replay()
    if (!this.workerReady) return
    this.post({ kind: 'finish' })
    const reply = await this.result!
    if (!reply.ok) throw new Error(`the scan worker failed: ${reply.error}`)
    this.scan.merge(reply.result)
  }

  private write(id: number, chunk: Uint8Array | string): void {
    if (this.failure) throw new Error(`the scan worker failed: ${this.failure}`)
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    if (id !== this.batchId) this.seal()
    this.batchId = id
    let at = 0
    while (at < bytes.length) {
      const n = Math.min(bytes.length - at, this.batch.length - this.batchLength)
      this.batch.set(bytes.subarray(at, at + n), this.batchLength)
      this.batchLength += n
      at += n
      if (this.batchLength === this.batch.length) this.seal()
    }
  }

  private end(id: number): void {
    if (this.ended.has(id)) return
    this.ended.add(id)
    if (id === this.batchId) this.seal()
    if (this.held) this.held.push({ id, end: true })
    else this.post({ kind: 'end', id })
  }

  private ready(): Promise<void> | null {
    if (this.failure || this.inFlight <= this.highWater) return null
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  /** Moves the batch being filled to the held list or to the worker. */
  private seal(): void {
    if (this.batchLength === 0) return
    let bytes: Uint8Array
    if (this.batchLength === this.batch.length) {
      bytes = this.batch
      this.batch = Buffer.allocUnsafeSlow(this.batchBytes)
    } else {
      // A part-filled batch: copy it out (its own small buffer) and keep filling this one.
      bytes = new Uint8Array(this.batch.subarray(0, this.batchLength))
    }
    this.batchLength = 0
    const id = this.batchId
    if (this.held) {
      this.held.push({ id, bytes })
      this.heldBytes += bytes.length
      if (this.heldBytes >= this.holdBytes) this.startWorker()
    } else {
      this.send(id, bytes)
    }
  }

  /** The streams ended while few: scan the held bytes here, as if they had been fed directly. */
  private replay(): void {
    const held = this.held!
    this.held = null
    const sources = this.files.map((file) => this.scan.source(file))
    for (const item of held) {
      if ('end' in item) sources[item.id]!.end()
      else sources[item.id]!.write(item.bytes)
    }
    // A source never ended by its feeder still has its last line flushed.
    this.files.forEach((_, id) => {
      if (!this.ended.has(id)) sources[id]!.end()
    })
  }

  private startWorker(): void {
    const held = this.held!
    this.held = null
    this.workerReady = this.spawn()
    for (const [id, file] of this.files.entries()) this.post({ kind: 'open', id, file })
    for (const item of held) {
      if ('end' in item) this.post({ kind: 'end', id: item.id })
      else this.send(item.id, item.bytes)
    }
    this.heldBytes = 0
  }

  private send(id: number, bytes: Uint8Array): void {
    // Read before posting: the transfer detaches the buffer (its length becomes 0).
    const length = bytes.length
    this.inFlight += length
    this.post({ kind: 'write', id, bytes }, [bytes.buffer as ArrayBuffer])
    this.sinceCollect += length
    if (this.sinceCollect >= this.collectEvery) {
      this.sinceCollect = 0
      this.collect()
    }
  }

  /**
   * For a feeder that gives up (a read error): stops the worker, if one started, so that it does
   * not keep the process alive. `finished()` must not be called after.
   */
  abandon(): void {
    this.done = true
    this.abandoned = true
    void this.worker?.terminate()
  }

  private async spawn(): Promise<void> {
    // Loaded for long streams only: a small log's start-up does not pay for it.
    const { Worker } = await import('node:worker_threads')
    if (this.abandoned) return
    const worker = new Worker(this.script!, { resourceLimits: WORKER_LIMITS })
    this.worker = worker
    this.result = new Promise<WorkerReply>((resolve) => {
      const fail = (error: string) => {
        this.fail(error)
        resolve({ ok: false, error })
      }
      worker.on('message', (reply: StreamReply) => {
        if ('kind' in reply) {
          this.inFlight -= reply.bytes
          if (this.inFlight <= this.lowWater) this.wake()
          return
        }
        if (!reply.ok) fail(reply.error)
        else resolve(reply)
        void worker.terminate()
      })
      worker.once('error', (e) => fail(e.message))
      worker.once('exit', (code) => fail(`worker exited with ${code}`))
    })
    worker.postMessage({ files: [], maxFindings: this.maxFindings, stream: true })
    for (const { message, transfer } of this.pending) worker.postMessage(message, transfer)
    this.pending = []
  }

  private post(message: StreamMessage, transfer: ArrayBuffer[] = []): void {
    if (this.held) return
    if (this.worker && this.pending.length === 0) this.worker.postMessage(message, transfer)
    else this.pending.push({ message, transfer })
  }

  private fail(error: string): void {
    this.failure ??= error
    this.wake()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) resolve()
  }
}

function withoutPacing(source: LogSource): PacedSource {
  return { write: (c) => source.write(c), end: () => source.end(), ready: () => null }
}
