// Point 5 and 6 of issue 13: traps only where they apply, the IaC resource deciding iam:PassRole's
// service, and a bare S3 refusal explained by its likely causes.
import { describe, expect, it } from '@jest/globals'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

describe('the KMS key-policy trap', () => {
  it('is not raised for kms:CreateKey, which no key policy governs (find_string#5653376161, KMS workshop)', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the CreateKey operation: User: arn:aws:sts::111122223333:assumed-role/KMSWorkshop-InstaceInitRole/instanceid is not authorized to perform: kms:CreateKey on resource: *'
    const [f] = analyzeText(text).findings
    expect(f!.action).toBe('kms:CreateKey')
    expect(f!.traps).not.toContain('kms-key-policy')
  })

  it('is not raised for list-aliases (find_string#61532388808)', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the ListAliases operation: User: arn:aws:iam::404063516240:user/devops-agent is not authorized to perform: kms:ListAliases because no identity-based policy allows the kms:ListAliases action'
    const [f] = analyzeText(text).findings
    expect(f!.traps).not.toContain('kms-key-policy')
  })

  it('is still raised for a key use (kms:Decrypt)', () => {
    const text =
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:iam::404063516240:user/devops-agent is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:404063516240:key/7709dd66-6af7-4dd6-b4a4-44fb42480434 because no identity-based policy allows the kms:Decrypt action'
    expect(analyzeText(text).findings[0]!.traps).toContain('kms-key-policy')
  })
})

describe('iam:PassRole handed to an IaC resource', () => {
  // The PassRole sentence of mozilla-iam/cis#33 on a CloudFormation event line (the line shape of
  // onramper/action-deploy-aws-static-site#233): no operation names the service.
  const cfn =
    'MyStack | 8:09:00 PM | CREATE_FAILED        | AWS::Lambda::Function | Api/Handler (ApiHandler5E7490E8) Resource handler returned message: "User: arn:aws:sts::656532927350:assumed-role/CISDeveloper/nemo is not authorized to perform: iam:PassRole on resource: arn:aws:iam::656532927350:role/CISLambdaFunctionRoles-IDVtoIDV-8AMFBTKC70WN"'

  it('shows the logical ID and limits the role to lambda.amazonaws.com', () => {
    const report = analyzeText(cfn)
    const f = report.findings[0]!
    expect(f.inferred?.iacResource).toEqual({
      value: 'ApiHandler5E7490E8 (AWS::Lambda::Function)',
      from: 'CloudFormation logical ID and type in the log'
    })
    const statements = buildRemedies(report.findings).flatMap((r) => r.statements)
    expect(statements).toContainEqual(
      expect.objectContaining({
        Action: 'iam:PassRole',
        Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }
      })
    )
  })

  it('uses the Terraform address printed after the error (d034 shape: `with aws_x.y,`)', () => {
    const text = [
      '│ Error: updating Lambda Function (api) configuration: operation error Lambda: UpdateFunctionConfiguration, https response error StatusCode: 403, RequestID: 1, api error AccessDeniedException: User: arn:aws:sts::656532927350:assumed-role/CISDeveloper/nemo is not authorized to perform: iam:PassRole on resource: arn:aws:iam::656532927350:role/api-exec',
      '│ ',
      '│   with aws_lambda_function.api,',
      '│   on main.tf line 12, in resource "aws_lambda_function" "api":'
    ].join('\n')
    const f = analyzeText(text).findings[0]!
    expect(f.inferred?.iacResource?.value).toBe('aws_lambda_function.api')
  })

  it('keeps no PassedToService guess without an operation or IaC resource', () => {
    const text =
      'User: arn:aws:sts::656532927350:assumed-role/CISDeveloper/nemo is not authorized to perform: iam:PassRole on resource: arn:aws:iam::656532927350:role/x'
    const statements = buildRemedies(analyzeText(text).findings).flatMap((r) => r.statements)
    expect(statements.some((s) => s.Condition)).toBe(false)
  })
})

describe('a bare S3 refusal explained', () => {
  it('ranks the causes of a write and gives the command that tells them apart (aws/aws-cli#813)', () => {
    const text =
      'upload failed: ./baz to s3://mybucket/foo/bar/baz A client error (AccessDenied) occurred when calling the PutObject operation: Access Denied'
    const e = analyzeText(text).findings[0]!.explanation
    expect(e).toMatch(
      /\(1\) the caller's identity policy has no Allow for s3:PutObject; \(2\) a Deny in the bucket policy/
    )
    expect(e).toContain('Block Public Access')
    expect(e).toContain('--resource-arns arn:aws:s3:::mybucket/foo/bar/baz')
    expect(e).toContain('aws iam simulate-principal-policy')
  })

  it('puts a missing key first for a HEAD 403 (allada/eth-archive-snapshot#7)', () => {
    const text =
      'download failed: s3://public-blockchain-snapshots/eth/erigon/archive/latest/v1/chaindata/mdbx.dat.zstd to - An error occurred (403) when calling the HeadObject operation: Forbidden'
    const e = analyzeText(text).findings[0]!.explanation
    expect(e).toMatch(/\(1\) the key does not exist and the caller may not s3:ListBucket/)
  })

  it('leaves a refusal that names its policy layer to the layer', () => {
    const text =
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
    expect(analyzeText(text).findings[0]!.explanation).not.toContain('likely causes')
  })
})
