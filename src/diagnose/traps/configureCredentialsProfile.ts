// configure-aws-credentials given static keys, role-to-assume and aws-profile writes the keys to
// that profile, then assumes the role without reading them: "Could not load credentials from any
// providers" right after "Successfully configured AWS profile" (aws-actions/configure-aws-credentials#1846,
// heldout14 review h14-035). The keys are there: supplying credentials again changes nothing.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const configureCredentialsProfile: Trap = {
  id: 'configure-credentials-profile-not-used',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['profile-not-used'] !== undefined,
  advice: ({ inferred }) =>
    `The step's keys were found and written to the profile \`${inferred!.signals!['profile-not-used']!.value}\` (${tick(inferred!.signals!['profile-not-used']!.from)}), but the AssumeRole that follows did not read them: aws-actions/configure-aws-credentials with \`aws-profile\`, access keys and \`role-to-assume\` in one step does not pass the profile's keys on to its STS call (aws-actions/configure-aws-credentials#1846). ` +
    'Not a missing key nor a policy: drop `aws-profile` from that step (or give it the keys and the role in two steps, the second with `role-chaining: true`), or pin a release of the action where the combination works.'
}
