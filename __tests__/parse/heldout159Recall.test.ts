// heldout159–160's cases the engine missed or misread on their unseen score (issue 10, session 53):
// Rust's object_store unable to reach the instance metadata service, Lambda's check of an SQS
// mapping's execution role, Bref's and Fluent Bit's credential failures, CloudFormation's `API:`
// call before SQS's own refusal, a typed resource followed by a guide's prose, a Go test's struct
// field as source; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("tools' and services' own words", () => {
  it.each([
    ['h159-004', 'credentials', 'imds-token-unreachable', null, 'imds-error'],
    ['h159-067', 'denial', 'lambda-event-source-sqs-role', 'InvalidParameterValueException', null],
    ['h160-018', 'credentials', 'aws-credentials-not-found', null, 'missing'],
    ['h160-062', 'credentials', 'fluent-bit-assume-role-failed', null, null]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const f = (id: string) => analyzeText(h(id)).findings[0]!
    expect([f('h159-076').action, f('h159-076').service]).toEqual(['sqs:CreateQueue', 'sqs'])
    expect(f('h159-065').resource).toBe('group')
    // The execution role's polling set, not the deployer's grant.
    expect(f('h159-067').explanation).toContain('sqs:DeleteMessage')
    expect(f('h159-067').fixTarget.description).toContain('execution role')
  })

  it('a Go test building the refusal as a struct field is source, not output (h160-059)', () => {
    expect(reported(h('h160-059'))).toEqual([])
  })

  it.each([
    // own: the metadata service answering is no failure to reach it
    'GET http://169.254.169.254/latest/api/token 200 OK',
    // own: a Lambda role sentence about another service is not SQS's check
    'The function execution role does not have permissions to call GetRecords on Kinesis',
    // own: Fluent Bit's provider line that succeeded
    '[aws_credentials] sts assume role request succeeded'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })

  it.each([
    // own: a log line whose field is a literal and nothing around reads as code stays a finding
    'Message_: "User: arn:aws:iam::111122223333:user/u is not authorized to perform: logs:PutLogEvents with an explicit deny"',
    // own: a typed name on the next line that is a name, not a sentence
    'User: arn:aws:iam::111122223333:user/u is not authorized to perform: iam:GetGroup on resource: group\nDevelopers'
  ])('counter-case, still read: %s', (text) => {
    expect(reported(text)).toHaveLength(1)
  })
})

describe("a guide's troubleshooting table is prose, however many of its rows are refusals", () => {
  it.each(['h157-017', 'h160-016'])('%s: no finding', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: a team's table of what it hit and the permission each missed stays read
    '| Error | Missing Permission | Solution |\n|---|---|---|\n| `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k"` | s3:PutObject | add it |\n| `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k"` | s3:GetObject | add it |',
    // own: a log line with a bar and no rule line above is no table
    'step | User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k"\nstep | Access Denied s3://b/k'
  ])('counter-case, still read: %s', (text) => {
    expect(reported(text).length).toBeGreaterThan(0)
  })
})
