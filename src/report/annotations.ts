// Error annotations for the workflow run: one per distinct finding, within GitHub's limit of
// 10 error annotations per step; the rest are counted so the summary can say so.
import type { Report } from '../model/Report.js'
import { titleOf } from './findingFields.js'
import { cleanText, oneLine, truncate } from './markdown.js'

export interface Annotation {
  title: string
  message: string
  file?: string
  line?: number
}

export const MAX_ANNOTATIONS = 10
const TITLE_MAX = 200
const MESSAGE_MAX = 1000

function firstParagraph(s: string): string {
  return cleanText(s).split(/\r?\n\s*\r?\n/)[0] ?? ''
}

export function annotations(
  report: Report,
  max = MAX_ANNOTATIONS
): { items: Annotation[]; omitted: number } {
  const seen = new Set<string>()
  const distinct: Annotation[] = []
  for (const f of report.findings) {
    const title = truncate(oneLine(titleOf(f)).trim(), TITLE_MAX)
    const fix = f.fixTarget?.description ? ` Fix in: ${f.fixTarget.description}.` : ''
    const message = truncate(oneLine(firstParagraph(f.explanation ?? '') + fix).trim(), MESSAGE_MAX)
    const item: Annotation = { title, message: message || title }
    // A line number only means something to GitHub together with a file it can open.
    if (f.file) {
      item.file = f.file
      item.line = f.line
    }
    const key = JSON.stringify([item.title, item.file ?? null, item.line ?? null])
    if (seen.has(key)) continue
    seen.add(key)
    distinct.push(item)
  }
  const keep = Math.max(0, Math.floor(max))
  return { items: distinct.slice(0, keep), omitted: Math.max(0, distinct.length - keep) }
}
