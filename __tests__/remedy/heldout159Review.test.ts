// The expert review of heldout159–160 (session 53, issue 17; docs/reviews/2026-12-07-heldout159.md):
// the calls a consumer and a data source make next, each on the reviewed case with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { grantsOf as grants } from '../support/grants.js'
import { heldoutText as h } from '../support/recallCase.js'

describe('the calls that come next', () => {
  it('h159-055 (a Spring SQS listener): receiving is consuming, the whole set on the queue', () => {
    expect(Object.keys(grants(h('h159-055'))).sort()).toEqual([
      'sqs:ChangeMessageVisibility',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
      'sqs:ReceiveMessage'
    ])
  })

  it("h160-070 (Grafana's data source test): its documented set leads", () => {
    const [f] = analyzeText(h('h160-070')).findings
    expect(f!.inferred?.signals?.['known-app']?.value).toBe('grafana-cloudwatch')
    expect(f!.traps).toContain('app-permission-set')
  })

  it.each([
    // own: a producer's send is not a consumer's receive
    [
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:q',
      ['sqs:SendMessage']
    ]
  ])('counter-case: %s', (text, actions) => {
    expect(Object.keys(grants(text))).toEqual(actions)
  })

  it('counter-case: a CloudWatch Logs refusal with no Grafana words names no app', () => {
    const [f] = analyzeText(
      'AccessDeniedException: User: arn:aws:iam::111122223333:user/u is not authorized to perform: logs:DescribeLogGroups'
    ).findings
    expect(f!.inferred?.signals?.['known-app']).toBeUndefined()
  })
})

describe('an expired token inside a credentials refresh', () => {
  it("h160-017: the inner STS call's expired web-identity token, not missing credentials", () => {
    const [f] = analyzeText(h('h160-017')).findings
    expect([f!.detail.cause, f!.service]).toEqual(['expired', 'sts'])
    expect(f!.title).not.toMatch(/No AWS credentials found/)
    expect(f!.traps).toContain('web-identity-token-expired')
  })

  it('counter-case: a refresh that found nothing stays missing', () => {
    const [f] = analyzeText(
      'operation error SSM: GetParameter, failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, request canceled'
    ).findings
    expect(f!.detail.cause).toBe('missing')
  })
})

describe('the instance metadata service out of reach', () => {
  it("h160-058 (an OpenTelemetry collector's sigv4auth off EC2): timed out, and off EC2 the program needs credentials of its own", () => {
    const [f] = analyzeText(h('h160-058')).findings
    expect(f!.detail.cause).toBe('credential-timeout')
    expect(f!.explanation).not.toMatch(/not missing/)
    expect(f!.explanation).toMatch(
      /does not run on EC2 \(a laptop, another cloud, a hosted CI runner\), the chain found nothing before it and IMDS does not exist there: give the program credentials of its own/
    )
    // ...and still the pod's hop limit, for the same words from a container on EC2.
    expect(f!.explanation).toMatch(/--http-put-response-hop-limit 2/)
  })
})

describe('a name Terraform made once', () => {
  it('h159-053: the name_prefix suffix stays exact, the topic is not widened', () => {
    const resources = Object.values(grants(h('h159-053'))).flat()
    expect(resources).toEqual([
      'arn:aws:sns:us-east-1:<ACCOUNT_ID>:newegg-stock-checker-20201204064825927800000001'
    ])
  })
})
