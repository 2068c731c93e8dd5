// What the OIDC doctor says for each cause (src/oidc/causes.ts). STS failing to fetch the keys
// that sign the token is not the IAM provider's thumbprint: only STS's thumbprint wording sends
// the user to refresh it (heldout15 review, h15-100).
import { CAUSES } from '../../src/oidc/causes.js'
import type { CauseFacts } from '../../src/oidc/causes.js'

const facts = (stsMessage: string): CauseFacts =>
  ({
    roleArn: 'arn:aws:iam::480311764563:role/gh-deploy',
    roleName: 'gh-deploy',
    account: '480311764563',
    stsMessage
  }) as CauseFacts

describe('the thumbprint cause', () => {
  it.each([
    "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
    'The identity provider could not be reached'
  ])('a key STS could not fetch: no thumbprint refresh (%s)', (message) => {
    const text = CAUSES.thumbprint.explanation(facts(message))
    expect(text).toMatch(/the provider's thumbprint is not what failed/)
    expect(text).not.toMatch(/update-open-id-connect-provider-thumbprint/)
  })

  it("STS's thumbprint wording: refresh the thumbprint list", () => {
    const text = CAUSES.thumbprint.explanation(
      facts("OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint")
    )
    expect(text).toMatch(
      /refresh its thumbprint list \(`aws iam update-open-id-connect-provider-thumbprint`\)/
    )
  })
})
