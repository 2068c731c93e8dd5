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
