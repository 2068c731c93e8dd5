// The pipeline from log text to findings and remedies, with the remedy validator's verdict checked.
import { analyzeText } from '../../../src/engine/Analysis.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'

export function analysed(text: string) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return {
    findings,
    statements: remedies.flatMap((r) => r.statements),
    notes: remedies.flatMap((r) => r.notes)
  }
}

/** The same for a log holding exactly one finding: that finding, its statements, its notes joined. */
export function analysedOne(text: string) {
  const { findings, statements, notes } = analysed(text)
  expect(findings).toHaveLength(1)
  return { f: findings[0]!, statements, notes: notes.join('\n') }
}
