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

/** A writer's placeholder (`<env>`, `<ACCOUNT_ID>`) inside a kept tail. */
const WRITTEN_PLACEHOLDER = /<[A-Za-z][\w -]{0,40}>/g

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
      // A writer's placeholder inside the name (`table/orders-<env>`, h92-022) stands for text
      // the name holds: it fits the slot, and stays for the placeholder rules to name.
      const shape = tail.replace(WRITTEN_PLACEHOLDER, 'x')
      if (!new RegExp(`^${formatSource(resourcePart, false)}$`).test(shape)) continue
      const [, , service, region, acct] = fields
      const filledRegion = SLOT.test(region ?? '')
        ? placeholder(p, 'REGION', 'the AWS Region (the log elided it)')
        : (region ?? '')
      const filledAccount = SLOT.test(acct ?? '') ? unmaskAccount(p, account) : (acct ?? '')
      // The writer's placeholder becomes ours, said in the notes like the cut head's.
      const named = tail.replace(WRITTEN_PLACEHOLDER, (w) =>
        placeholder(
          p,
          w
            .slice(1, -1)
            .toUpperCase()
            .replace(/[^A-Z0-9]+/g, '_'),
          `the part of the name the log shows as \`${w}\``
        )
      )
      return {
        resource: `arn:${partition}:${service}:${filledRegion}:${filledAccount}:${named}`,
        type: type.name,
        tail
      }
    }
  }
  return null
}
