// Drives the real pipeline (scan → parse → diagnose) on log text.
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Finding } from '../../src/model/Finding.js'
import { CORPUS } from './corpus.js'

/** The findings of a log text. */
export function findingsOf(text: string): Finding[] {
  return analyzeText(text).findings
}

/** The one finding a log text must give. */
export function only(text: string): Finding {
  const findings = findingsOf(text)
  if (findings.length !== 1) {
    throw new Error(
      `expected one finding, got ${findings.length}: ${findings.map((f) => f.title).join(' | ')}`
    )
  }
  return findings[0]!
}

/** The first finding of a corpus case (the one its `expect` describes). */
export function corpus(id: string): Finding {
  const c = CORPUS[id]
  if (!c) throw new Error(`corpus case ${id} not copied into corpus.ts`)
  const findings = findingsOf(c.text)
  if (findings.length === 0) throw new Error(`corpus case ${id} gave no finding`)
  return findings[0]!
}
