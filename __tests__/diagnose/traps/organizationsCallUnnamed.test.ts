// WD5012 (heldout129 review, h129-075 and h129-088): AWS Organizations' own refusal with no call
// named: which account the step ran in comes first, an identity policy only in the management one.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'organizations-call-unnamed'

describe(TRAP, () => {
  it.each(['h129-075', 'h129-088'])('%s: the account first, no statement', (id) => {
    const { findings, statements } = analysed(corpusText('heldout129.jsonl', id))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('organizations-management-account')
    expect(f.title).toMatch(/called from a member account, or not allowed to the caller/)
    expect(f.fixTarget.description).toMatch(/a member account is refused whatever it allows/)
    expect(statements).toEqual([])
  })

  it('h129-103 (aws2tf#169, the SDK naming ListAccounts over a wrap): the named call leads instead', () => {
    const f = analysed(corpusText('heldout129.jsonl', 'h129-103')).findings[0]!
    expect(f.operation).toBe('ListAccounts')
    expect(f.traps).toEqual(['organizations-management-account'])
    expect(f.title).toMatch(/only its management account or a delegated administrator/)
  })

  it("h129-104 (Terraform's `listing AWS Organization (…) accounts`): ListAccounts, not DescribeOrganization", () => {
    const f = analysed(corpusText('heldout129.jsonl', 'h129-104')).findings[0]!
    expect(f.inferred?.action?.value).toBe('organizations:ListAccounts')
    expect(f.traps).toContain('organizations-management-account')
  })
})
