// The Kubernetes integration whose AWS call was refused, from the log's own words (see
// src/catalog/kubernetesIntegrations.ts): its role and documented policy are the fix.
import {
  kubernetesIntegration,
  kubernetesIntegrationIn
} from '../catalog/kubernetesIntegrations.js'
import { lookupAction } from '../catalog/Catalog.js'
import type { Denial } from '../model/Denial.js'
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export function kubernetesIntegrationOf(d: Denial, ctx: LogContext): InferredValue | null {
  // A credentials failure or an explicit deny has other fixes than the integration's policy.
  if ((d.kind !== 'denial' && d.kind !== 'encoded') || d.deny === 'explicit') return null
  const found = kubernetesIntegrationIn(`${ctx.note ?? ''}\n${joinedContext(ctx)}`, d.code)
  if (!found) return null
  return { value: found.integration.id, from: `"${found.seen.slice(0, 80)}" in the log` }
}

/** A node's instance-role session (`assumed-role/NODE_ROLE/i-0abc…`): a pod on its node's role. */
const NODE_SESSION = /:assumed-role\/[^/\s]+\/i-[0-9a-z]{6,17}$/

/**
 * A pod refused on its node's role moves to a role of its own, which starts empty: the reads the
 * node role gave it (its documented policy's Describe calls, which take Resource "*") go with the
 * refused call, or the controller fails at start-up on its new role (u29-006, Cluster Autoscaler).
 */
export function podRoleReadsOf(
  d: Denial,
  action: string | null,
  integration: InferredValue | null
): CompanionNeed[] {
  if (!integration || !action || !NODE_SESSION.test(d.principal ?? '')) return []
  const known = kubernetesIntegration(integration.value)
  if (!known) return []
  return known.keyActions
    .filter((a) => a.toLowerCase() !== action.toLowerCase())
    .filter((a) => lookupAction(a)?.resourceTypes.length === 0)
    .map((a) => ({
      action: a,
      resource: null,
      from: `${known.name}'s documented policy: its own role starts with none of the reads the node role gave it`
    }))
}
