import { serviceNetworkRoleById } from '../../model/serviceNetworkRoles.js'
import type { Trap, TrapInput } from '../Trap.js'

// A SageMaker VPC notebook or a Lambda VPC function refused its network interface: the service
// creates it with the resource's own role, which is where the fix goes, and the service's message
// names the permission itself, so nothing needs decoding first (heldout11 h11-146).
function rowOf({ inferred }: TrapInput) {
  const value = inferred?.signals?.['service-network-role']?.value
  const [id, action] = value?.split(' ') ?? []
  const row = id ? serviceNetworkRoleById(id) : undefined
  return row && action ? { row, action } : null
}

export const serviceNetworkRole: Trap = {
  id: 'service-network-role',
  lead: true,
  applies: (input) => rowOf(input) !== null,
  advice: (input) => {
    const { row, action } = rowOf(input)!
    const set = row.actions.map((a) => `\`${a}\``).join(', ')
    return (
      `The service's own message names \`${action}\`: it creates the network interface in your VPC with ${row.role}, so that role needs the permission, not the identity that made the call, and nothing has to be decoded to know it. ` +
      `Give that role the set the service documents, on \`"*"\` (the interfaces do not exist yet): ${set}` +
      (row.managedPolicy ? ` (the AWS managed policy \`${row.managedPolicy}\` holds them)` : '') +
      '. If the role already has them, an SCP or permissions boundary on that role is refusing them.'
    )
  }
}
