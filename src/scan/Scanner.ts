// The streaming scanner: bytes in, located denials out, in bounded memory whatever the input.
//
// Most of a CI log is noise. Each block of complete lines is first searched, as one latin1
// string, for the trigger fragments; a block without any is only counted. Lines with a trigger
// are parsed together with a few lines either side (messages wrap, and codes are printed on
// the line before), once enough lines after them have arrived. A match is reported by the one
// window whose centre line holds its first trigger, so overlapping windows never report twice
// and the result does not depend on how the input was chunked.
import type { Denial } from '../model/Denial.js'
import type { RecordContext } from '../parse/Candidate.js'
import { parseRecord } from '../parse/parseRecord.js'
import { Line } from './Line.js'
import { buildRecord } from './buildRecord.js'
import { TRIGGER_SOURCE, CONTEXT_SOURCE, triggerPattern } from './triggers.js'

export interface ScannerOptions {
  /** Longest line held whole; longer lines are read in segments of this size. */
  maxLineBytes?: number
  /** Lines of context before and after a trigger line. */
  behind?: number
  ahead?: number
  /** Characters of each neighbouring line a record keeps. */
  neighbourChars?: number
}

export interface ScannerStats {
  bytes: number
  lines: number
  longLines: number
  binaryBytes: number
}

export type DenialSink = (denial: Denial, line: number) => void

const NL = 10
/** Longer than any trigger fragment. */
const SEGMENT_OVERLAP = 40
/** How long a registry mention stays relevant to a later `no basic auth credentials`. */
const CONTEXT_LINES = 200

export class Scanner {
  private readonly maxLine: number
  private readonly behind: number
  private readonly ahead: number
  private readonly neighbourChars: number
  private readonly prefilter = new RegExp(`(${TRIGGER_SOURCE})|(${CONTEXT_SOURCE})`, 'g')
  private readonly trigger = triggerPattern()

  private carry: Uint8Array | null = null
  /** The carried bytes continue a line already emitted in segments. */
  private carryCont = false
  private lineNo = 1
  private seq = 0
  private window: Line[] = []
  private pending = 0
  private watermark = { seq: -1, off: -1 }
  private ecr: { host: string; line: number } | null = null
  /** The end of the last line or segment emitted, to catch a trigger cut by a segment boundary. */
  private segmentTail: Uint8Array | null = null
  private ended = false

  readonly stats: ScannerStats = { bytes: 0, lines: 0, longLines: 0, binaryBytes: 0 }

  constructor(
    private readonly sink: DenialSink,
    options: ScannerOptions = {}
  ) {
    this.maxLine = options.maxLineBytes ?? 64 * 1024
    this.behind = options.behind ?? 3
    this.ahead = options.ahead ?? 8
    this.neighbourChars = options.neighbourChars ?? 4096
  }

  /** Bytes of input the scanner holds right now (the partial line and the context window). */
  retainedBytes(): number {
    let n = this.carry?.length ?? 0
    for (const line of this.window) n += line.raw.length
    return n
  }

  write(chunk: Uint8Array | string): void {
    if (this.ended) throw new Error('Scanner: write after end')
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    if (buf.length === 0) return
    this.stats.bytes += buf.length
    if (this.carry) {
      buf = Buffer.concat([this.carry, buf])
      this.carry = null
    }
    const last = buf.lastIndexOf(NL)
    if (last === -1) {
      this.holdPartial(buf)
      return
    }
    this.block(buf.subarray(0, last + 1))
    if (last + 1 < buf.length) this.holdPartial(buf.subarray(last + 1))
  }

  end(): void {
    if (this.ended) return
    if (this.carry || this.carryCont) {
      if (this.carry) this.emitLine(this.carry, this.carryCont)
      this.stats.lines++
      this.lineNo++
    }
    this.carry = null
    this.ended = true
    this.drain(true)
    this.window = []
  }

  /** Keeps an unfinished line; a long one is cut into segments so memory stays bounded. */
  private holdPartial(buf: Uint8Array): void {
    let rest = buf
    while (rest.length >= this.maxLine) {
      const cut = utf8Boundary(rest, this.maxLine)
      this.emitLine(rest.subarray(0, cut), this.carryCont)
      if (!this.carryCont) this.stats.longLines++
      this.carryCont = true
      rest = rest.subarray(cut)
    }
    // Copy: the caller may reuse its buffer, and a small copy frees the big chunk.
    this.carry = rest.length > 0 ? Uint8Array.prototype.slice.call(rest) : null
  }

  /** A block of complete lines (ends with a newline). */
  private block(block: Uint8Array): void {
    const s = Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('latin1')
    if (s.includes('\0')) this.stats.binaryBytes += countByte(block, 0)
    this.prefilter.lastIndex = 0
    let hit = this.prefilter.exec(s)
    if (!hit && this.pending === 0) {
      this.fastForward(block)
      return
    }
    let start = 0
    while (start < block.length) {
      const nl = block.indexOf(NL, start)
      const end = nl + 1
      let trigger = false
      while (hit && hit.index < nl) {
        if (hit[1] !== undefined) trigger = true
        else this.remember(s, hit.index)
        hit = this.prefilter.exec(s)
      }
      if (nl - start >= this.maxLine) {
        this.holdPartial(block.subarray(start, nl))
        if (this.carry) this.emitLine(this.carry, this.carryCont)
        this.carry = null
      } else if (trigger || this.pending > 0 || this.nearNextHit(hit, s, end)) {
        this.emitLine(block.subarray(start, nl), this.carryCont, trigger)
      } else {
        this.skipLine(block.subarray(start, nl))
      }
      this.carryCont = false
      this.stats.lines++
      this.lineNo++
      start = end
      if (!hit && this.pending === 0 && start < block.length) {
        this.fastForward(block.subarray(start))
        return
      }
    }
  }

  /** True when a hit lies within the next `behind` lines, so this line is context for it. */
  private nearNextHit(hit: RegExpExecArray | null, s: string, from: number): boolean {
    if (!hit) return false
    let newlines = 0
    for (let i = s.indexOf('\n', from); i !== -1 && i < hit.index; i = s.indexOf('\n', i + 1)) {
      if (++newlines >= this.behind) return false
    }
    return true
  }

  /** Lines without triggers and nothing waiting for context: count them, keep the last few. */
  private fastForward(block: Uint8Array): void {
    const lines = countByte(block, NL)
    // The last `behind` lines may be context for a trigger in the next block.
    let cut = block.length - 1
    const tail: Uint8Array[] = []
    for (let k = 0; k < this.behind && cut > 0; k++) {
      const prev = block.lastIndexOf(NL, cut - 1)
      tail.unshift(block.subarray(prev + 1, cut))
      cut = prev
      if (prev === -1) break
    }
    const firstNo = this.lineNo + lines - tail.length
    this.window = this.window.slice(-Math.max(0, this.behind - tail.length))
    tail.forEach((raw, i) => {
      const cont = this.carryCont && i === 0 && tail.length === lines
      this.window.push(new Line(this.seq++, firstNo + i, raw, cont, false))
    })
    this.window = this.window.slice(-this.behind)
    this.carryCont = false
    this.stats.lines += lines
    this.lineNo += lines
  }

  private skipLine(raw: Uint8Array): void {
    this.window.push(new Line(this.seq++, this.lineNo, raw, this.carryCont, false))
    if (this.window.length > this.behind) this.window.shift()
  }

  private emitLine(raw: Uint8Array, cont: boolean, knownHit?: boolean): void {
    // A trigger cut in two by a segment boundary belongs to the segment where it ends.
    const hit =
      knownHit ??
      (cont && this.segmentTail
        ? this.hasTrigger(Buffer.concat([this.segmentTail, raw]), this.segmentTail.length)
        : this.hasTrigger(raw))
    this.segmentTail = Uint8Array.prototype.slice.call(
      raw,
      Math.max(0, raw.length - SEGMENT_OVERLAP)
    )
    const line = new Line(this.seq++, this.lineNo, raw, cont, hit)
    this.window.push(line)
    if (hit) this.pending++
    this.drain(false)
  }

  /** Whether a trigger ends at or after `from` (earlier ones belong to the previous segment). */
  private hasTrigger(raw: Uint8Array, from = 0): boolean {
    const s = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1')
    this.prefilter.lastIndex = 0
    let found = false
    for (let m; (m = this.prefilter.exec(s));) {
      if (m[1] !== undefined && m.index + m[0].length > from) found = true
      else this.remember(s, m.index)
    }
    return found
  }

  private remember(s: string, at: number): void {
    const host = /[\w*-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com(?:\.cn)?/.exec(
      s.slice(Math.max(0, at - 64), at + 80)
    )
    if (host) this.ecr = { host: host[0], line: this.lineNo }
  }

  /** Parses every trigger line that has its lines of look-ahead (all of them at the end). */
  private drain(final: boolean): void {
    while (this.pending > 0) {
      const idx = this.window.findIndex((l) => l.hit && !l.done)
      if (idx === -1) {
        this.pending = 0
        break
      }
      if (!final && this.window.length - 1 - idx < this.ahead) break
      this.parseAround(idx)
      this.window[idx]!.done = true
      this.pending--
    }
    const first = this.window.findIndex((l) => l.hit && !l.done)
    const keepFrom = first === -1 ? this.window.length - this.behind : first - this.behind
    if (keepFrom > 0) this.window = this.window.slice(keepFrom)
  }

  private parseAround(idx: number): void {
    const lo = Math.max(0, idx - this.behind)
    const hi = Math.min(this.window.length, idx + this.ahead + 1)
    const record = buildRecord(this.window.slice(lo, hi), idx - lo, this.neighbourChars)
    const ctx: RecordContext = {
      ecrRegistry: this.ecr && this.lineNo - this.ecr.line <= CONTEXT_LINES ? this.ecr.host : null
    }
    const centre = record.spans[idx - lo]!
    for (const c of parseRecord(record.text, ctx)) {
      const anchor = this.firstTrigger(record.text, c.start, c.end)
      if (anchor < centre.start || anchor >= centre.end) continue
      const from = record.position(c.start)
      if (
        from.seq < this.watermark.seq ||
        (from.seq === this.watermark.seq && from.off < this.watermark.off)
      )
        continue
      this.watermark = record.position(c.end)
      this.sink(c.denial, from.no)
    }
  }

  /** Where the candidate's first trigger ends: the line it ends on owns the candidate. */
  private firstTrigger(text: string, start: number, end: number): number {
    this.trigger.lastIndex = start
    const m = this.trigger.exec(text)
    return m && m.index < end ? m.index + m[0].length - 1 : start
  }
}

function countByte(buf: Uint8Array, byte: number): number {
  let n = 0
  for (let i = buf.indexOf(byte); i !== -1; i = buf.indexOf(byte, i + 1)) n++
  return n
}

/** The largest cut ≤ `at` that does not split a UTF-8 sequence. */
function utf8Boundary(buf: Uint8Array, at: number): number {
  let cut = at
  for (let k = 0; k < 3 && cut > 0 && (buf[cut]! & 0xc0) === 0x80; k++) cut--
  return cut > 0 ? cut : at
}
