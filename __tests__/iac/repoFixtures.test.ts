// The CLI with --repo over one fixture repository per IaC kind: it names the file and line that
// define the denied role's policy, its patch passes `git apply --check` in a copy of the repository,
// and the patched file, parsed again, grants the denied action.
import fs from 'node:fs'
import path from 'node:path'
import { applyPatch, FIXTURES, lineOf, locate, located } from './fixtureRepo.js'
import { grants, statementsIn } from './patchedPolicy.js'

describe('--repo finds the definition and patches it', () => {
  it('Terraform: a module-built IRSA role, its policy passed in by the caller', async () => {
    const loc = located(await locate('terraform'), 'cloud-platform-irsa-3f7c5895c70903f3-live')
    expect(loc).toMatchObject({
      file: 'irsa.tf',
      kind: 'terraform',
      resource: 'data.aws_iam_policy_document.sns_consumer',
      confidence: 'partial',
      line: lineOf('terraform', 'irsa.tf', 'data "aws_iam_policy_document" "sns_consumer"')
    })
    const patched = applyPatch('terraform', loc)
    expect(
      grants(statementsIn('terraform-document', patched, 'sns_consumer'), 'SNS:GetTopicAttributes')
    ).toBe(true)
    expect(
      grants(
        statementsIn(
          'terraform-document',
          fs.readFileSync(path.join(FIXTURES, 'terraform/irsa.tf'), 'utf8'),
          'sns_consumer'
        ),
        'SNS:GetTopicAttributes'
      )
    ).toBe(false)
  })

  it('Terraform: a literal role name with a jsonencode inline policy', async () => {
    const loc = located(await locate('terraform'), 'NocAdmin')
    expect(loc).toMatchObject({
      file: 'noc.tf',
      confidence: 'exact',
      line: lineOf('terraform', 'noc.tf', 'policy = jsonencode')
    })
    const patched = applyPatch('terraform', loc)
    expect(
      grants(statementsIn('terraform-jsonencode', patched, 'NocAdmin'), 'cloudformation:ListStacks')
    ).toBe(true)
  })

  it('SAM: the function role CloudFormation names after the function', async () => {
    const loc = located(await locate('cloudformation'), 'chariot-UserCronFunctionRole')
    expect(loc).toMatchObject({
      file: 'template.yaml',
      kind: 'cloudformation',
      resource: 'UserCronFunction.Policies'
    })
    const patched = applyPatch('cloudformation', loc)
    expect(grants(statementsIn('sam', patched, 'UserCronFunction'), 'dynamodb:Query')).toBe(true)
  })

  it("Serverless: the service's shared lambdaRole", async () => {
    const loc = located(await locate('serverless'), 'transactions-api-dev-us-east-2-lambdaRole')
    expect(loc).toMatchObject({
      file: 'serverless.yml',
      kind: 'serverless',
      line: lineOf('serverless', 'serverless.yml', '- Effect: Allow')
    })
    const patched = applyPatch('serverless', loc)
    expect(grants(statementsIn('serverless', patched, ''), 'dynamodb:UpdateItem')).toBe(true)
  })

  it('CDK: a role without roleName, matched on the name CloudFormation made up', async () => {
    const loc = located(
      await locate('cdk'),
      'public-mwaa-custom-domain-UsEast1DeploymentHandlerR-xxxx'
    )
    expect(loc).toMatchObject({
      file: 'lib/custom-domain-stack.ts',
      kind: 'cdk',
      confidence: 'partial'
    })
    const patched = applyPatch('cdk', loc)
    expect(grants(statementsIn('cdk', patched, 'handlerRole'), 'lambda:TagResource')).toBe(true)
  })
})

describe('--repo by default', () => {
  it('is the git work tree the CLI runs in', async () => {
    const dir = path.join(FIXTURES, 'serverless')
    const remedies = await locate('serverless', { repo: null, gitTopLevel: () => dir })
    expect(located(remedies, 'transactions-api-dev-us-east-2-lambdaRole').file).toBe(
      'serverless.yml'
    )
  })

  it('is nothing outside a work tree, and an explicit --repo wins', async () => {
    const outside = await locate('serverless', { repo: null, gitTopLevel: () => null })
    expect(outside.every((r) => r.locations === undefined)).toBe(true)
    const explicit = await locate('serverless', {
      gitTopLevel: () => path.join(FIXTURES, 'terraform')
    })
    expect(located(explicit, 'transactions-api-dev-us-east-2-lambdaRole').kind).toBe('serverless')
  })
})
