import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

export const iamPassRole: Trap = {
  id: 'iam-passrole',
  applies: ({ d }) => d.deny !== 'explicit' && actionIs(d, 'iam:PassRole'),
  advice: ({ d }) =>
    'The caller needs `iam:PassRole` on the role it hands to a service (the role in the resource, ' +
    `${d.resource ? `\`${d.resource}\`` : 'with its full ARN'}), in the caller's own identity policy — ` +
    'not in the passed role. Limit it with an `iam:PassedToService` condition. Roles can only be ' +
    'passed to services in the same account.'
}
