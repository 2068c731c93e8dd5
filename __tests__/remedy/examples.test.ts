// The "must come out right" examples. Message facts are those of the dev corpus records
// named in each test (source: __tests__/fixtures/corpus/dev.jsonl).
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { makeFinding, roleTarget, userTarget } from './makeFinding.js'

test('d005: assumed-role cm-hirai.yuji denied ecr:GetAuthorizationToken on * → identity Allow on "*"', () => {
  // source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/
  const session = 'arn:aws:sts::123456789012:assumed-role/cm-hirai.yuji/botocore-session-1234567890'
  const [remedy, ...rest] = buildRemedies([
    makeFinding({
      code: 'AccessDeniedException',
      operation: 'GetAuthorizationToken',
      action: 'ecr:GetAuthorizationToken',
      principal: session,
      resource: '*',
      layer: 'identity',
      deny: 'implicit',
      crossAccount: null,
      traps: ['resource-must-be-star'],
      fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
    })
  ])
  expect(rest).toEqual([])
  expect(remedy!.id).toBe('identity-policy:123456789012:role/cm-hirai.yuji')
  expect(remedy!.statements).toEqual([
    {
      Sid: 'AllowEcrAllResources',
      Effect: 'Allow',
      Action: 'ecr:GetAuthorizationToken',
      Resource: '*'
    }
  ])
  expect(remedy!.renderings.cli).toContain("aws iam put-role-policy --role-name 'cm-hirai.yuji'")
  expect(remedy!.notes.join('\n')).toMatch(/supports no resource-level permissions/)
})

test('d007: user/cm-hirai.yuji denied rds:DescribeDBInstances → Allow on exactly the printed ARN', () => {
  // source: https://dev.classmethod.jp/articles/an-error-occurred-accessdeniedexception-iam/
  const user = 'arn:aws:iam::123456789012:user/cm-hirai.yuji'
  const [remedy] = buildRemedies([
    makeFinding({
      action: 'rds:DescribeDBInstances',
      principal: user,
      resource: 'arn:aws:rds:ap-northeast-1:123456789012:db:*',
      layer: 'identity',
      deny: 'implicit',
      fixTarget: { kind: 'identity-policy', ...userTarget(user) }
    })
  ])
  expect(remedy!.statements).toEqual([
    {
      Sid: 'AllowRdsDb',
      Effect: 'Allow',
      Action: 'rds:DescribeDBInstances',
      Resource: 'arn:aws:rds:ap-northeast-1:123456789012:db:*'
    }
  ])
  expect(remedy!.renderings.cli).toContain("aws iam put-user-policy --user-name 'cm-hirai.yuji'")
  expect(remedy!.renderings.terraform).toContain('resource "aws_iam_user_policy"')
})

test('cross-account docker push on ecr:InitiateLayerUpload: check the repo, then repo policy + caller side', () => {
  // Facts as in d001 (source: DevelopersIO, 'ECR のクロスアカウントアクセスで…', hato), with the two
  // accounts of the original cross-account setup told apart.
  const user = 'arn:aws:iam::111111111111:user/hato'
  const repo = 'arn:aws:ecr:ap-northeast-1:222222222222:repository/hato-repository'
  const remedies = buildRemedies([
    makeFinding({
      grammar: 'iam-sentence',
      action: 'ecr:InitiateLayerUpload',
      principal: user,
      resource: repo,
      layer: 'resource',
      deny: 'implicit',
      crossAccount: true,
      traps: ['ecr-repository-may-not-exist'],
      fixTarget: {
        kind: 'resource-policy',
        owner: 'resource-owner',
        ...userTarget(user),
        resourceArn: repo,
        resourceAccount: '222222222222'
      }
    })
  ])
  expect(remedies.map((r) => r.id)).toEqual([
    `resource-policy:${repo}`,
    'identity-policy:111111111111:user/hato'
  ])
  const [repoPolicy, caller] = remedies
  // First: does the repository exist at all?
  expect(repoPolicy!.notes[0]).toContain(
    'aws ecr describe-repositories --registry-id 222222222222 --repository-names hato-repository --region ap-northeast-1'
  )
  const push = [
    'ecr:BatchCheckLayerAvailability',
    'ecr:BatchGetImage',
    'ecr:CompleteLayerUpload',
    'ecr:InitiateLayerUpload',
    'ecr:PutImage',
    'ecr:UploadLayerPart'
  ]
  expect(repoPolicy!.statements).toEqual([
    { Sid: 'AllowEcrRepository', Effect: 'Allow', Principal: { AWS: user }, Action: push }
  ])
  expect(repoPolicy!.statements[0]).not.toHaveProperty('Resource')
  expect(repoPolicy!.renderings.cli).toContain(
    "aws ecr set-repository-policy --repository-name 'hato-repository' --registry-id '222222222222' --region 'ap-northeast-1'"
  )
  expect(caller!.target.owner).toBe('you')
  expect(caller!.statements).toEqual([
    { Sid: 'AllowEcrRepository', Effect: 'Allow', Action: push, Resource: repo }
  ])
  expect(caller!.findings).toEqual([0])
})

test('four ECR push denials on one repository give one statement, not four', () => {
  const session = 'arn:aws:sts::123456789012:assumed-role/gha-push/GitHubActions'
  const repo = 'arn:aws:ecr:us-east-1:123456789012:repository/app'
  const actions = [
    'ecr:InitiateLayerUpload',
    'ecr:UploadLayerPart',
    'ecr:CompleteLayerUpload',
    'ecr:PutImage'
  ]
  const findings = actions.map((action, i) =>
    makeFinding({
      action,
      principal: session,
      resource: repo,
      layer: 'identity',
      deny: 'implicit',
      crossAccount: false,
      line: 10 + i,
      fixTarget: { kind: 'identity-policy', ...roleTarget(session) }
    })
  )
  const remedies = buildRemedies(findings)
  expect(remedies).toHaveLength(1)
  expect(remedies[0]!.findings).toEqual([0, 1, 2, 3])
  expect(remedies[0]!.statements).toEqual([
    {
      Sid: 'AllowEcrRepository',
      Effect: 'Allow',
      // The push's first step (BatchCheckLayerAvailability) comes with the set.
      Action: [
        'ecr:BatchCheckLayerAvailability',
        'ecr:BatchGetImage',
        'ecr:CompleteLayerUpload',
        'ecr:InitiateLayerUpload',
        'ecr:PutImage',
        'ecr:UploadLayerPart'
      ],
      Resource: repo
    }
  ])
  // Same log, same text — whatever order the findings come in.
  expect(JSON.stringify(buildRemedies([...findings].reverse())[0]!.statements)).toBe(
    JSON.stringify(remedies[0]!.statements)
  )
})

describe('an encoded message that was not decoded', () => {
  it('gets no statement guessed from the operation: the real action is in the message', async () => {
    const { analyzeText } = await import('../../src/engine/Analysis.js')
    // corpus d068: https://oz.akan.io/posts/how-to-decode-authorization-message
    const report = analyzeText(
      'A client error (UnauthorizedOperation) occurred when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: oGsbAaIV7wlfj8zUqebHUANHzFbmkzILlxyj__y9xwhIHk99U_cUq1FIeZnskWDjQ1wSHStVfdCEyZILGoccGpCiCIhOR\n'
    )
    const remedies = buildRemedies(report.findings)
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies.flatMap((r) => r.notes).join(' ')).toContain('Decode it first')
  })
})
