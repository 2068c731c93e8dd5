// heldout41's refusals the engine missed or misread on its unseen score (issue 10, session 35):
// services refusing a call they make for the user, and a mask that looked like emphasis; each with
// a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h41 = (id: string) => corpusText('heldout41.jsonl', id)

describe('heldout41: services’ own refusals and a masked caller', () => {
  it('h41-021 (awslabs/aws-api-gateway-developer-portal#62): API Gateway may not invoke the function it was sending to', () => {
    const [f, ...rest] = parseText(h41('h41-021'))
    expect(rest).toEqual([])
    expect([f!.grammar, f!.principal, f!.action, f!.resource, f!.service]).toEqual([
      'apigateway-lambda-permissions',
      'apigateway.amazonaws.com',
      'lambda:InvokeFunction',
      'arn:aws:lambda:us-west-2:account_id:function:stage',
      'lambda'
    ])
  })

  it('h41-024 (terraform-aws-modules/terraform-aws-eventbridge#133): Pipes’ role may not call ReceiveMessage on SQS', () => {
    const [f, ...rest] = parseText(h41('h41-024'))
    expect(rest).toEqual([])
    expect([f!.grammar, f!.operation, f!.service, f!.inferredAction]).toEqual([
      'pipes-role-permissions',
      'ReceiveMessage',
      'sqs',
      'sqs:ReceiveMessage'
    ])
  })

  it('h41-026 (praetorian-inc/chariot-ui#208): `*redacted*` masks after a request id masked the same way keep their stars', () => {
    const [f] = parseText(h41('h41-026'))
    expect([f!.principal, f!.resource]).toEqual([
      'arn:aws:sts::*redacted*',
      'arn:aws:dynamodb:us-east-2:*redacted*'
    ])
  })

  it('own: emphasis around a whole value still closes, and an API Gateway line with no Lambda wording is no refusal', () => {
    expect(
      parseText(
        'RequestID: *redacted*, **User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k**'
      ).map((f) => f.resource)
    ).toEqual(['arn:aws:s3:::b/k'])
    expect(
      parseText(
        'Thu Jan 25 06:47:10 UTC 2018 : Execution failed due to configuration error: Malformed Lambda proxy response'
      )
    ).toEqual([])
  })
})
