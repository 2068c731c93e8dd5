// `sam deploy`'s fixed-width events table: the denial in the ResourceStatusReason column is read
// whole, whatever the table's width (issue 10, point 2).
import { eventRows } from '../../src/parse/eventTables.js'
import { parseText } from './parseText.js'

/** A `sam deploy` events table of the given reason-column width, every cell wrapped in its column. */
function samTable(reason: string, width: number, status = 'CREATE_FAILED'): string {
  const cols = [status, 'AWS::IAM::Role', 'HelloWorldFunctionRole']
  const pad = (s: string) => s.padEnd(25)
  const pieces: string[] = []
  // Wrap as Python's textwrap does: at spaces, and inside a word longer than the column.
  let line = ''
  for (const word of reason.split(' ')) {
    let w = word
    if (line && line.length + 1 + w.length > width) {
      pieces.push(line)
      line = ''
    }
    while (w.length > width - line.length - (line ? 1 : 0)) {
      const room = width - line.length - (line ? 1 : 0)
      pieces.push((line ? line + ' ' : '') + w.slice(0, room))
      line = ''
      w = w.slice(room)
    }
    line = line ? line + ' ' + w : w
  }
  if (line) pieces.push(line)
  const rule = '-'.repeat(75 + width)
  return [
    'CloudFormation events from changeset',
    rule,
    ['ResourceStatus', 'ResourceType', 'LogicalResourceId'].map(pad).join('') +
      'ResourceStatusReason',
    rule,
    cols.map(pad).join('') + pieces[0],
    ...pieces.slice(1).map((p) => ' '.repeat(75) + p.padEnd(width)),
    'ROLLBACK_IN_PROGRESS     AWS::CloudFormation::Stack sam-app                  The following resource(s) failed to create: [HelloWorldFunctionRole].',
    rule
  ].join('\n')
}

const SENTENCE =
  'API: iam:CreateRole User: arn:aws:sts::111122223333:assumed-role/github-deploy-role/GitHubActions is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/sam-app-HelloWorldFunctionRole-1ABCDEFGHIJ because no identity-based policy allows the iam:CreateRole action'

describe('sam deploy events table', () => {
  it('aws/aws-cli#4826 (VS Code toolkit log, `,` prefixes): the wrapped sentence is read whole', () => {
    // As printed in the issue, up to where the excerpt we hold ends.
    const text = [
      '2020-01-08 20:35:16 - Waiting for stack create/update to complete',
      ',',
      'CloudFormation events from changeset',
      '-------------------------------------------------------------------------------------------------',
      ',ResourceStatus           ResourceType             LogicalResourceId        ResourceStatusReason   ',
      '-------------------------------------------------------------------------------------------------',
      ',CREATE_FAILED            AWS::IAM::Role           HelloWorldFunctionRole   API: iam:CreateRole    ',
      ',                                                                           User: arn:aws:iam::833 ',
      '                                                                           914180760:user/netocod ',
      '                                                                           er is not authorized   ',
      ',                                                                           to perform:            ',
      ',                                                                           iam:CreateRole on      ',
      ',                                                                           resource: arn:aws:iam:'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.kind, f.action, f.principal, f.line])).toEqual([
      ['denial', 'iam:CreateRole', 'arn:aws:iam::833914180760:user/netocoder', 7]
    ])
  })

  it.each([22, 30, 53, 120])(
    'own: a table %i characters wide gives the whole sentence',
    (width) => {
      const found = parseText(samTable(SENTENCE, width))
      expect(found.map((f) => [f.action, f.principal, f.resource, f.layer, f.deny])).toEqual([
        [
          'iam:CreateRole',
          'arn:aws:sts::111122223333:assumed-role/github-deploy-role/GitHubActions',
          'arn:aws:iam::111122223333:role/sam-app-HelloWorldFunctionRole-1ABCDEFGHIJ',
          'identity',
          'implicit'
        ]
      ])
    }
  )

  it('own: a row without a refusal gives nothing', () => {
    const text = samTable(
      'Resource handler returned message: "Invalid request provided: the runtime parameter of python2.7 is no longer supported"',
      30
    )
    expect(parseText(text)).toEqual([])
  })

  it('own: a row that does not wrap is left to the grammars as it is', () => {
    const text =
      'CREATE_FAILED            AWS::S3::Bucket          AppBucket                API: s3:CreateBucket Access Denied'
    expect(eventRows(text)).toEqual([])
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:CreateBucket'])
  })

  it('own: the next row, a rule or a blank line ends the cell', () => {
    const text = [
      'UPDATE_FAILED     AWS::Lambda::Function     Fn     first part of',
      '                                                   the reason',
      'UPDATE_FAILED     AWS::Lambda::Function     Fn2    other',
      '                                                   reason',
      '',
      '                                                   not a cell'
    ].join('\n')
    expect(eventRows(text).map((r) => r.reason)).toEqual([
      'first part of the reason',
      'other reason'
    ])
  })

  it('own: a logical ID wrapped in its own column does not enter the reason', () => {
    const text = [
      'CREATE_FAILED     AWS::IAM::Role     VeryLongLogicalResou     User: arn:aws:iam::1111',
      '                                     rceIdForTheRole          22223333:user/ci is',
      '                                                              not authorized to',
      '                                                              perform: iam:PassRole'
    ].join('\n')
    expect(eventRows(text).map((r) => r.reason)).toEqual([
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole'
    ])
  })
})
