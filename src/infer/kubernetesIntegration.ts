// The Kubernetes integration whose AWS call was refused, from the log's own words (see
// src/catalog/kubernetesIntegrations.ts): its role and documented policy are the fix.
import { kubernetesIntegrationIn } from '../catalog/kubernetesIntegrations.js'
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'
import { joinedContext } from './joinedContext.js'

export function kubernetesIntegrationOf(d: Denial, ctx: LogContext): InferredValue | null {
  // A credentials failure or an explicit deny has other fixes than the integration's policy.
  if ((d.kind !== 'denial' && d.kind !== 'encoded') || d.deny === 'explicit') return null
  const found = kubernetesIntegrationIn(`${ctx.note ?? ''}\n${joinedContext(ctx)}`, d.code)
  if (!found) return null
  return { value: found.integration.id, from: `"${found.seen.slice(0, 80)}" in the log` }
}
