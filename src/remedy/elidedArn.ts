// A resource whose head a reporter cut with an elision mark and whose tail they kept
// (`... function:resume-parser`, `…:table/orders`): the tail is real and stays; only the part
// that was cut becomes placeholders. The action's ARN formats decide which type the tail is, so a
// tail that names no type of the action (`... resume-parser`) is left to the caller's fallback.
import type { CatalogAction } from '../catalog/Catalog.js'
import { formatSource } from '../catalog/fitResource.js'
import { placeholder, unmaskAccount, type Placeholders } from './placeholders.js'

const ELIDED_HEAD = /^(?:\.{3}|…)[\s:/]*(?=[^\s.…])/

/** The part a reporter kept after an elided head, or null when the value is not elided so. */
export function elidedTail(printed: string): string | null {
  const head = ELIDED_HEAD.exec(printed)
  if (!head) return null
  const tail = printed.slice(head[0].length)
  // The tail is one name: no further elision, mask or space inside.
  return /^[^\s.…*][^\s…*]*$/.test(tail) && !/\.{3}/.test(tail) ? tail : null
}

const SLOT = /\$\{([^}]+)\}/

export function completeElided(
  p: Placeholders,
  entry: CatalogAction,
  printed: string,
  partition: string,
  account: string | null
): { resource: string; type: string; tail: string } | null {
  const tail = elidedTail(printed)
  if (!tail) return null
  for (const type of entry.resourceTypes) {
    for (const format of type.arnFormats) {
      const fields = format.split(':')
      const resourcePart = fields.slice(5).join(':')
      // A type word must be there to match (`function:`, `table/`): a bare name proves no type.
      if (!resourcePart || resourcePart.replace(/\$\{[^}]+\}/g, '') === '') continue
      if (!new RegExp(`^${formatSource(resourcePart, false)}$`).test(tail)) continue
      const [, , service, region, acct] = fields
      const filledRegion = SLOT.test(region ?? '')
        ? placeholder(p, 'REGION', 'the AWS Region (the log elided it)')
        : (region ?? '')
      const filledAccount = SLOT.test(acct ?? '') ? unmaskAccount(p, account) : (acct ?? '')
      return {
        resource: `arn:${partition}:${service}:${filledRegion}:${filledAccount}:${tail}`,
        type: type.name,
        tail
      }
    }
  }
  return null
}
