// Where a record's error blocks end, found once per record: a record crafted from refusal phrases
// holds hundreds of readings, and testing the text between every pair of them afresh made the
// record's cost grow with the square of its length (issue 16's hostile rows).
import { firstAtOrAfter } from '../common/firstAtOrAfter.js'

/**
 * Where an error block ends: a blank line, the next timestamped record, the next error header.
 * A reason clause past one belongs to another error.
 */
export const BLOCK_END =
  /\n[ \t]*(?:\n|\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|(?:Error|ERROR|error)(?::|\b)|An error occurred \(|FAILED\b)/

const AT = new RegExp(BLOCK_END.source, 'y')

/**
 * Answers `BLOCK_END.test(text.slice(from, to))` without the slice. A block end starts at a newline;
 * one that starts at any but the gap's last newline ends before the next newline (or on it, for a
 * blank line), inside the gap, so it reads the same in the gap as in the whole text and is looked
 * up once per newline. Only at the gap's last newline can the gap's end decide (`Error` cut
 * before its `:`): that one line's tail is tested as a slice.
 */
export class BlockEnds {
  private newlines: number[] | null = null
  /** ends[i]: how many of the first i newlines start a block end in the whole text. */
  private ends: Int32Array | null = null

  constructor(private readonly text: string) {}

  within(from: number, to: number): boolean {
    if (to <= from) return false
    const lines = this.index()
    const lo = firstAtOrAfter(lines, from)
    const hi = firstAtOrAfter(lines, to)
    if (hi === lo) return false
    if (this.ends![hi - 1]! - this.ends![lo]! > 0) return true
    return BLOCK_END.test(this.text.slice(lines[hi - 1]!, to))
  }

  private index(): number[] {
    if (this.newlines) return this.newlines
    const lines: number[] = []
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
      lines.push(i)
    const ends = new Int32Array(lines.length + 1)
    for (let k = 0; k < lines.length; k++) {
      AT.lastIndex = lines[k]!
      ends[k + 1] = ends[k]! + (AT.test(this.text) ? 1 : 0)
    }
    this.ends = ends
    this.newlines = lines
    return lines
  }
}
