// Calls the log names in its own words, drafted as their IAM action (heldout16 review h16-005,
// h16-103) and the bucket ECR serves its layers from behind an S3 endpoint (h16-075).
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

describe('calls named in the log', () => {
  it("h16-005: CloudFormation's `API: s3:SetBucketEncryption` is s3:PutEncryptionConfiguration", () => {
    const { statements } = analysedOne(corpusText('heldout16.jsonl', 'h16-005'))
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutEncryptionConfiguration'])
  })

  it("h16-103 (GitLab's object storage via Excon): `Expected(204)` is a delete", () => {
    const { f, statements } = analysedOne(corpusText('heldout16.jsonl', 'h16-103'))
    expect(f.inferredAction).toBe('s3:DeleteObject')
    expect(statements.map((s) => s.Action)).toEqual(['s3:DeleteObject'])
  })

  it('own counter-case: Excon expecting 200 names no call', () => {
    const { f } = analysedOne(
      'Excon::Error::Forbidden (Expected(200) <=> Actual(403 Forbidden)\n  :body => "<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"'
    )
    expect(f.inferredAction ?? null).not.toBe('s3:DeleteObject')
  })
})

describe("ECR's layer bucket behind an S3 endpoint", () => {
  it('h16-075: the endpoint policy statement ECR documents', () => {
    const { notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-075'))
    expect(notes).toContain(
      '`s3:GetObject` on `arn:aws:s3:::prod-us-west-2-starport-layer-bucket/*` (the statement ECR'
    )
  })

  it('own counter-case: another bucket behind an endpoint gets no ECR note', () => {
    const { notes } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::my-bucket/k" because no VPC endpoint policy allows the s3:GetObject action'
    )
    expect(notes).not.toContain('starport')
  })
})
