import type { Trap } from '../Trap.js'
import { nestedArn, type NestedArn } from '../../model/nestedArn.js'
import { parseArn } from '../../model/Arn.js'

/** The parameter takes a name: the fix is the ARN's last part, never the same ARN again. */
function passName(n: NestedArn, name: NonNullable<NestedArn['name']>): string {
  const callAccount = parseArn(n.outer)?.account ?? ''
  const elsewhere =
    name.innerAccount !== callAccount
      ? ` The ARN names account \`${name.innerAccount}\` but the call went to \`${callAccount}\`: a ` +
        "name reaches only the caller's own account and Region, so a resource in another account " +
        'is written by assuming a role there first.'
      : ''
  return (
    `\`${n.outer}\` holds a second ARN, \`${n.inner}\`, where a name belongs: the job passed the whole ` +
    `ARN in \`${name.parameter}\`, which takes a name, so AWS looked for a resource literally named ` +
    `\`${n.inner}\`, which cannot exist. Pass the name \`${name.value}\` there instead (passing the ` +
    `ARN again fails the same way).${elsewhere} No Allow on the impossible ARN is proposed.`
  )
}

// heldout7 h7-114: PassRole refused on `role/arn:aws:iam::0123456789/role/admin`. The task
// definition carried a malformed role ARN and ECS read the whole string as a role name: the fix is
// the value the job passes, not a grant on a role that cannot exist.
export const nestedArnInResource: Trap = {
  id: 'nested-arn-in-resource',
  lead: true,
  applies: ({ d }) => d.kind === 'denial' && nestedArn(d.resource) !== null,
  advice: ({ d }) => {
    const n = nestedArn(d.resource)!
    if (n.name) return passName(n, n.name)
    const fix = n.corrected ? `Correct it to \`${n.corrected}\`` : 'Correct it to a well-formed ARN'
    return (
      `\`${n.outer}\` holds a second ARN, \`${n.inner}\`, where a name belongs: the job passed a whole ` +
      '(here malformed) ARN where the service expected a name or a well-formed ARN, so AWS looked for ' +
      `a resource literally named \`${n.inner}\`, which cannot exist. ${fix} where the job sets it ` +
      "(for ECS, the task definition's taskRoleArn or executionRoleArn; for a role to assume, " +
      'role-to-assume or RoleArn). No Allow on the impossible ARN is proposed.'
    )
  }
}
