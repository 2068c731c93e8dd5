// The facts rows of a finding (src/report/findingFields.ts). "Cross-account: no" is said only from
// two account IDs the reader can compare: one placeholder on both sides (`account-id`) may hide
// two accounts (heldout15 review, h15-097).
import { analyzeText } from '../../src/engine/Analysis.js'
import { findingFields } from '../../src/report/findingFields.js'
import { corpusText } from '../support/corpusRecords.js'

const crossAccountRow = (text: string): string | undefined => {
  const [f] = analyzeText(`${text}\n`).findings
  return findingFields(f!).find((r) => r.label === 'Cross-account')?.value
}

describe('the Cross-account row', () => {
  it('h15-097: not shown from two masked `account-id` fields', () => {
    expect(crossAccountRow(corpusText('heldout15.jsonl', 'h15-097'))).toBeUndefined()
  })

  it.each([
    [
      'our own: the same account ID on both sides',
      'User: arn:aws:sts::480311764563:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::480311764563:role/deploy',
      'no'
    ],
    [
      'our own: two account IDs',
      'User: arn:aws:sts::480311764563:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::739812450016:role/deploy',
      'yes'
    ]
  ])('%s: %s', (_n, text, value) => {
    expect(crossAccountRow(text)).toBe(value)
  })
})
