// Step Functions refusing a state machine's log destination: its own execution role needs the
// log-delivery actions, not the deployer (heldout18 review h18-009).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('sfn-log-delivery', () => {
  it('h18-009 (aws-samples/serverless-patterns#102): the execution role, every delivery action', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout18.jsonl', 'h18-009'))
    expect([f.traps, f.code, f.service]).toEqual([
      ['sfn-log-delivery'],
      'AccessDeniedException',
      'states'
    ])
    expect(f.explanation).toMatch(/^Step Functions checked the state machine's own execution role/)
    for (const a of ['logs:CreateLogDelivery', 'logs:PutResourcePolicy', 'logs:DescribeLogGroups'])
      expect(f.explanation).toContain(a)
    expect(statements).toEqual([])
    expect(notes).toContain('"Resource":"*"')
  })

  it('counter-case: a state machine role refused another call is not this one', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the StartExecution operation: User: arn:aws:sts::111122223333:assumed-role/ci/x is not authorized to perform: states:StartExecution on resource: arn:aws:states:us-east-1:111122223333:stateMachine:m because no identity-based policy allows the states:StartExecution action'
    )
    expect(f.traps).not.toContain('sfn-log-delivery')
  })
})
