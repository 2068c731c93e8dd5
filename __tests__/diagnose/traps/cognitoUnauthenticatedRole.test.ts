// Source: aws/aws-sdk-js#1909 (the same report as amazon-archives/amazon-cognito-identity-js#670),
// text as printed there, account IDs masked by the reporter.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'

const TRAP = 'cognito-unauthenticated-role'
const SDK_JS_1909 =
  'error : AccessDeniedException: User: arn:aws:sts::**********:assumed-role/Cognito_myPoolNameUnauth_Role/CognitoIdentityCredentials is not authorized to perform: iam:PassRole on resource: arn:aws:iam::***************:role/lambda_basic_execution'
const ARCHIVES_670 =
  'error : AccessDeniedException: User: arn:aws:sts:::assumed-role/Cognito_myPoolNameUnauth_Role/CognitoIdentityCredentials is not authorized to perform: iam:PassRole on resource: arn:aws:iam::*****:role/lambda_basic_execution'

describe(TRAP, () => {
  it.each([SDK_JS_1909, ARCHIVES_670])(
    'applies to the guest role and refuses a statement',
    (text) => {
      const f = only(text)
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toContain('anyone who can reach the identity pool')
      const remedies = buildRemedies([f])
      expect(remedies.flatMap((r) => r.statements)).toEqual([])
      expect(remedies[0]!.notes.join('\n')).toMatch(/No statement is proposed.*guest/)
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it('does not apply to the authenticated role of the same pool', () => {
    const f = only(SDK_JS_1909.replace('Unauth_Role', 'Auth_Role'))
    expect(f.traps).not.toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).not.toEqual([])
  })
})
