// The report in the format a command-line user asked for (shared by `whydenied` and `whydenied run`).
import type { Report } from '../model/Report.js'
import { renderJson, renderMarkdown, renderText } from '../report/index.js'

export type Format = 'text' | 'markdown' | 'json'
export const FORMATS: readonly Format[] = ['text', 'markdown', 'json']

export function render(report: Report, format: Format, color: boolean, width?: number): string {
  if (format === 'json') return renderJson(report)
  if (format === 'markdown') return renderMarkdown(report)
  return renderText(report, { color, width })
}
