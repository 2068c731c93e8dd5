// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'get-caller-identity-is-credentials'

describe(TRAP, () => {
  it('turns a "denied" GetCallerIdentity into a credentials problem', () => {
    const f = only(
      'An error occurred (AccessDenied) when calling the GetCallerIdentity operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:GetCallerIdentity'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('credentials')
    expect(f.title).toBe(
      'sts:GetCallerIdentity failed for user ci: a credentials problem, not a missing permission'
    )
    expect(f.explanation).toContain('needs no permission and cannot be denied by a policy')
    expect(f.explanation).not.toContain('identity policy is the usual place')
  })

  it('applies to the operation name alone', () => {
    const f = only(
      'An error occurred (AccessDenied) when calling the GetCallerIdentity operation: Access Denied'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('credentials')
  })

  it('does not double up on findings that already are credentials (corpus d088)', () => {
    const f = corpus('d088')
    expect(f.kind).toBe('credentials')
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to other STS actions (corpus d080)', () => {
    expect(corpus('d080').traps).not.toContain(TRAP)
  })
})
