// Terraform's AWS provider reads a resource back the moment it has created it: a refused create
// gets the provider's read beside it, on every resource of the kind, since the new ID is unknown
// (heldout26 review, h26-004).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const READ_NOTE = /Terraform's AWS provider reads the .* back after creating it and on every plan/

describe("Terraform's read after a create", () => {
  it('h26-004: CreateUserPool refused with the address shown gets DescribeUserPool and GetUserPoolMfaConfig', () => {
    const { statements, notes } = analysedOne(corpusText('heldout26.jsonl', 'h26-004'))
    expect(statements).toEqual([
      expect.objectContaining({ Action: 'cognito-idp:CreateUserPool', Resource: '*' }),
      expect.objectContaining({
        Action: ['cognito-idp:DescribeUserPool', 'cognito-idp:GetUserPoolMfaConfig'],
        Resource: 'arn:aws:cognito-idp:<REGION>:<ACCOUNT_ID>:userpool/*'
      })
    ])
    expect(notes).toMatch(READ_NOTE)
    // One note for the two reads, and the mask is the caller's, not the placeholder itself.
    expect(notes.match(/needed as well/g)).toHaveLength(1)
    expect(notes).toContain('the log masks it as `XXXXXXXXXXXXX`')
  })

  it("h26-017: the provider's own words (`Error: requesting ACM Certificate`) say Terraform without an address", () => {
    const { statements, notes } = analysedOne(corpusText('heldout26.jsonl', 'h26-017'))
    // The request itself was evaluated on `certificate/*` (the message prints it): one statement.
    expect(statements).toEqual([
      expect.objectContaining({
        Action: ['acm:DescribeCertificate', 'acm:ListTagsForCertificate', 'acm:RequestCertificate'],
        Resource: 'arn:aws:acm:us-east-1:<ACCOUNT_ID>:certificate/*'
      })
    ])
    expect(notes).toMatch(/reads the ACM Certificate back after creating it/)
    expect(notes).toContain('the log masks it as `***`')
  })

  // The heldout136 review of h137-036 (the same refusal without its address): an apply of
  // aws_cur_report_definition lists the definitions right after the put.
  it('own: a refused cur:PutReportDefinition under its Terraform address gets DescribeReportDefinitions on "*"', () => {
    const { statements, notes } = analysedOne(
      [
        '│ Error: creating Cost And Usage Report Definition (example-cur-report-definition): AccessDeniedException: User: arn:aws:sts::083957762049:assumed-role/infra/aws-go-sdk-1704803134428561000 is not authorized to perform: cur:PutReportDefinition on resource: arn:aws:cur:us-east-1:083957762049:definition/example-cur-report-definition because no identity-based policy allows the cur:PutReportDefinition action',
        '│ ',
        '│   with aws_cur_report_definition.example,'
      ].join('\n')
    )
    expect(statements.flatMap((s) => [s.Action].flat())).toEqual(
      expect.arrayContaining(['cur:PutReportDefinition', 'cur:DescribeReportDefinitions'])
    )
    expect(
      statements.find((s) => [s.Action].flat().includes('cur:DescribeReportDefinitions'))!.Resource
    ).toBe('*')
    expect(notes).toMatch(READ_NOTE)
  })

  it('h26-025: the Region and account the message prints are kept', () => {
    const { statements } = analysedOne(corpusText('heldout26.jsonl', 'h26-025'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: ['acm:DescribeCertificate', 'acm:ListTagsForCertificate', 'acm:RequestCertificate'],
        Resource: 'arn:aws:acm:eu-west-3:126316686161:certificate/*'
      })
    ])
  })

  it("h4-008: an aws_s3_bucket's read is of the bucket it names, never every bucket", () => {
    const { statements, notes } = analysedOne(corpusText('heldout4.jsonl', 'h4-008'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Resource).toBe('arn:aws:s3:::company-data-lake-444455556666')
    expect(statements[0]!.Action).toEqual(
      expect.arrayContaining([
        's3:CreateBucket',
        's3:ListBucket',
        's3:GetBucketPolicy',
        's3:GetBucketTagging'
      ])
    )
    expect(notes).not.toMatch(/every one of its kind/)
  })

  it('a create the catalog has no read table for gets its Describe of the same noun', () => {
    const text = [
      '╷',
      '│ Error: creating EC2 VPC: operation error EC2: CreateVpc, https response error StatusCode: 403, RequestID: 0f6b1c2e-1111-2222-3333-444455556666, api error UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: ec2:CreateVpc on resource: arn:aws:ec2:eu-west-1:111122223333:vpc/* because no identity-based policy allows the ec2:CreateVpc action.',
      '│',
      '│   with aws_vpc.main,',
      '│   on main.tf line 1, in resource "aws_vpc" "main":',
      '╵'
    ].join('\n')
    const { statements, notes } = analysedOne(text)
    expect(statements.map((s) => s.Action)).toContainEqual('ec2:DescribeVpcs')
    expect(notes).toMatch(/reads the aws_vpc back/)
  })

  it.each([
    // The same refusal from the CLI: nothing reads it back.
    'An error occurred (AccessDeniedException) when calling the CreateUserPool operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cognito-idp:CreateUserPool on resource: * because no identity-based policy allows the cognito-idp:CreateUserPool action',
    // A refused read during a refresh is the read itself: no companions.
    '│ Error: reading Cognito User Pool (eu-west-1_AbCdEfGhI): AccessDeniedException: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cognito-idp:DescribeUserPool on resource: arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_AbCdEfGhI because no identity-based policy allows the cognito-idp:DescribeUserPool action\n│   with aws_cognito_user_pool.pool,'
  ])('no read-back without a Terraform create: %#', (text) => {
    const { notes } = analysedOne(text)
    expect(notes).not.toMatch(READ_NOTE)
  })
})
