// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'sso-permission-set'
const SSO =
  'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_DeveloperAccess_0123456789abcdef/jane@example.com'

describe(TRAP, () => {
  it('applies to an Identity Center session refused by its own policies, naming the permission set', () => {
    const f = only(
      `User: ${SSO} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action`
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('permission set `DeveloperAccess`')
    expect(f.explanation).toContain('change the permission set')
  })

  it('does not apply when an SCP or a resource policy refused (corpus d033, d150)', () => {
    expect(corpus('d033').traps).not.toContain(TRAP)
    expect(corpus('d150').traps).not.toContain(TRAP)
  })

  it('does not apply to ordinary roles', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
  })
})
