// heldout31's refusals the engine missed or half-read on its unseen score (issue 10, session 32)
// that no other test file holds, each with its own cases and counter-cases beside the corpus's.
// The SDK error records (h31-013…015) are in sdkErrorRecords.test.ts, boto 2 (h31-010) in
// credentialWordings.test.ts, the Rust SDK's code (h31-004's first line) in codeSlotForms.test.ts.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h31 = (id: string) => corpusText('heldout31.jsonl', id)

describe('an S3-compatible store known by its host id', () => {
  it("h31-004 (awslabs/aws-sdk-rust#973): 64 hex digits where S3 prints base64 are MinIO's", () => {
    expect(parseText(h31('h31-004'))).toEqual([])
  })

  it("own: S3's own base64 host id under the same message stays AWS's", () => {
    const [f, ...rest] = parseText(
      '<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><RequestId>4F2659BDA1E78A41</RequestId><HostId>ewmvzYmgbPxU1kXQzK544DKLcVjOUuhpqfuBIP16hTWi5EnEq3dCCglVb9tkCYJTwQbUKlFShHU=</HostId></Error>'
    )
    expect(rest).toEqual([])
    expect([f!.kind, f!.code]).toEqual(['credentials', 'InvalidAccessKeyId'])
  })

  it('own: a 64-digit hex value that is no host id (a SHA-256 beside the refusal) changes nothing', () => {
    expect(
      parseText(
        'upload failed: ./a.zip to s3://b/a.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (sha256 5e0466557790194f71acb9d44341f26b381bbf7ca42536c367b0a3b121df5c06)'
      ).map((f) => f.code)
    ).toEqual(['AccessDenied'])
  })
})

describe('a policy ARN printed only up to its empty fields keeps its colons', () => {
  it('h31-022 (Terraform: `…in a service control policy: arn:aws:organizations::`)', () => {
    const [f] = parseText(h31('h31-022'))
    expect([f!.layer, f!.deny, f!.policyArn]).toEqual([
      'scp',
      'explicit',
      'arn:aws:organizations::'
    ])
  })

  it('own: a whole policy ARN after the clause loses only the sentence full stop', () => {
    const [f] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:CreateBucket on resource: "arn:aws:s3:::b" with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1234abcd.'
    )
    expect(f!.policyArn).toBe(
      'arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1234abcd'
    )
  })
})

describe('root assuming a role, the CLI line wrapped before `operation:`', () => {
  it('h31-024: one credentials finding with its code, as on one line (dev d106)', () => {
    expect(parseText(h31('h31-024')).map((f) => [f.kind, f.code, f.detail.cause])).toEqual([
      ['credentials', 'AccessDenied', 'root-credentials']
    ])
  })

  it("own: another message wrapped there stays the CLI's denial", () => {
    expect(
      parseText(
        'An error occurred (AccessDenied) when calling the AssumeRole\noperation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
      ).map((f) => [f.kind, f.action])
    ).toEqual([['denial', 'sts:AssumeRole']])
  })
})
