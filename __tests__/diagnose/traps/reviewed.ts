// A case of the labelled corpora (__tests__/fixtures/corpus, sources in each record) by id: the
// expert reviews' cases (docs/reviews) are kept as regressions of the traps they led to.
import { corpusRecords } from '../../support/corpusRecords.js'

export function reviewed(id: string): string {
  const record = corpusRecords().find((r) => r.id === id)
  if (!record) throw new Error(`no corpus record ${id}`)
  return record.text
}
