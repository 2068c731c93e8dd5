// A profile's `role_arn` that names a user, a group or the root (`role_arn =
// arn:aws:iam::123456789012:user/thufir` with `source_profile = default`, heldout21 review h21-047):
// only roles can be assumed, so the profile never works, whatever STS says of the caller.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

/** WD941: the profile assumes something that is not a role. */
export const profileRoleArnNotRole: Trap = {
  id: 'profile-role-arn-not-role',
  lead: true,
  noPolicy: true,
  applies: ({ inferred }) => inferred?.signals?.['profile-role-arn-not-role'] !== undefined,
  advice: ({ inferred }) => {
    const arn = tick(inferred!.signals!['profile-role-arn-not-role']!.value)
    return (
      `The profile's \`role_arn\` is \`${arn}\`, which is not a role: only roles can be assumed, so this profile fails whatever the policies say. ` +
      "For that user, drop `role_arn` and `source_profile` and give the profile the user's own access keys (`aws configure --profile NAME`); to assume a role, put the role's ARN (`arn:aws:iam::ACCOUNT:role/NAME`) there. " +
      "A `source_profile` holding the root user's keys is refused by STS for any role: use an IAM user's keys or IAM Identity Center instead."
    )
  }
}
