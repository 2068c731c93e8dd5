// Masks AWS account IDs before a report leaves the runner (public repositories, by default).
// Deterministic: the same report always gives the same masks, and when a report names several
// accounts each keeps its own placeholder, so "caller vs resource owner" still reads clearly.
import type { Finding } from '../model/Finding.js'
import type { Remedy } from '../model/Remedy.js'
import type { Report } from '../model/Report.js'

export const ACCOUNT_MASK = '************'

// Twelve digits not part of a longer number (an ARN field, an ECR host name, a sentence).
const ACCOUNT_ID = /(?<![0-9])[0-9]{12}(?![0-9])/g

/** Fields whose value must stay byte-exact to remain useful (the blob STS decodes). */
const KEEP: ReadonlySet<string> = new Set(['encodedMessage'])

function collect(value: unknown, seen: string[], key = ''): void {
  if (KEEP.has(key)) return
  if (typeof value === 'string') {
    for (const id of value.match(ACCOUNT_ID) ?? []) if (!seen.includes(id)) seen.push(id)
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, seen)
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, seen, k)
  }
}

function mask<T>(value: T, masks: Map<string, string>, key = ''): T {
  if (KEEP.has(key)) return value
  if (typeof value === 'string') {
    return value.replace(ACCOUNT_ID, (id) => masks.get(id) ?? ACCOUNT_MASK) as T
  }
  if (Array.isArray(value)) return value.map((v) => mask(v, masks)) as T
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = mask(v, masks, k)
    return out as T
  }
  return value
}

/** A copy of the report with every 12-digit account ID in findings and remedies masked. */
export function redactAccountIds(report: Report): Report {
  const seen: string[] = []
  collect(report.findings, seen)
  collect(report.remedies, seen)
  // One account: the plain mask. Several: numbered in order of first appearance.
  const masks = new Map(
    seen.map((id, i) => [id, seen.length === 1 ? ACCOUNT_MASK : `${ACCOUNT_MASK}-${i + 1}`])
  )
  return {
    ...report,
    findings: report.findings.map((f) => mask<Finding>(f, masks)),
    remedies: report.remedies.map((r) => mask<Remedy>(r, masks))
  }
}
