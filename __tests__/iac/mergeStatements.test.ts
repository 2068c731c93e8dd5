// The patch adds the denied action to the statement the file already has for the same effect,
// resources and conditions, in every syntax; otherwise it adds a new statement. Each patch passes
// `git apply --check` in a real repository and the patched file is parsed again to see what it grants.
import { at } from '../support/at.js'
import { allow, BUCKET, patch, roleRemedy } from './patchFiles.js'
import {
  allowing,
  cdkStatements,
  terraformStatements,
  yamlStatements,
  type ReadStatement
} from './policyReader.js'

/** Merged: the same number of statements, and the one that had `had` now also allows `action`. */
function expectMerged(
  before: ReadStatement[],
  after: ReadStatement[],
  had: string,
  action: string,
  resource = BUCKET
) {
  expect(after).toHaveLength(before.length)
  expect(allowing(before, action, resource)).toHaveLength(0)
  const grant = allowing(after, action, resource)
  expect(grant).toHaveLength(1)
  expect(at(grant).Action).toContain(had)
}

/** Added: one more statement, which allows the action. */
function expectAdded(
  before: ReadStatement[],
  after: ReadStatement[],
  action: string,
  resource = BUCKET
) {
  expect(after).toHaveLength(before.length + 1)
  expect(allowing(after, action, resource)).toHaveLength(1)
}

describe('Terraform', () => {
  const document = `data "aws_iam_policy_document" "deploy" {
  statement {
    sid     = "ReadArtifacts"
    actions = ["s3:GetObject"]
    resources = [
      "arn:aws:s3:::acme-artifacts/*",
    ]
  }

  statement {
    sid       = "Logs"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["\${aws_cloudwatch_log_group.ci.arn}:*"]
  }
}

resource "aws_iam_role" "deploy" {
  name               = "gha-deploy"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "deploy" {
  name   = "deploy"
  role   = aws_iam_role.deploy.id
  policy = data.aws_iam_policy_document.deploy.json
}
`
  it('adds the action to the statement block with the same resources (effect defaulted)', async () => {
    const { after } = await patch(
      { 'iam.tf': document },
      roleRemedy('gha-deploy', [allow('s3:PutObject')])
    )
    const read = (t: string) => terraformStatements(t, 'data.aws_iam_policy_document.deploy')
    expectMerged(read(document), read(after), 's3:GetObject', 's3:PutObject')
  })

  it('adds a statement block when the resources differ or are built from references', async () => {
    const log = 'arn:aws:logs:eu-west-1:111122223333:log-group:ci:*'
    const { after } = await patch(
      { 'iam.tf': document },
      roleRemedy('gha-deploy', [allow('logs:DescribeLogStreams', log)])
    )
    const read = (t: string) => terraformStatements(t, 'data.aws_iam_policy_document.deploy')
    expectAdded(read(document), read(after), 'logs:DescribeLogStreams', log)
  })

  it('never extends a Deny statement, however alike', async () => {
    const denying = document.replace(
      'sid     = "ReadArtifacts"',
      'sid     = "NoReads"\n    effect  = "Deny"'
    )
    const { after } = await patch(
      { 'iam.tf': denying },
      roleRemedy('gha-deploy', [allow('s3:PutObject')])
    )
    const read = (t: string) => terraformStatements(t, 'data.aws_iam_policy_document.deploy')
    expectAdded(read(denying), read(after), 's3:PutObject')
    const deny = read(after).find((s) => s.Effect === 'Deny')!
    expect(deny.Action).toEqual(['s3:GetObject'])
  })

  const jsonencode = `resource "aws_iam_role" "ci" {
  name = "ci-runner"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "ci" {
  role = aws_iam_role.ci.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "arn:aws:s3:::acme-artifacts/*"
        Condition = {
          Bool = { "aws:SecureTransport" = "true" }
        }
      },
      {
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = "arn:aws:s3:::acme-artifacts"
      },
    ]
  })
}
`
  it('jsonencode: a single Action becomes a list when the resource and conditions match', async () => {
    const fix = allow('s3:PutObject', BUCKET, {
      Condition: { Bool: { 'aws:SecureTransport': 'true' } }
    })
    const { after } = await patch({ 'ci.tf': jsonencode }, roleRemedy('ci-runner', [fix]))
    const read = (t: string) => terraformStatements(t, 'aws_iam_role_policy.ci')
    expectMerged(read(jsonencode), read(after), 's3:GetObject', 's3:PutObject')
  })

  it('jsonencode: other conditions make a new statement', async () => {
    const { after } = await patch(
      { 'ci.tf': jsonencode },
      roleRemedy('ci-runner', [allow('s3:PutObject')])
    )
    const read = (t: string) => terraformStatements(t, 'aws_iam_role_policy.ci')
    expectAdded(read(jsonencode), read(after), 's3:PutObject')
  })

  it('jsonencode: two fixes for one list are one edit, an action already there is not repeated', async () => {
    const bucket = 'arn:aws:s3:::acme-artifacts'
    const { after } = await patch(
      { 'ci.tf': jsonencode },
      roleRemedy('ci-runner', [
        allow(['s3:ListBucket', 's3:GetBucketLocation'], bucket),
        allow('s3:ListBucketVersions', bucket)
      ])
    )
    const read = (t: string) => terraformStatements(t, 'aws_iam_role_policy.ci')
    const grant = allowing(read(after), 's3:ListBucketVersions', bucket)
    expect(read(after)).toHaveLength(2)
    expect(at(grant).Action).toEqual([
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:ListBucketVersions'
    ])
  })

  const heredoc = `resource "aws_iam_role" "build" {
  name_prefix        = "codebuild-"
  assume_role_policy = file("\${path.module}/trust.json")
}

resource "aws_iam_policy" "build" {
  name   = "codebuild"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": [
            "s3:GetObject",
            "s3:GetObjectVersion"
          ],
          "Resource": "arn:aws:s3:::acme-artifacts/*"
        }
      ]
    }
  EOF
}

resource "aws_iam_role_policy_attachment" "build" {
  role       = aws_iam_role.build.name
  policy_arn = aws_iam_policy.build.arn
}
`
  it('heredoc JSON: the action joins the multi-line Action list', async () => {
    const { loc, after } = await patch(
      { 'build.tf': heredoc },
      roleRemedy('codebuild-20240101', [allow('s3:PutObject')])
    )
    expect(loc.confidence).toBe('partial')
    const read = (t: string) => terraformStatements(t, 'aws_iam_policy.build')
    expectMerged(read(heredoc), read(after), 's3:GetObjectVersion', 's3:PutObject')
  })
})

describe('CloudFormation', () => {
  const yamlTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: gha-deploy
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
            Action: sts:AssumeRoleWithWebIdentity
      Policies:
        - PolicyName: artifacts
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Sid: Read
                Effect: Allow
                Action:
                  - 's3:GetObject'
                Resource: arn:aws:s3:::acme-artifacts/*
              - Effect: Allow
                Action: s3:PutObject
                Resource: !Sub 'arn:aws:s3:::\${ArtifactBucket}/*'
`
  it('YAML: a block Action list gets one more item in its quoting', async () => {
    const { after } = await patch(
      { 'template.yaml': yamlTemplate },
      roleRemedy('gha-deploy', [allow('s3:PutObject')])
    )
    const at = 'Resources.DeployRole.Properties.Policies.0.PolicyDocument.Statement'
    expectMerged(
      yamlStatements(yamlTemplate, at),
      yamlStatements(after, at),
      's3:GetObject',
      's3:PutObject'
    )
    expect(after).toContain("- 's3:PutObject'")
  })

  const jsonTemplate = JSON.stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        DeployRole: {
          Type: 'AWS::IAM::Role',
          Properties: {
            RoleName: 'gha-deploy',
            Policies: [
              {
                PolicyName: 'artifacts',
                PolicyDocument: {
                  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [BUCKET] }]
                }
              }
            ]
          }
        }
      }
    },
    null,
    2
  )
  it('JSON: the flow Action list gets one more element', async () => {
    const { after } = await patch(
      { 'deploy.json': jsonTemplate },
      roleRemedy('gha-deploy', [allow('s3:PutObject')])
    )
    JSON.parse(after)
    const at = 'Resources.DeployRole.Properties.Policies.0.PolicyDocument.Statement'
    expectMerged(
      yamlStatements(jsonTemplate, at),
      yamlStatements(after, at),
      's3:GetObject',
      's3:PutObject'
    )
  })
})

describe('Serverless', () => {
  const sls = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [dynamodb:GetItem, dynamodb:PutItem]
          Resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders
        - Effect: Allow
          Action:
            - sqs:SendMessage
          Resource: \${self:custom.queueArn}
`
  it('a flow Action list gets the action; a variable resource is never matched', async () => {
    const table = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders'
    const { after } = await patch(
      { 'serverless.yml': sls },
      roleRemedy('orders-dev-us-east-1-lambdaRole', [allow('dynamodb:UpdateItem', table)])
    )
    const at = 'provider.iam.role.statements'
    expectMerged(
      yamlStatements(sls, at),
      yamlStatements(after, at),
      'dynamodb:GetItem',
      'dynamodb:UpdateItem',
      table
    )
    const queue = 'arn:aws:sqs:us-east-1:111122223333:orders'
    const second = await patch(
      { 'serverless.yml': sls },
      roleRemedy('orders-dev-us-east-1-lambdaRole', [allow('sqs:GetQueueUrl', queue)])
    )
    expectAdded(yamlStatements(sls, at), yamlStatements(second.after, at), 'sqs:GetQueueUrl', queue)
  })
})

describe('CDK', () => {
  const stack = `import * as cdk from 'aws-cdk-lib'
import * as iam from 'aws-cdk-lib/aws-iam'
import { Construct } from 'constructs'

export class CiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props)

    const role = new iam.Role(this, 'DeployRole', {
      roleName: 'gha-deploy',
      assumedBy: new iam.WebIdentityPrincipal('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'),
    })

    const read = new iam.PolicyStatement({
      actions: [
        's3:GetObject',
      ],
      resources: ['arn:aws:s3:::acme-artifacts/*'],
    })
    role.addToPolicy(read)
    role.addToPolicy(new iam.PolicyStatement({ actions: ["ecr:GetAuthorizationToken"], resources: ["*"] }))
  }
}
`
  it('the const PolicyStatement passed to addToPolicy gets the action', async () => {
    const { after } = await patch(
      { 'lib/ci-stack.ts': stack },
      roleRemedy('gha-deploy', [allow('s3:PutObject')])
    )
    expectMerged(cdkStatements(stack), cdkStatements(after), 's3:GetObject', 's3:PutObject')
  })

  it('an inline PolicyStatement keeps its double quotes on one line', async () => {
    const { after } = await patch(
      { 'lib/ci-stack.ts': stack },
      roleRemedy('gha-deploy', [allow('ecr:BatchGetImage', '*')])
    )
    expectMerged(
      cdkStatements(stack),
      cdkStatements(after),
      'ecr:GetAuthorizationToken',
      'ecr:BatchGetImage',
      '*'
    )
    expect(after).toContain('actions: ["ecr:GetAuthorizationToken", "ecr:BatchGetImage"]')
  })

  it('other resources: a new addToPolicy', async () => {
    const table = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders'
    const { after } = await patch(
      { 'lib/ci-stack.ts': stack },
      roleRemedy('gha-deploy', [allow('dynamodb:Query', table)])
    )
    expectAdded(cdkStatements(stack), cdkStatements(after), 'dynamodb:Query', table)
  })
})
