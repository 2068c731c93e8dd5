// Scanning without diagnosis: sources in, collected denials out. The scan worker needs only
// this (and not the IAM catalog that diagnosis loads); Analysis adds the diagnosis.
import { InputDecoder } from '../scan/InputDecoder.js'
import { Scanner } from '../scan/Scanner.js'
import type { ScannerOptions, ScannerStats } from '../scan/Scanner.js'
import { FindingCollector } from './FindingCollector.js'
import type { Collected } from './FindingCollector.js'

export interface AnalysisOptions {
  /** Distinct findings kept; further ones are counted in stats.droppedFindings. Default 500. */
  maxFindings?: number
  scanner?: ScannerOptions
}

export interface LogSource {
  /**
   * Feed raw bytes (any chunking; results do not depend on chunk boundaries). UTF-8 or UTF-16;
   * throws `UnreadableInputError` for compressed input.
   */
  write(chunk: Uint8Array | string): void
  /** Flush the last partial line of this source. */
  end(): void
}

/** What scanning found before diagnosis: what a worker thread hands back (plain data). */
export interface ScanResult {
  collected: Collected[]
  dropped: number
  stats: ScannerStats
}

export class Scan {
  protected readonly collector: FindingCollector
  private readonly scanners: Scanner[] = []
  /** Stats of scans done elsewhere (see `merge`). */
  private readonly merged: ScannerStats = {
    bytes: 0,
    lines: 0,
    longLines: 0,
    binaryBytes: 0,
    budgetLimited: 0,
    unreadRecords: 0
  }

  constructor(private readonly options: AnalysisOptions = {}) {
    this.collector = new FindingCollector(options.maxFindings ?? 500)
  }

  /** A new input; `file` is the path as given (null for stdin or a wrapped command). */
  source(file: string | null): LogSource {
    const scanner = new Scanner(
      (d, line, context) => this.collector.add(d, file, line, context),
      this.options.scanner
    )
    this.scanners.push(scanner)
    // UTF-16 is transcoded and compressed input refused before the scanner sees a byte.
    const input = new InputDecoder((chunk) => scanner.write(chunk))
    return {
      write: (chunk) => input.write(chunk),
      end: () => {
        input.end()
        scanner.end()
      }
    }
  }

  /** Everything found so far, undiagnosed. */
  snapshot(): ScanResult {
    return {
      collected: this.collector.collected(),
      dropped: this.collector.dropped,
      stats: this.stats()
    }
  }

  /** Takes in a scan done elsewhere, in order after what this analysis found itself. */
  merge(result: ScanResult): void {
    this.collector.merge(result.collected, result.dropped)
    for (const key of Object.keys(this.merged) as (keyof ScannerStats)[]) {
      this.merged[key] += result.stats[key]
    }
  }

  protected stats(): ScannerStats {
    const stats = { ...this.merged }
    for (const s of this.scanners) {
      stats.bytes += s.stats.bytes
      stats.lines += s.stats.lines
      stats.longLines += s.stats.longLines
      stats.binaryBytes += s.stats.binaryBytes
      stats.budgetLimited += s.stats.budgetLimited
      stats.unreadRecords += s.stats.unreadRecords
    }
    return stats
  }
}
