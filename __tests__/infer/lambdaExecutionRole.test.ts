// Issue 17 (heldout11 review, h11-022): a refused Lambda CreateFunction is fixed only with
// iam:PassRole on the function's execution role beside it; the role ARN when the log prints it,
// else a placeholder role ARN, never "*", and always limited to lambda.amazonaws.com.
import { corpusText } from '../support/corpusRecords.js'
import { analysed } from '../diagnose/traps/analysed.js'

type Statement = { Action?: string | string[]; Resource?: string | string[]; Condition?: unknown }
const passRole = (s: Statement[]) =>
  s.filter((x) => [x.Action ?? []].flat().some((a) => a === 'iam:PassRole'))
const LAMBDA = { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }

describe("Lambda's execution role beside the call that hands it over", () => {
  it.each([
    [
      'the review case h11-022 (Terraform, empty AccessDeniedException)',
      corpusText('heldout11.jsonl', 'h11-022')
    ],
    [
      // hashicorp/terraform-provider-aws#21046, as printed.
      'Terraform creating a function with an existing role',
      'module.common.aws_lambda_function.log_monitoring_lambda_function: Creating...\n\nError: error creating Lambda Function (1): AccessDeniedException: \n        status code: 403, request id: d7aac889-0404-4234-b885-5608bbea4a97'
    ]
  ])('%s: iam:PassRole on a placeholder role, for Lambda only', (_, text) => {
    const [s, ...more] = passRole(analysed(text).statements)
    expect(more).toEqual([])
    expect(s!.Resource).toMatch(/^arn:aws:iam::<[A-Z_]+>:role\/<[A-Z_]+>$/)
    expect(s!.Condition).toEqual(LAMBDA)
  })

  it('the role ARN on the command line is the resource', () => {
    // Constructed: the CLI call traced by `set -x`, refused for the caller's own lack of the call.
    const text =
      '+ aws lambda create-function --function-name api --runtime nodejs20.x --handler index.handler --zip-file fileb://api.zip --role arn:aws:iam::123456789012:role/api-exec\nAn error occurred (AccessDeniedException) when calling the CreateFunction operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: lambda:CreateFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:api because no identity-based policy allows the lambda:CreateFunction action'
    const [s] = passRole(analysed(text).statements)
    expect(s!.Resource).toBe('arn:aws:iam::123456789012:role/api-exec')
    expect(s!.Condition).toEqual(LAMBDA)
  })

  it("the caller's own role is never taken for the execution role", () => {
    // Constructed: the caller is an IAM role ARN, the message's only role.
    const text =
      'An error occurred (AccessDeniedException) when calling the CreateFunction operation: User: arn:aws:iam::123456789012:role/deployer is not authorized to perform: lambda:CreateFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:api'
    const [s] = passRole(analysed(text).statements)
    expect(s!.Resource).not.toContain('deployer')
    expect(s!.Resource).not.toBe('*')
  })

  it('UpdateFunctionConfiguration given --role passes it', () => {
    // Constructed: the CLI call with the role on its command line, traced by `set -x`.
    const text =
      '+ aws lambda update-function-configuration --function-name api --role arn:aws:iam::123456789012:role/api-exec\nAn error occurred (AccessDeniedException) when calling the UpdateFunctionConfiguration operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: lambda:UpdateFunctionConfiguration on resource: arn:aws:lambda:us-east-1:123456789012:function:api'
    const [s] = passRole(analysed(text).statements)
    expect(s!.Resource).toBe('arn:aws:iam::123456789012:role/api-exec')
  })

  it.each([
    [
      // Constructed: a configuration change that sets no role (memory only).
      'UpdateFunctionConfiguration without a role',
      '+ aws lambda update-function-configuration --function-name api --memory-size 512\nAn error occurred (AccessDeniedException) when calling the UpdateFunctionConfiguration operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: lambda:UpdateFunctionConfiguration on resource: arn:aws:lambda:us-east-1:123456789012:function:api'
    ],
    [
      // nficano/python-lambda#715, as printed: reading a function passes nothing.
      'GetFunction',
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetFunction operation: User: arn:aws:iam::*******:user/shahzaib.ali is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:me-south-1:*******:function:GKQA with an explicit deny in an identity-based policy'
    ],
    [
      // Constructed: a code update hands over no role.
      'UpdateFunctionCode with a role ARN elsewhere in the log',
      'Using role arn:aws:iam::123456789012:role/api-exec\nAn error occurred (AccessDeniedException) when calling the UpdateFunctionCode operation: User: arn:aws:sts::123456789012:assumed-role/ci/gh is not authorized to perform: lambda:UpdateFunctionCode on resource: arn:aws:lambda:us-east-1:123456789012:function:api'
    ]
  ])('no iam:PassRole for %s', (_, text) => {
    expect(passRole(analysed(text).statements)).toEqual([])
  })

  it('a refused iam:PassRole on CreateFunction is drafted once', () => {
    // mozilla-iam/cis#33, as printed.
    const text =
      'Error: function idvtoidv: AccessDeniedException: User: arn:aws:sts::656532927350:assumed-role/CISDeveloper/nemo is not authorized to perform: iam:PassRole on resource: arn:aws:iam::656532927350:role/CISLambdaFunctionRoles-IDVtoIDV-8AMFBTKC70WN'
    const s = passRole(analysed(text).statements)
    expect(s).toHaveLength(1)
    expect(s[0]!.Resource).toMatch(/:role\/CISLambdaFunctionRoles-/)
  })
})
