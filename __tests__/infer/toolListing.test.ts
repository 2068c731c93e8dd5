// A tool that says it was listing a kind (aws-nuke's `Listing EFSFileSystem failed.`): the refused
// list call named no resource, so Resource "*" is what allows it (heldout27 review, h27-015).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe("a tool's listing", () => {
  it('h27-015 (aws-nuke): DescribeFileSystems "on the specified resource" under `Listing EFSFileSystem failed` is a list call', () => {
    const { statements, notes } = analysedOne(corpusText('heldout27.jsonl', 'h27-015'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['elasticfilesystem:DescribeFileSystems', '*']
    ])
    expect(notes).toMatch(/refused without a resource/)
  })

  it('counter-case: the same refusal without the listing line stays scoped to a file system', () => {
    const { statements } = analysedOne(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/admin is not authorized to perform: elasticfilesystem:DescribeFileSystems on the specified resource'
    )
    expect(statements[0]!.Resource).not.toBe('*')
  })
})
