// The resource the log shows is the one granted (heldout3 review, classes 8 and 10, D6): the named
// model, the secret by name with its random suffix, the object a service read, a key by ID.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import type { Remedy } from '../../src/model/Remedy.js'
import { findingsOf, only } from '../diagnose/analyze.js'

function remediesOf(text: string): { remedies: Remedy[]; notes: string } {
  const findings = findingsOf(text)
  expect(findings.length).toBeGreaterThan(0)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return { remedies, notes: remedies.flatMap((r) => r.notes).join('\n') }
}

const resources = (r: Remedy[]): unknown[] => r.flatMap((x) => x.statements.map((s) => s.Resource))

describe('Bedrock InvokeModel: the named model, not every kind of target', () => {
  // heldout3 h3-130 (github-file:find_string#18919039646), wrapped by its author.
  const H3_130 = `ClientError: An error occurred (AccessDeniedException) when calling the InvokeModel operation: 
User: arn:aws:sts::123456789012:assumed-role/estimation-tool-api-EstimationFunctionRole/estimation-tool-api 
is not authorized to perform: bedrock:InvokeModel on resource: 
arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0`

  it('h3-130: one statement on the foundation model the log names', () => {
    const { remedies } = remediesOf(H3_130)
    expect(resources(remedies)).toEqual([
      'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0'
    ])
  })

  it('aws-samples/semantic-search-with-amazon-opensearch#43: same, with a masked caller account', () => {
    const { remedies, notes } = remediesOf(
      'ValueError: Error raised by bedrock service: An error occurred (AccessDeniedException) when calling the InvokeModel operation: User: arn:aws:sts::**:assumed-role/semantic-search-NBRole-EjdXfAalJlpo/SageMaker is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 because no identity-based policy allows the bedrock:InvokeModel action'
    )
    expect(resources(remedies)).toEqual([
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'
    ])
    // The Marketplace first-use permissions, not the retired Model access page (review h8-067).
    expect(notes).toMatch(
      /aws-marketplace:Subscribe, Unsubscribe and ViewSubscriptions on first use/
    )
  })

  it('h3-125 (github-file:find_string#52131904346): no resource → a foundation-model placeholder, Region and Marketplace first use noted, never all-access', () => {
    const { remedies, notes } = remediesOf(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the InvokeModel operation'
    )
    const all = JSON.stringify(remedies)
    expect(resources(remedies)).toEqual(['arn:aws:bedrock:<REGION>::foundation-model/<MODEL_ID>'])
    expect(all).not.toContain('marketplace/model-endpoint/all-access"')
    expect(notes).toMatch(/model offered in this Region/)
    expect(notes).not.toMatch(/model access is enabled/)
    expect(notes).toContain('Replace <MODEL_ID> with the model ID')
  })

  it('an inference profile the log names is granted as itself, with its model', () => {
    const { remedies } = remediesOf(
      'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0 because no identity-based policy allows the bedrock:InvokeModel action'
    )
    // With the foundation model it routes to, in any Region (heldout19 review h19-045).
    expect(resources(remedies)).toEqual([
      [
        'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0',
        'arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0'
      ]
    ])
  })

  it('negative: RunInstances still names every resource it is authorised against together', () => {
    const { remedies } = remediesOf(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action'
    )
    const arns = resources(remedies).flat() as string[]
    expect(arns.some((a) => a.includes(':image/'))).toBe(true)
    expect(arns.some((a) => a.includes(':subnet/'))).toBe(true)
  })
})

describe('Secrets Manager: the secret by name, in the caller’s account, with its random suffix', () => {
  it.each([
    [
      // heldout3 h3-045 (github-file:find_string#61616593494)
      'Amazon.SecretsManager.AmazonSecretsManagerException: User: arn:aws:sts::742932328420:assumed-role/fortress-tools-ecs-task-role/fd1ff02d42774aba95bae81158ebb892\nis not authorized to perform: secretsmanager:GetSecretValue on resource: fortress-tools/cloudfront-signing-key\nbecause no identity-based policy allows the secretsmanager:GetSecretValue action',
      'arn:aws:secretsmanager:<REGION>:742932328420:secret:fortress-tools/cloudfront-signing-key-??????'
    ],
    [
      // heldout3 h3-101 (github-file:find_string#31850405654): CreateSecret from Terraform.
      'api error AccessDeniedException: User: arn:aws:sts::209479292315:assumed-role/AwsAngelLLM/GitHubActions-18806446343\nis not authorized to perform: secretsmanager:CreateSecret on resource: fast-api-jwt-credentials\nbecause no identity-based policy allows the secretsmanager:CreateSecret action',
      'arn:aws:secretsmanager:<REGION>:209479292315:secret:fast-api-jwt-credentials-??????'
    ],
    [
      // A CI write-up (github-file:find_string#10561542165): the account masked `[ACCOUNT_ID]`.
      'An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:iam::[ACCOUNT_ID]:user/github-ci is not authorized to perform: secretsmanager:GetSecretValue on resource: simple_bank because no identity-based policy allows the secretsmanager:GetSecretValue action',
      'arn:aws:secretsmanager:<REGION>:<ACCOUNT_ID>:secret:simple_bank-??????'
    ]
  ])('%#', (text, arn) => {
    const { remedies, notes } = remediesOf(text)
    expect(resources(remedies)).toEqual([arn])
    expect(notes).toContain('-??????')
    expect(notes).not.toMatch(/<SECRET_ID>|which is not an ARN/)
  })

  it('negative: a full secret ARN is kept as printed, and prose is not taken for a name', () => {
    const { remedies } = remediesOf(
      'User: arn:aws:sts::127178877223:assumed-role/proxmonger-test-us-east-2-role/proxmonger-v-1-test-oauth2Authorize is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-2:127178877223:secret:proxmonger-edge-G2y8xi'
    )
    expect(resources(remedies)).toEqual([
      'arn:aws:secretsmanager:us-east-2:127178877223:secret:proxmonger-edge-G2y8xi'
    ])
  })
})

describe('Elastic Beanstalk: the object S3Bucket= and S3Key= name', () => {
  it('heldout3 h3-028 (github-file:find_string#8945515508): s3:GetObject on that object', () => {
    const f = only(
      '"operation error Elastic Beanstalk: DescribeConfigurationOptions, https response error StatusCode: 400, RequestID: 3PQRRTJ1BAB82DWH, api error InvalidParameterValue: Access Denied: S3Bucket=some-bucket-1, S3Key=object_path/some_key.ext (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 3PQRRTJ1BAB82DWH; Proxy: null)",'
    )
    const remedies = buildRemedies([f])
    expect(remedies[0]!.statements[0]!.Action).toBe('s3:GetObject')
    expect(resources(remedies)).toEqual(['arn:aws:s3:::some-bucket-1/object_path/some_key.ext'])
    expect(remedies[0]!.notes.join('\n')).toMatch(/inferred from the S3Bucket\/S3Key object/)
  })
})

describe('the message shows `*`', () => {
  it('heldout3 h3-126 (github-file:find_string#27731293030): the note says the message shows `*`', () => {
    const { notes } = remediesOf(
      'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the StartRecovery operation: User: arn:aws:sts::438465159935:assumed-role/aws-drs-orchestration-query-handler-role-test/aws-drs-orchestration-query-handler-test is not authorized to perform: drs:StartRecovery on resource: * because no identity-based policy allows the drs:StartRecovery action'
    )
    expect(notes).toContain('The message shows `*` as the resource')
    expect(notes).not.toContain('names no specific resource')
  })
})

describe('KMS keys are named by ID', () => {
  it('a masked key becomes <KEY_ID>, explained as the key ID, not a name', () => {
    const { remedies, notes } = remediesOf(
      'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:ap-south-1:111122223333:key/<KEY_ID> because no identity-based policy allows the kms:Decrypt action'
    )
    expect(JSON.stringify(remedies)).not.toContain('KEY_NAME')
    expect(resources(remedies)).toContain('arn:aws:kms:ap-south-1:111122223333:key/<KEY_ID>')
    expect(notes).toMatch(/Replace <KEY_ID> with the KMS key ID/)
  })
})

describe('ECS task definitions: every registration is a new revision', () => {
  // heldout4 h4-169 (github-file:find_string#33133356445), after its first scoring.
  const H4_169 = `# User: arn:aws:sts::259287207567:assumed-role/cross_account_role/1647223549862 is not authorized to perform: ecs:RegisterTaskDefinition on resource: * because no identity-based policy allows the ecs:RegisterTaskDefinition action
# --> ecs:RegisterTaskDefinition
# --> "iam:PassRole"`

  it('grants the family at any revision, never the one revision that failed', () => {
    const { remedies, notes } = remediesOf(H4_169)
    const granted = resources(remedies).flat() as string[]
    expect(granted).toHaveLength(1)
    expect(granted[0]).toMatch(
      /^arn:aws:ecs:<REGION>:(?:259287207567|<ACCOUNT_ID>):task-definition\/<[A-Z_]+>:\*$/
    )
    expect(notes).not.toMatch(/REVISION/)
  })
})
