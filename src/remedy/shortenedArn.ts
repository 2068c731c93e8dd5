// An ARN its author shortened with a placeholder (`listener/app/<LISTENER>` where AWS prints
// `listener/app/NAME/ID/ID`): no typo and no other resource type. The literal part before the
// first placeholder says which of the action's resource types it is; the statement then names
// that type's full shape, every part the author left out a placeholder to fill in.
import type { ResourceTypeInfo } from '../catalog/Catalog.js'
import { parseArn } from '../model/Arn.js'

/** A placeholder an author writes: `<NAME>`, `{name}`, `${Name}`. */
// Also one the log cut at its closing bracket (`targetgroup/{name`): nothing AWS prints has one.
const AUTHOR_PLACEHOLDER = /<[^<>\s]+>|\$?\{[^{}\s]+\}|[<{][^<>{}\s/]*$/

/** The resource part of a catalog format up to its first slot (`listener/app/`). */
function literalHead(format: string): string | null {
  const resource = parseArn(format)?.resource
  if (resource === undefined) return null
  const slot = resource.indexOf('${')
  return slot < 0 ? resource : resource.slice(0, slot)
}

/** The type a placeholder-bearing ARN is, by its literal head; null when none or no placeholder. */
export function shortenedType(types: ResourceTypeInfo[], arn: string): ResourceTypeInfo | null {
  const resource = parseArn(arn)?.resource
  if (!resource) return null
  const at = resource.search(AUTHOR_PLACEHOLDER)
  if (at < 0) return null
  const head = resource.slice(0, at)
  // The longest literal head the printed one begins with: `loadbalancer/app/` over `loadbalancer/`.
  let best: { type: ResourceTypeInfo; length: number } | null = null
  for (const type of types) {
    for (const format of type.arnFormats) {
      const literal = literalHead(format)
      if (literal === null || literal === '' || !head.startsWith(literal)) continue
      // What the author wrote past the type's literal head must be a placeholder, not more words.
      if (head.length > literal.length && !/^[\w.-]*\/?$/.test(head.slice(literal.length))) continue
      if (!best || literal.length > best.length) best = { type, length: literal.length }
    }
  }
  return best?.type ?? null
}
