// Gzip-compressed logs (`.log.gz`, `gzip -c` into a pipe), read as the text they hold: found by
// their magic number, not their name, and decompressed as they stream in.
import { once } from 'node:events'

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b
}

/** Decompresses a gzip stream chunk by chunk (several concatenated members too). */
export async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  // zlib loads only for a gzip input: most logs are text, and start-up pays for what it loads.
  const { createGunzip } = await import('node:zlib')
  const z = createGunzip()
  const feed = (async () => {
    try {
      for await (const chunk of chunks) {
        // Copied: zlib queues the chunk, and the caller may reuse its buffer meanwhile.
        if (!z.write(Buffer.from(chunk))) await once(z, 'drain')
      }
      z.end()
    } catch (error) {
      z.destroy(error as Error)
    }
  })()
  try {
    for await (const out of z) yield out as Buffer
  } catch (error) {
    throw new Error(`not a readable gzip file (${(error as Error).message})`, { cause: error })
  }
  await feed
}

/** The chunks as given, or decompressed when they start with gzip's magic number. */
export async function* maybeGunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let bytes = 0
  while (bytes < 2) {
    const next = await it.next()
    if (next.done) break
    head.push(Buffer.from(next.value))
    bytes += next.value.length
  }
  const rest = (async function* () {
    yield* head
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value
  })()
  if (isGzip(Buffer.concat(head))) yield* gunzip(rest)
  else yield* rest
}
