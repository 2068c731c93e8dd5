// "Incorrect token audience" with a misspelt audience in view (heldout7 review h7-107): the typo
// is what to fix.
import { analysedOne } from './analysed.js'

// awslabs/amazon-eks-irsa-cfn#18: the error and the audience that caused it (`sts.amazon.com`).
const IRSA_18 = `\`\`\`
An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience
\`\`\`

This PR fixes the issue by using the correct audience (\`sts.amazonaws.com\` and not \`sts.amazon.com\`)`

describe('oidc-audience-typo', () => {
  it.each([
    // heldout7 h7-107 showed this typo, but in an article's prose (no finding there): its two
    // printed lines, as a run prints them, are this own case.
    [
      'own case after h7-107',
      'audience: sts.amazonws.com\nError: Could not assume role with OIDC: Incorrect token audience',
      'sts.amazonws.com'
    ],
    ['awslabs/amazon-eks-irsa-cfn#18', IRSA_18, 'sts.amazon.com']
  ])('names the misspelt audience first (%s)', (_source, text, typo) => {
    const { f, notes } = analysedOne(text)
    expect(f.traps).toContain('oidc-audience-typo')
    expect(f.explanation.startsWith(`The log shows the audience \`${typo}\``)).toBe(true)
    expect(notes).not.toContain('clock skew')
    expect(notes).not.toContain('role-duration-seconds')
  })

  it.each([
    // aws-actions/configure-aws-credentials#775: the condition is right; China's audience is too.
    [
      'aws-actions/configure-aws-credentials#775',
      '"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"\nbut still getting Error: Incorrect token audience'
    ],
    [
      'own case: the China audience, end of sentence',
      'The provider lists sts.amazonaws.com.cn.\nError: Incorrect token audience'
    ]
  ])('not for a correct audience (%s)', (_source, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain('oidc-audience-typo')
  })
})
