// WD976 (heldout28 review 3, h28-013): an HTTP client printed only a 403 from an AWS endpoint. The
// body (its code) and the signing identity come before the Allow.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('bare-http-403', () => {
  it('h28-013 (Python requests at the CloudWatch endpoint): the body and the identity first, the Allow kept', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout28.jsonl', 'h28-013'))
    expect(f.traps).toContain('bare-http-403')
    expect(notes).toMatch(/^The client printed only the HTTP status, not AWS's answer/)
    expect(notes).toMatch(/aws sts get-caller-identity/)
    expect(statements.map((s) => s.Action)).toEqual(['cloudwatch:PutMetricData'])
  })

  it('counter-case: a 403 with its AWS code printed is no bare status', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the PutMetricData operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudwatch:PutMetricData'
    )
    expect(f.traps).not.toContain('bare-http-403')
  })
})
