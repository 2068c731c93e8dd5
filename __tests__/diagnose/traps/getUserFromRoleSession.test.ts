// Issue 17, h017: iam:GetUser refused on a role session's own ARN is a tool asking who it is the
// old way; no statement on a user ARN (it would not match what IAM checked, nor help).
import { analysedOne } from './analysed.js'

describe('iam:GetUser from a role session', () => {
  it.each([
    [
      // held-out h017 (serverless/serverless#3151): CodeBuild's session, no `User:` prefix
      'CodeBuild session (held-out h017)',
      'Error `<role>/AWSCodeBuild is not authorized to perform: iam:GetUser on resource: arn:aws:sts::<account-id>:assumed-role/<role>/AWSCodeBuild` observed.'
    ],
    [
      'own: an assumed role with the User: prefix and a real account',
      'An error occurred (AccessDenied) when calling the GetUser operation: User: arn:aws:sts::111122223333:assumed-role/deploy/i-0abc is not authorized to perform: iam:GetUser on resource: arn:aws:sts::111122223333:assumed-role/deploy/i-0abc'
    ]
  ])('%s: the tool must change, no statement on a user ARN', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('get-user-from-role-session')
    expect(f.explanation).toMatch(/sts get-caller-identity/)
    expect(statements).toEqual([])
    expect(notes).toMatch(/No statement is proposed: iam:GetUser from a role session/)
  })

  it('GetUser on a user ARN stays an ordinary identity-policy gap', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetUser on resource: user ci'
    )
    expect(f.traps).not.toContain('get-user-from-role-session')
    expect(statements.map((s) => s.Action)).toContain('iam:GetUser')
  })
})
