// A refusal met by an application whose permissions are documented as a set (heldout7 review
// h7-086: Grafana's CloudWatch data source calling EC2; h7-179: Prowler). The set is what an expert
// names first: granting the one refused call leaves the next one to fail. The data lives in
// src/model/appPermissionSets.ts.
import type { Trap } from '../Trap.js'
import { appPermissionSet } from '../../model/appPermissionSets.js'

const app = (value: string | undefined) => (value ? appPermissionSet(value) : undefined)

export const appPermissionSetTrap: Trap = {
  id: 'app-permission-set',
  lead: true,
  applies: ({ d, inferred }) => {
    const a = app(inferred?.signals?.['known-app']?.value)
    if (!a || (d.kind !== 'denial' && d.kind !== 'encoded') || d.deny === 'explicit') return false
    if (a.actions.length === 0 && a.managedPolicies.length === 0 && !a.policy) return false
    // A refusal of a service the set does not cover is another program's call.
    const service = d.action?.split(':', 1)[0]?.toLowerCase()
    if (a.services) {
      const refused = service ?? d.service?.toLowerCase()
      return !refused || a.services.includes(refused)
    }
    return !service || a.actions.length === 0 || a.actions.some((x) => x.startsWith(`${service}:`))
  },
  advice: ({ inferred }) => {
    const a = app(inferred!.signals!['known-app']!.value)!
    const parts: string[] = []
    if (a.managedPolicies.length > 0)
      parts.push(
        `the AWS managed policies ${a.managedPolicies.map((p) => `\`${p}\``).join(' and ')}`
      )
    if (a.actions.length > 0)
      parts.push(`Allow ${a.actions.map((x) => `\`${x}\``).join(', ')} on Resource "*"`)
    if (a.policy) parts.push(a.policy)
    if (a.extra) parts.push(a.extra)
    return (
      `The call came from ${a.name}, whose documentation lists the AWS permissions it needs as a set: give its credentials (the role or user configured for it) ${parts.join(', plus ')}, rather than only the one call that failed. ` +
      `Documented set: ${a.doc}`
    )
  }
}
