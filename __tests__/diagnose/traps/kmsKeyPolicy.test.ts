// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'kms-key-policy'

describe(TRAP, () => {
  it('applies to a KMS key refused by its key policy (corpus d043)', () => {
    const f = corpus('d043')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('A KMS key policy must allow the use of the key')
  })

  it('applies to the opaque ciphertext message (corpus d051) and Lambda environment decryption (corpus d053)', () => {
    expect(corpus('d051').traps).toContain(TRAP)
    expect(corpus('d053').traps).toContain(TRAP)
  })

  it('says both sides must allow across accounts', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab because no resource-based policy allows the kms:Decrypt action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      "both the key policy (owner side) and the caller's identity policy must allow it"
    )
  })

  it('does not apply to other services', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny in the key policy (corpus d052)', () => {
    const f = corpus('d052')
    expect(f.deny).toBe('explicit')
    expect(f.traps).not.toContain(TRAP)
  })
})
