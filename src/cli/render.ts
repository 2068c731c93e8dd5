// The report in the format a command-line user asked for (shared by `whydenied` and `whydenied run`).
import type { Report } from '../model/Report.js'
import { grammarRules } from '../parse/grammars/index.js'
import {
  renderComment,
  renderCompact,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText
} from '../report/index.js'
import { grammarRule } from '../report/ruleIds.js'
import { VERSION } from './version.js'

export type Format = 'text' | 'markdown' | 'comment' | 'json' | 'sarif' | 'compact'
export const FORMATS: readonly Format[] = [
  'text',
  'markdown',
  'comment',
  'json',
  'sarif',
  'compact'
]

export function render(report: Report, format: Format, color: boolean, width?: number): string {
  if (format === 'json') return renderJson(report)
  if (format === 'markdown') return renderMarkdown(report)
  // The Action's pull-request comment (hidden marker included), for a preview or a bot of one's own.
  if (format === 'comment') return renderComment(report, { key: 'cli', title: 'this log' })
  if (format === 'sarif') {
    // Every grammar's rule in the driver, as every other rule is, not only this log's.
    const grammars = grammarRules().flatMap(
      (g) => grammarRule({ grammar: g.id, grammarRule: g.rule }) ?? []
    )
    return renderSarif(report, { version: VERSION, grammarRules: grammars })
  }
  if (format === 'compact') return renderCompact(report)
  return renderText(report, { color, width })
}
