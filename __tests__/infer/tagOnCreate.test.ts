// CloudFormation's "Did not have IAM permissions to process tags on AWS::IAM::…" event beside a
// refused create: the create call carries the template's tags, which IAM checks as the tag action.
import { analyzeText } from '../../src/engine/Analysis.js'
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const companionsOf = (text: string) =>
  analyzeText(text).findings.map((f) => (f.inferred?.companions ?? []).map((c) => c.action))

describe('the tag action beside an IAM create', () => {
  it('h10-090 (f5devcentral/xcmcndemoguide#8): iam:TagUser with iam:CreateUser, on the same user', () => {
    const { statements, notes } = analysed(corpusText('heldout10.jsonl', 'h10-090'))
    expect(statements).toHaveLength(1)
    // With the stack's next steps on the same user (src/infer/cfnIamEntity.ts).
    expect(statements[0]!.Action).toEqual([
      'iam:CreateAccessKey',
      'iam:CreateUser',
      'iam:DeleteAccessKey',
      'iam:DeleteUser',
      'iam:DeleteUserPolicy',
      'iam:GetUser',
      'iam:PutUserPolicy',
      'iam:TagUser'
    ])
    expect(notes.join('\n')).toMatch(/process tags/)
  })

  it('alexcasalboni/aws-lambda-power-tuning#154: the events name AWS::IAM::Role, so iam:TagRole', () => {
    // As printed in the issue (its CloudFormation events, in the order the reporter gave them).
    const text = [
      '"`API: iam:CreateRole User: arn:aws:sts::xxxxxx:assumed-role/Owner/myemail@domain.com is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::xxxxxx:role/serverlessrepo-aws-lambda-power-tunin-analyzerRole-30U2WSAK4KID with an explicit deny`"',
      '',
      'The previous events in CloudFormation show:',
      '- LogicalId: analyzerRole, Status reason: Did not have IAM permissions to process tags on AWS::IAM::Role resource.'
    ].join('\n')
    expect(companionsOf(text)[0]).toContain('iam:TagRole')
  })

  it.each([
    // The event names another type than the refused create's.
    'Did not have IAM permissions to process tags on AWS::IAM::Role resource.\nUser: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/app because no identity-based policy allows the iam:CreateUser action',
    // Another service's type: no IAM tag action.
    'Did not have IAM permissions to process tags on AWS::SNS::Topic resource.\nUser: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:CreateRole action',
    // No event at all.
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:CreateRole action'
  ])('counter-case: no tag action without the matching event (%#)', (text) => {
    expect(companionsOf(text).flat()).not.toContain('iam:TagUser')
    expect(companionsOf(text).flat()).not.toContain('iam:TagRole')
  })
})
