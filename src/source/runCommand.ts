// Runs a command in its own process group, passing its output through unchanged while the same
// bytes feed the engine. Nothing here may change the command's result: engine failures become one
// warning, and the exit code is the command's (128+N when a signal ended it).
import { spawn } from 'node:child_process'
import os from 'node:os'
import type { Readable } from 'node:stream'
import type { LogSource } from '../engine/Analysis.js'
import { errorMessage } from '../common/errorMessage.js'

/** Where passed-through bytes go (process.stdout, or a test's collector). */
export interface Writer {
  write(chunk: Uint8Array): boolean
  once?(event: 'drain', listener: () => void): unknown
}

/** Something that emits signals (process, or a test's EventEmitter). */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown
  removeListener(signal: NodeJS.Signals, listener: () => void): unknown
}

/** A source of the engine; one that can fall behind says so with `ready()` (workerStream.ts). */
export interface Sink extends LogSource {
  /** Null when it can take more now; else resolves when it can. */
  ready?(): Promise<void> | null
}

export interface RunCommandOptions {
  argv: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
  stdout: Writer
  stderr: Writer
  /** One source per stream, so a partial stdout line never merges with a stderr line. */
  sinks?: { stdout?: Sink; stderr?: Sink }
  /** Piped to the command's stdin; default: no stdin (like a runner step). */
  stdin?: Readable
  /** Signals forwarded to the command's process group. Default SIGINT and SIGTERM. */
  forwardSignals?: NodeJS.Signals[]
  signalSource?: SignalSource
  /** Called once if feeding the engine fails; the command carries on regardless. */
  onWarning?: (message: string) => void
  /**
   * After the command exits, how long to wait in all for output still held by its background
   * children (they inherit the pipes) before giving up on it. Not reset by new output: a child
   * that keeps writing would otherwise hold the step forever. The runner waits 5 s too.
   */
  drainTimeoutMs?: number
  /** Pass the arguments to the process as written (cmd on Windows parses its own line). */
  verbatim?: boolean
}

export interface CommandResult {
  exitCode: number
  signal: NodeJS.Signals | null
  /** Set when the command could not be started (exitCode 127 then, like a shell). */
  startError?: string
  /** Signals we received and forwarded, in order. */
  forwarded: NodeJS.Signals[]
}

const GROUPS = process.platform !== 'win32'

/** actions/runner ProcessInvoker: 5 s after the process exits, it stops waiting for its streams. */
export const DRAIN_AFTER_EXIT_MS = 5000

function exitCodeFor(code: number | null, signal: NodeJS.Signals | null): number {
  if (signal) return 128 + (os.constants.signals[signal] ?? 0)
  return code ?? 1
}

/** A LogSource that swallows its own failures: whydenied must never break the wrapped command. */
function guardedSink(sink: Sink | undefined, warn: (error: unknown) => void): Sink | undefined {
  if (!sink) return undefined
  let broken = false
  const guard = (action: () => void) => {
    if (broken) return
    try {
      action()
    } catch (error) {
      broken = true
      warn(error)
    }
  }
  return {
    write: (chunk) => guard(() => sink.write(chunk)),
    end: () => guard(() => sink.end()),
    ready: () => {
      if (broken || !sink.ready) return null
      try {
        return sink.ready()
      } catch (error) {
        broken = true
        warn(error)
        return null
      }
    }
  }
}

export function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const [command, ...args] = options.argv
  if (command === undefined) {
    // As a shell answers an empty command name: nothing was started.
    return Promise.resolve({
      exitCode: 127,
      signal: null,
      startError: 'no command given',
      forwarded: []
    })
  }
  const signals = options.forwardSignals ?? ['SIGINT', 'SIGTERM']
  const signalSource = options.signalSource ?? process
  const drainTimeoutMs = options.drainTimeoutMs ?? DRAIN_AFTER_EXIT_MS
  let warned = false
  const warnOnce = (error: unknown) => {
    if (warned) return
    warned = true
    const detail = errorMessage(error)
    options.onWarning?.(`whydenied stopped analysing the output after an internal error: ${detail}`)
  }
  const sinks = {
    stdout: guardedSink(options.sinks?.stdout, warnOnce),
    stderr: guardedSink(options.sinks?.stderr, warnOnce)
  }

  return new Promise((resolve) => {
    const forwarded: NodeJS.Signals[] = []
    let settled = false
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      // Own process group: forwarding a signal reaches the whole tree, as the runner's would.
      // (On Windows `detached` opens a new console and groups cannot be signalled.)
      detached: GROUPS,
      windowsVerbatimArguments: options.verbatim === true,
      stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe']
    })

    const handlers = signals.map((signal) => {
      const handler = () => {
        forwarded.push(signal)
        if (child.pid === undefined) return
        try {
          process.kill(GROUPS ? -child.pid : child.pid, signal)
        } catch {
          // Group already gone: nothing left to stop.
        }
      }
      signalSource.on(signal, handler)
      return { signal, handler }
    })

    let drainTimer: NodeJS.Timeout | undefined
    let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null
    // Once the command has exited, an engine that is behind no longer holds its output back: what
    // is left in the pipes must be read before the drain timer gives up on them.
    let onExit = () => {}
    const exitedSignal = new Promise<void>((resolve) => (onExit = resolve))
    const open = new Set<Readable>()

    const finish = (result: CommandResult) => {
      if (settled) return
      settled = true
      if (drainTimer) clearTimeout(drainTimer)
      for (const { signal, handler } of handlers) signalSource.removeListener(signal, handler)
      if (options.stdin && child.stdin) {
        // Stop reading our stdin (a terminal, say) so it no longer holds the process open.
        options.stdin.unpipe(child.stdin)
        options.stdin.pause()
      }
      sinks.stdout?.end()
      sinks.stderr?.end()
      resolve(result)
    }

    const finishIfDone = () => {
      if (!exited || open.size > 0) return
      finish({
        exitCode: exitCodeFor(exited.code, exited.signal),
        signal: exited.signal,
        forwarded
      })
    }

    // Armed once, when the command exits; later output does not extend it.
    const armDrainTimer = () => {
      if (!exited || drainTimer) return
      drainTimer = setTimeout(() => {
        // Background children still hold the pipes: stop waiting for them.
        for (const stream of open) stream.destroy()
        open.clear()
        finishIfDone()
      }, drainTimeoutMs)
    }

    const pass = (stream: Readable | null, writer: Writer, sink: Sink | undefined) => {
      if (!stream) return
      open.add(stream)
      // Reasons to wait (the writer's drain, the engine catching up): read on when none is left.
      let holds = 0
      const hold = (until: Promise<void>) => {
        if (holds++ === 0) stream.pause()
        void until.then(() => {
          if (--holds === 0) stream.resume()
        })
      }
      stream.on('data', (chunk: Buffer) => {
        // Same bytes, same order, to both: the runner sees exactly what the command printed.
        const flowing = writer.write(chunk)
        sink?.write(chunk)
        if (!flowing && writer.once) {
          hold(new Promise((resolve) => writer.once!('drain', () => resolve())))
        }
        const behind = exited ? null : sink?.ready?.()
        if (behind) hold(Promise.race([behind, exitedSignal]))
      })
      const done = () => {
        open.delete(stream)
        finishIfDone()
      }
      stream.on('end', done)
      stream.on('close', done)
      stream.on('error', done)
    }

    pass(child.stdout, options.stdout, sinks.stdout)
    pass(child.stderr, options.stderr, sinks.stderr)

    if (options.stdin && child.stdin) {
      // A command that never reads its stdin must not crash us with EPIPE.
      child.stdin.on('error', () => undefined)
      options.stdin.pipe(child.stdin)
    }

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return
      finish({
        exitCode: error.code === 'EACCES' ? 126 : 127,
        signal: null,
        startError: `cannot run ${JSON.stringify(command)}: ${error.code ?? error.message}`,
        forwarded
      })
    })
    child.on('exit', (code, signal) => {
      exited = { code, signal }
      onExit()
      armDrainTimer()
      finishIfDone()
    })
  })
}
