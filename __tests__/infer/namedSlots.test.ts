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
