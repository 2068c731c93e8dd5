// Several scans (one per job log) as one report for the summary and the outputs.
// Remedies are dropped: they index into `findings`, so the caller builds them again.
import type { Report, ScanStats } from '../model/Report.js'

const STAT_KEYS: (keyof ScanStats)[] = [
  'bytes',
  'lines',
  'longLines',
  'droppedFindings',
  'binaryBytes'
]

export function mergeReports(reports: Report[]): Report {
  const stats = Object.fromEntries(STAT_KEYS.map((key) => [key, 0])) as unknown as ScanStats
  for (const report of reports) {
    for (const key of STAT_KEYS) stats[key] += report.stats[key] ?? 0
    // Like each report's: present only when some record was budget-limited.
    if (report.stats.budgetLimited)
      stats.budgetLimited = (stats.budgetLimited ?? 0) + report.stats.budgetLimited
    if (report.stats.unreadRecords)
      stats.unreadRecords = (stats.unreadRecords ?? 0) + report.stats.unreadRecords
  }
  return { version: 1, findings: reports.flatMap((r) => r.findings), remedies: [], stats }
}
