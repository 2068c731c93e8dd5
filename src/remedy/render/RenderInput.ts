import type { FixTarget } from '../../model/FixTarget.js'
import type { PolicyStatement } from '../../model/Remedy.js'
import type { Shape } from '../Draft.js'
import { parseArn } from '../../model/Arn.js'

/** Everything a rendering needs about one remedy. */
export interface RenderInput {
  shape: Shape
  service: string | null
  /** ARN (or placeholder) of the document's holder: bucket, repository, key, role... */
  holder: string | null
  target: FixTarget
  /** What to add. */
  statements: PolicyStatement[]
  /** The full document to apply: the current one plus the additions, when it was given. */
  document: { Version: string; Statement: unknown[] } & Record<string, unknown>
  /** True when `document` includes the current policy (so it may replace the whole policy). */
  complete: boolean
  /** Role or user name (or its placeholder) for identity and trust policies. */
  principalName: string
}

/** The name inside an ARN's resource part after `type/` or `type:` (`repository/team/app` → `team/app`). */
export function nameAfter(arn: string | null, typeWord: string): string | null {
  const parts = arn ? parseArn(arn) : null
  if (!parts) return null
  for (const sep of ['/', ':']) {
    if (parts.resource.startsWith(typeWord + sep)) return parts.resource.slice(typeWord.length + 1)
  }
  return null
}

export function policyJson(doc: object): string {
  return JSON.stringify(doc, null, 2)
}
