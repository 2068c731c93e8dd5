// The runner reads workflow commands (`::error ...::`) only at the start of a line. When the
// wrapped command's output ends without a newline, our first annotation would be glued to its
// last line and ignored, so we remember whether the passed-through output ended a line.
import type { Writer } from '../source/runCommand.js'

export interface LineEndWriter extends Writer {
  /** Writes a newline when the bytes passed through so far end mid-line. */
  endLine(): void
}

export function lineEndTracking(writer: Writer): LineEndWriter {
  let midLine = false
  return {
    write: (chunk) => {
      if (chunk.length > 0) midLine = chunk[chunk.length - 1] !== 0x0a
      return writer.write(chunk)
    },
    ...(writer.once ? { once: (event, listener) => writer.once!(event, listener) } : {}),
    endLine: () => {
      if (!midLine) return
      midLine = false
      writer.write(Buffer.from('\n'))
    }
  }
}
