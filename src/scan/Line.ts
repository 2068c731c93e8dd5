import { lineShape } from './lineShape.js'
import type { LineShape } from './lineShape.js'
import { normalizeLine } from './normalizeLine.js'
import { mayNameS3Compatible } from '../parse/s3Compatible.js'

/** One line of a log, or one segment of a line too long to hold whole. */
export class Line {
  private normalized: string | null = null
  private shaped: LineShape | null = null
  private s3Named: boolean | null = null

  constructor(
    /** Increasing across all lines and segments of a source: orders positions. */
    readonly seq: number,
    /** 1-based physical line number. */
    readonly no: number,
    /** The bytes; a view into the caller's chunk until `own()`. */
    private bytes: Uint8Array,
    /** True for the second and later segments of one long line. */
    readonly cont: boolean,
    /** Holds a trigger fragment: worth parsing. */
    readonly hit: boolean
  ) {}

  /** Processed (parsed as the record's centre) already. */
  done = false
  private owned = false

  get raw(): Uint8Array {
    return this.bytes
  }

  get text(): string {
    this.normalized ??= normalizeLine(decode(this.bytes))
    return this.normalized
  }

  /** The text with its varying parts taken out (see `lineShape`). */
  get shape(): LineShape {
    this.shaped ??= lineShape(this.text)
    return this.shaped
  }

  /**
   * Whether the line may name an S3-compatible store (with its line break: a name may end where
   * the line does). Asked once per line: every record that holds the line as context would
   * otherwise read it again (a dense log's records overlap).
   */
  get mayNameS3Compatible(): boolean {
    this.s3Named ??= mayNameS3Compatible(`${this.text}\n`)
    return this.s3Named
  }

  /**
   * Copies the bytes out of the caller's chunk: the caller may reuse its buffer once a write
   * returns, and a line kept as context must not keep a whole chunk alive either.
   */
  own(): void {
    if (this.owned) return
    this.bytes = Buffer.from(this.bytes)
    this.owned = true
  }
}

function decode(raw: Uint8Array): string {
  // The scanner hands out Buffers; wrapping a plain array in one costs as much as decoding it.
  const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength)
  return buf.toString('utf8')
}
