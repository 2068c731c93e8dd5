// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'assume-role-two-policies'

describe(TRAP, () => {
  it('applies to sts:AssumeRole refused with no reason (corpus d078)', () => {
    const f = corpus('d078')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain("the target role's trust policy must trust the caller")
    expect(f.explanation).toContain(
      "the caller's identity policy must allow `sts:AssumeRole` on the target role"
    )
  })

  it('applies to the trust-policy phrase (corpus d015)', () => {
    expect(corpus('d015').traps).toContain(TRAP)
  })

  it('says session tags need sts:TagSession in the trust policy (corpus d027)', () => {
    const f = corpus('d027')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      "the target role's trust policy must also allow `sts:TagSession`"
    )
  })

  it('within one account, says the trust policy alone can be enough', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy'
    )
    expect(f.crossAccount).toBe(false)
    expect(f.explanation).toContain('within one account the trust policy alone can be enough')
  })

  it('does not apply to other STS actions or to an explicit deny in the trust policy (corpus d016)', () => {
    expect(corpus('d025').traps).not.toContain(TRAP)
    expect(corpus('d016').traps).not.toContain(TRAP)
  })
})
