// A service refused under its product name acted as its own service principal: the target's
// resource policy admits it, not an identity policy (heldout69 review h69-027).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('service-caller-by-name', () => {
  it('h69-027 (hashicorp/terraform-provider-aws#48946): Firehose to MSK, the cluster policy', () => {
    const { f, statements } = analysedOne(corpusText('heldout69.jsonl', 'h69-027'))
    expect([f.principal, f.action, f.traps, f.fixTarget.kind]).toEqual([
      'AWS Firehose',
      'kafka:CreateVpcConnection',
      ['service-caller-by-name'],
      'resource-policy'
    ])
    expect(f.explanation).toMatch(
      /^The refused caller is the service itself \(`AWS Firehose`, acting as `firehose\.amazonaws\.com`\)/
    )
    expect(f.explanation).toContain('aws_msk_cluster_policy')
    expect(statements).toEqual([])
  })

  it('own: another service by name, a generic resource-policy answer', () => {
    const { f } = analysedOne(
      'Error: AWS Config is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:111122223333:config-topic'
    )
    expect(f.principal).toBe('AWS Config')
    expect(f.explanation).toContain('{"Service": "config.amazonaws.com"}')
  })

  it('counter-case: a product name the table does not hold keeps the ordinary advice', () => {
    const { f } = analysedOne(
      'AWS Widgets is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
    )
    expect(f.traps).not.toContain('service-caller-by-name')
  })
})
