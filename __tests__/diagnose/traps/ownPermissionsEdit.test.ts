// WD983 own-permissions-edit: a user or role asking to change its own permissions gets no Allow.
// The heldout31 case (h31-023) comes from the expert review of the round.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'own-permissions-edit'

describe(TRAP, () => {
  it('h31-023: a deploy user putting its own inline policy (IAM names it `user NAME`)', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout31.jsonl', 'h31-023'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The user `phone11-github-deploy` asks to change its own permissions/
    )
    expect(statements).toEqual([])
    expect(notes).toContain('would let it grant itself any permission')
  })

  it('own: a role attaching a policy to itself, by ARN with a path', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci-deploy/gh-run is not authorized to perform: iam:AttachRolePolicy on resource: arn:aws:iam::111122223333:role/pipelines/ci-deploy because no identity-based policy allows the iam:AttachRolePolicy action'
    )
    expect(f.traps).toContain(TRAP)
    expect(statements).toEqual([])
  })

  it.each([
    [
      'another user',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PutUserPolicy on resource: user app-reader because no identity-based policy allows the iam:PutUserPolicy action'
    ],
    [
      'a read of its own policy',
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:GetUserPolicy on resource: user ci because no identity-based policy allows the iam:GetUserPolicy action'
    ],
    [
      'a role writing a user of the same name',
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: iam:PutUserPolicy on resource: user ci because no identity-based policy allows the iam:PutUserPolicy action'
    ]
  ])('does not apply to %s', (_what, text) => {
    expect(analysedOne(text).f.traps).not.toContain(TRAP)
  })
})
