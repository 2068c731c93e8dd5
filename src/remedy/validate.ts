// The check every proposed statement must pass before anyone pastes it: the action exists, each
// Resource is an ARN the action can be scoped to (or "*" only where it can't be scoped), no "*" on
// an action that hands out privileges, no Allow answering an explicit deny, and no account or name
// field that a log's redaction turned into a wildcard, and every resource type an EC2 call always
// uses named. Pure: returns the violations, throws nothing.
import { lookupAction } from '../catalog/Catalog.js'
import { callableUnscoped, createsWithAssignedId, mustCover, pluralGetter } from './primaryTypes.js'
import { nonArnTarget } from './nonArnTargets.js'
import type { Finding } from '../model/Finding.js'
import type { PolicyStatement, Remedy } from '../model/Remedy.js'
import { formatArn, parseArn } from '../model/Arn.js'
import { typeWideArn } from '../model/typeWideArn.js'
import { whitespaceIsArtefact } from '../model/wrappedArn.js'
import { accountOmitted, matchesFormat, openEndedFits } from '../catalog/fitResource.js'
import { resourcePolicyKind } from './resourcePolicies.js'
import { isSensitiveAction } from './sensitiveActions.js'
import { documentedShape, ownServiceType, serviceWide } from './unlistedResource.js'

export type ViolationRule =
  | 'unknown-action'
  | 'resource-format'
  | 'star-resource'
  | 'sensitive-star'
  | 'allow-for-explicit-deny'
  | 'redaction-wildcard'
  | 'bad-account'
  | 'log-artefact'
  | 'partial-resources'

export interface Violation {
  remedy: string
  sid: string
  rule: ViolationRule
  detail: string
}

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

/** 12 digits, `aws` (AWS-owned), empty (S3, IAM-global forms) or a placeholder to fill in. */
const ACCOUNT_FIELD = /^(\d{12}|aws|<[A-Z_]+>|)$/
/** What masking leaves in a log: `***`, `xxxx`, `XXXX-XXXX`. */
const MASK_LEFTOVER = /\*{2,}|(?:^|[/:])[xX]{4,}(?:$|[/:])/

function arnProblems(value: string): { rule: ViolationRule; detail: string }[] {
  const out: { rule: ViolationRule; detail: string }[] = []
  // A space inside another service's name is part of it (a Glue job `job/Copy parking zone`).
  if (/["\\]/.test(value) || whitespaceIsArtefact(value)) {
    out.push({ rule: 'log-artefact', detail: `${value} holds quoting or wrapping from the log` })
  }
  // Two ARNs joined into one value match nothing: each must be its own Resource entry (h10-124).
  if (/[,;\s]\s*arn:/.test(value)) {
    out.push({ rule: 'resource-format', detail: `${value} holds more than one ARN` })
  }
  if (MASK_LEFTOVER.test(value)) {
    out.push({ rule: 'redaction-wildcard', detail: `${value} holds what a log's masking left` })
  }
  const parts = parseArn(value)
  if (parts && !ACCOUNT_FIELD.test(parts.account)) {
    out.push({
      rule: parts.account.includes('*') ? 'redaction-wildcard' : 'bad-account',
      detail: `${value}: account field ${JSON.stringify(parts.account)}`
    })
  } else if (accountOmitted(value)) {
    // Matches nothing once pasted: the type's ARN names the owning account.
    out.push({ rule: 'bad-account', detail: `${value}: empty account field` })
  }
  return out
}

/** In a key or secret policy, Resource "*" means the document's own resource. */
function starMeansSelf(s: PolicyStatement, action: string): boolean {
  const service = action.split(':')[0]!.toLowerCase()
  return s.Principal !== undefined && resourcePolicyKind(service).resource === 'star'
}

/**
 * A resource the catalog does not list for the action that is still right: a shape AWS documents
 * elsewhere, or the well-formed ARN of the action's service the message itself printed (AWS
 * evaluated the call against it).
 */
function unlistedButRight(action: string, resource: string, printed: Set<string>): boolean {
  if (documentedShape(action, resource)) return true
  const service = action.slice(0, action.indexOf(':')).toLowerCase()
  // The message's own service-wide ARN, its masked account turned into a placeholder.
  if (serviceWide(service, resource) && [...printed].some((p) => serviceWide(service, p)))
    return true
  // The printed ARN, or the type's ARNs beside its name (`transcription-job/*` for a run's
  // `transcription-job/my-job`: statementResource's unlistedEvaluated).
  const evaluated = [...printed].flatMap((p) => {
    const wide = typeWideArn(p)
    return wide ? [p, wide.arn] : [p]
  })
  return (
    evaluated.some((p) => p === resource || sameButMaskedAccount(p, resource)) &&
    ownServiceType(service, resource) !== null
  )
}

/** The printed ARN with its masked account made a placeholder (`***` → `<ACCOUNT_ID>`). */
function sameButMaskedAccount(printed: string, resource: string): boolean {
  const a = parseArn(printed)
  const b = parseArn(resource)
  return (
    a !== null &&
    b !== null &&
    /^<[A-Z_]+>$/.test(b.account) &&
    !/^\d{12}$/.test(a.account) &&
    formatArn({ ...a, account: b.account }) === resource
  )
}

/** `…/managedruleset/*`: a trailing `*` matches `/` in IAM, so it stands for a name and an ID. */
function openEnded(format: string, resource: string): boolean {
  return resource.endsWith('*') && openEndedFits(format, resource.slice(0, -1))
}

function checkStatement(
  remedy: string,
  s: PolicyStatement,
  denied: Set<string>,
  printed: Set<string> = new Set()
): Violation[] {
  const out: Violation[] = []
  const add = (rule: ViolationRule, detail: string): void => {
    out.push({ remedy, sid: s.Sid, rule, detail })
  }
  const resources = list(s.Resource)
  for (const action of list(s.Action)) {
    const entry = lookupAction(action)
    if (!entry || entry.action !== action) {
      add('unknown-action', `${action} is not an action of the catalog`)
      continue
    }
    if (s.Effect === 'Allow' && denied.has(action.toLowerCase())) {
      add('allow-for-explicit-deny', `${action} is explicitly denied: an Allow can't override it`)
    }
    const formats = entry.resourceTypes.flatMap((t) => t.arnFormats)
    for (const resource of resources) {
      if (resource === '*') {
        if (isSensitiveAction(action)) add('sensitive-star', `${action} on "*"`)
        else if (
          formats.length > 0 &&
          !callableUnscoped(entry) &&
          !pluralGetter(entry) &&
          !starMeansSelf(s, action) &&
          !(printed.has('*') && createsWithAssignedId(entry)) &&
          ![...printed].some((p) => nonArnTarget(action, p))
        ) {
          add('star-resource', `${action} can be scoped to a resource but has "*"`)
        }
        continue
      }
      if (formats.length === 0 && !unlistedButRight(action, resource, printed)) {
        add(
          'resource-format',
          `${action} takes no resource-level permission, but names ${resource}`
        )
      } else if (
        formats.length > 0 &&
        !formats.some((f) => matchesFormat(f, resource) || openEnded(f, resource)) &&
        !unlistedButRight(action, resource, printed)
      ) {
        add('resource-format', `${resource} is none of ${action}'s ARN formats`)
      }
    }
  }
  const principals = Object.values(s.Principal ?? {}).flatMap((p) => list(p))
  for (const value of [...resources, ...principals]) {
    for (const p of arnProblems(value)) add(p.rule, p.detail)
  }
  for (const p of principals) {
    if (p === '*') add('redaction-wildcard', 'Principal "*" opens the resource to everyone')
  }
  return out
}

/** Lower-case actions the remedy's findings say are explicitly denied. */
function explicitlyDenied(remedy: Remedy, findings: Finding[]): Set<string> {
  const out = new Set<string>()
  for (const i of remedy.findings) {
    const f = findings[i]
    if (f?.deny !== 'explicit') continue
    for (const a of [f.action, f.inferredAction]) if (a) out.add(a.toLowerCase())
  }
  return out
}

/** The resources the remedy's findings printed (or that src/infer read from the log). */
function printedResources(remedy: Remedy, findings: Finding[]): Set<string> {
  const out = new Set<string>()
  for (const i of remedy.findings) {
    const f = findings[i]
    for (const r of [f?.resource, f?.inferred?.resource?.value]) if (r) out.add(r)
  }
  return out
}

/**
 * An EC2 call is checked against every resource it uses (issue 17, heldout14 review h14-090,
 * heldout13 review h13-164): Resource across the remedy's Allow statements for the action must
 * name each type it always uses, or the call fails again on the next one. EC2 only: elsewhere a
 * required type can be named by its parent's statement or a service-wide ARN.
 */
function uncoveredTypes(remedy: Remedy): Violation[] {
  const allows = remedy.statements.filter((s) => s.Effect === 'Allow' && !s.Principal)
  const actions = new Set(allows.flatMap((s) => list(s.Action)))
  return [...actions].flatMap((action) => {
    const entry = lookupAction(action)
    if (!entry || entry.service !== 'ec2') return []
    const withIt = allows.filter((s) => list(s.Action).includes(action))
    const resources = withIt.flatMap((s) => list(s.Resource))
    if (resources.length === 0 || resources.includes('*')) return []
    const missing = mustCover(entry).filter(
      (t) => !resources.some((r) => t.arnFormats.some((f) => matchesFormat(f, r)))
    )
    return missing.length === 0
      ? []
      : [
          {
            remedy: remedy.id,
            sid: withIt[0]!.Sid,
            rule: 'partial-resources' as const,
            detail: `${action} is also checked against ${missing.map((t) => t.name).join(', ')}, which Resource does not name`
          }
        ]
  })
}

export function validateRemedies(remedies: Remedy[], findings: Finding[]): Violation[] {
  return remedies.flatMap((r) => {
    const denied = explicitlyDenied(r, findings)
    const printed = printedResources(r, findings)
    return [
      ...r.statements.flatMap((s) => checkStatement(r.id, s, denied, printed)),
      ...uncoveredTypes(r)
    ]
  })
}
