// The Region and IDs an AWS CLI call's own flags give fill the statement's ARN slots (issue 17,
// heldout13 review h13-155: `--region us-west-2 --volume-id vol-949bdb26` stayed placeholders).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe("an AWS CLI call's flags fill the ARN slots", () => {
  it('h13-155 (cloudavail/aws-missing-tools#131): the volume and Region of create-snapshot', () => {
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-155'))
    expect(f.inferred?.namedSlots?.value).toBe('Region=us-west-2,VolumeId=vol-949bdb26')
    const resources = statements.flatMap((s) => [s.Resource ?? []].flat())
    expect(resources).toContain('arn:aws:ec2:us-west-2:<ACCOUNT_ID>:volume/vol-949bdb26')
    expect(resources.join(' ')).not.toMatch(/<REGION>|<VOLUME_ID>/)
  })

  it('own variant: the AWS CLI v2 message under its command, `=` between flag and value', () => {
    const { f } = analysedOne(
      '$ aws ec2 create-snapshot --volume-id=vol-0abc1234def567890 --region=eu-west-1\nAn error occurred (UnauthorizedOperation) when calling the CreateSnapshot operation: You are not authorized to perform this operation.'
    )
    expect(f.inferred?.namedSlots?.value).toBe('Region=eu-west-1,VolumeId=vol-0abc1234def567890')
  })

  it.each([
    // Own: a command of another service than the refusal's names none of its slots.
    '$ aws s3 cp a.txt s3://b1/a.txt --region us-west-2\nAn error occurred (UnauthorizedOperation) when calling the CreateSnapshot operation: You are not authorized to perform this operation.',
    // Own: a plural flag with two values names no one ID.
    '$ aws ec2 stop-instances --instance-ids i-0aaa1111 i-0bbb2222\nAn error occurred (UnauthorizedOperation) when calling the StopInstances operation: You are not authorized to perform this operation.'
  ])('counter-case: %s', (text) => {
    const { f } = analysedOne(text)
    expect(f.inferred?.namedSlots?.value ?? '').not.toMatch(/InstanceId|VolumeId|Region/)
  })
})

describe('Active Storage purge: every object of the bucket, and the listing beside (h13-101)', () => {
  it.each([
    // heldout13 h13-101 (exercism/website#961, Bugsnag) and held-out h023 (exercism/website#2394).
    ['h13-101', corpusText('heldout13.jsonl', 'h13-101')],
    [
      'exercism/website#2394',
      '**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**\nAccess Denied\n\n## Stacktrace\n\n    vendor/bundle/ruby/3.1.0/gems/aws-sdk-core-3.126.0/lib/seahorse/client/plugins/raise_response_errors.rb:17 - call'
    ]
  ])('%s: s3:DeleteObject on bucket/*, s3:ListBucket on the bucket', (_, text) => {
    const { statements } = analysedOne(text)
    const grants = Object.fromEntries(
      statements.flatMap((s) => [s.Action].flat().map((a) => [a, s.Resource]))
    )
    expect(grants).toEqual({
      's3:DeleteObject': 'arn:aws:s3:::<BUCKET_NAME>/*',
      's3:ListBucket': 'arn:aws:s3:::<BUCKET_NAME>'
    })
  })

  it('counter-case: a Rails upload refused is no purge (no listing, no bucket-wide delete)', () => {
    // Own: the analyze job, not the purge.
    const { statements } = analysedOne(
      '**Aws::S3::Errors::AccessDenied** in **ActiveStorage::AnalyzeJob@default**\nAccess Denied\n'
    )
    const actions = statements.flatMap((s) => [s.Action].flat())
    expect(actions).not.toContain('s3:ListBucket')
  })
})

// heldout18 review h18-123: Spark's catalog check names the database the refused catalog ARN
// leaves out.
describe("Spark's `Unable to verify existence of NAME database` names the Glue database", () => {
  it('h18-123 (Athena for Spark troubleshooting page): database/default, not a placeholder', () => {
    const { f, statements } = analysedOne(corpusText('heldout18.jsonl', 'h18-123'))
    expect(f.inferred?.namedSlots?.value).toBe('DatabaseName=default')
    const resources = statements.flatMap((s) => [s.Resource ?? []].flat())
    expect(resources).toContain('arn:aws:glue:<REGION>:<ACCOUNT_ID>:database/default')
    expect(resources.join(' ')).not.toContain('<DATABASE_NAME>')
  })

  it('own: an EMR job naming its own database', () => {
    const { f } = analysedOne(
      'pyspark.sql.utils.AnalysisException: Unable to verify existence of sales_raw database: com.amazonaws.services.glue.model.AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/EMR_EC2_DefaultRole/i-0abc is not authorized to perform: glue:GetDatabase on resource: arn:aws:glue:us-east-1:123456789012:catalog because no identity-based policy allows the glue:GetDatabase action'
    )
    expect(f.inferred?.namedSlots?.value).toBe('DatabaseName=sales_raw')
  })

  it('own counter-case: the phrase under an S3 refusal fills no Glue slot', () => {
    const { f } = analysedOne(
      'Unable to verify existence of default database\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(f.inferred?.namedSlots).toBeUndefined()
  })
})
