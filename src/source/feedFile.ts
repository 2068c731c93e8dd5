// Reads a file into one buffer, over and over: a stream would allocate a fresh buffer per chunk,
// and on a log of hundreds of megabytes those dead chunks are most of the process's memory.
// The scanner copies what it keeps before a write returns, so the buffer can be reused.
import fs from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { gunzip, isGzip } from './gunzip.js'

const CHUNK = 1 << 20

export async function feedFile(
  path: string,
  /** May return a promise: the next chunk is read once it settles (a consumer that is behind). */
  write: (chunk: Uint8Array) => void | Promise<void>,
  chunkSize = CHUNK
): Promise<void> {
  const handle = await fs.open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(chunkSize)
    let first = true
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null)
      if (bytesRead === 0) return
      if (first && isGzip(buf.subarray(0, bytesRead))) {
        for await (const out of gunzip(rest(handle, buf.subarray(0, bytesRead), chunkSize))) {
          await write(out)
        }
        return
      }
      first = false
      await write(buf.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
}

/** The first chunk already read, then the rest of the file, each chunk its own buffer. */
async function* rest(handle: FileHandle, first: Uint8Array, chunkSize: number) {
  yield Buffer.from(first)
  for (;;) {
    const buf = Buffer.allocUnsafe(chunkSize)
    const { bytesRead } = await handle.read(buf, 0, buf.length, null)
    if (bytesRead === 0) return
    yield buf.subarray(0, bytesRead)
  }
}
