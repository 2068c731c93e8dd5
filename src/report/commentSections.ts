// The comment laid out for a reader who wants the fix: the change to paste first, then every
// finding as one row of a compact table (collapsed when long), then the details. A sentence
// that several findings share (where to fix them) is said once, above the table.
import type { Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'
import { locationOf } from './findingFields.js'
import { LAYER_LABEL, OWNER_LABEL, labelOf, plural } from './labels.js'
import type { Block, Section } from './layout.js'
import { logLineUrl, type StepLine } from './logLink.js'
import { fixHeading, headline } from './headline.js'
import { escapeText, formatProse, tableCode } from './markdown.js'
import {
  OPEN_DIFFS_UP_TO,
  detailItem,
  footer,
  markdownSections,
  remedyItem,
  type SectionOptions
} from './markdownSections.js'

/** More rows than this and the table is collapsed: the fix above stays in view. */
export const COLLAPSE_TABLE_OVER = 5
/** Rows beyond this are counted, not shown (the job summary and JSON have them all). */
const MAX_ROWS = 100

export interface CommentSectionOptions extends SectionOptions {
  /** The job (or run) page: "Where" links to it. */
  logUrl?: string
  /** The step and in-step line of a finding, when known: the link then goes to that line. */
  stepOf?: (f: Finding, index: number) => StepLine | null
}

/** Our own link text with a URL already checked by the caller's `safeLink`. */
type LinkFn = (text: string, url: string | undefined) => string | null

function shortLayer(f: Finding): string {
  // The table keeps the layer's name; the explanation in brackets is in the details.
  const label = labelOf(LAYER_LABEL, f.layer)
  return label ? label.replace(/ \(.*\)$/, '') : '—'
}

function cell(value: string | null | undefined, max: number): string {
  return value ? tableCode(value, max) : '—'
}

/** The one sentence every finding shares, or null when they differ. */
function sharedFix(findings: Finding[]): string | null {
  const first = findings[0]?.fixTarget
  if (!first?.description) return null
  const same = findings.every(
    (f) => f.fixTarget?.description === first.description && f.fixTarget?.owner === first.owner
  )
  if (!same) return null
  const owner = labelOf(OWNER_LABEL, first.owner)
  const who = owner ? ` — ${escapeText(owner)} can change it` : ''
  const all = findings.length === 1 ? 'Fix in' : `All ${findings.length} fix in`
  return `${all}: ${formatProse(first.description, 300).replace(/\n+/g, ' ')}${who}.`
}

function findingsTable(report: Report, opts: CommentSectionOptions, link: LinkFn): Block {
  const { findings, remedies } = report
  const fixes = new Map<number, number>()
  remedies.forEach((r, k) => r.findings.forEach((i) => fixes.has(i) || fixes.set(i, k)))
  const shared = sharedFix(findings)
  const withFix = remedies.length > 1
  const withIac = findings.some((f) => f.inferred?.iacResource?.value)
  const head = ['#', 'Action', 'Resource', 'Policy layer', 'Where']
  if (withIac) head.push('IaC resource')
  if (withFix) head.push('Fix')
  const rows = findings.slice(0, MAX_ROWS).map((f, i) => {
    const seen = f.occurrences > 1 ? ` (${f.occurrences}×)` : ''
    const where = escapeText(locationOf(f), 200) + seen
    const url = logLineUrl(opts.logUrl, opts.stepOf?.(f, i))
    const cells = [
      String(i + 1),
      cell(f.action ?? f.inferredAction ?? f.inferred?.action?.value, 200),
      cell(f.resource ?? f.inferred?.resource?.value, 300),
      escapeText(shortLayer(f), 80),
      (url && link(locationOf(f), url)?.concat(seen)) || where
    ]
    if (withIac) cells.push(cell(f.inferred?.iacResource?.value, 200))
    if (withFix) cells.push(fixes.has(i) ? String(fixes.get(i)! + 1) : '—')
    return `| ${cells.join(' | ')} |`
  })
  const more =
    findings.length > MAX_ROWS
      ? `\n\n_${escapeText(`${plural(findings.length - MAX_ROWS, 'more finding')} in the job summary.`)}_`
      : ''
  const table = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows
  ].join('\n')
  const body =
    findings.length > COLLAPSE_TABLE_OVER
      ? `<details><summary>${plural(findings.length, 'finding')}</summary>\n\n${table}${more}\n\n</details>`
      : table + more
  return {
    text: shared ? `${shared}\n\n${body}` : body,
    // The rows past MAX_ROWS are counted in the table itself: all causes are accounted for here.
    causes: findings.map((_, i) => i)
  }
}

/** Sections of the comment. An OIDC-only report keeps the per-cause list: its claims need room. */
export function commentSections(
  report: Report,
  opts: CommentSectionOptions,
  link: LinkFn
): Section[] {
  const { findings, remedies, stats } = report
  if (findings.length === 0 || findings.every((f) => f.kind === 'oidc')) {
    return markdownSections(report, opts)
  }
  const head = `### ${escapeText(opts.heading, 300) || 'whydenied'}`
  const trailer = opts.trailer ? [{ text: opts.trailer }] : []
  const intro = headline(report, true)
  const openDiff = remedies.length <= OPEN_DIFFS_UP_TO
  return [
    {
      required: true,
      items: [{ text: head }, { text: intro }, ...(opts.changes ? [{ text: opts.changes }] : [])]
    },
    { heading: fixHeading(remedies), items: remedies.map((r, i) => remedyItem(r, i, openDiff)) },
    { heading: '#### What was denied', items: [findingsTable(report, opts, link)] },
    { heading: '#### Details', items: findings.map(detailItem) },
    { required: true, items: [{ text: footer(stats) }, ...trailer] }
  ]
}
