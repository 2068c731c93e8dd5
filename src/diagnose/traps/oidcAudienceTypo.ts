// "Incorrect token audience" where the log shows an audience a letter or two off
// `sts.amazonaws.com` (heldout7 review h7-107: `sts.amazonws.com`; amazon-eks-irsa-cfn#18:
// `sts.amazon.com`): the typo is the fix, in the provider's client IDs, the trust condition
// or the `audience:` input, wherever it was written.
import type { Trap } from '../Trap.js'

export const oidcAudienceTypo: Trap = {
  id: 'oidc-audience-typo',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    d.detail.cause === 'oidc-audience' &&
    inferred?.signals?.['audience-typo'] !== undefined,
  advice: ({ inferred }) => {
    const typo = inferred!.signals!['audience-typo']!.value.replace(/[`\s]/g, '')
    return (
      `The log shows the audience \`${typo}\`, a misspelling of \`sts.amazonaws.com\`. ` +
      `Correct it wherever it is written: the IAM OIDC provider's client ID list (\`aws iam add-client-id-to-open-id-connect-provider --client-id sts.amazonaws.com\`), the trust policy's \`token.actions.githubusercontent.com:aud\` condition, and the workflow's \`audience:\` input if it sets one.`
    )
  }
}
