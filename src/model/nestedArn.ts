// An ARN whose resource part holds another ARN (`role/arn:aws:iam::0123456789/role/admin`): the job
// handed a whole ARN, often a malformed one, where a name was expected, or a template wrapped an
// ARN around an ARN. AWS then looks for a resource named `arn:...`, which cannot exist.
import { parseArn } from './Arn.js'

export interface NestedArn {
  /** The ARN as printed. */
  outer: string
  /** The inner ARN as printed. */
  inner: string
  /** The inner ARN with a `/` after the account that should have been `:`; null when unreadable. */
  corrected: string | null
}

const INNER = /(?:^|[/:])(arn:aws[\w-]*:[a-z0-9-]+:.*)$/
/** `arn:aws:iam::ACCOUNT/role/NAME`: the separator after the account typed as `/`. */
const SLASH_AFTER_ACCOUNT = /^(arn:[\w-]+:[a-z0-9-]+:[^:/]*:[^:/]+)\/([a-z][a-z-]*\/.+)$/

function corrected(inner: string): string | null {
  const parts = parseArn(inner)
  if (parts && parts.resource && !/^arn:/.test(parts.resource)) return inner
  const fixed = SLASH_AFTER_ACCOUNT.exec(inner)
  return fixed && parseArn(`${fixed[1]}:${fixed[2]}`) ? `${fixed[1]}:${fixed[2]}` : null
}

export function nestedArn(resource: string | null): NestedArn | null {
  const outer = resource ? parseArn(resource) : null
  // An S3 key is free text: an ARN in it is a name like any other.
  if (!outer || outer.service === 's3') return null
  const inner = INNER.exec(outer.resource)?.[1]
  if (!inner) return null
  return { outer: resource!, inner, corrected: corrected(inner) }
}
