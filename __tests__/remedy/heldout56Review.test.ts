// heldout54–57's expert reviews, second batch (issue 17, session 37): refusals no Allow fixes (a
// subscription another account owns, a feature not offered to the account), an access policy
// replaced whole, the endpoint MediaConvert takes, one object copied by name, an issuer that is
// no cluster's, the EC2 actions EFS asks for, the service a role is handed to; from their real
// excerpts, each with a counter-case of our own.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h54 = (id: string) => corpusText('heldout54.jsonl', id)
const h56 = (id: string) => corpusText('heldout56.jsonl', id)
const h57 = (id: string) => corpusText('heldout57.jsonl', id)

describe('a subscription another account owns (heldout54 review h54-004, h54-005)', () => {
  it.each(['h54-004', 'h54-005'])('%s: no statement, the owning account first', (id) => {
    const { f, statements } = analysedOne(h54(id))
    expect(f.traps).toEqual(['sns-subscription-owner'])
    expect(f.explanation).toContain('only the account that owns a subscription')
    expect(statements).toEqual([])
  })

  it('own: IAM’s own refusal of the same call names the caller and keeps its statement', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AuthorizationError) when calling the GetSubscriptionAttributes operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: SNS:GetSubscriptionAttributes on resource: arn:aws:sns:us-east-1:111122223333:topic because no identity-based policy allows the SNS:GetSubscriptionAttributes action'
    )
    expect(f.traps).not.toContain('sns-subscription-owner')
    expect(statements.length).toBeGreaterThan(0)
  })
})

describe('a feature not offered to the account (heldout57 review h57-035)', () => {
  it('h57-035: no statement, the Region or the account’s enablement', () => {
    const { f, statements } = analysedOne(h57('h57-035'))
    expect(f.traps).toEqual(['account-not-allowed'])
    expect(statements).toEqual([])
  })
})

describe('a destination’s access policy is replaced whole (heldout54 review h54-002)', () => {
  it('h54-002 (CloudSnorkel/CloudWatch2S3#19): read it first, or change the stack that owns it', () => {
    const { f } = analysedOne(h54('h54-002'))
    expect(f.traps).toContain('logs-destination-policy')
    expect(f.explanation).toContain('replaces the whole access policy')
  })
})

describe("MediaConvert's endpoint (heldout54 review h54-014)", () => {
  it('h54-014: the account endpoint and a globally set endpoint are named', () => {
    const { f } = analysedOne(h54('h54-014'))
    expect(f.explanation).toContain('aws mediaconvert describe-endpoints')
  })
})

describe('one object copied by name (heldout56 review h56-037)', () => {
  it('h56-037 (reactioncommerce/example-storefront#581): the key itself, not `key/*`', () => {
    const { statements } = analysed(h56('h56-037'))
    expect(statements.map((s) => s.Resource)).toContain(
      'arn:aws:s3:::reaction-staging-propel-artifacts/propel-linux-amd64'
    )
    expect(statements.map((s) => s.Resource)).not.toContain(
      'arn:aws:s3:::reaction-staging-propel-artifacts/propel-linux-amd64/*'
    )
  })

  it('own: a recursive copy of a folder keeps its keys', () => {
    const { statements } = analysed(
      [
        'Running aws s3 cp --recursive s3://artifacts-bucket/releases ./out',
        'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden'
      ].join('\n')
    )
    expect(statements.map((s) => s.Resource)).not.toContain(
      'arn:aws:s3:::artifacts-bucket/releases'
    )
  })
})

describe('an issuer that is no cluster’s (heldout57 review h57-002)', () => {
  it('h57-002 (pulumi/esc#256): Pulumi ESC’s issuer, no eksctl', () => {
    const { f } = analysedOne(h57('h57-002'))
    expect(f.explanation).toContain('`https://api.pulumi.com/oidc`')
    expect(f.explanation).not.toContain('eksctl')
    expect(f.explanation).not.toContain('_services/token')
  })
})

describe('what EFS and IoT ask of the caller besides the call (heldout56 review h56-023, h56-002)', () => {
  it('h56-023 (aws/aws-parallelcluster#1139): the ENI read beside DescribeMountTargetSecurityGroups, the Region from `--region`', () => {
    const { statements } = analysed(h56('h56-023'))
    expect(statements.map((s) => s.Action).flat()).toEqual(
      expect.arrayContaining([
        'ec2:DescribeNetworkInterfaceAttribute',
        'elasticfilesystem:DescribeMountTargetSecurityGroups'
      ])
    )
    expect(statements.map((s) => String(s.Resource)).join(' ')).toContain(
      'arn:aws:elasticfilesystem:us-east-1:'
    )
  })

  it('h56-002 (awsdocs/aws-freertos-docs#2): the role goes to AWS IoT', () => {
    const { statements } = analysed(h56('h56-002'))
    const pass = statements.find((s) => s.Action === 'iam:PassRole')
    expect(pass?.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'iot.amazonaws.com' }
    })
  })
})
