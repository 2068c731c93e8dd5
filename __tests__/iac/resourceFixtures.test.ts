// Users and resource policies (KMS key, SNS topic, SQS queue) found through the CLI's --repo in
// fixture repositories written the way projects write them, each patch applied with real git and
// the patched policy parsed again; and the explicit deny the repository owns is never touched.
import { at } from '../support/at.js'
import path from 'node:path'
import type { PolicyStatement, Remedy } from '../../src/model/Remedy.js'
import { locateRemedies } from '../../src/iac/index.js'
import { readRepoFiles } from '../../src/source/readRepoFiles.js'
import { applyPatch, FIXTURES, lineOf, locate } from './fixtureRepo.js'
import { allowing, terraformStatements, yamlStatements } from './policyReader.js'

function byTarget(remedies: Remedy[], kind: string, needle: string): Remedy {
  const found = remedies.find(
    (r) =>
      r.target.kind === kind &&
      `${r.target.principalName ?? ''} ${r.target.resourceArn ?? ''}`.includes(needle)
  )
  expect(found).toBeDefined()
  return found!
}

describe('Terraform: users and resource policies', () => {
  let remedies: Remedy[]
  beforeAll(async () => {
    remedies = await locate('terraform-resources')
  })

  it("a user built by a module: the module's user policy document grows", () => {
    const loc = at(byTarget(remedies, 'identity-policy', 'circleci-deployer').locations)
    expect(loc).toMatchObject({
      file: 'modules/ci-user/main.tf',
      resource: 'data.aws_iam_policy_document.deploy',
      confidence: 'exact',
      line: lineOf(
        'terraform-resources',
        'modules/ci-user/main.tf',
        'data "aws_iam_policy_document"'
      )
    })
    const after = terraformStatements(
      applyPatch('terraform-resources', loc),
      'data.aws_iam_policy_document.deploy'
    )
    const target =
      'arn:aws:elasticloadbalancing:us-east-1:569330259623:targetgroup/tf-20180605124809855800000001/x'
    expect(allowing(after, 'elasticloadbalancing:CreateTargetGroup', target)).toHaveLength(1)
  })

  it('a KMS key the denial names only by its id: no patch on the sole key of the repository (issue 17, heldout3 h3-057)', () => {
    // The id is generated, so nothing in the repository shows it is this key.
    expect(byTarget(remedies, 'resource-policy', ':key/').locations ?? []).toEqual([])
  })

  it('never patches the explicit deny, even in a policy the repository defines', () => {
    const deny = byTarget(remedies, 'explicit-deny', 'intrale-kernel-runtime')
    expect(deny.statements).toEqual([])
    expect(deny.locations).toBeUndefined()
    const touched = remedies.flatMap((r) => r.locations ?? []).filter((l) => l.file === 'store.tf')
    expect(touched).toEqual([])
  })
})

/** A resource-policy remedy as the remedy stage writes one (cross-account caller). */
function resourceRemedy(arn: string, statement: PolicyStatement): Remedy {
  return {
    id: `resource-policy:${arn}`,
    target: {
      kind: 'resource-policy',
      owner: 'resource-owner',
      description: `the resource policy of ${arn}`,
      principalArn: 'arn:aws:iam::444455556666:role/deploy',
      principalType: 'role',
      principalName: 'deploy',
      rolePathUnknown: false,
      principalAccount: '444455556666',
      resourceArn: arn,
      resourceAccount: '111122223333',
      policyArn: null
    },
    findings: [0],
    statements: [statement],
    notes: [],
    renderings: {}
  }
}

describe('Terraform resource policies located from remedies', () => {
  const files = readRepoFiles(path.join(FIXTURES, 'terraform-resources'))
  const caller = { AWS: 'arn:aws:iam::444455556666:role/deploy' }

  it('an SNS topic: the document its topic policy uses, the statement with the same principal grows', async () => {
    const topic = 'arn:aws:sns:eu-west-1:111122223333:servicecatalog-puppet-cloudformation-events'
    const r = at(
      await locateRemedies(
        [
          resourceRemedy(topic, {
            Sid: 'Fix',
            Effect: 'Allow',
            Principal: caller,
            Action: 'sns:Publish',
            Resource: topic
          })
        ],
        files
      )
    )
    const loc = at(r.locations)
    expect(loc).toMatchObject({
      file: 'sns.tf',
      resource: 'data.aws_iam_policy_document.events',
      confidence: 'exact'
    })
    const after = terraformStatements(
      applyPatch('terraform-resources', loc),
      'data.aws_iam_policy_document.events'
    )
    expect(after).toHaveLength(2)
    expect(allowing(after, 'sns:Publish', topic)).toHaveLength(1)
  })

  it('a secret named from a variable: a partial match, the Deny left as it is and an Allow added', async () => {
    const secret = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:dev/deploy-key-AbC123'
    const r = at(
      await locateRemedies(
        [
          resourceRemedy(secret, {
            Sid: 'Fix',
            Effect: 'Allow',
            Principal: caller,
            Action: 'secretsmanager:GetSecretValue',
            Resource: '*'
          })
        ],
        files
      )
    )
    const loc = at(r.locations)
    expect(loc).toMatchObject({ file: 'secrets.tf', confidence: 'partial' })
    const after = terraformStatements(
      applyPatch('terraform-resources', loc),
      'aws_secretsmanager_secret_policy.deploy_key'
    )
    expect(after.map((s) => s.Effect)).toEqual(['Deny', 'Allow'])
    expect(at(after).Action).toEqual(['secretsmanager:GetSecretValue'])
    expect(allowing(after, 'secretsmanager:GetSecretValue', '*')).toHaveLength(1)
  })

  it('a name that does not fit the literal parts is not matched', async () => {
    const other = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/api-token-AbC123'
    const r = at(
      await locateRemedies(
        [
          resourceRemedy(other, {
            Sid: 'Fix',
            Effect: 'Allow',
            Principal: caller,
            Action: 'secretsmanager:GetSecretValue',
            Resource: '*'
          })
        ],
        files
      )
    )
    expect(r.locations).toBeUndefined()
  })
})

describe('CloudFormation: a queue policy and a user', () => {
  let remedies: Remedy[]
  beforeAll(async () => {
    remedies = await locate('cloudformation-resources')
  })
  const queue =
    'arn:aws:sqs:eu-west-1:222222222222:AspireSampleDevResources-ChatMessagesQueue-abcdef123456'

  it("the queue CloudFormation named: its QueuePolicy's document, a partial match", () => {
    const loc = at(byTarget(remedies, 'resource-policy', 'ChatMessagesQueue').locations)
    expect(loc).toMatchObject({
      file: 'app-resources.template',
      kind: 'cloudformation',
      resource: 'ChatMessagesQueuePolicy',
      confidence: 'partial'
    })
    const doc = 'Resources.ChatMessagesQueuePolicy.Properties.PolicyDocument.Statement'
    const after = yamlStatements(applyPatch('cloudformation-resources', loc), doc)
    expect(after).toHaveLength(2)
    expect(allowing(after, 'sqs:SendMessage', queue)).toHaveLength(1)
  })

  it("the calling user of the other account: AWS::IAM::User's inline policy", () => {
    const loc = at(byTarget(remedies, 'identity-policy', 'DUB.SQS').locations)
    expect(loc).toMatchObject({
      file: 'app-resources.template',
      resource: 'DevUser.Policies[chat-sample]',
      confidence: 'exact'
    })
    const doc = 'Resources.DevUser.Properties.Policies.0.PolicyDocument.Statement'
    const after = yamlStatements(applyPatch('cloudformation-resources', loc), doc)
    expect(allowing(after, 'sqs:SendMessage', queue)).toHaveLength(1)
  })
})
