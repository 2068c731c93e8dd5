// Which definition a remedy's target needs: the document it changes and the name it belongs to.
import type { Remedy } from '../model/Remedy.js'
import { parseArn } from '../model/Arn.js'
import type { Holds } from './Definition.js'

export interface Wanted {
  holds: Holds
  name: string
}

const roleName = (arn: string | null) => /:role\/(?:.*\/)?([^/]+)$/.exec(arn ?? '')?.[1] ?? null

/** Resource names the IaC spells: a bucket's name, a repository's name. */
function resourceName(arn: string | null): string | null {
  const p = arn ? parseArn(arn) : null
  if (!p) return null
  if (p.service === 's3') return p.resource.split('/')[0] || null
  if (p.service === 'ecr') return /^repository\/(.+)$/.exec(p.resource)?.[1] ?? null
  return null
}

/** Null for targets the repository cannot own (SCPs, denies, boundaries) or names not known. */
export function wantedBy(remedy: Remedy): Wanted | null {
  const t = remedy.target
  if (!t || remedy.statements.length === 0 || remedy.alreadyPresent) return null
  if (t.kind === 'identity-policy' && t.principalType === 'role' && t.principalName)
    return { holds: 'identity', name: t.principalName }
  if (t.kind === 'trust-policy') {
    const name = roleName(t.resourceArn) ?? roleName(t.principalArn)
    return name ? { holds: 'trust', name } : null
  }
  if (t.kind === 'resource-policy') {
    const name = resourceName(t.resourceArn)
    return name ? { holds: 'resource', name } : null
  }
  return null
}
