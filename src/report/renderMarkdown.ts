// The Markdown report: `--format markdown` and the job summary (GitHub caps a step's summary
// at 1 MiB, so the report is kept well under it and says what it left out).
import type { Report } from '../model/Report.js'
import { layout, utf8Length } from './layout.js'
import { escapeText } from './markdown.js'
import { markdownSections } from './markdownSections.js'
import { countPhrase } from './headline.js'
import { plural } from './labels.js'

/** UTF-8 bytes: half of the summary limit, leaving room for other steps' summaries. */
export const SUMMARY_BUDGET = 512 * 1024

export interface MarkdownOptions {
  heading?: string
  /** Size budget in UTF-8 bytes (default SUMMARY_BUDGET). */
  maxBytes?: number
}

function defaultHeading(report: Report): string {
  const { findings } = report
  if (findings.length > 0 && findings.every((f) => f.kind === 'oidc')) {
    return `whydenied: OIDC check (${findings.map((f) => f.cause ?? 'unknown').join(', ')})`
  }
  // Counted as the summary counts them: a credentials problem is no authorization failure (the
  // heldout132–135 review: every credentials comment was headed so).
  return report.findings.length === 0
    ? 'whydenied: no AWS authorization failures'
    : `whydenied: ${countPhrase(report.findings)}`
}

function summaryNote(omittedCauses: number): string {
  const what =
    omittedCauses > 0
      ? `${plural(omittedCauses, 'more finding')} not shown`
      : 'Some fixes or details not shown'
  return `_${escapeText(`… ${what}: the report was cut to fit GitHub's size limit. Run whydenied with --format json for everything.`)}_`
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const sections = markdownSections(report, { heading: opts.heading ?? defaultHeading(report) })
  return layout(sections, opts.maxBytes ?? SUMMARY_BUDGET, utf8Length, summaryNote).text + '\n'
}
