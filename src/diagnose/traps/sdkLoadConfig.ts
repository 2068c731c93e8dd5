// The JavaScript SDK v2 naming the setting it lacks (`Missing credentials in config, if using
// AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1`, Artillery's Lambda platform, heldout138 review
// h138-052). A lead, but after a runtime's own (an Azure DevOps task's connection, a web identity
// offered in the step's environment): those name where the credentials should come from.
import type { Trap } from '../Trap.js'

export const sdkLoadConfig: Trap = {
  id: 'sdk-load-config',
  lead: true,
  // Not where the credentials come from elsewhere: an Azure DevOps task's service connection, a
  // web page, an IDE toolkit's profile (h166-048, h163-006, h162-046), whose leads say what instead.
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    inferred?.signals?.['sdk-load-config'] !== undefined &&
    inferred.signals['azure-devops-aws-task'] === undefined &&
    inferred.signals['browser-sdk'] === undefined &&
    inferred.signals['ide-toolkit-profile'] === undefined,
  advice: ({ inferred }) =>
    `The JavaScript SDK v2 ends every "missing credentials" error with this hint (${inferred!.signals!['sdk-load-config']!.from}), so it names a cause only when the credentials are meant to come from \`~/.aws/config\`: the SDK v2 reads only \`~/.aws/credentials\` unless \`AWS_SDK_LOAD_CONFIG=1\` is set, so a profile, an IAM Identity Center session or a \`role_arn\` kept in \`~/.aws/config\` is not seen, and it went on to the instance metadata service. ` +
    'If that is where they are, export `AWS_SDK_LOAD_CONFIG=1` (with `AWS_PROFILE` for a named profile) for the command; otherwise give the program credentials where it looks: the keys in its environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), a profile in `~/.aws/credentials`, or a role of the machine it runs on.'
}
