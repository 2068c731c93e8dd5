// A service's role could not assume another role, both named: `The AWSControlTowerStackSetRole is
// unable to assume the AWSControlTowerExecution role` (heldout17 review 2, h17-019,
// superwerker/superwerker#143). The second role's trust policy, in the account being deployed to,
// is what changes (or the role is not there yet), never the caller's identity policy.
import type { Trap } from '../Trap.js'
import { tick } from '../Trap.js'

export const roleAssumerTrust: Trap = {
  id: 'role-assumer-trust',
  lead: true,
  noPolicy: true,
  // Also a CloudTrail event whose message says so (`The provided role … cannot be assumed by AWS
  // Backup.`, h45-017).
  applies: ({ d }) =>
    (d.grammar === 'service-cannot-use-role' ||
      d.grammar === 'cloudtrail-event' ||
      d.grammar === 'ec2-cannot-assume-role' ||
      d.grammar === 'amplify-hosting-service-role') &&
    !!d.detail.assumer &&
    !!d.detail.role,
  advice: ({ d }) => {
    const role = tick(d.detail.role!)
    const assumer = tick(d.detail.assumer!)
    const controlTower = /^AWSControlTower/i.test(role)
      ? ' For AWS Control Tower, `AWSControlTowerExecution` in the account being enrolled must trust the management account (`"Principal": {"AWS": "arn:aws:iam::MANAGEMENT_ACCOUNT_ID:root"}`, `sts:AssumeRole`); an account made outside Account Factory needs the role created first, as the enrollment guide shows.'
      : ''
    // CloudFormation's stack role: the stack keeps its ARN, so a deleted role is recreated under
    // the same name, or the operation is run with another role (h22-036).
    const stack =
      assumer === 'cloudformation.amazonaws.com'
        ? ` The stack keeps this role's ARN: if the role was deleted, recreate it under the same name with that trust (\`"Principal": {"Service": "cloudformation.amazonaws.com"}\`, \`sts:AssumeRole\`), or run the stack operation with another valid role (\`--role-arn\`); the caller also needs \`iam:PassRole\` on the role it hands over.`
        : ''
    // An instance profile keeps the role's unique ID: a role deleted and made again under its name
    // is not the one the profile holds (heldout135 review h135-054).
    const instance =
      assumer === 'ec2.amazonaws.com'
        ? ' If the role was deleted and made again under the same name, the instance profile still holds the old one: remove the role from the profile and add it back (`aws iam remove-role-from-instance-profile`, then `add-role-to-instance-profile`).'
        : ''
    // A service principal has no account to trust instead.
    const orAccount = assumer.endsWith('.amazonaws.com') ? '' : ' (or its account)'
    return `\`${assumer}\` could not assume \`${role}\`: the trust policy of \`${role}\`, in the account being deployed to, must trust \`${assumer}\`${orAccount}, or \`${role}\` does not exist there yet.${controlTower}${stack}${instance} No identity-policy Allow of the caller changes this.`
  }
}
