import { stackGeneratedName } from '../../src/remedy/stackGeneratedName.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const resourceOf = (service: string, arn: string) => stackGeneratedName(service, arn)?.arn ?? null

describe('stackGeneratedName', () => {
  it.each([
    // aws-solutions/aws-waf-security-automations#33 (heldout10 h10-088), suffix masked with X.
    [
      'iam',
      'arn:aws:iam::xxxxxxxxxxxxxxxxx:role/Technical-Magic-AWS-WAF-Stack-SolutionHelperRole-XXXXXXXXXXXXXXX',
      'arn:aws:iam::xxxxxxxxxxxxxxxxx:role/Technical-Magic-AWS-WAF-Stack-*'
    ],
    // mludvig/aws-ethereum-miner#37 (heldout10 h10-089), suffix cut and starred.
    [
      'iam',
      'arn:aws:iam::5****07:role/ethminerA-InstanceRole-Q5***',
      'arn:aws:iam::5****07:role/ethminerA-*'
    ],
    [
      'sns',
      'arn:aws:sns:us-east-1:5****07:ethminerA-NotificationTopic-XE***',
      'arn:aws:sns:us-east-1:5****07:ethminerA-*'
    ],
    // aws/serverless-application-model#448: SAM's lower-case logical id, 12-character suffix.
    [
      'iam',
      'arn:aws:iam::AccountId:role/awscodestar-test-lambda-helloWorldRole-V5QUHYDCDRBA',
      'arn:aws:iam::AccountId:role/awscodestar-test-lambda-*'
    ],
    // lambci/lambci#103: a PassRole on a generated role.
    [
      'iam',
      'arn:aws:iam::605034037838:role/lambci-SnsFailures-12A7PH6XYO1HO',
      'arn:aws:iam::605034037838:role/lambci-*'
    ],
    // alexcasalboni/aws-lambda-power-tuning#154: the stack name cut to fit 64 characters.
    [
      'iam',
      'arn:aws:iam::xxxxxx:role/serverlessrepo-aws-lambda-power-tunin-analyzerRole-30U2WSAK4KID',
      'arn:aws:iam::xxxxxx:role/serverlessrepo-aws-lambda-power-tunin-*'
    ],
    // f5devcentral/xcmcndemoguide#8 (heldout10 h10-090): a two-letter stack keeps its logical id.
    [
      'iam',
      'arn:aws:iam::524339405707:user/fv-SAUser-1R5DTE4W824QF',
      'arn:aws:iam::524339405707:user/fv-SAUser-*'
    ],
    [
      'lambda',
      'arn:aws:lambda:us-east-1:111122223333:function:app-prod-ResizeFunction-1A2B3C4D5E6F',
      'arn:aws:lambda:us-east-1:111122223333:function:app-prod-*'
    ]
  ])('%s %s → the stack prefix', (service, arn, expected) => {
    expect(resourceOf(service, arn)).toBe(expected)
  })

  it.each([
    // Names a person chose: no mixed-case logical id, or no random suffix.
    ['iam', 'arn:aws:iam::111122223333:role/github-actions-deploy-role'],
    ['iam', 'arn:aws:iam::111122223333:role/my-app-prod-ABC123DEF456'],
    ['iam', 'arn:aws:iam::111122223333:role/app-DeployRole-PRODUCTION'],
    ['iam', 'arn:aws:iam::111122223333:role/app-DeployRole-v2'],
    ['iam', 'arn:aws:iam::111122223333:role/app-DeployRole-1A2B3C4D5E6F7G8'],
    // The stack part masked in part: no prefix to keep.
    ['iam', 'arn:aws:iam::111122223333:role/ab***-InstanceRole-Q5***'],
    // Not a name-typed resource of that service (a policy's version, an S3 key).
    ['s3', 'arn:aws:s3:::bucket/app-UploadFunction-1A2B3C4D5E6F'],
    ['iam', 'arn:aws:iam::111122223333:oidc-provider/app-Provider-1A2B3C4D5E6F'],
    // The service does not match the ARN's.
    ['sns', 'arn:aws:iam::111122223333:role/app-InstanceRole-1A2B3C4D5E6F']
  ])('leaves %s %s as printed', (service, arn) => {
    expect(resourceOf(service, arn)).toBeNull()
  })
})

describe('CloudFormation-generated names in drafted statements', () => {
  it('h10-088: the stack prefix, with a note saying why', () => {
    const { statements, notes } = analysed(corpusText('heldout10.jsonl', 'h10-088'))
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::<ACCOUNT_ID>:role/Technical-Magic-AWS-WAF-Stack-*'
    ])
    expect(notes.join('\n')).toMatch(/name CloudFormation generated .*next deploy/)
  })

  it("h10-089: two generated roles are the stack's names, not one <ROLE_NAME> placeholder", () => {
    const { statements } = analysed(corpusText('heldout10.jsonl', 'h10-089'))
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['iam:CreateRole', 'arn:aws:iam::<ACCOUNT_ID>:role/ethminerA-*'],
      ['sns:CreateTopic', 'arn:aws:sns:us-east-1:<ACCOUNT_ID>:ethminerA-*']
    ])
    expect(JSON.stringify(statements)).not.toContain('<ROLE_NAME>')
  })
})

// heldout21 review 2 (h21-056): a stack name masked whole is the stack's placeholder, the logical
// ID kept, so the next deploy's suffix is allowed too.
it('a stack name masked whole keeps the logical ID under a <STACK_NAME> placeholder', () => {
  expect(
    stackGeneratedName('iam', 'arn:aws:iam::111122223333:role/***-InstanceRole-Q5***')?.arn
  ).toBe('arn:aws:iam::111122223333:role/<STACK_NAME>-InstanceRole-*')
})
