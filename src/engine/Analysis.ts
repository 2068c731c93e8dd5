// The streaming facade over scan → parse → diagnose. Adapters (files, stdin, a wrapped command,
// job logs) feed bytes into a source; the report is ready at any time.
import type { Report, ScanStats } from '../model/Report.js'
import { diagnose } from '../diagnose/diagnose.js'
import { inferredOf } from '../infer/infer.js'
import { Scan } from './Scan.js'
import { withoutEchoes } from './echoes.js'
import { withoutCredentialRepeats } from './credentialRepeats.js'
import { withoutAssumeRoleAftermath } from './assumeRoleAftermath.js'
import { withDecodedInLog } from '../decode/decodeFindings.js'
import type { AnalysisOptions } from './Scan.js'
import type { Collected } from './FindingCollector.js'
import type { Inferred } from '../model/Inferred.js'

export type { AnalysisOptions, LogSource, ScanResult } from './Scan.js'

export class Analysis extends Scan {
  /** Diagnosed findings so far (remedies: []), in order of first appearance. */
  report(): Report {
    const { budgetLimited, unreadRecords, ...scanned } = this.stats()
    // Present only when some record was (crafted text): every other report keeps its shape.
    const stats: ScanStats = { ...scanned, droppedFindings: this.collector.dropped }
    if (budgetLimited > 0) stats.budgetLimited = budgetLimited
    if (unreadRecords > 0) stats.unreadRecords = unreadRecords
    return {
      version: 1,
      findings: withoutAssumeRoleAftermath(
        withoutCredentialRepeats(withoutEchoes(this.collector.collected()))
      ).map((c) => {
        const f = diagnose(c.denial, c.occurrences, 'text', inferredOfAny(c))
        // The log prints the encoded message decoded below it: draft from that.
        const inLog = c.denial.kind === 'encoded' ? c.context?.decoded : undefined
        return (inLog?.action && withDecodedInLog(f, inLog)) || f
      }),
      remedies: [],
      stats
    }
  }
}

/**
 * What the first occurrence's surroundings show, or, when they name no call, the first later
 * occurrence's that does (a relayed error printed bare, then again with what the tool was doing).
 */
function inferredOfAny(c: Collected): Inferred {
  const first = inferredOf(c.denial, c.context, c.spread ?? null)
  if (first.action || !c.repeats) return first
  for (const context of c.repeats) {
    const later = inferredOf(c.denial, context, c.spread ?? null)
    if (later.action) return later
  }
  return first
}

/** Convenience for whole texts (tests, small inputs). */
export function analyzeText(
  text: string,
  file: string | null = null,
  options?: AnalysisOptions
): Report {
  const analysis = new Analysis(options)
  const source = analysis.source(file)
  source.write(text)
  source.end()
  return analysis.report()
}
