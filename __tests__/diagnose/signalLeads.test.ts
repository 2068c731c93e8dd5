// The words around a refusal an expert reads first open its explanation (src/diagnose/signalLeads.ts).
// A README or guide introducing the error as one a reader may meet ("If you encounter such
// error") quotes it: the finding says so first (heldout15 review, h15-023), its advice kept for a
// run that prints the same error. A tool's hint after a real refusal is no such introduction.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

const EXAMPLE = 'The text introduces this refusal as an example of an error a reader may meet'

const explained = (text: string) => {
  const found = analyzeText(text.endsWith('\n') ? text : `${text}\n`).findings
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('a refusal a text introduces as an example', () => {
  it('h15-023: a README\'s "If you encounter such error", its cut blob said next', () => {
    const f = explained(corpusText('heldout15.jsonl', 'h15-023'))
    expect(f.inferred?.signals?.['documented-example']?.from).toBe(
      '"If you encounter such error" in the log'
    )
    expect(f.explanation.startsWith(EXAMPLE)).toBe(true)
    // The 102-character blob is cut (STS blobs run to hundreds): said after the example lead.
    expect(f.detail.encodedTruncated).toBe('cut')
    expect(f.explanation.indexOf('the log does not hold the whole message')).toBeGreaterThan(
      f.explanation.indexOf(EXAMPLE)
    )
  })

  it('our own: a guide\'s "you may see an error like the following", the advice kept', () => {
    const f = explained(
      'When the role lacks the permission, you may see an error like the following:\n\n```\nAn error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::480311764563:assumed-role/reader/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/report.csv" because no identity-based policy allows the s3:GetObject action\n```'
    )
    expect(f.explanation.startsWith(EXAMPLE)).toBe(true)
    expect(f.explanation).toMatch(/If a run of yours printed it, what follows applies to that run/)
    expect(f.action).toBe('s3:GetObject')
  })

  it.each([
    [
      // Our own: a tool's hint printed after the real refusal is no introduction.
      'a hint after the refusal',
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::480311764563:assumed-role/reader/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/report.csv" because no identity-based policy allows the s3:GetObject action\nIf you see this error, check the role attached to the runner.'
    ],
    [
      // Our own: an introduction a page away from the refusal speaks for another error.
      'an introduction far above',
      `If you get an error here, re-run the bootstrap.\n${'+ terraform plan -out plan.bin\n'.repeat(10)}An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::480311764563:assumed-role/reader/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/report.csv" because no identity-based policy allows the s3:GetObject action`
    ]
  ])('not an example: %s', (_name, text) => {
    const f = explained(text)
    expect(f.inferred?.signals?.['documented-example']).toBeUndefined()
    expect(f.explanation).not.toMatch(EXAMPLE)
  })
})
