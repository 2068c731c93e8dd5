// WD947 (heldout22 review, h22-007): a service saying its own role may not act on a resource is
// that role's policy (AWS Backup's managed policies, S3 versioning), never the caller's.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'service-role-refused'

describe(TRAP, () => {
  it("h22-007 (ministryofjustice/modernisation-platform#6152): AWS Backup's role on an S3 bucket", () => {
    const { f, statements } = analysedOne(corpusText('heldout22.jsonl', 'h22-007'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^AWS Backup runs the job as the IAM role/)
    expect(f.explanation).toContain('`AWSBackupServiceRolePolicyForS3Backup`')
    expect(f.explanation).toContain('turn on versioning on the bucket')
    expect(f.fixTarget.description).toBe(
      'the IAM role AWS Backup runs the job as (its service role), not the caller'
    )
    expect(statements).toEqual([])
  })

  it('own: a DynamoDB table gets the general Backup policy, no S3 versioning', () => {
    const { f } = analysedOne(
      'Backup job failed: AWS Backup does not have permission to describe resource arn:aws:dynamodb:us-east-1:123456789012:table/orders.'
    )
    expect(f.explanation).toContain('`AWSBackupServiceRolePolicyForBackup`')
    expect(f.explanation).not.toContain('versioning')
  })

  it("counter-case: a caller's own refusal on the same bucket is no service role's", () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the GetBucketVersioning operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetBucketVersioning on resource: arn:aws:s3:::data'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
