// A pod refused on its node's role moves to a role of its own (the fix target's `pod`, decided by
// src/diagnose/traps/podOnNodeRole.ts), and that role starts empty: the reads the node role gave
// the controller (its documented policy's Describe calls, which take Resource "*") go with the
// refused call, or the controller fails at start-up on its new role (u29-006, Cluster Autoscaler).
import { lookupAction } from '../catalog/Catalog.js'
import { kubernetesIntegration } from '../catalog/kubernetesIntegrations.js'
import type { Finding } from '../model/Finding.js'
import type { CompanionNeed } from '../model/Inferred.js'

export function podRoleReadsOf(f: Finding): CompanionNeed[] {
  const id = f.inferred?.kubernetesIntegration?.value
  const known = f.fixTarget.pod && id ? kubernetesIntegration(id) : undefined
  const action = (f.action ?? f.inferredAction)?.toLowerCase()
  if (!known || !action) return []
  return known.keyActions
    .filter((a) => a.toLowerCase() !== action && lookupAction(a)?.resourceTypes.length === 0)
    .map((a) => ({
      action: a,
      resource: null,
      from: `${known.name}'s documented policy: its own role starts with none of the reads the node role gave it`
    }))
}
