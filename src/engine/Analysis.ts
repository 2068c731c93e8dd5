// API CONTRACT (implementation in progress by the lead): streaming facade over scan → parse →
// diagnose. Adapters (files, stdin, the wrapped command, job logs) feed bytes into a source.
import type { Report } from '../model/Report.js'

export interface AnalysisOptions {
  /** Distinct findings kept; further ones are counted in stats.droppedFindings. Default 500. */
  maxFindings?: number
}

export interface LogSource {
  /** Feed raw bytes (any chunking; results do not depend on chunk boundaries). */
  write(chunk: Uint8Array | string): void
  /** Flush the last partial line of this source. */
  end(): void
}

export declare class Analysis {
  constructor(options?: AnalysisOptions)
  /** A new input; `file` is the path as given (null for stdin or a wrapped command). */
  source(file: string | null): LogSource
  /** Diagnosed findings so far (remedies: []), in order of first appearance. */
  report(): Report
}
