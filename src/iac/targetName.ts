// Which definition a remedy's target needs: the document it changes and the name it belongs to.
import type { Remedy } from '../model/Remedy.js'
import { parseArn } from '../model/Arn.js'
import type { Holds, Principal, ResourceService } from './Definition.js'

export interface Wanted {
  holds: Holds
  name: string
  /** For identity policies: a role's or a user's. */
  principal?: Principal
  /** For resource policies: whose (a bucket and a queue may share a name). */
  service?: ResourceService
}

const roleName = (arn: string | null) => /:role\/(?:.*\/)?([^/]+)$/.exec(arn ?? '')?.[1] ?? null

/** A resource's name as the IaC spells it, from its ARN, by service. */
const NAMES: Record<ResourceService, (resource: string) => string | null> = {
  s3: (r) => r.split('/')[0] || null,
  ecr: (r) => /^repository\/(.+)$/.exec(r)?.[1] ?? null,
  sqs: (r) => r || null,
  // A subscription ARN (`topic:uuid`) belongs to its topic.
  sns: (r) => r.split(':')[0] || null,
  // Secrets Manager appends `-` and six random characters to the name.
  secretsmanager: (r) => /^secret:(.+?)(?:-[A-Za-z0-9]{6})?$/.exec(r)?.[1] ?? null,
  // `key/<id>` (no IaC spells the id) or `alias/<name>`.
  kms: (r) => (/^(?:key|alias)\/./.test(r) ? r : null)
}

function resourceName(arn: string | null): { service: ResourceService; name: string } | null {
  const p = arn ? parseArn(arn) : null
  if (!p || !(p.service in NAMES)) return null
  const service = p.service as ResourceService
  const name = NAMES[service](p.resource)
  return name ? { service, name } : null
}

/** Null for targets the repository cannot own (SCPs, denies, boundaries) or names not known. */
export function wantedBy(remedy: Remedy): Wanted | null {
  const t = remedy.target
  if (!t || remedy.statements.length === 0 || remedy.alreadyPresent) return null
  if (
    t.kind === 'identity-policy' &&
    (t.principalType === 'role' || t.principalType === 'user') &&
    t.principalName
  )
    return { holds: 'identity', name: t.principalName, principal: t.principalType }
  if (t.kind === 'trust-policy') {
    const name = roleName(t.resourceArn) ?? roleName(t.principalArn)
    return name ? { holds: 'trust', name } : null
  }
  if (t.kind === 'resource-policy') {
    const found = resourceName(t.resourceArn)
    return found ? { holds: 'resource', ...found } : null
  }
  return null
}
