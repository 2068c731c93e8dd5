// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'iam-passrole'

describe(TRAP, () => {
  it("applies to iam:PassRole and points at the caller's policy with the passed role's ARN (corpus d060)", () => {
    const f = corpus('d060')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      '`arn:aws:iam::123456:role/cdk-admin-role-CdkAdminRole-1IBORD9375GQF`'
    )
    expect(f.explanation).toContain("in the caller's own identity policy")
    expect(f.explanation).toContain('`iam:PassedToService`')
    expect(f.fixTarget.kind).toBe('identity-policy')
  })

  it('does not apply to other IAM actions', () => {
    expect(corpus('d044').traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny of iam:PassRole', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app with an explicit deny in an identity-based policy'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.fixTarget.kind).toBe('explicit-deny')
  })
})
