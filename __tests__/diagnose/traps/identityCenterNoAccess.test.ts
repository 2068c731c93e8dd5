// IAM Identity Center's portal refused a role's credentials (WD992): the user's account
// assignment decides, never an IAM statement.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'identity-center-no-access'

describe(TRAP, () => {
  it('fwdcloudsec/granted#276 (h45-022): the assignment of the permission set, no statement', () => {
    const { f, statements } = analysedOne(corpusText('heldout45.jsonl', 'h45-022'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^The IAM Identity Center portal refused the role credentials/)
    expect(f.explanation).toContain('sso_account_id')
    expect(f.fixTarget.description).toMatch(/account assignments in IAM Identity Center/)
    expect(statements).toEqual([])
  })

  it('counter-case: another SSO call’s refusal is not the assignment’s', () => {
    const { f } = analysedOne(
      'operation error SSO: ListAccounts, https response error StatusCode: 401, RequestID: abc, api error UnauthorizedException: Session token not found or invalid'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
