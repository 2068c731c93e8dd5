// SQS's refusal names only its endpoint (`Access to the resource https://sqs.REGION.amazonaws.com/
// is denied`): with no queue anywhere in the log the call is unknown (heldout6 review h6-144);
// a queue the log names elsewhere is the target, and no "no statement" note stands beside the
// statement drafted for it (heldout15 review h15-150).
import type { PolicyStatement } from '../../../src/model/Remedy.js'
import { corpusText } from '../../support/corpusRecords.js'
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'sqs-endpoint-without-queue'
const actionsOf = (s: PolicyStatement) => [s.Action].flat()

describe(TRAP, () => {
  it('no queue in the URL, and "works locally, fails in Docker" (review h6-144)', () => {
    const { f, notes } = analysedOne(reviewed('h6-144'))
    expect(f.traps).toContain('sqs-endpoint-without-queue')
    expect(f.explanation).toMatch(/^The log says the same code works on the developer's machine/)
    expect(f.explanation).toContain('`aws sts get-caller-identity` inside it')
    expect(f.explanation).toContain('`sqs:GetQueueUrl`')
    expect(notes).toMatch(/^No statement is proposed: the URL names no queue/)
  })

  it('a queue URL is not the bare endpoint (own case)', () => {
    const { f } = analysedOne(
      'Exception: Access to the resource https://sqs.us-east-2.amazonaws.com/123456789012/orders is denied.'
    )
    expect(f.traps).not.toContain('sqs-endpoint-without-queue')
  })

  it('h15-150 (Account Factory for Terraform): Terraform names the queue, so its read is drafted on it, with ListQueueTags', () => {
    const { findings, statements, notes } = analysed(corpusText('heldout15.jsonl', 'h15-150'))
    const sqs = findings.find((f) => f.inferredAction?.startsWith('sqs:'))!
    expect(sqs.traps).not.toContain(TRAP)
    expect(sqs.inferredAction).toBe('sqs:GetQueueAttributes')
    const queue = statements.find((s) => actionsOf(s).some((a) => a.startsWith('sqs:')))!
    expect(actionsOf(queue)).toEqual(['sqs:GetQueueAttributes', 'sqs:ListQueueTags'])
    expect(queue.Resource).toBe('arn:aws:sqs:us-east-1:629739378578:aft-account-request.fifo')
    expect(notes.join('\n')).not.toMatch(/No statement is proposed/)
  })

  it('own case: Terraform refreshing a plain queue by its URL', () => {
    const { f, statements } = analysedOne(
      [
        'Error: error reading SQS Queue (https://sqs.eu-west-1.amazonaws.com/111122223333/orders): AccessDenied: Access to the resource https://sqs.eu-west-1.amazonaws.com/ is denied.',
        '  with aws_sqs_queue.orders,'
      ].join('\n')
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements).toEqual([
      {
        Sid: expect.any(String),
        Effect: 'Allow',
        Action: ['sqs:GetQueueAttributes', 'sqs:ListQueueTags'],
        Resource: 'arn:aws:sqs:eu-west-1:111122223333:orders'
      }
    ])
  })

  it('own counter-case: the endpoint alone, no queue anywhere, keeps the trap; a known call gets its queue placeholder and no "no statement" note', () => {
    const { f, statements, notes } = analysedOne(
      'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the SendMessage operation: Access to the resource https://sqs.us-east-1.amazonaws.com/ is denied.'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The URL is the SQS endpoint itself.*The call is `sqs:SendMessage` on the queue the code passes/
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['sqs:SendMessage', 'arn:aws:sqs:<REGION>:<ACCOUNT_ID>:<QUEUE_NAME>']
    ])
    expect(notes).toMatch(/^SQS's refusal names no queue: put the queue the code calls/)
    expect(notes).not.toContain('No statement is proposed')
  })
})
