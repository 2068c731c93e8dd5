// The JSON contract, version 1: {version, findings, remedies, stats}. Keys come out in a fixed
// order (the contract's, then the rest alphabetically) whatever order the objects were built in,
// so outputs diff cleanly and other tools can rely on them.
import type { Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'
import { byRuleId, grammarRule, relatedRules, ruleFor, ruleUrl, type RuleInfo } from './ruleIds.js'

const FINDING_KEYS = [
  'kind',
  'file',
  'line',
  'occurrences',
  'code',
  'operation',
  'action',
  'service',
  'principal',
  'resource',
  'layer',
  'deny',
  'policyArn',
  'crossAccount',
  'traps',
  'title',
  'explanation',
  'fixTarget',
  'confidence',
  'rule'
]
const FIX_TARGET_KEYS = [
  'kind',
  'owner',
  'description',
  'principalArn',
  'principalType',
  'principalName',
  'rolePathUnknown',
  'principalAccount',
  'resourceArn',
  'resourceAccount',
  'policyArn'
]
const REMEDY_KEYS = [
  'id',
  'target',
  'findings',
  'statements',
  'notes',
  'renderings',
  'alreadyPresent',
  'standing',
  'locations'
]
const LOCATION_KEYS = [
  'file',
  'line',
  'endLine',
  'kind',
  'resource',
  'confidence',
  'patch',
  'suggestion',
  'url'
]
// IAM's own conventional order, as in AWS documentation.
const STATEMENT_KEYS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition'
]
const STATS_KEYS = [
  'bytes',
  'lines',
  'longLines',
  'droppedFindings',
  'binaryBytes',
  'budgetLimited',
  'unreadRecords'
]
const RENDERING_KEYS = ['diff', 'terraform', 'cdk', 'cli']

/** Which key order applies to the object found under a given parent key. */
const ORDER_BY_PARENT: Record<string, string[]> = {
  findings: FINDING_KEYS,
  fixTarget: FIX_TARGET_KEYS,
  target: FIX_TARGET_KEYS,
  remedies: REMEDY_KEYS,
  statements: STATEMENT_KEYS,
  stats: STATS_KEYS,
  renderings: RENDERING_KEYS,
  locations: LOCATION_KEYS
}

function ordered(value: unknown, order: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => ordered(v, order))
  if (value === null || typeof value !== 'object') return value
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  const known = order.filter((k) => k in obj)
  const rest = keys.filter((k) => !order.includes(k)).sort()
  const out: Record<string, unknown> = {}
  // Remedy.findings is a list of indexes, not finding objects: no order to apply below it.
  for (const k of [...known, ...rest]) out[k] = ordered(obj[k], ORDER_BY_PARENT[k] ?? [])
  return out
}

/** Every rule the findings name (their own, their traps' and cause's, their grammar's), documented. */
function rulesNamed(findings: readonly Finding[]): { id: string; name: string; helpUri: string }[] {
  const byId = new Map<string, RuleInfo>()
  for (const f of findings) {
    for (const r of [ruleFor(f), ...relatedRules(f), grammarRule(f)]) {
      if (r && !byId.has(r.id)) byId.set(r.id, r)
    }
  }
  return [...byId.values()]
    .sort(byRuleId)
    .map((r) => ({ id: r.id, name: r.name, helpUri: ruleUrl(r) }))
}

export function renderJson(report: Report): string {
  const findings = report.findings.map((f) => ({ ...f, rule: ruleFor(f).id }))
  const doc = {
    version: 1 as const,
    findings: ordered(findings, FINDING_KEYS),
    remedies: ordered(report.remedies, REMEDY_KEYS),
    stats: ordered(report.stats, STATS_KEYS),
    rules: rulesNamed(report.findings)
  }
  // Ends with a newline like the other renderers: the CLI writes it as is.
  return JSON.stringify(doc, null, 2) + '\n'
}
