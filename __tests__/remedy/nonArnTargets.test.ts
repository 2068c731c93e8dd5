// SNS Publish straight to a phone number (SMS) has no topic: AWS checks it against "*", so the
// statement is Resource "*" with why, never a topic placeholder (heldout9 review h9-104).
import { nonArnTarget } from '../../src/remedy/nonArnTargets.js'
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

describe('nonArnTarget', () => {
  it.each([
    // heldout9 h9-104 (functionalone/serverless-iam-roles-per-function#106)
    '+358....',
    // Miserlou/Zappa#1941
    '+1xxxxxxxxx',
    // aws-amplify/amplify-flutter#3546
    '+XXXXXXXXXX',
    '+14155550123'
  ])('%s is a phone number for sns:Publish', (printed) => {
    expect(nonArnTarget('SNS:Publish', printed)?.what).toBe('a phone number')
  })

  it.each([
    ['sns:Publish', 'arn:aws:sns:us-east-1:111122223333:alerts'],
    ['sns:Publish', 'alerts'],
    ['sns:Publish', '+'],
    // Counter-case: a phone number is no target of other actions.
    ['sns:Subscribe', '+14155550123'],
    ['sns:Publish', null]
  ])('%s on %j is no phone-number target', (action, printed) => {
    expect(nonArnTarget(action, printed)).toBeNull()
  })
})

describe('statements for an SMS publish', () => {
  it('h9-104: Resource "*" with the reason, no topic placeholder', () => {
    const { statements, notes } = analysedOne(corpusText('heldout9.jsonl', 'h9-104'))
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toBe('sns:Publish')
    expect(statements[0]!.Resource).toBe('*')
    expect(notes).toContain('a phone number, so sns:Publish sent an SMS directly')
    expect(notes).not.toContain('<TOPIC_NAME>')
  })

  it('Miserlou/Zappa#1941: the same for a boto3 SMS publish with a masked number', () => {
    // https://github.com/Miserlou/Zappa/issues/1941, as printed
    const { statements } = analysedOne(
      'An error occurred (AuthorizationError) when calling the Publish operation: User: arn:aws:sts::xxxxx:assumed-role/xxxxx-ZappaLambdaExecutionRole/xxxxxx is not authorized to perform: SNS:Publish on resource: +1xxxxxxxxx'
    )
    expect(statements.map((s) => s.Resource)).toEqual(['*'])
  })

  it('counter-case: a publish to a topic keeps the topic ARN', () => {
    const { statements } = analysedOne(
      'An error occurred (AuthorizationError) when calling the Publish operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:111122223333:alerts because no identity-based policy allows the SNS:Publish action'
    )
    expect(statements[0]!.Resource).toBe('arn:aws:sns:us-east-1:111122223333:alerts')
  })
})
