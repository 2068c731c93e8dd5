import { managedRoleOf } from '../../model/managedRoles.js'
import type { Trap, TrapInput } from '../Trap.js'

// Service-managed, vendor and service roles (src/model/managedRoles.ts): their advice comes first,
// because "add an Allow to this role" is not how their owners mean them to be fixed.
const roleName = ({ principal }: TrapInput): string =>
  principal?.type === 'role' ? (principal.name ?? '') : ''

export const managedRole: Trap = {
  id: 'managed-role',
  lead: true,
  applies: (input) => managedRoleOf(input.d, roleName(input)) !== null,
  // The lab's Deny is AWS Academy's: "narrow the Deny" would send a student to a policy nobody
  // in the lab may edit (h33-027).
  noPolicyWhen: (input) => managedRoleOf(input.d, roleName(input))?.kind === 'aws-academy-lab',
  advice: (input) =>
    managedRoleOf(input.d, roleName(input))!.advice(
      input.d,
      roleName(input),
      input.principal?.account ?? null
    )
}
