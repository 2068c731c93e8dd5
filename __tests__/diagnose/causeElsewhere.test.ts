// Issue 17, M4: when the log says the cause is not the caller's identity policy, the finding says
// where it is: an expired SSO session, a role that may not exist, a GitHub Enterprise Server
// issuer (Lambda's trust in the execution role: traps/lambdaRoleTrust.test.ts).
import { analysedOne } from './traps/analysed.js'

describe('an expired SSO session is a login, not a policy', () => {
  it.each([
    [
      // UKGovernmentBEIS/inspect_ai#2380 (botocore)
      'botocore TokenRetrievalError',
      'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed'
    ],
    [
      // held-out h179 (turbot/steampipe-plugin-github#469, Go SDK v2)
      'Go SDK refresh of the SSO token',
      'Error: aws_production: operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, \nrefresh cached SSO token failed, unable to refresh SSO token, operation error SSO OIDC: CreateToken, \nhttps response error StatusCode: 400, RequestID: 06215636-0fb1-4274-8a2c-3c15cf2ea18a, InvalidGrantException:  (SQLSTATE HV000)'
    ]
  ])('%s', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f).toMatchObject({ kind: 'credentials', detail: { cause: 'sso-expired' } })
    expect(f.title).toMatch(/SSO session expired/)
    expect(notes).toMatch(/aws sso login/)
    expect(notes).not.toMatch(/configure-aws-credentials step/)
    expect(statements).toEqual([])
  })

  it('a cached-credentials refresh that names no SSO token stays "missing credentials"', () => {
    const { f } = analysedOne(
      'operation error STS: GetCallerIdentity, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found'
    )
    expect(f.detail.cause).toBe('missing')
  })
})

describe('the role to assume may not exist', () => {
  it('held-out h152: AWSControlTowerExecution asked for in the management account', () => {
    const { f } = analysedOne(
      'Deployment failed: AccessDenied: User: arn:aws:sts::<management account>:assumed-role/AWSAccelerator-PipelineSt-AdminCdkToolkitRoleXYZ/AWSCodeBuild-XYZ is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::<management account>:role/AWSControlTowerExecution'
    )
    expect(f.explanation).toContain(
      'STS gives the same AccessDenied when the role does not exist in account <management account>: check there first (`aws iam list-roles --query "Roles[?RoleName==\'AWSControlTowerExecution\'].Arn"`'
    )
  })

  it('ibmimedia.com (heldout7 h7-152): a word where the account stands is not named as one', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam:::user is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::user:role/role'
    )
    expect(f.explanation).toContain(
      "the role does not exist in the role's account: check there first"
    )
    expect(f.explanation).not.toContain('in account user')
  })

  it('own: a role with a path; the check uses its name', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/team/deploy'
    )
    expect(f.explanation).toContain(`RoleName=='deploy'`)
  })
})

describe("the OIDC provider's issuer is the one the token names", () => {
  it('held-out h129: a GitHub Enterprise Server issuer', () => {
    const { f } = analysedOne(
      'It throws an error\n\nError: No OpenIDConnect provider found in your account for https://github.MYORG.net/_services/token'
    )
    expect(f.title).toMatch(/GitHub Enterprise Server/)
    expect(f.explanation).toContain('`https://github.MYORG.net/_services/token`')
    expect(f.explanation).toContain('not https://token.actions.githubusercontent.com')
  })

  it("github.com's issuer keeps the github.com advice", () => {
    const { f } = analysedOne(
      'Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
    )
    expect(f.title).toBe('No GitHub OIDC provider in the AWS account')
  })
})
