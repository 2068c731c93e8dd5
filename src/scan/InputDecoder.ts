// What the bytes of a log are, decided once from its first bytes: UTF-8 (passed through), UTF-16
// (what Windows PowerShell's `>` writes: transcoded), or compressed (refused: scanned as text, a
// gzip file would read as a clean log). Pure: the adapters decompress before they get here.

/** The most bytes looked at before deciding; fewer only when the input is shorter. */
const SNIFF_BYTES = 64

export type InputEncoding = 'utf8' | 'utf-16le' | 'utf-16be'

/** Input that cannot be read as text here; the message says what to do. */
export class UnreadableInputError extends Error {}

/** Magic numbers of compressed or archive formats, and what to tell the user. */
const COMPRESSED: ReadonlyArray<{ magic: number[]; what: string }> = [
  { magic: [0x1f, 0x8b], what: 'gzip-compressed (decompress it first, e.g. with gunzip)' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (extract the log files first)' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed (decompress it first)' },
  { magic: [0x42, 0x5a, 0x68], what: 'bzip2-compressed (decompress it first)' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed (decompress it first)' }
]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)
}

/**
 * UTF-16 without a BOM: ASCII text has a NUL in every other byte. Most even (LE) or odd (BE)
 * bytes NUL and almost none of the others is that; a binary file or a stray NUL is not.
 */
function nulInterleaved(bytes: Uint8Array): InputEncoding | null {
  const pairs = Math.floor(bytes.length / 2)
  if (pairs < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  if (oddNul >= pairs * 0.75 && evenNul <= pairs * 0.05) return 'utf-16le'
  if (evenNul >= pairs * 0.75 && oddNul <= pairs * 0.05) return 'utf-16be'
  return null
}

/** The encoding of a log from its first bytes; throws for compressed input. */
export function sniffEncoding(head: Uint8Array): InputEncoding {
  for (const { magic, what } of COMPRESSED) {
    if (startsWith(head, magic)) throw new UnreadableInputError(`the input is ${what}`)
  }
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be'
  return nulInterleaved(head) ?? 'utf8'
}

/**
 * Sits in front of a byte sink: holds the first bytes until it knows the encoding, then passes
 * UTF-8 through untouched and hands UTF-16 on as strings. The decision depends on the first
 * `SNIFF_BYTES` bytes only, never on how they were chunked.
 */
export class InputDecoder {
  private head: Buffer[] = []
  private headBytes = 0
  private decoder: InstanceType<typeof TextDecoder> | null = null
  private decided = false

  constructor(private readonly sink: (chunk: Uint8Array | string) => void) {}

  write(chunk: Uint8Array | string): void {
    if (typeof chunk === 'string') {
      // Already text: nothing to detect.
      if (!this.decided) this.decide(true)
      this.sink(chunk)
      return
    }
    if (this.decided) return this.pass(chunk)
    // Copied: the caller may reuse its buffer once write returns.
    this.head.push(Buffer.from(chunk))
    this.headBytes += chunk.length
    if (this.headBytes >= SNIFF_BYTES) this.decide(false)
  }

  end(): void {
    if (!this.decided) this.decide(false)
    const rest = this.decoder?.decode()
    if (rest) this.sink(rest)
  }

  private decide(text: boolean): void {
    this.decided = true
    const head = Buffer.concat(this.head)
    this.head = []
    const encoding = text ? 'utf8' : sniffEncoding(head)
    if (encoding !== 'utf8') this.decoder = new TextDecoder(encoding)
    if (head.length > 0) this.pass(head)
  }

  private pass(chunk: Uint8Array): void {
    if (!this.decoder) return this.sink(chunk)
    const text = this.decoder.decode(chunk, { stream: true })
    if (text) this.sink(text)
  }
}
