// SARIF 2.1.0, so findings can be uploaded to GitHub code scanning. One result per finding, the
// rule from ruleIds.ts; log text never becomes markup here (SARIF message text is plain).
import type { Report } from '../model/Report.js'
import {
  allRules,
  byRuleId,
  grammarRule,
  relatedRules,
  ruleAnchor,
  ruleFor,
  RULES_DOC_URL,
  type RuleInfo
} from './ruleIds.js'

export interface SarifOptions {
  version: string
  /** Where the rule documentation lives; the rule anchor is appended. */
  helpBase?: string
  /**
   * Every grammar's rule (WD7xx, WD8xx, WD7xxx), so the driver lists them all; without it, the
   * grammars of this report's findings are listed.
   */
  grammarRules?: readonly RuleInfo[]
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** A file path as a SARIF URI reference: forward slashes, each segment percent-encoded. */
function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/** The SARIF log as text: what the CLI writes and code scanning reads. */
export function renderSarif(report: Report, opts: SarifOptions): string {
  return JSON.stringify(sarifLog(report, opts), null, 2) + '\n'
}

/** The SARIF log as an object, before it becomes text (the contract tests validate it as it is). */
export function sarifLog(report: Report, opts: SarifOptions) {
  const helpBase = opts.helpBase ?? RULES_DOC_URL
  const rules = sarifRules(report, opts.grammarRules)
  const results = report.findings.map((finding) => {
    const rule = ruleFor(finding)
    const grammar = grammarRule(finding)
    return {
      ruleId: rule.id,
      ruleIndex: rules.indexOf(rule),
      level: 'error',
      message: { text: `${finding.title}. ${finding.explanation}` },
      ...(finding.file
        ? {
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: artifactUri(finding.file) },
                  region: { startLine: Math.max(1, finding.line) }
                }
              }
            ]
          }
        : {}),
      partialFingerprints: {
        whydeniedFinding: [finding.kind, finding.action, finding.principal, finding.resource]
          .map((v) => v ?? '')
          .join('|')
      },
      properties: {
        action: finding.action,
        principal: finding.principal,
        resource: finding.resource,
        occurrences: finding.occurrences,
        // The traps and OIDC cause that apply, by rule id (documented like the rule itself).
        relatedRules: relatedRules(finding).map((r) => r.id),
        // The grammar that read the message (a rule of the driver too).
        ...(grammar ? { grammarRule: grammar.id } : {})
      }
    }
  })
  const sarif = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'whydenied',
            version: opts.version,
            informationUri: helpBase,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.summary },
              helpUri: helpBase + ruleAnchor(rule),
              defaultConfiguration: { level: 'error' }
            }))
          }
        },
        results
      }
    ]
  }
  return sarif
}

/** The finding, trap and cause rules, and the grammar rules: one entry per id, in id order. */
function sarifRules(report: Report, grammarRules: readonly RuleInfo[] | undefined): RuleInfo[] {
  const grammars = grammarRules ?? report.findings.flatMap((f) => grammarRule(f) ?? [])
  const byId = new Map<string, RuleInfo>()
  for (const r of [...allRules(), ...grammars]) if (!byId.has(r.id)) byId.set(r.id, r)
  return [...byId.values()].sort(byRuleId)
}

/**
 * One line per finding, `file:line: RULE title [TRAPS] (GRAMMAR)`, like a compiler or linter: the
 * traps and cause that apply in brackets, the grammar that read the message in parentheses.
 */
export function renderCompact(report: Report): string {
  return report.findings
    .map((f) => {
      const where = `${f.file ?? '<stdin>'}:${f.line}`
      const title = f.title.replace(/[\r\n\t]+/g, ' ')
      const related = relatedRules(f).map((r) => r.id)
      const grammar = grammarRule(f)
      return (
        `${where}: ${ruleFor(f).id} ${title}` +
        (related.length ? ` [${related.join(', ')}]` : '') +
        (grammar ? ` (${grammar.id})` : '') +
        '\n'
      )
    })
    .join('')
}
