// Reads the committed catalog file (src/catalog/iam-catalog.json, copied beside the bundles into
// dist/) a service at a time. The file holds one service per line (scripts/extract-catalog.mjs):
//     "s3": {"actions":{…},"resources":{…}},
// so a service's JSON is a byte range of one line. The bytes come through a reader the edge
// passes in (CatalogBytes): this module does no I/O of its own.
import type { CatalogBytes, CatalogHandle } from './CatalogBytes.js'

/** A service line's JSON object: where it starts and ends (no trailing comma) in the file. */
interface Range {
  start: number
  end: number
}

const BLOCK = 64 * 1024
const SERVICE_LINE = /^ {4}"([a-z0-9-]+)": (?=\{)/
const HEADER_FIELD = /^ {2}"(source|version)": ("[^"]*")/

export class CatalogFile {
  private ranges: Map<string, Range> | null = null
  private header: Record<string, string> = {}

  constructor(private readonly bytes: CatalogBytes) {}

  /** Service prefix → where its JSON is; the file is read once, a block at a time, to find out. */
  index(): Map<string, Range> {
    if (this.ranges) return this.ranges
    const ranges = new Map<string, Range>()
    this.eachLine((line, offset) => {
      const text = line.toString('latin1', 0, Math.min(line.length, 200))
      const service = SERVICE_LINE.exec(text)
      if (service) {
        const start = offset + service[0].length
        const end = offset + (line[line.length - 1] === 0x2c ? line.length - 1 : line.length)
        ranges.set(service[1]!, { start, end })
        return
      }
      const field = HEADER_FIELD.exec(text)
      if (field) this.header[field[1]!] = JSON.parse(field[2]!) as string
    })
    if (ranges.size === 0) throw new Error(`the IAM catalog ${this.bytes.name} holds no service`)
    this.ranges = ranges
    return ranges
  }

  /** `source` and `version` from the file's first lines. */
  field(name: 'source' | 'version'): string {
    this.index()
    return this.header[name] ?? ''
  }

  /** The JSON text of one service, read from its byte range; null for an unknown prefix. */
  text(service: string): string | null {
    const range = this.index().get(service)
    if (!range) return null
    const buf = Buffer.allocUnsafe(range.end - range.start)
    const file = this.bytes.open()
    try {
      let done = 0
      while (done < buf.length) {
        const n = file.read(buf, done, buf.length - done, range.start + done)
        if (n === 0) throw new Error(`the IAM catalog ${this.bytes.name} changed while read`)
        done += n
      }
    } finally {
      file.close()
    }
    return buf.toString('utf8')
  }

  /** Every service's JSON text, in file order, without holding more than a block and a line. */
  eachService(visit: (service: string, text: string) => void): void {
    this.eachLine((line) => {
      const head = SERVICE_LINE.exec(line.toString('latin1', 0, Math.min(line.length, 200)))
      if (!head) return
      const end = line[line.length - 1] === 0x2c ? line.length - 1 : line.length
      visit(head[1]!, line.toString('utf8', head[0].length, end))
    })
  }

  /** Calls `visit` with each line (without its newline) and its offset in the file. */
  private eachLine(visit: (line: Buffer, offset: number) => void): void {
    const file: CatalogHandle = this.bytes.open()
    try {
      const block = Buffer.allocUnsafe(BLOCK)
      let carry: Buffer | null = null
      let carryAt = 0
      let position = 0
      for (;;) {
        const n = file.read(block, 0, BLOCK, position)
        let from = 0
        for (let nl = block.indexOf(0x0a); nl !== -1 && nl < n; nl = block.indexOf(0x0a, from)) {
          const piece = block.subarray(from, nl)
          if (carry) {
            visit(Buffer.concat([carry, piece]), carryAt)
            carry = null
          } else {
            visit(piece, position + from)
          }
          from = nl + 1
        }
        if (n === 0) break
        // A line longer than what is left of the block: keep its start for the next block.
        if (from < n) {
          const rest = Buffer.from(block.subarray(from, n))
          if (carry) carry = Buffer.concat([carry, rest])
          else {
            carry = rest
            carryAt = position + from
          }
        }
        position += n
      }
      if (carry) visit(carry, carryAt)
    } finally {
      file.close()
    }
  }
}
