// The terminal report: short, one block per finding, colour only when the caller says so
// (it checks the TTY and NO_COLOR). Log text is stripped of control characters, so a log
// cannot move the cursor or recolour the terminal through us.
import type { Finding } from '../model/Finding.js'
import type { Remedy } from '../model/Remedy.js'
import type { Report } from '../model/Report.js'
import { findingFields, titleOf } from './findingFields.js'
import { OWNER_LABEL, labelOf, plural } from './labels.js'
import { addVerb, countPhrase } from './headline.js'
import { cleanText, oneLine, truncate } from './markdown.js'
import { statsNotices } from './markdownSections.js'
import { SHOWN_LOCATIONS, where } from './locationText.js'

type Style = 'bold' | 'red' | 'yellow' | 'dim' | 'cyan' | 'green'
const SGR: Record<Style, [string, string]> = {
  bold: ['\x1b[1m', '\x1b[22m'],
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m']
}

type Paint = (style: Style, s: string) => string

/** The terminal view shows the facts a reader acts on; the Markdown report has all of them. */
const TEXT_FIELDS = new Set([
  'Principal',
  'Action',
  'Resource',
  'Policy layer',
  'Deny',
  'Denying policy',
  'Where',
  'Seen'
])
// The OIDC doctor's rows worth a terminal line: what failed and the claims a policy is written against.
const OIDC_TEXT_FIELDS =
  /^(Cause|STS error|Token|Claim (sub|aud|repository|ref|environment|event_name)|Failed in statement .*)$/
const LABEL_WIDTH = 15

function line(s: string, max = 2000): string {
  return truncate(oneLine(s), max)
}

/** Several lines of log-derived text: controls removed, every line break a plain newline. */
function lines(s: string): string {
  return cleanText(s).replace(/\r\n?|[\u2028\u2029]/g, '\n')
}

/** Word-wraps prose to `width` columns after `pad`; words longer than a line stay whole. */
function wrap(s: string, width: number, pad: string, hang = pad): string {
  const out: string[] = []
  for (const paragraph of s.split('\n')) {
    let current = ''
    for (const word of paragraph.split(/ +/)) {
      const prefix = out.length === 0 && current === '' ? pad : hang
      if (current && prefix.length + current.length + 1 + word.length > width) {
        out.push(current)
        current = word
      } else {
        current = current ? `${current} ${word}` : word
      }
    }
    out.push(current)
  }
  return out.map((l, i) => (l === '' ? '' : (i === 0 ? pad : hang) + l)).join('\n')
}

function indentBlock(s: string, pad: string): string {
  return s
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : pad + l))
    .join('\n')
}

function findingBlock(f: Finding, i: number, paint: Paint, width: number): string {
  const out = [paint('bold', paint('red', `✖ ${i + 1}. ${line(titleOf(f), 400)}`))]
  for (const row of findingFields(f)) {
    // A value the message did not print is shown with where it came from (src/infer).
    const inferred = /^(.+) \((inferred from .+)\)$/.exec(row.label)
    if (inferred) {
      out.push(
        `  ${paint('dim', inferred[1]!.toLowerCase().padEnd(LABEL_WIDTH - 1) + ' ')}${line(row.value)} ${paint('dim', `(${inferred[2]})`)}`
      )
      continue
    }
    if (!TEXT_FIELDS.has(row.label) && !(f.kind === 'oidc' && OIDC_TEXT_FIELDS.test(row.label)))
      continue
    out.push(
      `  ${paint('dim', row.label.toLowerCase().padEnd(LABEL_WIDTH - 1) + ' ')}${line(row.value)}`
    )
  }
  const explanation = lines(f.explanation ?? '').trim()
  if (explanation) out.push('', wrap(truncate(explanation, 4000), width, '  '))
  if (f.fixTarget?.description) {
    const owner = labelOf(OWNER_LABEL, f.fixTarget.owner)
    out.push(
      '',
      `  ${paint('cyan', 'fix in'.padEnd(LABEL_WIDTH))}${line(f.fixTarget.description)}${owner ? paint('dim', ` (who: ${owner})`) : ''}`
    )
  }
  if (f.traps?.length)
    out.push(`  ${paint('yellow', 'traps'.padEnd(LABEL_WIDTH))}${line(f.traps.join(', '))}`)
  return out.join('\n')
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function remedyBlock(r: Remedy, i: number, paint: Paint, width: number): string {
  const verb = addVerb(r)
  const refs = r.findings.map((k) => k + 1).join(', ')
  const out = [
    paint('bold', `${i + 1}. ${capitalise(verb + line(r.target?.description || r.id))}`) +
      (refs ? paint('dim', ` (for finding${r.findings.length > 1 ? 's' : ''} ${refs})`) : '')
  ]
  if (r.alreadyPresent)
    out.push(
      paint('yellow', '  already in the current policy: the denial comes from another layer')
    )
  for (const note of r.notes) out.push(wrap(line(note), width, '  - ', '    '))
  for (const l of (r.locations ?? []).slice(0, SHOWN_LOCATIONS)) {
    out.push(paint('cyan', `  defined in ${line(where(l), 400)} (${line(l.resource, 200)})`))
    if (l.patch) out.push(indentBlock(lines(cleanText(l.patch).trimEnd()), '    '))
  }
  if (r.statements.length > 0) {
    out.push(indentBlock(lines(JSON.stringify(r.statements, null, 2)), '  '))
  }
  return out.join('\n')
}

/** `width`: the terminal's columns (prose is wrapped to it); 100 when unknown. */
export function renderText(report: Report, opts: { color: boolean; width?: number }): string {
  const width = Math.max(40, opts.width ?? 100)
  const paint: Paint = opts.color
    ? (style, s) => SGR[style][0] + s + SGR[style][1]
    : (_style, s) => s
  const { findings, remedies, stats } = report
  const notices = statsNotices(stats).map((n) => paint('yellow', `note: ${n}`))
  if (findings.length === 0) {
    return (
      [
        paint('green', `No AWS authorization failures found in ${plural(stats.lines, 'line')}.`),
        ...notices
      ].join('\n') + '\n'
    )
  }
  const blocks = findings.map((f, i) => findingBlock(f, i, paint, width))
  if (remedies.length > 0) {
    blocks.push(
      paint('bold', 'How to fix') +
        '\n' +
        remedies.map((r, i) => remedyBlock(r, i, paint, width)).join('\n\n')
    )
  }
  const oidcOnly = findings.every((f) => f.kind === 'oidc')
  const summary = oidcOnly
    ? `OIDC check: ${findings.map((f) => f.cause ?? 'unknown').join(', ')}.`
    : `${countPhrase(findings)} in ${plural(stats.lines, 'line')}.`
  blocks.push([paint('bold', summary), ...notices].join('\n'))
  return blocks.join('\n\n') + '\n'
}
