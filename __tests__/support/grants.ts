// The statements a text's findings draft, by action: each action's Resource values, checked by the
// validator first (a draft it rejects fails the test before any assertion about it).
import { expect } from '@jest/globals'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'

export function grantsOf(text: string): Record<string, unknown[]> {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const out: Record<string, unknown[]> = {}
  for (const s of remedies.flatMap((r) => r.statements)) {
    for (const a of ([] as string[]).concat(s.Action as string | string[]))
      (out[a] ??= []).push(s.Resource)
  }
  return out
}
