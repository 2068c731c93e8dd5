// Creating one exact role or user: the tool's next calls on it are named beside the grant, never
// added on its behalf (heldout16 review h16-003: Chalice's CreateRole, then PutRolePolicy and the
// PassRole of CreateFunction).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'
import { nextStepsAfterCreate } from '../../src/remedy/sensitiveActions.js'

describe('the next calls after creating a role or user', () => {
  it('h16-003: iam:CreateRole on the exact role names PutRolePolicy/AttachRolePolicy and PassRole', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout16.jsonl', 'h16-003'))
    expect(f.action).toBe('iam:CreateRole')
    expect(statements).toHaveLength(1)
    // Only the refused action is drafted: the rest depends on the tool's calls.
    expect(statements[0]!.Action).toBe('iam:CreateRole')
    expect(notes).toMatch(/Creating the role is rarely the tool's last call on it/)
    expect(notes).toContain('iam:PassRole and iam:PutRolePolicy or iam:AttachRolePolicy')
    expect(notes).toContain('iam:PassedToService')
  })

  it.each([
    [
      'iam:CreateUser',
      'arn:aws:iam::111122223333:user/ci-bot',
      /iam:PutUserPolicy or iam:AttachUserPolicy on the same ARN/
    ],
    [
      'iam:CreateRole',
      'arn:aws:iam::111122223333:role/service-role/app',
      /PassRole limited by `iam:PassedToService`/
    ]
  ])('%s on %s', (action, resource, said) => {
    expect(nextStepsAfterCreate(action, resource)).toMatch(said)
  })

  it.each([
    // A prefix gets the boundary advice, which names the companions already.
    ['iam:CreateRole', 'arn:aws:iam::111122223333:role/app-*'],
    // Not a creating call.
    ['iam:GetRole', 'arn:aws:iam::111122223333:role/app'],
    // A placeholder or another resource type is no role to follow.
    ['iam:CreateRole', '*']
  ])('nothing for %s on %s', (action, resource) => {
    expect(nextStepsAfterCreate(action, resource)).toBeNull()
  })
})
