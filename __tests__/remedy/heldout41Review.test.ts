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

describe('a tool’s own words for its call (heldout41 review h41-018, heldout40 review h40-015)', () => {
  it('h41-018 (CMSgov/beneficiary-fhir-data#101): the CloudWatch agent’s tag refresh is ec2:DescribeTags', () => {
    const { f } = analysedOne(h41('h41-018'))
    expect(f.inferredAction).toBe('ec2:DescribeTags')
  })

  it('h40-015 (ClickHouse/ClickHouse#57850): `while reading key: …, from bucket: …` is an S3 GetObject', () => {
    const { f } = analysedOne(corpusText('heldout40.jsonl', 'h40-015'))
    expect([f.service, f.inferredAction]).toEqual(['s3', 's3:GetObject'])
  })

  it('own: the agent’s other refresh names no tag read', () => {
    const { f } = analysedOne(
      '2019-10-06T03:42:37Z E! refresh EBS Volume failed: UnauthorizedOperation: You are not authorized to perform this operation.'
    )
    expect(f.inferredAction).not.toBe('ec2:DescribeTags')
  })
})
