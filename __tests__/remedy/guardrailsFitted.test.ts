// Guardrail rows fitted to what the log shows (heldout16 review h16-073, h16-074): a Deny met by
// design is said so, first, and its owner is not asked to narrow it.
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

describe('a guardrail the request met by design', () => {
  it('h16-073: a bucket refusing plain HTTP, the log showing `--endpoint-url http://`', () => {
    const { f, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-073'))
    expect(f.inferred?.signals?.['plain-http-endpoint']?.value).toBe('http')
    // The explanation leads with the request to change; no policy is named for editing.
    expect(f.traps).toContain('guardrail-condition')
    expect(f.explanation).toMatch(
      /^The request went to AWS over plain HTTP \(`--endpoint-url http:\/\/s3\.eu-west-1\.amazonaws\.com` in the log\)\. A Deny on `aws:SecureTransport`/
    )
    expect(f.explanation).not.toMatch(/What to change/)
    expect(notes).toContain('Meet the condition instead: call the `https://` endpoint')
    expect(notes).not.toMatch(/"Effect": "Allow"/)
  })

  // h31-021 (github-file:find_string#70889537408): the command with `--endpoint-url http://` stands
  // seven lines above its refusal, a fenced block and a note between: further than a record reaches.
  it('h31-021: the plain-HTTP command remembered from above the context', () => {
    const { f, notes } = analysedOne(corpusText('heldout31.jsonl', 'h31-021'))
    expect(f.inferred?.signals?.['plain-http-endpoint']?.value).toBe('http')
    expect(f.explanation).toMatch(/^The request went to AWS over plain HTTP/)
    expect(notes).toContain('Meet the condition instead: call the `https://` endpoint')
  })

  it('own: a later command over HTTPS is the one refused, not the earlier plain-HTTP one', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `upload: ./f${i} to s3://b/f${i}`).join(
      '\n'
    )
    const { f } = analysedOne(
      `$ aws s3 ls --endpoint-url http://s3.eu-west-1.amazonaws.com s3://b\n${filler}\n$ aws s3 ls s3://b --region eu-west-1\n${filler}\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" with an explicit deny in a resource-based policy`
    )
    expect(f.inferred?.signals?.['plain-http-endpoint']).toBeUndefined()
    expect(f.traps).not.toContain('guardrail-condition')
  })

  it('own: a plain-HTTP call refused without an explicit Deny is no guardrail met', () => {
    const { f } = analysedOne(
      'aws s3 ls --endpoint-url http://s3.eu-west-1.amazonaws.com s3://b\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" because no identity-based policy allows the s3:ListBucket action'
    )
    expect(f.traps).not.toContain('guardrail-condition')
    expect(f.explanation).toMatch(/What to change/)
  })

  it('h16-074: deleting a CloudTrail log the bucket protects is the control working', () => {
    const { notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-074'))
    expect(notes).toMatch(/Check the Deny's Condition first: `a Deny on deleting audit logs/)
    expect(notes).toContain('this refusal is the control working')
  })

  it.each([
    [
      'own: an HTTPS endpoint is no sign of plain HTTP',
      'aws s3 ls s3://b --endpoint-url https://s3.eu-west-1.amazonaws.com\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" with an explicit deny in a resource-based policy'
    ],
    [
      'own: deleting an object outside AWSLogs/ gets no audit-log row',
      'An error occurred (AccessDenied) when calling the DeleteObject operation: User: arn:aws:sts::111122223333:assumed-role/r/s is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::b/app/x.json" with an explicit deny in a resource-based policy'
    ]
  ])('%s', (_title, text) => {
    const { notes } = analysedOne(text)
    expect(notes).not.toMatch(/plain HTTP|audit log/)
  })

  // heldout16 review h16-001 (aws-samples/well-architected-iac-analyzer#27): CDK's bootstrap
  // setting Block Public Access on its staging bucket, an SCP denying it.
  it("h16-001: an organization keeping Block Public Access to itself, CDK's bootstrap option first", () => {
    const { notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-001'))
    expect(notes).toMatch(
      /Check the Deny's Condition first: `s3:PutBucketPublicAccessBlock reserved to the organization`/
    )
    expect(notes).toContain('`cdk bootstrap --public-access-block-configuration false`')
  })

  // heldout16 review h16-057 (a lab's boundary allowing only some instance types): a boundary's
  // explicit Deny gets the conditions too, the instance type the log names first.
  it('own: an instance type named beside a boundary that denies the launch', () => {
    const { notes } = analysedOne(
      'Launching t3.small failed:\nYou are not authorized to perform this operation. User: arn:aws:iam::548387266019:user/lab is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* with an explicit deny in a permissions boundary: arn:aws:iam::548387266019:policy/lab-boundary'
    )
    expect(notes).toMatch(
      /Check the Deny's Condition first: `ec2:InstanceType`: the log names the instance type `t3.small`/
    )
  })

  it('own counter-case: an implicit boundary refusal gets no condition list', () => {
    const { notes } = analysedOne(
      'User: arn:aws:iam::548387266019:user/lab is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* because no permissions boundary allows the ec2:RunInstances action'
    )
    expect(notes).not.toMatch(/Guardrail Denies/)
  })
})
