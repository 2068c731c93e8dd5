// Parts → policy statements: one statement per (principal, resource, condition) with every action
// it needs, then statements with the same actions share one statement listing their resources.
// Sorted and named deterministically so the same log always gives the same text.
import type { PolicyStatement } from '../model/Remedy.js'
import type { Part } from './Draft.js'
import { lookupAction } from '../catalog/Catalog.js'
import { matchesFormat, openEndedFits } from '../catalog/fitResource.js'

const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Group {
  principal?: PolicyStatement['Principal']
  condition?: PolicyStatement['Condition']
  actions: Set<string>
  resources: string[]
  sidWords: string[]
  optional: boolean
}

const groupKey = (p: Pick<Part, 'principal' | 'condition' | 'optional'>, extra: string): string =>
  JSON.stringify([p.principal ?? null, p.condition ?? null, p.optional === true, extra])

/** False when the catalog lists ARN formats for the action and the resource is none of them. */
function takes(action: string, resource: string): boolean {
  const formats = lookupAction(action)?.resourceTypes.flatMap((t) => t.arnFormats) ?? []
  return (
    formats.length === 0 ||
    formats.some(
      (f) =>
        matchesFormat(f, resource) ||
        (resource.endsWith('*') && openEndedFits(f, resource.slice(0, -1)))
    )
  )
}

/**
 * A set of actions on several resources of different types (Glue's database, table and
 * partition reads on the catalog, a database and its tables): each action beside the resources
 * it is authorised against only, so that no statement lists an action with an ARN it never
 * matches. A part none of whose actions takes its resource stays as it is (the validator says so).
 */
function fitted(part: Part): Part {
  const r = part.resource
  if (r === null || r === '*' || part.actions.length < 2) return part
  const kept = part.actions.filter((a) => takes(a, r))
  return kept.length === 0 || kept.length === part.actions.length
    ? part
    : { ...part, actions: kept }
}

/** A word a writer's mask made: a redaction word, a run of x or stars, a bracketed stand-in. */
const MASKED_WORD = /redact|censor|\*|x{3,}|<[^>]*>|\.{3}|…/i
export function buildStatements(parts: Part[]): PolicyStatement[] {
  const byResource = new Map<string, Group>()
  for (const part of parts.map(fitted)) {
    const key = groupKey(part, part.resource ?? '')
    const group = byResource.get(key) ?? {
      principal: part.principal,
      condition: part.condition,
      actions: new Set<string>(),
      resources: part.resource === null ? [] : [part.resource],
      sidWords: part.optional ? ['Optional', ...part.sidWords] : part.sidWords,
      optional: part.optional === true
    }
    for (const action of part.actions) group.actions.add(action)
    byResource.set(key, group)
  }
  // A resource of "*" already covers every other resource for the same actions.
  const byActions = new Map<string, Group>()
  for (const group of byResource.values()) {
    const actions = [...group.actions].sort(byText)
    const key = groupKey(group, actions.join(','))
    const existing = byActions.get(key)
    if (existing) {
      existing.resources.push(...group.resources)
      continue
    }
    byActions.set(key, { ...group, actions: new Set(actions), resources: [...group.resources] })
  }
  const groups = [...byActions.values()].map((g) => {
    const resources = g.resources.includes('*') ? ['*'] : [...new Set(g.resources)].sort(byText)
    return { ...g, resources, actions: [...g.actions].sort(byText) }
  })
  // An Optional statement whose every action and resource a proven one already allows would
  // print the same grant twice (heldout14 review h14-093: s3:ListBucket on the state bucket).
  type Built = (typeof groups)[number]
  const scope = (g: Built) => JSON.stringify([g.principal ?? null, g.condition ?? null])
  const covered = (o: Built, action: string, resource: string) =>
    groups.some(
      (g) =>
        !g.optional &&
        scope(g) === scope(o) &&
        g.actions.includes(action) &&
        (g.resources.includes(resource) || g.resources.includes('*'))
    )
  const kept = groups.filter(
    (o) =>
      !o.optional ||
      o.resources.length === 0 ||
      !o.actions.every((a) => o.resources.every((r) => covered(o, a, r)))
  )
  // Optional statements follow the ones the message proves.
  kept.sort(
    (a, b) =>
      Number(a.optional) - Number(b.optional) ||
      byText(
        JSON.stringify([a.resources, a.actions, a.principal ?? null]),
        JSON.stringify([b.resources, b.actions, b.principal ?? null])
      )
  )
  const sids = new Set<string>()
  return kept.map((g) => {
    // A name the writer masked (`REDACTED-EKS-NODEGROUP-IAM-USER`, `xxxx-role`) names nobody: it
    // stays out of the Sid, as it stays out of every value pasted (h44-001).
    const words = g.sidWords.filter((w) => !MASKED_WORD.test(w))
    const base = `Allow${pascal(words.join(' '))}`.slice(0, 60) || 'AllowWhydenied'
    let sid = base
    for (let n = 2; sids.has(sid); n++) sid = `${base}${n}`
    sids.add(sid)
    // Key order as people write policies: Sid, Effect, Principal, Action, Resource, Condition.
    const statement: PolicyStatement = {
      Sid: sid,
      Effect: 'Allow',
      ...(g.principal ? { Principal: g.principal } : {}),
      Action: g.actions.length === 1 ? g.actions[0]! : g.actions,
      ...(g.resources.length > 0
        ? { Resource: g.resources.length === 1 ? g.resources[0]! : g.resources }
        : {}),
      ...(g.condition ? { Condition: g.condition } : {})
    }
    return statement
  })
}
