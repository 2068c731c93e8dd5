// A caller of one partition refused on a resource ARN of another: partitions are isolated, so the
// ARN is wrong and no statement is drafted (heldout11 review, h11-163).
import { analysedOne } from './analysed.js'

const TRAP = 'arn-partition-mismatch'

// Source: awslabs/seed-farmer#388 (heldout11 h11-163), text as printed.
const SEED_FARMER_388 =
  '  File "/usr/local/lib/python3.11/site-packages/botocore/client.py", line 960, in _make_api_call\n' +
  '    raise error_class(parsed_response, operation_name)\n' +
  'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws-cn:iam::641482327773:user/ingest-test is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::641482327773:role/seedfarmer-addf-toolchain-role'
// Source: corymhall/cdk-diff-action#70 (GovCloud, the action built the lookup role ARN with `aws`), text as printed.
const CDK_DIFF_ACTION_70 =
  'Error performing stack diff:  AccessDenied: User: arn:aws-us-gov:sts::123456789000:assumed-role/SomeRoleName is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789000:role/cdk-hnb659fds-lookup-role-123456789000-us-gov-west-1'

describe(TRAP, () => {
  it.each([
    [
      'awslabs/seed-farmer#388',
      SEED_FARMER_388,
      'aws-cn',
      'arn:aws-cn:iam::641482327773:role/seedfarmer-addf-toolchain-role'
    ],
    [
      'corymhall/cdk-diff-action#70',
      CDK_DIFF_ACTION_70,
      'aws-us-gov',
      'arn:aws-us-gov:iam::123456789000:role/cdk-hnb659fds-lookup-role-123456789000-us-gov-west-1'
    ]
  ])('%s: the ARN names the wrong partition, no statement', (_s, text, partition, fixed) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps[0]).toBe(TRAP)
    // Nor the two-policies advice: no trust or identity policy can help across partitions.
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(f.title).toContain('another partition')
    expect(f.explanation.startsWith(`The caller is in the \`${partition}\` partition`)).toBe(true)
    expect(f.explanation).toContain(`\`${fixed}\``)
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(f.fixTarget.description).toMatch(/partition of the ARN/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed: the caller and .* are in different partitions/)
  })

  it.each([
    // Same partition on both sides (counter-cases): the trust or identity policy stays the fix.
    // Source: github-file:find_string#47241858247 (a Rust SDK error, aws-us-gov user and role), as printed.
    'message: Some("User: arn:aws-us-gov:iam::153771329827:user/Team-Kit-2586-2 is not authorized to perform: sts:AssumeRole\n              on resource: arn:aws-us-gov:iam::153771329827:role/Kit-2586-Role"), extras: Some({"aws_request_id": "e9eb17c0-1727-4e96-be60-96cf5ca44a2f"}) }, meta:',
    // Source: github-file:find_string#1409633070 (a Config-rule FAQ, aws-cn on both sides), as printed.
    'Error: "User: arn:aws-cn:sts::admin-account:assumed-role/LambdaConfigTriggerRole/InstanceTypeCheck is not authorized to perform: sts:AssumeRole on resource: arn:aws-cn:iam::managed-account:role/Config-rule-role-for-admin-account"',
    // An S3 ARN has no account but keeps its partition: same partition, no trap.
    'User: arn:aws-cn:iam::641482327773:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws-cn:s3:::cn-bucket/key'
  ])('same partition: no trap (%#)', (text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
  })

  it('a cross-partition S3 ARN is the same mistake', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws-us-gov:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::gov-bucket/key'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`arn:aws-us-gov:s3:::gov-bucket/key`')
    expect(statements).toEqual([])
  })
})
