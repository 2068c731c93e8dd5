// CDK's bootstrap container-assets repository (`cdk-QUALIFIER-container-assets-ACCOUNT-REGION`)
// not found (heldout17 reviews, h17-026 and h17-027): the bootstrap made it, or should have. When
// the CDKToolkit stack itself fails to update it, it was deleted outside CloudFormation; when a
// lookup names it, the environment is not bootstrapped, or the name holds a variable never expanded.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

const ASSETS_REPOSITORY = /^cdk-[a-z0-9]{9}-container-assets-/

export const cdkAssetsRepositoryMissing: Trap = {
  id: 'cdk-assets-repository-missing',
  lead: true,
  applies: ({ d }) => d.kind === 'not-found' && ASSETS_REPOSITORY.test(d.detail.repository ?? ''),
  advice: ({ d }) => {
    const name = tick(d.detail.repository!)
    const variable = /\$\{?[A-Z_][A-Z0-9_]*\}?/.exec(name)?.[0]
    return (
      `\`${name}\` is CDK's bootstrap container-assets repository, which \`cdk bootstrap\` creates in each account and Region (the CDKToolkit stack's \`ContainerAssetsRepository\`). ` +
      (variable
        ? `Its name holds \`${variable}\` as written: a shell variable that was never expanded (single quotes, or not exported to this step), so CDK looked up a repository that cannot exist; set the account and Region the app deploys to. `
        : '') +
      'If the environment was never bootstrapped, bootstrap it (`cdk bootstrap aws://ACCOUNT_ID/REGION`, with the qualifier the app uses). If it was, and the CDKToolkit stack itself fails to update the repository, the repository was deleted outside CloudFormation: create it again under the same name (`aws ecr create-repository --repository-name NAME`) so the stack can update it, then bootstrap again.'
    )
  }
}
