// configure-aws-credentials picks OIDC whenever `role-to-assume` is set, no keys are given and
// the job may request a token (`id-token: write`), unless `role-chaining: true`. A self-hosted
// runner meant to assume the role with its instance profile then fails with "No OpenIDConnect
// provider found" once `id-token: write` is added for another service (heldout13 review, h13-181;
// aws-actions/configure-aws-credentials#598). Creating the provider is not the fix: the role's
// trust policy trusts the instance role, not GitHub, so the next error would be the web-identity one.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const oidcChosenOverRunner: Trap = {
  id: 'oidc-chosen-over-runner-credentials',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    d.detail.cause === 'oidc-provider-missing' &&
    inferred?.signals?.['runner-credentials-meant'] !== undefined,
  advice: ({ inferred }) =>
    `The text says the runner's own credentials were meant (${tick(inferred!.signals!['runner-credentials-meant']!.from)}), but aws-actions/configure-aws-credentials switched to GitHub OIDC: with \`role-to-assume\`, no access keys and \`id-token: write\` on the job, it exchanges the job's token unless told otherwise. ` +
    "Set `role-chaining: true` on that step (not in v1) so it assumes `role-to-assume` with the runner's instance-profile credentials, or grant `id-token: write` only to the job that needs the token for the other service. " +
    "Creating the OIDC provider alone would not help: the role's trust policy trusts the instance role, not GitHub's token, so the next refusal would be sts:AssumeRoleWithWebIdentity."
}
