// Issue 17 (heldout11 review, h11-179): a refused iam:PassRole inside a call that hands a role to
// a known service (`when calling the RunInstances operation`) is limited with iam:PassedToService,
// even where a terminal wrapped the operation name onto the next line.
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const passedTo = (text: string): unknown[] =>
  analysed(text)
    .statements.filter((s) => s.Action === 'iam:PassRole')
    .map((s) => s.Condition?.StringEquals?.['iam:PassedToService'])

const sentence = (op: string): string =>
  `An error occurred (UnauthorizedOperation) when calling the ${op} operation: You are not authorized to perform this operation.\nUser: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:PassRole action.\n`

describe('the called operation names the service a passed role goes to', () => {
  it.each([
    // github-file find_string#70759897249 (heldout11 h11-179): wrapped at ~75 columns
    ['h11-179', corpusText('heldout11.jsonl', 'h11-179'), 'ec2.amazonaws.com'],
    // LBHackney-IT/Data-Platform#1992: ECS RunTask, on one line (its words already said so)
    [
      'LBHackney-IT/Data-Platform#1992',
      '> botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the RunTask operation: User: arn:aws:iam::120038763019:user/parking-airflow-user is not authorized to perform: iam:PassRole on resource: arn:aws:iam::120038763019:role/dataplatform-stg-ecs-parking because no identity-based policy allows the iam:PassRole action\n',
      'ecs-tasks.amazonaws.com'
    ],
    // Own: a Windows terminal's wrap (CRLF) inside the operation phrase.
    [
      'own: CRLF wrap',
      sentence('RunInstances').replace('the RunInstances', 'the\r\nRunInstances'),
      'ec2.amazonaws.com'
    ],
    ['own: CreateFlowLogs', sentence('CreateFlowLogs'), 'vpc-flow-logs.amazonaws.com']
  ])('%s', (_, text, service) => {
    expect(passedTo(text)).toEqual([service])
    // The note no longer leaves the service for the reader to fill in.
    expect(analysed(text).notes.join('\n')).not.toContain('SERVICE.amazonaws.com')
  })

  it.each([
    ['own: a call that passes no role', sentence('PutObject')],
    [
      'own: two role-passing calls of different services',
      sentence('RunInstances') + sentence('CreateFlowLogs').replace('user/ci', 'user/other')
    ],
    [
      'own: the name split inside the word is no operation',
      sentence('RunInstances').replace('RunInstances', 'Run\nInstances')
    ]
  ])('counter-case: %s', (_, text) => {
    const found = passedTo(text)
    expect(found.length).toBeGreaterThan(0)
    for (const s of found) expect(s).toBeUndefined()
  })
})
