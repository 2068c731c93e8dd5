import { EventEmitter } from 'node:events'
import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import v8 from 'node:v8'
import vm from 'node:vm'
import { runCommand, type Writer } from '../../src/source/runCommand.js'
import type { LogSource } from '../../src/engine/Analysis.js'

/** Collects bytes and remembers which stream each chunk came from, in arrival order. */
function collector(): Writer & { bytes: () => Buffer } {
  const chunks: Buffer[] = []
  return {
    write: (chunk) => {
      chunks.push(Buffer.from(chunk))
      return true
    },
    bytes: () => Buffer.concat(chunks)
  }
}

function recordingSink(): LogSource & { bytes: () => Buffer; ended: () => boolean } {
  const chunks: Buffer[] = []
  let ended = false
  return {
    write: (chunk) => {
      chunks.push(Buffer.from(chunk))
    },
    end: () => {
      ended = true
    },
    bytes: () => Buffer.concat(chunks),
    ended: () => ended
  }
}

const sh = (script: string) => ['sh', '-c', script]

/** Live memory after a full collection: what the code still holds, not garbage awaiting GC. */
function retainedBytes(): number {
  v8.setFlagsFromString('--expose-gc')
  const gc = vm.runInNewContext('gc') as () => void
  gc()
  const now = process.memoryUsage()
  return now.heapUsed + now.arrayBuffers
}

describe('runCommand', () => {
  it('keeps the exit code of the command', async () => {
    const result = await runCommand({
      argv: sh('exit 3'),
      stdout: collector(),
      stderr: collector()
    })
    expect(result).toMatchObject({ exitCode: 3, signal: null })
  })

  it('passes stdout and stderr through byte-exact, in order, and feeds the sinks the same bytes', async () => {
    // Invalid UTF-8, a CR, a NUL and a workflow command must all survive untouched.
    const script = [
      `printf '::add-mask::s3cr3t\\n'`,
      `printf 'err one\\n' >&2`,
      `printf 'bin \\377\\376\\000 end\\r\\n'`,
      `printf 'err two, no newline' >&2`,
      `printf 'last'`
    ].join('; ')
    const out = collector()
    const err = collector()
    const sinks = { stdout: recordingSink(), stderr: recordingSink() }
    const result = await runCommand({ argv: sh(script), stdout: out, stderr: err, sinks })
    expect(result.exitCode).toBe(0)
    const expectedOut = Buffer.concat([
      Buffer.from('::add-mask::s3cr3t\nbin '),
      Buffer.from([0xff, 0xfe, 0x00]),
      Buffer.from(' end\r\nlast')
    ])
    expect(out.bytes().equals(expectedOut)).toBe(true)
    expect(err.bytes().toString()).toBe('err one\nerr two, no newline')
    expect(sinks.stdout.bytes().equals(expectedOut)).toBe(true)
    expect(sinks.stderr.bytes().toString()).toBe('err one\nerr two, no newline')
    expect(sinks.stdout.ended() && sinks.stderr.ended()).toBe(true)
  })

  it('reports 128+N when a signal ends the command', async () => {
    const result = await runCommand({
      argv: sh('kill -TERM $$; sleep 5'),
      stdout: collector(),
      stderr: collector()
    })
    expect(result).toMatchObject({ exitCode: 143, signal: 'SIGTERM' })
  })

  it('forwards SIGTERM to the whole process group and waits for the command to finish', async () => {
    const signals = new EventEmitter()
    const out = collector()
    let seen = ''
    const stdout: Writer = {
      write: (chunk) => {
        seen += Buffer.from(chunk).toString()
        if (seen.includes('parent ready') && seen.includes('child ready')) {
          seen = ''
          signals.emit('SIGTERM')
        }
        return out.write(chunk)
      }
    }
    const script = [
      `( trap 'echo child got TERM; exit 0' TERM; echo child ready; while :; do sleep 0.05; done ) &`,
      `trap 'echo parent got TERM; wait; exit 7' TERM`,
      `echo parent ready`,
      `while :; do sleep 0.05; done`
    ].join('\n')
    const result = await runCommand({
      argv: ['sh', '-c', script],
      stdout,
      stderr: collector(),
      signalSource: signals
    })
    const text = out.bytes().toString()
    expect(text).toContain('parent got TERM')
    expect(text).toContain('child got TERM')
    expect(result.exitCode).toBe(7)
    expect(result.forwarded).toEqual(['SIGTERM'])
    expect(signals.listenerCount('SIGTERM')).toBe(0)
  })

  it('never lets an engine failure change the result or the output', async () => {
    const warnings: string[] = []
    const broken: LogSource = {
      write: () => {
        throw new Error('scanner exploded')
      },
      end: () => {
        throw new Error('and again')
      }
    }
    const out = collector()
    const result = await runCommand({
      argv: sh('echo one; echo two; exit 5'),
      stdout: out,
      stderr: collector(),
      sinks: { stdout: broken, stderr: broken },
      onWarning: (message) => warnings.push(message)
    })
    expect(result.exitCode).toBe(5)
    expect(out.bytes().toString()).toBe('one\ntwo\n')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('scanner exploded')
  })

  it('reports a command that cannot start as 127 with a clear message', async () => {
    const result = await runCommand({
      argv: ['/nonexistent/whydenied-no-such-command'],
      stdout: collector(),
      stderr: collector()
    })
    expect(result.exitCode).toBe(127)
    expect(result.startError).toContain('ENOENT')
  })

  it('stops waiting for output held open by a background child after the command exits', async () => {
    const result = await runCommand({
      argv: sh('sleep 30 & echo started; exit 2'),
      stdout: collector(),
      stderr: collector(),
      drainTimeoutMs: 100
    })
    expect(result.exitCode).toBe(2)
  })

  it('caps the wait after exit even while a background child keeps writing', async () => {
    const out = collector()
    const result = await runCommand({
      argv: sh('(while :; do echo tick; sleep 0.02; done) & echo started; exit 5'),
      stdout: out,
      stderr: collector(),
      drainTimeoutMs: 300
    })
    // Each tick used to restart the wait, so this never returned (jest's timeout failed it).
    expect(result.exitCode).toBe(5)
    expect(out.bytes().toString()).toMatch(/started\n/)
  })

  it('keeps reading through a quiet spell longer than the drain timeout while the command runs', async () => {
    // The drain timeout starts only once the command has exited: a build that prints nothing for
    // a while must still get its last line through and keep its own exit code (not 141, SIGPIPE).
    const stdout = collector()
    const sink = recordingSink()
    const result = await runCommand({
      argv: sh('echo first; sleep 0.6; echo last; exit 3'),
      stdout,
      stderr: collector(),
      sinks: { stdout: sink },
      drainTimeoutMs: 150
    })
    expect(result).toMatchObject({ exitCode: 3, signal: null })
    expect(stdout.bytes().toString()).toBe('first\nlast\n')
    expect(sink.bytes().toString()).toBe('first\nlast\n')
  })

  // Under load (a shared CI machine) this takes several times its ~4 s: the deadlines are generous
  // so the test can only fail on what it checks, never on the machine's speed.
  it('streams 50 MB through a slow reader without holding it in memory', async () => {
    const size = 50_000_000
    const line = 'denied? no, just a line of output\n'
    // `yes` repeats the line: hash whole blocks of lines, then the cut tail.
    const block = Buffer.from(line.repeat(2048))
    const expected = createHash('sha256')
    let sent = 0
    for (; sent + block.length <= size; sent += block.length) expected.update(block)
    expected.update(block.subarray(0, size - sent))
    const hash = createHash('sha256')
    let passed = 0
    let fed = 0
    const baseline = retainedBytes()
    let peak = 0
    let calls = 0
    // A real Writable with a small buffer that completes asynchronously: exercises backpressure.
    const stdout = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        hash.update(chunk)
        passed += chunk.length
        if (++calls % 128 === 0) peak = Math.max(peak, retainedBytes())
        setImmediate(callback)
      }
    })
    const sink: LogSource = {
      write: (chunk) => {
        fed += chunk.length
      },
      end: () => undefined
    }
    const result = await runCommand({
      argv: sh(`yes '${line.trimEnd()}' | head -c ${size}`),
      stdout,
      stderr: collector(),
      sinks: { stdout: sink },
      // The slow reader may still hold the tail when the command exits: wait for all of it.
      drainTimeoutMs: 600_000
    })
    await new Promise<void>((resolve) => stdout.end(resolve))
    expect(result.exitCode).toBe(0)
    expect(passed).toBe(size)
    expect(fed).toBe(size)
    expect(hash.digest('hex')).toBe(expected.digest('hex'))
    // Holding the output would need 50 MB; streaming holds a few pipe buffers at a time.
    expect(calls).toBeGreaterThan(128)
    expect(peak - baseline).toBeLessThan(16_000_000)
  }, 600_000)
})

describe('runCommand with an engine that falls behind (a paced sink, as the scan worker is)', () => {
  /** A sink that takes `rate` bytes per tick off its backlog and asks to wait above `limit`. */
  function slowSink(limit: number, rate: number) {
    const chunks: Buffer[] = []
    let backlog = 0
    let peak = 0
    let waits = 0
    let waiting: (() => void) | null = null
    const timer = setInterval(() => {
      backlog = Math.max(0, backlog - rate)
      if (waiting && backlog <= limit) {
        waiting()
        waiting = null
      }
    }, 1)
    return {
      write: (chunk: Uint8Array | string) => {
        chunks.push(Buffer.from(chunk))
        backlog += chunk.length
        peak = Math.max(peak, backlog)
      },
      end: () => clearInterval(timer),
      ready: () => {
        if (backlog <= limit) return null
        waits++
        return new Promise<void>((resolve) => (waiting = resolve))
      },
      bytes: () => Buffer.concat(chunks),
      stats: () => ({ peak, waits })
    }
  }

  it('reads no faster than the sink takes it, and loses neither output nor exit code', async () => {
    const stdout = collector()
    const sink = slowSink(256 * 1024, 64 * 1024)
    const result = await runCommand({
      argv: sh(`yes 'upload failed: AccessDenied' | head -c 3000000; exit 5`),
      stdout,
      stderr: collector(),
      sinks: { stdout: sink }
    })
    expect(result.exitCode).toBe(5)
    expect(stdout.bytes().length).toBe(3_000_000)
    expect(sink.bytes().equals(stdout.bytes())).toBe(true)
    expect(sink.stats().waits).toBeGreaterThan(0)
    // Paused at the limit: the backlog stayed near it (what the stream had already read when it
    // paused comes on top), far below the 3 MB that went through.
    expect(sink.stats().peak).toBeLessThanOrEqual(512 * 1024)
  }, 120_000)

  it('stops waiting for the sink once the command has exited, so the tail is read in time', async () => {
    const stdout = collector()
    const never = {
      write: () => undefined,
      end: () => undefined,
      // Behind for ever: only the command's exit may release the output.
      ready: () => new Promise<void>(() => undefined)
    }
    const result = await runCommand({
      argv: sh(`printf 'one\\n'; sleep 0.3; printf 'two\\n'; exit 4`),
      stdout,
      stderr: collector(),
      sinks: { stdout: never },
      drainTimeoutMs: 10_000
    })
    expect(result.exitCode).toBe(4)
    expect(stdout.bytes().toString()).toBe('one\ntwo\n')
  }, 60_000)
})

test('an empty argv starts nothing and says so, as a shell would (127)', async () => {
  const result = await runCommand({ argv: [], stdout: collector(), stderr: collector() })
  expect(result).toMatchObject({ exitCode: 127, startError: 'no command given', forwarded: [] })
})
