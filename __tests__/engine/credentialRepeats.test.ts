// Issue 17 (heldout14 third review, h14-160): the lines of one credentials failure are one
// finding, with the cause the words name rather than the one the code alone implies.
import { analyzeText } from '../../src/engine/Analysis.js'

const causes = (text: string) =>
  analyzeText(text).findings.map((f) => [f.code, f.detail.cause ?? null, f.occurrences])

describe('one credentials failure printed on two lines', () => {
  it('heldout14 h14-160: botocore and configure-aws-credentials lines of one audience failure', () => {
    // https://www.fixwikihub.com/articles/github-actions-oidc-token-audience-mismatch-cloud-provider
    const text =
      'Symptoms\naws-actions/configure-aws-credentialsstep fails with OIDC error- Cloud provider returns\nInvalidIdentityTokenoraudience mismatch - Workflow works for one repository but fails for another\n- Error message:\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience - Error message:\nError: Failed to assume role: InvalidIdentityToken: Token audience mismatch'
    expect(causes(text)).toEqual([['InvalidIdentityToken', 'oidc-audience', 2]])
  })

  it('stackengine.dev: the CLI line and the CloudTrail event of one refusal', () => {
    // https://stackengine.dev/aws-iam-cognito-assumerolewithwebidentity-audience
    const text =
      'You hit this raw error from STS:\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation:\nToken is not valid: Token audience is invalid\nOr in CloudTrail:\n{\n"eventName": "AssumeRoleWithWebIdentity",\n"errorCode": "InvalidIdentityToken",\n"errorMessage": "Token is not valid: Token audience is invalid"\n}'
    expect(causes(text)).toHaveLength(1)
    expect(causes(text)[0]![2]).toBe(2)
  })

  it('own: two causes named in words stay two findings', () => {
    const text =
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com\n'
    expect(causes(text).map((c) => c[1])).toEqual(['oidc-audience', 'oidc-provider-missing'])
  })
})
