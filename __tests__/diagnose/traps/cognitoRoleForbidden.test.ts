// WD945 (heldout22 review, h22-019): Cognito Identity refusing the role handed to an identity pool
// is the role's ARN, its passing and its trust, never an Allow of SetIdentityPoolRoles.
import { analysed, analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'cognito-role-forbidden'

describe(TRAP, () => {
  it('h22-019 (boto/boto3#73): a role name where the call takes an ARN', () => {
    const { f, statements } = analysedOne(corpusText('heldout22.jsonl', 'h22-019'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(
      /^Cognito Identity refused the role it was handed \(`SomeRoleName`\)/
    )
    expect(f.explanation).toContain('`arn:aws:iam::ACCOUNT_ID:role/SomeRoleName`')
    expect(f.explanation).toContain('`iam:PassRole`')
    expect(statements).toEqual([])
  })

  it('own: a role given by its ARN is not told to use one', () => {
    const { f } = analysedOne(
      "An error occurred (NotAuthorizedException) when calling the SetIdentityPoolRoles operation: Access to Role 'arn:aws:iam::123456789012:role/Cognito_AppAuth_Role' is forbidden."
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('check what was passed')
  })

  it("counter-case: Cognito User Pools' wrong password is no finding at all", () => {
    const { findings } = analysed(
      'An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Incorrect username or password.'
    )
    expect(findings).toEqual([])
  })
})
