// Which findings get an action inferred from the operation they name (diagnose.ts): a denial or an
// encoded denial that names no action, never a credentials problem, whose fix is not a permission.
import { describe, expect, it } from '@jest/globals'
import { only } from './analyze.js'

// Verbatim from the shared corpus (__tests__/fixtures/corpus/dev.jsonl), with their sources.
const ENCODED_START_INSTANCES =
  '$ aws ec2 start-instances --instance-ids i-0d815c2129example --region ap-northeast-1 An error occurred (UnauthorizedOperation) when calling the StartInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: TU8IM<中略>EXAMPLE' // d069, https://dev.classmethod.jp/articles/tsnote-iam-you-are-not-authorized-to-perform-this-operation-001/
const EXPIRED_TOKEN_LAMBDA =
  'lambda.functions: failed to resolve table "aws_lambda_function_concurrency_configs": error at github.com/cloudquery/cq-provider-aws/resources/services/lambda.fetchLambdaFunctionConcurrencyConfigs[functions.go:1365] operation error Lambda: ListProvisionedConcurrencyConfigs, https response error StatusCode: 403, RequestID: xxxx, api error ExpiredTokenException: The security token included in the request is expired' // d091, https://github.com/cloudquery/cq-provider-aws/pull/1171
const INVALID_TOKEN_STS =
  '╷\n│ Error: configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: b16fc6b2-becc-46e0-8c3b-37b58e5f4202, api error InvalidClientTokenId: The security token included in the request is invalid.\n│\n│   with provider["registry.terraform.io/hashicorp/aws"],\n│   on Provider.tf line 1, in provider "aws":\n│    1: provider "aws" {\n│' // d094, https://github.com/hashicorp/terraform-provider-aws/issues/28443

describe('the inferred action', () => {
  it('is inferred for an encoded denial that names only its operation', () => {
    const f = only(ENCODED_START_INSTANCES)
    expect(f.kind).toBe('encoded')
    expect(f.action).toBeNull()
    expect(f.inferredAction).toBe('ec2:StartInstances')
    expect(f.confidence).toBe('inferred')
  })

  it.each([
    ['an expired token (Lambda)', EXPIRED_TOKEN_LAMBDA],
    ['an invalid token (STS)', INVALID_TOKEN_STS]
  ])('is never inferred for a credentials problem: %s', (_name, text) => {
    const f = only(text)
    expect(f.kind).toBe('credentials')
    expect(f.operation).not.toBeNull()
    expect(f.inferredAction).toBeNull()
  })
})
