// heldout41's expert review (issue 17, session 35): classes it found wrong or over-broad that this
// round fixed, from their real excerpts, each with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h41 = (id: string) => corpusText('heldout41.jsonl', id)

describe('heldout41 review', () => {
  it('h41-001 (aws-samples/live-to-vod-workflow-using-aws-serverless-platform#2): a harvest job’s role is passed to MediaPackage', () => {
    const { statements } = analysedOne(h41('h41-001'))
    const pass = statements.find((s) => s.Action === 'iam:PassRole')!
    expect(pass.Condition?.StringEquals?.['iam:PassedToService']).toBe('mediapackage.amazonaws.com')
  })

  it('h41-028 (aws-powertools/powertools-lambda-typescript#2869): an expired signature is no “15 minutes” where the message says 5', () => {
    const { f } = analysedOne(h41('h41-028'))
    expect(f.explanation).not.toContain('more than 15 minutes apart')
    expect(f.explanation).toContain('`- 5 min.`')
  })

  it('own: a PassRole refused with no call named names no service to pass the role to', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/batch-ops because no identity-based policy allows the iam:PassRole action'
    )
    const pass = statements.find((s) => s.Action === 'iam:PassRole')!
    expect(pass.Condition?.StringEquals?.['iam:PassedToService']).toBeUndefined()
  })
})
