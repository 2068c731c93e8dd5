// A resource the message names that the catalog does not list for the action, yet is no typo:
// a shape AWS documents elsewhere (SAM's transform, API Gateway's HTTP APIs), or a well-formed
// ARN of the action's own service. AWS evaluated the call against that ARN, so the statement
// names it as printed; substituting another resource type would leave the denial in place.
import type { CatalogAction } from '../catalog/Catalog.js'
import { documentedTypes } from '../catalog/documentedArns.js'
import { serviceResourceTypes } from '../catalog/Catalog.js'
import { parseArn } from '../model/Arn.js'
import { classifyArn, matchesFormat } from '../catalog/fitResource.js'

export interface Unlisted {
  type: string
  /** The note, given the printed resource already formatted as code. */
  note: (printed: string) => string
}

/** 12 digits, `aws` (AWS-owned), empty, or a placeholder the masking left. */
const ACCOUNT = /^(?:\d{12}|aws|<[A-Z_]+>|)$/

/** The documented shape the ARN has for this action, if any. */
export function documentedShape(action: string, arn: string) {
  return documentedTypes(action).find((t) => t.arnFormats.some((f) => matchesFormat(f, arn)))
}

/** The resource type of the action's own service the ARN is, when it is well formed. */
export function ownServiceType(service: string, arn: string): string | null {
  const parts = parseArn(arn)
  if (!parts || parts.service.toLowerCase() !== service || !ACCOUNT.test(parts.account)) return null
  if (/[\s"'\\]/.test(arn)) return null
  return classifyArn(arn)
}

/**
 * `arn:aws:schemas:eu-central-1:ACCOUNT:*`: the message names every resource of the action's
 * own service in one Region and account. A list call has no single resource, so that is what AWS
 * evaluated; a resource-type ARN (`registry/<NAME>`) would not match it (heldout14 review, h14-019).
 */
export function serviceWide(service: string, arn: string): boolean {
  const parts = parseArn(arn)
  return (
    parts !== null &&
    arnServices(service).has(parts.service.toLowerCase()) &&
    parts.resource === '*'
  )
}

/**
 * The service words the action's ARNs carry: the prefix, and the one its formats use where they
 * differ (Service Catalog's `servicecatalog:` actions on `arn:aws:catalog:`, heldout27 h27-006).
 */
function arnServices(service: string): Set<string> {
  const words = new Set([service])
  for (const formats of Object.values(serviceResourceTypes(service))) {
    for (const format of formats) {
      const word = /^arn:\$\{Partition\}:([\w-]+):/.exec(format)?.[1]
      if (word) words.add(word.toLowerCase())
    }
  }
  return words
}

export function unlistedResource(entry: CatalogAction, arn: string): Unlisted | null {
  if (serviceWide(entry.service, arn)) {
    return {
      type: 'all',
      note: (printed) =>
        `${printed} is the resource the message names: every ${entry.service} resource in that Region and account, which is what AWS evaluated ${entry.action} against. Resource names it as printed (\`"*"\` matches it too); an ARN of one resource type would not match the request.`
    }
  }
  const documented = documentedShape(entry.action, arn)
  if (documented) {
    return {
      type: documented.name,
      note: (printed) =>
        `${printed} is the ${documented.name} resource AWS documents for ${entry.action} (${documented.source}); the Service Authorization Reference does not list it for the action, so Resource names it as printed.`
    }
  }
  const type = ownServiceType(entry.service, arn)
  if (!type) return null
  return {
    type,
    note: (printed) =>
      `${printed} is a well-formed ${entry.service} ${type} ARN, but the Service Authorization Reference does not list ${type} for ${entry.action}. AWS evaluated the call against this ARN, so Resource names it as printed rather than another resource type.`
  }
}
