// The root user refused by a service with no resource-based policy (heldout27 review, h27-017):
// no policy lacks an Allow, so no "resource policy" is drafted; an organization rule or the
// service's own rule on which account may call is named instead.
import { analysedOne } from './traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('root refused where no resource policy exists', () => {
  it("h27-017 (Identity Center's account assignment): no statement, the delegated-administrator rule named", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout27.jsonl', 'h27-017'))
    expect(f.fixTarget.kind).not.toBe('resource-policy')
    expect(f.fixTarget.owner).toBe('org-admin')
    expect(f.explanation).toMatch(/delegated administrator account may not assign/)
    expect(statements).toEqual([])
    expect(notes).not.toMatch(/id-token/)
  })

  it("counter-case: root refused on an S3 object in another account is still the bucket policy's", () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:root is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::partner-exports/daily.csv" because no resource-based policy allows the s3:GetObject action'
    )
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(statements.length).toBeGreaterThan(0)
  })
})
