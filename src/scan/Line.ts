import { normalizeLine } from './normalizeLine.js'

/** One line of a log, or one segment of a line too long to hold whole. */
export class Line {
  private normalized: string | null = null

  constructor(
    /** Increasing across all lines and segments of a source: orders positions. */
    readonly seq: number,
    /** 1-based physical line number. */
    readonly no: number,
    readonly raw: Uint8Array,
    /** True for the second and later segments of one long line. */
    readonly cont: boolean,
    /** Holds a trigger fragment: worth parsing. */
    readonly hit: boolean
  ) {}

  /** Processed (parsed as the record's centre) already. */
  done = false

  get text(): string {
    this.normalized ??= normalizeLine(
      Buffer.from(this.raw.buffer, this.raw.byteOffset, this.raw.byteLength).toString('utf8')
    )
    return this.normalized
  }
}
