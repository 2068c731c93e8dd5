// The JavaScript SDK v2 naming the setting it lacks (`Missing credentials in config, if using
// AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1`, Artillery's Lambda platform, heldout138 review
// h138-052). A lead, but after a runtime's own (an Azure DevOps task's connection, a web identity
// offered in the step's environment): those name where the credentials should come from.
import type { Trap } from '../Trap.js'

export const sdkLoadConfig: Trap = {
  id: 'sdk-load-config',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['sdk-load-config'] !== undefined,
  advice: ({ inferred }) =>
    `The JavaScript SDK v2 reads only \`~/.aws/credentials\` unless \`AWS_SDK_LOAD_CONFIG=1\` is set, as its message says (${inferred!.signals!['sdk-load-config']!.from}): a profile, an IAM Identity Center session or a \`role_arn\` kept in \`~/.aws/config\` is not seen, and the SDK went on to the instance metadata service. ` +
    'Export `AWS_SDK_LOAD_CONFIG=1` (with `AWS_PROFILE` for a named profile) for the command, or export the keys themselves (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`).'
}
