// WD5004 (heldout124, h124-046): the Serverless Application Repository reads a publication's
// artifacts itself; the bucket's policy must let it, not the publisher's role.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'serverlessrepo-bucket-read'

describe(TRAP, () => {
  it('h124-046 (awsdocs/aws-serverlessrepo-developer-guide#5): the bucket policy for the service, no statement for the caller', () => {
    const { findings, statements } = analysed(corpusText('heldout124.jsonl', 'h124-046'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('resource-policy')
    expect(f.explanation).toContain('serverlessrepo.amazonaws.com')
    expect(f.explanation).toContain('arn:aws:s3:::<pipeline-name>/*')
    expect(f.explanation).toContain('aws:SourceAccount')
    expect(statements).toEqual([])
  })

  it('own counter-case: another service’s read access words are not this trap', () => {
    const { findings } = analysed(
      'An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:GetObject action'
    )
    expect(findings[0]!.traps).not.toContain(TRAP)
  })
})
