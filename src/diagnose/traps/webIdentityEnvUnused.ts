// No credentials found although the step's environment offers a web-identity role
// (AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN): the client does not read those variables
// (heldout16 review h16-043, aws-actions/amazon-ecr-login#206 on v1.3.3). Supplying credentials
// "somewhere" is not the fix; a client that reads them, or session keys in the environment, is.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const webIdentityEnvUnused: Trap = {
  id: 'web-identity-env-unused',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    inferred?.signals?.['web-identity-env'] !== undefined &&
    inferred.runtime === undefined,
  advice: ({ inferred }) =>
    `The step's environment sets \`AWS_WEB_IDENTITY_TOKEN_FILE\` and \`AWS_ROLE_ARN\` (\`${tick(inferred!.signals!['web-identity-env']!.value)}\`), so a web-identity role was offered, yet the client found no credentials: it did not read those variables. ` +
    'Older SDKs, and the tools and actions built on them, have no web-identity provider in their chain (aws-actions/amazon-ecr-login#206 reports it of v1.3.3), and a container step may not see the token file at that path. ' +
    'Run aws-actions/configure-aws-credentials with `role-to-assume` before the step (it exports session keys, which every SDK reads), or update the client to a release whose SDK reads web identity. No policy change helps.'
}
