// EventBridge Pipes refused a pipe whose execution role may not call its source or target: the
// role's policy, attached before the pipe is created (WD987).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'pipes-execution-role'

describe(TRAP, () => {
  it('terraform-aws-modules/terraform-aws-eventbridge#133 (h41-024): the role first, and the SQS source’s set', () => {
    const { f, statements } = analysedOne(corpusText('heldout41.jsonl', 'h41-024'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^EventBridge Pipes checked, while creating the pipe/)
    expect(statements.map((s) => s.Action)).toEqual([
      ['sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage']
    ])
  })

  it("counter-case: a plain ReceiveMessage refusal is a consumer's, not the pipe's set", () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the ReceiveMessage operation: User: arn:aws:iam::111122223333:user/worker is not authorized to perform: sqs:ReceiveMessage on resource: arn:aws:sqs:us-east-1:111122223333:jobs because no identity-based policy allows the sqs:ReceiveMessage action'
    )
    expect(f.traps).not.toContain(TRAP)
    // A worker's consumer set (session 53, heldout159 review h159-055), visibility changes included.
    expect(statements.map((s) => s.Action)).toEqual([
      [
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage'
      ]
    ])
  })
})
