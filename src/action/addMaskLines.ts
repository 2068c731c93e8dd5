// Reads `::add-mask::VALUE` workflow commands out of a byte stream, so values a step masks are
// masked in what whydenied writes too: we read the command's output before the runner does.
import type { LogSource } from '../engine/Analysis.js'
import { feedFile } from '../source/feedFile.js'
import type { SecretMask } from './secretMask.js'

/** A longer line is no command we must honour, and must not grow memory without bound. */
const MAX_LINE = 64 * 1024

/*
 * The runner trims the line, then reads `::add-mask::data` (or the older `##[add-mask]data`); an
 * optional runner timestamp covers job logs saved elsewhere. Data is %-escaped (%25 %0D %0A).
 */
const COMMAND =
  /^\s*(?:\d{4}-\d\d-\d\dT[\d:.]+Z\s+)?(?:::add-mask(?:\s[^:]*)?::|##\[add-mask[^\]]*\])(.*)$/

function unescapeData(data: string): string {
  return data.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')
}

/** Adds the value of a line that is an add-mask command; returns whether it was one. */
export function readAddMask(line: string, mask: SecretMask): boolean {
  const m = COMMAND.exec(line.replace(/\r$/, ''))
  if (!m) return false
  mask.add(unescapeData(m[1]!))
  return true
}

const NEEDLE = Buffer.from('add-mask')
const EMPTY = Buffer.alloc(0)

/**
 * A LogSource that feeds add-mask lines of the bytes it sees to `mask`. It works on bytes: most
 * output holds no command, and costs one byte search per chunk, never a decode into strings.
 */
export function addMaskWatcher(mask: SecretMask): LogSource {
  // The current line's bytes so far (a copy: writers may reuse their buffers).
  let partial: Buffer = EMPTY
  let skipping = false
  const lines = (bytes: Buffer) => {
    for (const line of bytes.toString('utf8').split('\n')) {
      if (line.includes('add-mask')) readAddMask(line, mask)
    }
  }
  const take = (buf: Buffer) => {
    const nl = buf.lastIndexOf(0x0a)
    if (nl >= 0) {
      const head = buf.subarray(0, nl)
      if (skipping) {
        // The overlong line ends at the first newline; only what follows it counts.
        const first = head.indexOf(0x0a)
        if (first >= 0 && head.includes(NEEDLE, first)) lines(head.subarray(first + 1))
        skipping = false
      } else if (head.includes(NEEDLE) || (partial.length > 0 && joinedHas(partial, head))) {
        lines(Buffer.concat([partial, head]))
      }
      partial = Buffer.from(buf.subarray(nl + 1))
    } else if (!skipping) {
      partial = Buffer.concat([partial, buf])
    }
    if (partial.length > MAX_LINE) {
      partial = EMPTY
      skipping = true
    }
  }
  return {
    write: (chunk) =>
      take(
        typeof chunk === 'string'
          ? Buffer.from(chunk)
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      ),
    end: () => {
      take(Buffer.from('\n'))
      partial = EMPTY
    }
  }
}

/** Whether `partial` + `head` holds the needle (also across their seam). */
function joinedHas(partial: Buffer, head: Buffer): boolean {
  if (partial.includes(NEEDLE)) return true
  const seam = Buffer.concat([
    partial.subarray(-(NEEDLE.length - 1)),
    head.subarray(0, NEEDLE.length - 1)
  ])
  return seam.includes(NEEDLE)
}

/** Reads the add-mask lines of saved log files (the `files` input) into `mask`. */
export async function readAddMasksFrom(paths: string[], mask: SecretMask): Promise<void> {
  for (const file of paths) {
    const watcher = addMaskWatcher(mask)
    try {
      await feedFile(file, (chunk) => watcher.write(chunk))
    } catch {
      // The scan itself reports an unreadable file.
    }
    watcher.end()
  }
}

/**
 * `source` with an add-mask watcher beside it: same bytes to both. A source that can fall behind
 * (the scan worker's, src/source/workerStream.ts) keeps saying so through the wrapper.
 */
export function watchAddMask(
  source: LogSource & { ready?(): Promise<void> | null },
  mask: SecretMask
): LogSource & { ready?(): Promise<void> | null } {
  const watcher = addMaskWatcher(mask)
  return {
    write: (chunk) => {
      watcher.write(chunk)
      source.write(chunk)
    },
    end: () => {
      watcher.end()
      source.end()
    },
    ...(source.ready ? { ready: () => source.ready!() } : {})
  }
}
