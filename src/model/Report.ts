import type { Finding } from './Finding.js'
import type { Remedy } from './Remedy.js'

/** What a scan of one or more logs saw, beyond the findings. */
export interface ScanStats {
  bytes: number
  lines: number
  /** Lines longer than the scanner's line limit: only their head and tail were examined. */
  longLines: number
  /** Distinct findings beyond the cap, counted but not kept. */
  droppedFindings: number
  /** Bytes that did not look like text (NUL bytes, invalid UTF-8), for a clear notice. */
  binaryBytes: number
  /**
   * Stretches of text so dense with refusal phrases that repeats past a per-record budget took
   * the reading of their first occurrence, and further new ones kept their bare match. Absent
   * when none was.
   */
  budgetLimited?: number
  /**
   * Stretches of text where one of whydenied's readings failed (a defect of ours, worth a
   * report): the other readings still ran there. Absent when none did.
   */
  unreadRecords?: number
}

export interface Report {
  version: 1
  findings: Finding[]
  /** One per fix target, merged over the findings (see src/remedy). */
  remedies: Remedy[]
  stats: ScanStats
}
