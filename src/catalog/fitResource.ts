// Fits the resource a message names to the resource types the action takes, so the statement is
// as narrow as the message proves: a bucket ARN for s3:ListBucket even when the denied request
// named an object, an object ARN (`bucket/*`) for s3:GetObject when only the bucket is known.
import { serviceResourceTypes, type ResourceTypeInfo } from './Catalog.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import { formatArn, parseArn } from '../model/Arn.js'

const SLOT = /\$\{([^}]+)\}/g

/** ARN format → regex source; named slots may hold `/` and `:` (object keys, repository paths). */
export function formatSource(format: string, strict: boolean): string {
  let source = ''
  let last = 0
  // A literal `*` in a format is a field any value fills (Backup's recovery point,
  // `arn:${Partition}:${Vendor}:${Region}:*:…`: the vault's account, heldout22 review h22-006).
  const literal = (text: string) => escapeRegExp(text).replace(/\\\*/g, '[^:]*')
  for (const match of format.matchAll(SLOT)) {
    source += literal(format.slice(last, match.index))
    const slot = match[1]!
    if (slot === 'Partition') source += '[^:]+'
    else if (slot === 'Region' || slot === 'Account') source += '[^:]*'
    else source += strict ? '[^/:]+' : '.+'
    last = match.index + match[0].length
  }
  return source + literal(format.slice(last))
}

/**
 * How specific a format is: its literal text, a literal `*` not counted (it is a field any value
 * fills), and a format without one ahead on a tie. Image Builder's `image/NAME/VERSION/BUILD` is an
 * image, not the `allImageBuildVersions` pattern `image/NAME/VERSION/*` (heldout70 review h70-037).
 */
const literalLength = (format: string): number => {
  const literal = format.replace(SLOT, '')
  const wildcards = literal.split('*').length - 1
  return (literal.length - wildcards) * 2 + (wildcards === 0 ? 1 : 0)
}

/** True when the ARN is one the format describes (a slot may hold a `<PLACEHOLDER>` or a wildcard). */
export function matchesFormat(format: string, arn: string): boolean {
  return matches(format, arn)
}

/**
 * An ARN that stops at a separator after its type's word (`regional/managedruleset/`): the format
 * holds it once `*` (which matches `/` and `:` in IAM) stands for the name and ID that follow.
 */
export function openEndedFits(format: string, head: string): boolean {
  return (
    /[/:]$/.test(head) &&
    ['*', '*/*', '*:*', '*/*/*'].some((rest) => matches(format, `${head}${rest}`))
  )
}

function matches(format: string, arn: string): boolean {
  return new RegExp(`^${formatSource(format, false)}$`).test(arn)
}

/** The service's resource type the ARN is, preferring the format with the most literal text. */
export function classifyArn(arn: string): string | null {
  const parts = parseArn(arn)
  if (!parts) return null
  let best: string | null = null
  let bestScore = -1
  for (const [type, formats] of Object.entries(serviceResourceTypes(parts.service))) {
    for (const format of formats) {
      if (matches(format, arn) && literalLength(format) > bestScore) {
        best = type
        bestScore = literalLength(format)
      }
    }
  }
  return best
}

/**
 * True when the ARN's account field is empty although its resource type's format has one
 * (`arn:aws:dynamodb:eu-west-2::table/x`): a reporter's mask, not S3's or Route 53's account-less
 * form. An ARN of no known type counts when every type of its service has an account.
 */
/**
 * Resources AWS owns and publishes with an empty account field, per service: SSM's `AWS-` documents
 * (`arn:aws:ssm:REGION::document/AWS-RunShellScript`) and public parameters
 * (`parameter/aws/service/...`); Security Hub's partner products
 * (`arn:aws:securityhub:REGION::product/prowler/prowler`, heldout27 review h27-013), not an
 * account's own `product/ACCOUNT_ID/default`.
 */
const AWS_PUBLISHED: Readonly<Record<string, RegExp>> = {
  ssm: /^(?:document\/AWS[-_]|automation-definition\/AWS[-_]|parameter\/aws\/)/,
  securityhub: /^product\/(?!\d{12}\/)[^/]+\/[^/]+$/,
  // Resource Explorer's AWS-managed service views (aws-samples/data-perimeter-policy-examples#58).
  'resource-explorer-2': /^view\/AWSServiceView[A-Za-z]*\//
}

function awsPublished(service: string, resource: string): boolean {
  return AWS_PUBLISHED[service]?.test(resource) ?? false
}

/** Whether `arn` names a resource AWS owns and publishes, its account field empty. */
export function awsPublishedArn(arn: string | null): boolean {
  const parts = arn ? parseArn(arn) : null
  return parts !== null && parts.account === '' && awsPublished(parts.service, parts.resource)
}

/** `arn` with an empty account field when it names a resource AWS owns and publishes (above). */
export function withAwsPublishedAccount(arn: string): string {
  const parts = parseArn(arn)
  if (!parts || !awsPublished(parts.service, parts.resource)) return arn
  return formatArn({ ...parts, account: '' })
}

export function accountOmitted(arn: string): boolean {
  const parts = parseArn(arn)
  if (!parts || parts.account !== '') return false
  if (awsPublished(parts.service, parts.resource)) return false
  const formats = serviceResourceTypes(parts.service)
  const type = classifyArn(arn)
  if (type) return formats[type]!.some((f) => f.includes('${Account}'))
  const all = Object.values(formats).flat()
  return all.length > 0 && all.every((f) => f.includes('${Account}'))
}

/**
 * An ARN printed with an empty Region field where every format of its type holds a Region
 * (`arn:aws:sns:::topic`, h9-103): the reporter stripped it, and a statement keeping the empty
 * field matches no topic. Global services (IAM, S3, CloudFront) keep theirs empty.
 */
export function regionOmitted(arn: string): boolean {
  const parts = parseArn(arn)
  if (!parts || parts.region !== '') return false
  const formats = serviceResourceTypes(parts.service)
  const type = classifyArn(arn)
  if (type) return formats[type]!.some((f) => f.includes('${Region}'))
  const all = Object.values(formats).flat()
  return all.length > 0 && all.every((f) => f.includes('${Region}'))
}

export type Fit =
  | { kind: 'as-printed'; resource: string; type: string }
  | { kind: 'parent'; resource: string; type: string }
  | { kind: 'child'; resource: string; type: string }
  | { kind: 'unmatched'; resource: string }

/** Ancestor: the action's format matches a prefix of the ARN ending at a `/` or `:` boundary. */
function parentOf(format: string, arn: string): string | null {
  const match = new RegExp(`^${formatSource(format, true)}(?=[/:])`).exec(arn)
  return match ? match[0] : null
}

/** Descendant: the action's format up to its last slot matches the whole ARN; the rest becomes `*`. */
function childOf(format: string, arn: string): string | null {
  const slots = [...format.matchAll(SLOT)]
  const lastSlot = slots[slots.length - 1]
  if (!lastSlot || lastSlot.index === 0) return null
  const head = format.slice(0, lastSlot.index)
  const separator = head.slice(-1)
  if (separator !== '/' && separator !== ':') return null
  if (format.slice(lastSlot.index + lastSlot[0].length) !== '') return null
  const parentFormat = head.slice(0, -1)
  return matches(parentFormat, arn) && !arn.endsWith(separator) ? `${arn}${separator}*` : null
}

/**
 * Types whose ARNs are a qualified form of another type's ARN: a policy must name the qualified ARN
 * itself (Lambda `function:f:prod` is not covered by `function:f`), so it is kept as printed.
 */
const QUALIFIED_TYPES = new Set(['lambda:function alias', 'lambda:function version'])

export function fitResource(types: ResourceTypeInfo[], arn: string): Fit {
  const ordered = [...types].sort((a, b) => Number(b.required) - Number(a.required))
  const printedType = classifyArn(arn)
  const qualified = QUALIFIED_TYPES.has(`${parseArn(arn)?.service}:${printedType}`)
  for (const type of ordered) {
    // The same type name in a service sharing the ARN's prefix may have another format
    // (vpc-lattice-svcs' `Service` is `service/ID/PATH`, vpc-lattice's `service/ID`, h123-002).
    if (
      type.name === printedType &&
      (type.arnFormats.length === 0 || type.arnFormats.some((format) => matches(format, arn)))
    )
      return { kind: 'as-printed', resource: arn, type: type.name }
  }
  for (const type of ordered) {
    if (
      type.arnFormats.some((format) => matches(format, arn)) &&
      (printedType === null || qualified)
    ) {
      return { kind: 'as-printed', resource: arn, type: type.name }
    }
  }
  for (const type of ordered) {
    for (const format of type.arnFormats) {
      const parent = parentOf(format, arn)
      if (parent) return { kind: 'parent', resource: parent, type: type.name }
    }
  }
  for (const type of ordered) {
    for (const format of type.arnFormats) {
      const child = childOf(format, arn)
      if (child) return { kind: 'child', resource: child, type: type.name }
    }
  }
  return { kind: 'unmatched', resource: arn }
}

/** An ARN format with its slots filled: known partition, placeholders for the rest. */
export function formatWithPlaceholders(format: string, partition: string): string {
  return format.replace(SLOT, (_, slot: string) => {
    if (slot === 'Partition') return partition
    if (slot === 'Account') return '<ACCOUNT_ID>'
    return `<${slot.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}>`
  })
}
