// Reads `::add-mask::VALUE` workflow commands out of a byte stream, so values a step masks are
// masked in what whydenied writes too: we read the command's output before the runner does.
import { StringDecoder } from 'node:string_decoder'
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

/** A LogSource that feeds add-mask lines of the bytes it sees to `mask`. */
export function addMaskWatcher(mask: SecretMask): LogSource {
  const decoder = new StringDecoder('utf8')
  let partial = ''
  let skipping = false
  const take = (text: string) => {
    let all = partial + text
    if (skipping) {
      const nl = all.indexOf('\n')
      partial = ''
      if (nl < 0) return
      all = all.slice(nl + 1)
      skipping = false
    }
    const nl = all.lastIndexOf('\n')
    // Most output holds no command: one substring search per chunk, no line splitting.
    if (nl >= 0 && all.includes('add-mask')) {
      for (const line of all.slice(0, nl).split('\n')) {
        if (line.includes('add-mask')) readAddMask(line, mask)
      }
    }
    partial = all.slice(nl + 1)
    if (partial.length > MAX_LINE) {
      partial = ''
      skipping = true
    }
  }
  return {
    write: (chunk) =>
      take(
        typeof chunk === 'string'
          ? chunk
          : decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      ),
    end: () => {
      take(decoder.end() + '\n')
    }
  }
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

/** `source` with an add-mask watcher beside it: same bytes to both. */
export function watchAddMask(source: LogSource, mask: SecretMask): LogSource {
  const watcher = addMaskWatcher(mask)
  return {
    write: (chunk) => {
      watcher.write(chunk)
      source.write(chunk)
    },
    end: () => {
      watcher.end()
      source.end()
    }
  }
}
