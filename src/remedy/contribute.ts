// What one finding adds to the remedies: statements parts for the documents that must change,
// notes for what can't be pasted. Dispatches on the fix target's kind.
import type { Finding } from '../model/Finding.js'
import type { FixTarget, FixTargetKind } from '../model/FixTarget.js'
import { lookupAction, type CatalogAction } from '../catalog/Catalog.js'
import { addFinding, addNote, type Draft, type Drafts } from './Draft.js'
import { parseArn } from '../model/Arn.js'
import { classifyArn, fitResource, formatWithPlaceholders } from './fitResource.js'
import { code, kindGuidance, starNote, trapGuidance, type NoteFacts } from './guidance.js'
import { GITHUB_OIDC_HOST, oidcSubjects } from './oidcSubject.js'
import { isMasked, placeholder, unmaskAccount, unmaskArn } from './placeholders.js'
import { resolveAction, unresolvedNote } from './resolveAction.js'
import { resourcePolicyKind } from './resourcePolicies.js'
import { specialCondition } from './specialConditions.js'
import type { RemedyOptions } from './RemedyOptions.js'

interface Need {
  entry: CatalogAction
  inferred: boolean
  from: string
  /** The resource as the message printed it (null: not named). */
  resource: string | null
}

function partitionOf(...arns: (string | null)[]): string {
  for (const arn of arns) {
    const p = arn ? parseArn(arn)?.partition : undefined
    if (p && /^aws[a-z-]*$/.test(p)) return p
  }
  return 'aws'
}

/** The resource the statement names, fitted to the action's resource types, plus why. */
function fitted(
  d: Draft,
  need: Need,
  partition: string,
  account: string | null = null
): { resource: string; type: string } {
  const types = [...need.entry.resourceTypes].sort(
    (a, b) => Number(b.required) - Number(a.required)
  )
  const printed = need.resource?.replace(/^"|"$/g, '').trim() || null
  if (types.length === 0) {
    addNote(d, starNote(need.entry.action))
    if (printed && printed !== '*') {
      addNote(
        d,
        `The message named ${code(printed)}, but ${need.entry.action} can't be scoped to it.`
      )
    }
    return { resource: '*', type: 'AllResources' }
  }
  const formats = types.flatMap((t) => t.arnFormats)
  if (!printed || printed === '*') {
    addNote(
      d,
      `The message names no specific resource for ${need.entry.action}, so Resource is "*": narrow it to the ARN you need${formats[0] ? ` (${code(formatWithPlaceholders(formats[0], partition))})` : ''}.`
    )
    return { resource: '*', type: 'AllResources' }
  }
  const typed = /^(role|user|policy)[\s/](.+)$/.exec(printed)
  const looksMasked = isMasked(printed) || (!parseArn(printed) && /<[^<>]*>|\*{3,}/.test(printed))
  if (looksMasked && formats[0]) {
    const template = formatWithPlaceholders(formats[0], partition)
    for (const token of template.match(/<[A-Z_]+>/g) ?? []) {
      placeholder(
        d.placeholders,
        token.slice(1, -1),
        `the resource's ${token.slice(1, -1).toLowerCase().replace(/_/g, ' ')} (the log masked the resource)`
      )
    }
    return { resource: template, type: types[0]!.name }
  }
  const arn = typed
    ? typed[1] === 'policy' && typed[2]!.startsWith('arn:')
      ? typed[2]!
      : `arn:${partition}:iam::${account ?? '<ACCOUNT_ID>'}:${typed[1]}/${typed[2]}`
    : printed
  if (!parseArn(arn)) {
    addNote(
      d,
      `The message names ${code(printed)}, which is not an ARN, so Resource is "*": replace it with the resource's ARN${formats[0] ? ` (${code(formatWithPlaceholders(formats[0], partition))})` : ''}.`
    )
    return { resource: '*', type: 'AllResources' }
  }
  const unmasked = unmaskArn(d.placeholders, arn)
  const fit = fitResource(types, unmasked)
  if (fit.kind === 'unmatched') {
    addNote(
      d,
      `${code(printed)} does not match the resource types the catalog lists for ${need.entry.action}; it is kept as printed.`
    )
    return { resource: fit.resource, type: 'Resource' }
  }
  if (fit.kind === 'parent') {
    addNote(
      d,
      `${need.entry.action} applies to the ${fit.type}, so Resource is ${code(fit.resource)} rather than the ${code(printed)} the request named.`
    )
  } else if (fit.kind === 'child') {
    addNote(
      d,
      `${need.entry.action} applies to ${fit.type}s, so Resource is ${code(fit.resource)}; narrow the ${code('*')} to the keys or names you need.`
    )
  }
  return { resource: fit.resource, type: fit.type }
}

function identityKey(t: FixTarget): string {
  const type = t.principalType === 'user' ? 'user' : 'role'
  const name = t.principalName ?? t.principalArn ?? 'unknown'
  return `identity-policy:${t.principalAccount ? `${t.principalAccount}:` : ''}${type}/${name}`
}

function identityDescription(t: FixTarget, callerSide: boolean): string {
  const who =
    t.principalName || t.principalArn
      ? `${t.principalType === 'user' ? 'user' : 'role'} ${t.principalName ?? t.principalArn}`
      : 'the caller (the message does not name it)'
  const where = t.principalAccount ? ` in account ${t.principalAccount}` : ''
  return `the identity policy of ${who}${where}${callerSide ? ' (caller side)' : ''}`
}

function identityDraft(drafts: Drafts, t: FixTarget, callerSide: boolean): Draft {
  return drafts.get(identityKey(t), () => ({
    target:
      t.kind === 'identity-policy'
        ? t
        : {
            ...t,
            kind: 'identity-policy',
            owner: 'you',
            description: identityDescription(t, callerSide),
            resourceArn: null,
            resourceAccount: null,
            policyArn: null
          },
    shape: 'identity',
    service: null,
    holder: t.principalArn ?? t.principalName
  }))
}

function addIdentity(
  drafts: Drafts,
  f: Finding,
  index: number,
  need: Need,
  actions: string[],
  callerSide: boolean
): Draft {
  const t = f.fixTarget
  const d = identityDraft(drafts, t, callerSide)
  addFinding(d, index)
  const partition = partitionOf(t.principalArn, need.resource)
  const { resource, type } = fitted(d, need, partition, t.principalAccount)
  const special = actions.length === 1 ? specialCondition(actions[0]!, f.operation, resource) : null
  d.parts.push({
    actions,
    resource,
    sidWords: [need.entry.service, type],
    ...(special ? { condition: special.condition } : {})
  })
  if (special) addNote(d, special.note)
  if (t.principalType === 'federated-user') {
    addNote(
      d,
      "A federated user has no policy of its own: its permissions are those of the IAM user that called GetFederationToken, limited by the session policy passed then. Add the statement to that user's policy (and to the session policy, if one was passed)."
    )
  }
  if (t.rolePathUnknown) {
    addNote(
      d,
      `The role name is taken from the session ARN; the role's path is not shown but ${code('aws iam put-role-policy')} needs only the name.`
    )
  }
  if (t.principalType === 'root') {
    addNote(
      d,
      'The caller is the account root user, which identity policies do not restrict: the denial comes from an SCP, RCP or resource policy instead.'
    )
  }
  return d
}

function principalElement(d: Draft, t: FixTarget): Record<string, string> {
  if (t.principalType === 'root' && t.principalAccount) {
    // The root's partition is the caller's (GovCloud and China logs print aws-us-gov, aws-cn).
    const partition = partitionOf(t.principalArn, t.resourceArn)
    return {
      AWS: `arn:${partition}:iam::${unmaskAccount(d.placeholders, t.principalAccount)}:root`
    }
  }
  const account = t.principalArn ? parseArn(t.principalArn)?.account : undefined
  if (
    t.principalArn &&
    !isMasked(t.principalArn) &&
    account !== '*' &&
    !t.principalArn.endsWith('*')
  ) {
    if (t.rolePathUnknown) {
      addNote(
        d,
        `The Principal is the role ARN rebuilt from the session ARN. Resource policies need the exact ARN: if the role has a path, use the one ${code(`aws iam get-role --role-name ${t.principalName ?? 'NAME'} --query Role.Arn`)} prints.`
      )
    }
    return { AWS: unmaskArn(d.placeholders, t.principalArn) }
  }
  return { AWS: placeholder(d.placeholders, 'PRINCIPAL_ARN', "the caller's role or user ARN") }
}

function addResourcePolicy(drafts: Drafts, f: Finding, index: number, need: Need): Draft {
  const t = f.fixTarget
  if (t.principalType === 'anonymous') {
    const d = guidanceDraft(drafts, f, index)
    addNote(
      d,
      `The request was not signed (anonymous), so only a resource policy open to everyone could allow it; whydenied does not propose public access. Sign the request with AWS credentials, or, if ${code(printedResource(f, need))} is meant to be public, have its owner review its policy.`
    )
    return d
  }
  if (f.traps.includes('aws-owned-resource')) {
    const d = addIdentity(
      drafts,
      f,
      index,
      { ...need, resource: printedResource(f, need) },
      [need.entry.action],
      false
    )
    addNote(
      d,
      'The resource belongs to an AWS-owned account, so its policy is not yours to change: only your side is proposed. Check the ARN (Region, version) first.'
    )
    return d
  }
  const kind = resourcePolicyKind(need.entry.service)
  const printed = t.resourceArn ?? need.resource ?? '*'
  const holderRaw = kind.holder(printed)
  const d = drafts.get(`resource-policy:${holderRaw}`, () => ({
    target: t,
    shape: 'resource',
    service: kind.service,
    holder: holderRaw
  }))
  addFinding(d, index)
  d.holder = parseArn(holderRaw) ? unmaskArn(d.placeholders, holderRaw) : holderRaw
  const actions = kind.actionSet ? kind.actionSet(need.entry.action) : [need.entry.action]
  if (actions.length > 1) {
    addNote(
      d,
      `${need.entry.action} is one step of a sequence that fails step by step, so the whole set is allowed: ${actions.join(', ')}.`
    )
  }
  const principal = principalElement(d, t)
  const partition = partitionOf(t.principalArn, printed)
  let resource: string | null
  let type = classifyArn(printed) ?? kind.service
  if (kind.resource === 'omit') resource = null
  else if (kind.resource === 'star') resource = '*'
  else ({ resource, type } = fitted(d, { ...need, resource: printed }, partition))
  d.parts.push({ principal, actions, resource, sidWords: [need.entry.service, type] })
  if (kind.resource === 'star') {
    addNote(
      d,
      `In a ${kind.document}, Resource "*" means this ${kind.service === 'kms' ? 'key' : 'secret'} only.`
    )
  }
  if (f.crossAccount !== false) {
    const caller = addIdentity(drafts, f, index, { ...need, resource: printed }, actions, true)
    addNote(
      d,
      `Across accounts the caller's own identity policy must allow the same actions: see ${caller.id}.`
    )
    addNote(
      caller,
      `The ${kind.document} of ${code(holderRaw)} must also allow this (owner: the resource's account).`
    )
  } else {
    addNote(
      d,
      'Same account: an Allow in the identity policy of the caller would also work instead of this statement.'
    )
  }
  return d
}

function printedResource(f: Finding, need: Need): string {
  return f.fixTarget.resourceArn ?? need.resource ?? '*'
}

function roleArnHolder(d: Draft, t: FixTarget): string {
  const arn =
    t.resourceArn && parseArn(t.resourceArn) ? unmaskArn(d.placeholders, t.resourceArn) : null
  return (
    arn ??
    placeholder(d.placeholders, 'ROLE_ARN', 'the ARN of the role being assumed (role-to-assume)')
  )
}

function addOidcTrust(drafts: Drafts, f: Finding, index: number, options: RemedyOptions): Draft {
  const t = f.fixTarget
  const d = drafts.get(`trust-policy:${t.resourceArn ?? 'github-oidc'}`, () => ({
    target: t,
    shape: 'trust',
    service: 'iam',
    holder: null
  }))
  addFinding(d, index)
  d.holder = roleArnHolder(d, t)
  const account = unmaskAccount(
    d.placeholders,
    t.resourceAccount ?? parseArn(d.holder)?.account ?? t.principalAccount
  )
  const partition = partitionOf(t.resourceArn)
  const { subjects, notes } = oidcSubjects(options.oidc)
  for (const note of notes) addNote(d, note)
  d.parts.push({
    principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${GITHUB_OIDC_HOST}` },
    actions: ['sts:AssumeRoleWithWebIdentity'],
    resource: null,
    condition: {
      StringEquals: {
        [`${GITHUB_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
        [`${GITHUB_OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0]! : subjects
      }
    },
    sidWords: ['GitHub', 'Oidc']
  })
  addNote(
    d,
    `The account also needs the IAM OIDC provider for https://${GITHUB_OIDC_HOST} (aws iam list-open-id-connect-providers).`
  )
  return d
}

function addAssumeRoleTrust(drafts: Drafts, f: Finding, index: number, need: Need): Draft {
  const t = f.fixTarget
  const d = drafts.get(`trust-policy:${t.resourceArn ?? need.resource ?? 'unknown'}`, () => ({
    target: t,
    shape: 'trust',
    service: 'iam',
    holder: null
  }))
  addFinding(d, index)
  d.holder = roleArnHolder(d, { ...t, resourceArn: t.resourceArn ?? need.resource })
  d.parts.push({
    principal: principalElement(d, t),
    actions: [need.entry.action],
    resource: null,
    sidWords: ['Trust', t.principalName ?? 'Caller']
  })
  if (f.crossAccount !== false && need.entry.action === 'sts:AssumeRole') {
    // Never sts:AssumeRole on "*": an unknown role becomes a placeholder ARN to fill in.
    const roleArn = t.resourceArn ?? need.resource ?? '<ROLE_ARN>'
    const caller = addIdentity(
      drafts,
      f,
      index,
      { ...need, resource: roleArn === '*' ? '<ROLE_ARN>' : roleArn },
      ['sts:AssumeRole'],
      true
    )
    addNote(d, `The caller must also be allowed sts:AssumeRole on this role: see ${caller.id}.`)
  }
  return d
}

function guidanceDraft(drafts: Drafts, f: Finding, index: number): Draft {
  const t = f.fixTarget
  const d = drafts.get(
    `${t.kind}:${t.policyArn ?? t.principalArn ?? t.resourceArn ?? 'unknown'}`,
    () => ({
      target: t,
      shape: 'guidance',
      service: null,
      holder: t.policyArn
    })
  )
  addFinding(d, index)
  return d
}

function facts(f: Finding, action: string | null): NoteFacts {
  return {
    action: action ? code(action) : 'the denied action',
    rawAction: action,
    principal: code(f.fixTarget.principalArn ?? f.principal ?? 'the caller'),
    resource: f.resource ? code(f.resource) : 'the resource (not named by the message)',
    policy: f.policyArn ? code(f.policyArn) : 'its ARN is not in the message',
    finding: f
  }
}

const isOidc = (f: Finding): boolean =>
  f.traps.includes('oidc-trust-conditions') ||
  /assumerolewithwebidentity/i.test(f.action ?? f.inferredAction ?? '') ||
  /oidc|web-identity/i.test(f.grammar)

const FIRST = new Set([
  'ecr-repository-may-not-exist',
  'compromised-key-quarantine',
  'get-caller-identity-is-credentials'
])

type Handler = (
  drafts: Drafts,
  f: Finding,
  index: number,
  need: Need | null,
  options: RemedyOptions
) => Draft | null

const withNeed =
  (
    fn: (drafts: Drafts, f: Finding, index: number, need: Need, options: RemedyOptions) => Draft
  ): Handler =>
  (drafts, f, index, need, options) =>
    need ? fn(drafts, f, index, need, options) : null

/** What each target kind produces. Kinds not listed here are guidance only. */
const handlers: Partial<Record<FixTargetKind, Handler>> = {
  'identity-policy': withNeed((drafts, f, index, need) =>
    addIdentity(drafts, f, index, need, [need.entry.action], false)
  ),
  'resource-policy': withNeed(addResourcePolicy),
  'trust-policy': (drafts, f, index, need, options) =>
    isOidc(f)
      ? addOidcTrust(drafts, f, index, options)
      : need
        ? addAssumeRoleTrust(drafts, f, index, need)
        : null,
  unknown: withNeed((drafts, f, index, need) =>
    addIdentity(drafts, f, index, need, [need.entry.action], false)
  )
}

/** The s3:ListBucket need that replaces a GetObject on a possibly missing key. */
function listBucketNeed(need: Need | null, f: Finding): Need | null {
  const entry = lookupAction('s3:ListBucket')
  const object = f.resource ?? f.fixTarget.resourceArn
  if (!entry || !object) return need
  return { entry, inferred: false, from: 's3:ListBucket', resource: object }
}

/** Statement-producing kinds; an explicit deny never gets an Allow, whatever the target. */
const STATEMENT_KINDS = new Set<FixTargetKind>([
  'identity-policy',
  'resource-policy',
  'trust-policy',
  'unknown'
])

export function contribute(
  drafts: Drafts,
  f: Finding,
  index: number,
  options: RemedyOptions
): void {
  const resolved = resolveAction(f)
  let need: Need | null = resolved.ok
    ? {
        entry: resolved.entry,
        inferred: resolved.inferred,
        from: resolved.from,
        resource: f.resource
      }
    : null
  const missingObject = f.traps.includes('s3-missing-object-without-listbucket')
  if (missingObject) need = listBucketNeed(need, f)
  let kind: FixTargetKind = f.fixTarget.kind
  if (missingObject && (kind === 'resource-name' || kind === 'unknown')) kind = 'identity-policy'
  if (f.deny === 'explicit' && STATEMENT_KINDS.has(kind)) kind = 'explicit-deny'
  const handler = Object.hasOwn(handlers, kind) ? handlers[kind] : undefined
  let draft = handler ? handler(drafts, f, index, need, options) : null
  const rawAction = need?.entry.action ?? f.action ?? null
  if (!draft) {
    draft = guidanceDraft(drafts, f, index)
    const notes = Object.hasOwn(kindGuidance, kind) ? kindGuidance[kind] : undefined
    if (notes) for (const note of notes(facts(f, rawAction))) addNote(draft, note)
  } else if (kind === 'unknown') {
    for (const note of kindGuidance.unknown!(facts(f, rawAction))) addNote(draft, note)
  }
  if (!resolved.ok && !missingObject) {
    if (resolved.given !== null) addNote(draft, unresolvedNote(resolved))
    else if (f.kind === 'encoded')
      addNote(
        draft,
        "No statement is proposed yet: the failing action and resource are hidden in the encoded message (often not the operation's own action, e.g. iam:PassRole during RunInstances). Decode it first; whydenied does with --decode or the Action's decode input."
      )
    else if (handler)
      addNote(
        draft,
        'No statement is proposed: the message names no action and none could be derived from an operation.'
      )
  }
  if (need?.inferred && draft.shape !== 'guidance') {
    addNote(
      draft,
      `The message names no action: ${need.entry.action} is inferred from the ${need.from} operation.`
    )
  }
  const noteFacts = facts(f, rawAction)
  for (const trap of f.traps) {
    const note = Object.hasOwn(trapGuidance, trap) ? trapGuidance[trap]!(noteFacts) : undefined
    if (!note || draft.notes.includes(note)) continue
    // Checks to make before pasting anything come first.
    if (FIRST.has(trap)) draft.notes.unshift(note)
    else draft.notes.push(note)
  }
}
