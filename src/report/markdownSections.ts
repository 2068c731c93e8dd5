// The Markdown report as sections of self-contained blocks: the cause of each finding first,
// then the fix, then the details. Every value from a log goes through markdown.ts.
import type { Finding } from '../model/Finding.js'
import type { Remedy } from '../model/Remedy.js'
import type { Report, ScanStats } from '../model/Report.js'
import { findingFields, locationOf, titleOf } from './findingFields.js'
import { OWNER_LABEL, RENDERINGS, labelOf, plural } from './labels.js'
import type { Block, Section } from './layout.js'
import { locationMarkdown, SHOWN_LOCATIONS } from './locationText.js'
import { addVerb, headline, remedyVerb } from './headline.js'
import { codeBlock, details, escapeText, formatProse, tableCode } from './markdown.js'

/** Open the JSON change of each remedy when there are few: the fix is then visible at once. */
export const OPEN_DIFFS_UP_TO = 3
const MAX_NOTES = 10
/**
 * A note's length in the comment: the guardrail note lists the Conditions to meet, and at 600 it
 * lost its last ones mid-word ("call f…", heldout15 review h15-080, h15-081).
 */
const NOTE_CHARS = 1000

function inline(s: string, max: number): string {
  return formatProse(s, max).replace(/\n+/g, ' ')
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function causeItem(f: Finding, i: number, fixes: Map<number, number>): Block {
  const n = `${i + 1}. `
  const indent = ' '.repeat(n.length)
  const where = `${locationOf(f)}${f.occurrences > 1 ? `, seen ${plural(f.occurrences, 'time')}` : ''}`
  const lines = [`${n}**${inline(titleOf(f), 400)}**`]
  if (f.fixTarget?.description) {
    const owner = labelOf(OWNER_LABEL, f.fixTarget.owner)
    const who = owner ? ` — ${escapeText(owner)} can change it` : ''
    const fix = fixes.get(i)
    const see = fix === undefined ? '' : ` (fix ${fix + 1} below)`
    lines.push(`${indent}- Fix in: ${inline(f.fixTarget.description, 300)}${who}${see}`)
  }
  if (f.kind === 'oidc') {
    // The claim a trust policy is written against, shown where every reader looks.
    const sub = f.claims?.sub
    if (sub) lines.push(`${indent}- Presented sub: ${tableCode(sub, 400)}`)
    for (const m of (f.mismatches ?? []).slice(0, 5)) {
      lines.push(
        `${indent}- Statement ${escapeText(m.statement, 80)}: ${tableCode(m.operator, 80)}${m.key ? ` on ${tableCode(m.key, 200)}` : ''}: ${escapeText(m.reason, 300)}`
      )
    }
  }
  lines.push(`${indent}- Where: ${escapeText(where, 300)}`)
  return { text: lines.join('\n'), causes: [i] }
}

export function remedyItem(r: Remedy, i: number, openDiff: boolean): Block {
  const action = addVerb(r)
  const desc = r.target?.description || r.id
  const refs = r.findings.map((k) => k + 1).join(', ')
  const parts = [`**${i + 1}. ${inline(capitalise(action + desc), 300)}**`]
  const meta: string[] = []
  const owner = labelOf(OWNER_LABEL, r.target?.owner ?? null)
  if (owner) meta.push(`Who can change it: ${escapeText(owner)}.`)
  // Guidance fixes nothing by itself: it answers the finding.
  const verb = remedyVerb(r)
  if (refs) meta.push(`${verb} ${r.findings.length === 1 ? 'finding' : 'findings'} ${refs}.`)
  if (meta.length) parts.push(meta.join(' '))
  if (r.alreadyPresent) {
    parts.push(
      '**Already in the current policy:** the statements below are present, so the denial comes from another layer (see the details).'
    )
  }
  const notes = r.notes.slice(0, MAX_NOTES).map((note) => `- ${inline(note, NOTE_CHARS)}`)
  if (r.notes.length > MAX_NOTES)
    notes.push(`- …and ${plural(r.notes.length - MAX_NOTES, 'more note')}`)
  if (notes.length) parts.push(notes.join('\n'))
  const located = r.locations ?? []
  located
    .slice(0, SHOWN_LOCATIONS)
    .forEach((l, k) => parts.push(locationMarkdown(l, openDiff && k === 0)))

  let first = located.length === 0
  for (const { key, label, lang } of RENDERINGS) {
    const text = r.renderings?.[key]
    if (!text) continue
    parts.push(details(label, codeBlock(text, lang), openDiff && first))
    first = false
  }
  if (!r.renderings?.diff && r.statements.length > 0) {
    const json = codeBlock(JSON.stringify(r.statements, null, 2), 'json')
    parts.push(details('Policy statements (JSON)', json, openDiff))
  }
  return { text: parts.join('\n\n') }
}

export function detailItem(f: Finding, i: number): Block {
  const rows = findingFields(f).map(
    (row) =>
      `| ${escapeText(row.label, 300)} | ${row.code ? tableCode(row.value, 1500) : escapeText(row.value, 500)} |`
  )
  const body = ['| Field | Value |\n| --- | --- |\n' + rows.join('\n')]
  const explanation = formatProse(f.explanation ?? '', 4000)
  if (explanation) body.push(explanation)
  if (f.traps?.length) {
    body.push(
      `Known traps that apply: ${f.traps
        .slice(0, 20)
        .map((t) => tableCode(t, 100))
        .join(', ')}`
    )
  }
  return { text: details(`${i + 1}. ${titleOf(f).replace(/`/g, '')}`, body.join('\n\n')) }
}

function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB']
  let v = n
  let u = 0
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000
    u++
  }
  return u === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[u]}`
}

/** Notices about the scan itself: what the reader should know was not fully examined. */
export function statsNotices(stats: ScanStats): string[] {
  const out: string[] = []
  if (stats.droppedFindings > 0) {
    out.push(
      `${plural(stats.droppedFindings, 'more distinct failure')} beyond the limit were counted but not kept.`
    )
  }
  if (stats.longLines > 0) {
    out.push(
      `${plural(stats.longLines, 'very long line')} were only partly examined (head and tail).`
    )
  }
  const limited = stats.budgetLimited ?? 0
  if (limited > 0) {
    out.push(
      `${plural(limited, 'stretch', 'stretches')} of text dense with refusal phrases ${limited === 1 ? 'was' : 'were'} read in part: repeats took the reading of their first occurrence.`
    )
  }
  const unread = stats.unreadRecords ?? 0
  if (unread > 0) {
    out.push(
      `${plural(unread, 'stretch', 'stretches')} of text hit an internal error in one of whydenied's readings and ${unread === 1 ? 'was' : 'were'} read without it: please report it, with the log if you can share it.`
    )
  }
  if (stats.binaryBytes > 0) {
    out.push(`${plural(stats.binaryBytes, 'byte')} did not look like text and were skipped.`)
  }
  return out
}

export function footer(stats: ScanStats, oidcOnly = false): string {
  // The OIDC doctor reads no log: there is nothing scanned to speak of.
  if (oidcOnly && stats.bytes === 0) return "_Checked with this job's OIDC token and STS._"
  const scanned = `Scanned ${plural(stats.lines, 'line')} (${formatBytes(stats.bytes)}).`
  return `_${escapeText([scanned, ...statsNotices(stats)].join(' '), 1000)}_`
}

export interface SectionOptions {
  heading: string
  /** Extra required lines at the very end (a link to the run). */
  trailer?: string
  /** A required line under the intro (what changed since the last run). */
  changes?: string
}

export function markdownSections(report: Report, opts: SectionOptions): Section[] {
  const { findings, remedies, stats } = report
  const head = `### ${escapeText(opts.heading, 300) || 'whydenied'}`
  const trailer = opts.trailer ? [{ text: opts.trailer }] : []
  if (findings.length === 0) {
    const none = `No AWS authorization failures found in ${plural(stats.lines, 'line')}.`
    return [
      {
        required: true,
        items: [{ text: head }, { text: escapeText(none) }, { text: footer(stats) }, ...trailer]
      }
    ]
  }
  const intro = headline(report, false)
  const openDiff = remedies.length <= OPEN_DIFFS_UP_TO
  // The first remedy that answers each finding, for the "see fix N" pointer.
  const fixes = new Map<number, number>()
  remedies.forEach((r, k) => r.findings.forEach((i) => fixes.has(i) || fixes.set(i, k)))
  return [
    {
      required: true,
      items: [{ text: head }, { text: intro }, ...(opts.changes ? [{ text: opts.changes }] : [])]
    },
    {
      heading: '#### What went wrong',
      prefixOnly: true,
      items: findings.map((f, i) => causeItem(f, i, fixes))
    },
    { heading: '#### How to fix it', items: remedies.map((r, i) => remedyItem(r, i, openDiff)) },
    { heading: '#### Details', items: findings.map(detailItem) },
    {
      required: true,
      items: [
        {
          text: footer(
            stats,
            findings.every((f) => f.kind === 'oidc')
          )
        },
        ...trailer
      ]
    }
  ]
}
