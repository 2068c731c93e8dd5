// What the recall tests of a held-out round ask of a case: its text by id, the first finding's
// kind, grammar, code and cause, and the findings that report a refusal or credentials problem.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from './corpusRecords.js'

/** A held-out case's text by its id (`h138-002` is in heldout138.jsonl). */
export const heldoutText = (id: string): string =>
  corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)

/** The first finding as [kind, grammar, code, cause], or undefined when there is none. */
export function firstReading(text: string): (string | null)[] | undefined {
  const [f] = analyzeText(text).findings
  return f && [f.kind, f.grammar, f.code, f.detail.cause ?? null]
}

/** The findings a report counts: refusals and credentials problems, not look-alikes. */
export const reportedFindings = (text: string) =>
  analyzeText(text).findings.filter((f) => ['denial', 'encoded', 'credentials'].includes(f.kind))
