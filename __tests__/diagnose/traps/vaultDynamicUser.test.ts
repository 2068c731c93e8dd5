// WD5011 (heldout124 review, h124-087): a user Vault's AWS secrets engine created for one lease.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'vault-dynamic-user'

describe(TRAP, () => {
  it('h124-087 (a Glue read as `vault-token-wap-udp-int-readwrite-1686560253-…`): the Vault role, not the user', () => {
    const { findings, statements } = analysed(corpusText('heldout124.jsonl', 'h124-087'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('vault write aws/roles/ROLE policy_document=@policy.json')
    expect(f.fixTarget.description).toMatch(/^the policy of the Vault AWS secrets engine role/)
    expect(f.fixTarget.principalArn).toBeNull()
    expect(statements.length).toBeGreaterThan(0)
  })

  it.each([
    // own: a user of the same prefix without Vault's timestamp and random tail
    'User: arn:aws:iam::111122223333:user/vault-admin is not authorized to perform: glue:GetDatabase',
    // own: a role, not a user
    'User: arn:aws:sts::111122223333:assumed-role/vault-ci-1686560253-abcdef/s is not authorized to perform: glue:GetDatabase'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
