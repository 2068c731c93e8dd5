// Test helper: the denials a whole text yields through the real scanner.
import type { Finding } from '../../src/model/Finding.js'
import { analyzeText } from '../../src/engine/Analysis.js'

export function parseText(text: string): Finding[] {
  return analyzeText(text.endsWith('\n') ? text : text + '\n').findings
}

export function only(text: string): Finding {
  const found = parseText(text)
  if (found.length !== 1) {
    throw new Error(
      `expected one finding, got ${found.length}: ${found.map((f) => f.title).join(' / ')}`
    )
  }
  return found[0]!
}
