// Reads a file into one buffer, over and over: a stream would allocate a fresh buffer per chunk,
// and on a log of hundreds of megabytes those dead chunks are most of the process's memory.
// The scanner copies what it keeps before a write returns, so the buffer can be reused.
import fs from 'node:fs/promises'

const CHUNK = 1 << 20

export async function feedFile(
  path: string,
  write: (chunk: Uint8Array) => void,
  chunkSize = CHUNK
): Promise<void> {
  const handle = await fs.open(path, 'r')
  try {
    const buf = Buffer.allocUnsafe(chunkSize)
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, null)
      if (bytesRead === 0) return
      write(buf.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
}
