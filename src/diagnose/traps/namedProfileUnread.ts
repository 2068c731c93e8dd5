// No credentials found while the command names the profile it runs with (`AWS_PROFILE=NAME`,
// `--profile NAME`): that profile is what to check, not "give the process credentials" (heldout16
// review h16-022: Packer, an aws-sdk-go v1 tool, reads a role profile from ~/.aws/config only with
// AWS_SDK_LOAD_CONFIG=1; `aws configure` above it had written the default profile only).
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const namedProfileUnread: Trap = {
  id: 'named-profile-unread',
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    inferred?.signals?.['named-profile'] !== undefined &&
    inferred.signals['profile-not-used'] === undefined &&
    inferred.runtime === undefined,
  advice: ({ inferred }) => {
    const said = inferred!.signals!['named-profile']!
    const name = tick(said.value)
    return (
      `The command runs with the profile \`${name}\` (${tick(said.from)}), and no credentials came from it: check that profile first. ` +
      `It must be in the credentials or config file of the user and home directory the tool runs as (\`aws configure list --profile ${name}\` shows what it resolves to; \`aws configure\` without \`--profile\` writes the \`default\` profile only). ` +
      'A profile that assumes a role or signs in with IAM Identity Center (`role_arn` with `source_profile`, or `sso_session`, in `~/.aws/config`) is read only by SDKs that load the config file: tools built on the Go SDK v1 (older Packer, Terraform and Terragrunt releases) and the JavaScript SDK v2 need `AWS_SDK_LOAD_CONFIG=1` for it, and an IAM Identity Center profile needs a current `aws sso login`.'
    )
  }
}
