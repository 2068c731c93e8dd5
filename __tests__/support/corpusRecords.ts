// Every record of every labelled corpus in __tests__/fixtures/corpus, in file order: the
// whole-corpus property tests (validator, paste safety, noise) read them the same way.
import fs from 'node:fs'
import path from 'node:path'

export interface CorpusRecord {
  file: string
  id: string
  text: string
}

export function corpusRecords(): CorpusRecord[] {
  const dir = path.join(process.cwd(), '__tests__', 'fixtures', 'corpus')
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      fs
        .readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({ file: name, ...(JSON.parse(line) as { id: string; text: string }) }))
    )
}

let loaded: CorpusRecord[] | undefined

/** One labelled case's text (`corpusText('heldout5.jsonl', 'h5-018')`); its source is in the record. */
export function corpusText(file: string, id: string): string {
  loaded ??= corpusRecords()
  const record = loaded.find((r) => r.file === file && r.id === id)
  if (!record) throw new Error(`no case ${id} in ${file}`)
  return record.text
}
