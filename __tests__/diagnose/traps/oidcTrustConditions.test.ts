// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus } from '../analyze.js'

const TRAP = 'oidc-trust-conditions'

describe(TRAP, () => {
  it('applies to the web-identity refusal with GitHub evidence (corpus d025)', () => {
    const f = corpus('d025')
    expect(f.layer).toBeNull()
    expect(f.traps).toContain(TRAP)
    expect(f.title).toBe(
      'GitHub OIDC token rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)'
    )
    expect(f.explanation).toContain('`token.actions.githubusercontent.com:sub`')
    expect(f.explanation).toContain('repo:OWNER/REPO:environment:NAME')
    expect(f.explanation).toContain('`sts.amazonaws.com`')
  })

  it('claims no issuer when the log shows none (corpus d082, an EMR-on-EKS pod)', () => {
    const f = corpus('d082')
    expect(f.traps).toContain(TRAP)
    expect(f.title).toBe(
      'Web identity token rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)'
    )
    expect(f.explanation).toContain('the log does not show who issued it')
    expect(f.explanation).toContain('system:serviceaccount:NAMESPACE:NAME')
  })

  it('does not apply to a plain sts:AssumeRole or to a missing OIDC provider (corpus d080, d101)', () => {
    expect(corpus('d080').traps).not.toContain(TRAP)
    const noProvider = corpus('d101')
    expect(noProvider.kind).toBe('credentials')
    expect(noProvider.traps).not.toContain(TRAP)
  })
})
