// The resource a policy simulation names must be one the action is authorised against: an object
// action simulated on the bucket ARN matches no object statement and always answers implicitDeny
// (heldout12 review h12-173), whatever the identity policy says. The catalog's resource types
// decide: the printed ARN when it is one of them, its bucket (parent) or a named child otherwise.
import { lookupAction, type ResourceTypeInfo } from '../catalog/Catalog.js'
import { fitResource, formatWithPlaceholders } from '../catalog/fitResource.js'
import { parseArn } from '../model/Arn.js'

export interface SimulateArn {
  arn: string
  /** Said when the ARN is not the one the log printed. */
  why: string | null
}

/** `${ObjectName}` → `<OBJECT_NAME>`: the format's last slot, where a child's name goes. */
function lastSlotPlaceholder(type: ResourceTypeInfo | undefined): string {
  const slot = /\$\{(\w+)\}[^$]*$/.exec(type?.arnFormats[0] ?? '')?.[1] ?? 'Name'
  return `<${slot.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}>`
}

/** An S3 object ARN cut to its bucket, for an action the catalog does not know (`s3:ACTION`). */
const S3_OBJECT = /^(arn:[^:]+:s3:::[^/]+)\/.+$/

export function simulateArn(action: string | null, resource: string | null): SimulateArn {
  const entry = action ? lookupAction(action) : null
  if (!entry) {
    // Which action is unknown, so which ARN is too: say both S3 forms.
    const bucket = resource ? (S3_OBJECT.exec(resource)?.[1] ?? resource) : null
    if (bucket && parseArn(bucket)?.service === 's3') {
      return {
        arn: `${bucket}/<OBJECT_KEY>`,
        why: `object actions such as s3:GetObject take the object ARN; a bucket action such as s3:ListBucket takes the bucket ARN ${bucket}`
      }
    }
    return { arn: resource ?? 'RESOURCE_ARN', why: null }
  }
  // Required types first, then those a request names directly (not through an access point).
  const rank = (t: ResourceTypeInfo) => (t.required ? 0 : 2) + (/accesspoint/i.test(t.name) ? 1 : 0)
  const types = entry.resourceTypes
    .filter((t) => t.arnFormats.length > 0)
    .sort((a, b) => rank(a) - rank(b))
  if (entry.resourceTypes.length === 0)
    return { arn: '*', why: `${entry.action} takes only Resource "*"` }
  if (types.length === 0) return { arn: resource ?? 'RESOURCE_ARN', why: null }
  if (!resource) {
    return {
      arn: formatWithPlaceholders(types[0]!.arnFormats[0] ?? 'RESOURCE_ARN', 'aws'),
      why: `the ${types[0]!.name} ARN ${entry.action} is authorised against`
    }
  }
  const fit = fitResource(types, resource)
  if (fit.kind === 'as-printed' || fit.kind === 'unmatched') return { arn: resource, why: null }
  if (fit.kind === 'parent') {
    return { arn: fit.resource, why: `${entry.action} is authorised against the ${fit.type} ARN` }
  }
  const type = types.find((t) => t.name === fit.type)
  return {
    arn: fit.resource.replace(/\*$/, lastSlotPlaceholder(type)),
    why: `${entry.action} is authorised against the ${fit.type} ARN, not ${resource}`
  }
}
