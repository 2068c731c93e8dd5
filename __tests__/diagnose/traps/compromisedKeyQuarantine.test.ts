// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus } from '../analyze.js'

const TRAP = 'compromised-key-quarantine'

describe(TRAP, () => {
  it('applies when the quarantine policy denied the call, and says to rotate the key (corpus d142)', () => {
    const f = corpus('d142')
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.owner).toBe('aws-support')
    expect(f.explanation).toContain('Do not detach the policy to make the job pass')
    expect(f.explanation).not.toContain('the Deny must be narrowed or removed')
  })

  it('does not apply to other explicit denies with a policy ARN (corpus d139)', () => {
    const f = corpus('d139')
    expect(f.traps).not.toContain(TRAP)
    expect(f.fixTarget.kind).toBe('explicit-deny')
  })
})
