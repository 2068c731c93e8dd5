// What one finding adds to the remedies: statements parts for the documents that must change,
// notes for what can't be pasted. Dispatches on the fix target's kind.
import { isEcrPublicRefusal } from '../model/ecrPublicRefusals.js'
import { isServiceLinkedRoleName } from '../model/serviceLinkedRoles.js'
import { ownWordsOf } from '../model/ownWordsRefusals.js'
import { draftRef } from './draftRef.js'
import { policyArnCut, policyIdKept } from '../model/cutPolicyArn.js'
import { slotValues } from '../model/slotValues.js'
import { trapLeadOf, type TrapLead } from './trapLeads.js'
import type { Finding } from '../model/Finding.js'
import type { FixTarget, FixTargetKind } from '../model/FixTarget.js'
import {
  lookupAction,
  requiresWildcardResource,
  servicesOfOperation,
  type CatalogAction
} from '../catalog/Catalog.js'
import { qualifiedAction } from '../catalog/operationQualifiers.js'
import { catalogActionsIn } from '../catalog/printedActions.js'
import { companionActions, companionNote } from './companionActions.js'
import { podRoleReadsOf } from './podRoleReads.js'
import { addFinding, addNote, type Draft, type Drafts, type Part } from './Draft.js'
import { parseArn } from '../model/Arn.js'
import {
  identityCenterRolePattern,
  permissionSetAllowsAll,
  permissionSetOfRole
} from '../model/identityCenter.js'
import { sessionTagsPassed } from '../model/sessionTags.js'
import { isReservedSsoRole, permissionSetName } from './render/permissionSet.js'
import { classifyArn } from '../catalog/fitResource.js'
import {
  alreadyAllowed,
  bedrockCallerKnown,
  code,
  kindGuidance,
  starNote,
  starNoteOfMany,
  trapGuidance,
  type NoteFacts
} from './guidance.js'
import { isMasked, placeholder, unmaskAccount, unmaskArn } from './placeholders.js'
import { resolveAction, unresolvedNote } from './resolveAction.js'
import { hasResourcePolicy, resourcePolicyKind } from './resourcePolicies.js'
import {
  boundaryAdvice,
  escalationWarning,
  isSensitiveAction,
  nextStepsAfterCreate
} from './sensitiveActions.js'
import { guestGrantable } from './guestGrant.js'
import { sharedSpecialCondition } from './specialConditions.js'
import { serviceInvokedOf } from '../model/serviceInvoked.js'
import { statementResource } from './statementResource.js'
import { eksServiceAccountTrust, webIdentityTrust } from './webIdentityTrust.js'
import { passingCall } from '../model/passingCalls.js'
import { isOrganizationsOwnRefusal } from '../model/serviceRefusals.js'
import { NON_IAM_REFUSALS } from '../model/nonIamRefusals.js'
import { managedRoleOf } from '../model/managedRoles.js'
import type { RemedyOptions } from './RemedyOptions.js'
import { cdkRolesPattern, deployRoleFor } from '../model/cdkBootstrapRoles.js'
import { bootstrapCaseOf, qualifierOfResource } from '../model/cdkBootstrapResources.js'
import { keyBesides, replacedNeed, type Replacement } from './replacedNeed.js'
import { OWNER_SIDE_TRAPS } from './fixStanding.js'
import { copilotPipelineCaller } from '../model/copilotRoles.js'
import { nestedArn } from '../model/nestedArn.js'
import {
  SHAREABLE_LAYER_ACTION,
  layerArnOf,
  misnamedLayer,
  unshareableOnLayer
} from '../model/lambdaLayers.js'
import { publisherOfAccount } from '../model/publishedAccounts.js'
import { accountWords } from '../model/accountFields.js'
import { joinedIamArn } from '../model/wrappedArn.js'

/** A reporter's or tool's elision mark: the value around it is not whole. */
const ELIDED = /\.{3}|…/

interface Need {
  entry: CatalogAction
  inferred: boolean
  from: string
  /** The resource as the message printed it (null: not named). */
  resource: string | null
  /** A trap's suggestion beside what the message proves (its statement is labelled Optional). */
  optional?: boolean
  /** Optional resource types and slot values the replacing rule knows (src/remedy/replacedNeed.ts). */
  named?: string[]
  slots?: Record<string, string>
}

/** Whether `printed` is the finding's own resource, which the log cut at its line's end. */
function cutByLog(f: Finding, printed: string | null): boolean {
  return f.detail.resourceCut === 'line-end' && printed !== null && printed === f.resource
}

function partitionOf(...arns: (string | null)[]): string {
  return printedPartition(arns) ?? 'aws'
}

function printedPartition(arns: (string | null)[]): string | null {
  for (const arn of arns) {
    const p = arn ? parseArn(arn)?.partition : undefined
    if (p && /^aws[a-z-]*$/.test(p)) return p
  }
  return null
}

/** The printed ARNs' partition, else the one the log names in words or by Region (GovCloud, China). */
function findingPartition(f: Finding, ...arns: (string | null)[]): string {
  return printedPartition(arns) ?? f.inferred?.signals?.['named-partition']?.value ?? 'aws'
}

/**
 * The account part of a draft's key. A field that is not 12 digits was edited by whoever shared
 * the log: digits of the wrong length and mask characters (`123567890` beside `1234567890` for one
 * user, `***`, `xxxx`) are one hidden value, never two accounts. A named placeholder
 * (`<PROD_ACCOUNT>`) keeps its name: two different names may be two accounts.
 */
function accountKey(account: string | null): string {
  if (!account) return ''
  return /^\d{12}$/.test(account) || !/^[\d*xX#.…~-]+$/.test(account) ? `${account}:` : 'masked:'
}

function identityKey(t: FixTarget): string {
  // Each pod's own role apart from the node role and from another pod's (its service account).
  if (t.pod)
    return `identity-policy:${accountKey(t.principalAccount)}pod/${t.pod.serviceAccount ?? ''}`
  const type = t.principalType === 'user' ? 'user' : 'role'
  const name = t.principalName ?? t.principalArn ?? 'unknown'
  return `identity-policy:${accountKey(t.principalAccount)}${type}/${name}`
}

/**
 * The role a command switched to, where the log describes rather than names it (a Lambda
 * function's execution role, heldout129 review h129-069): the draft is for that role.
 */
function describedRoleSwitch(f: Finding): string | undefined {
  const role = f.inferred?.roleSwitch?.value
  return role && /^the [\w' -]{1,80}role$/.test(role) ? role : undefined
}

function identityDescription(t: FixTarget, callerSide: boolean, switched?: string): string {
  if (t.principalType === 'service')
    return `the identity policy of the role ${t.principalName} works with`
  const who =
    t.principalName || t.principalArn
      ? `${t.principalType === 'user' ? 'user' : 'role'} ${t.principalName ?? t.principalArn}`
      : `${switched ?? 'the caller'} (the message does not name it)`
  const where = t.principalAccount ? ` in ${accountWords(t.principalAccount)}` : ''
  return `the identity policy of ${who}${where}${callerSide ? ' (caller side)' : ''}`
}

function identityDraft(
  drafts: Drafts,
  t: FixTarget,
  callerSide: boolean,
  switched?: string
): Draft {
  // A described role (a function's execution role) is not another unnamed caller's.
  const key =
    switched && !t.principalName && !t.principalArn
      ? `${identityKey(t)}:${switched}`
      : identityKey(t)
  return drafts.get(key, () => ({
    target:
      t.kind === 'identity-policy'
        ? t
        : {
            ...t,
            kind: 'identity-policy',
            owner: 'you',
            description: identityDescription(t, callerSide, switched),
            resourceArn: null,
            resourceAccount: null,
            policyArn: null
          },
    shape: 'identity',
    service: null,
    holder: t.principalArn ?? t.principalName
  }))
}

/** Every action of an Optional part is on a proven part of the same resource, caller and condition. */
function coveredByProven(d: Draft, optional: Part): boolean {
  const same = (p: Part) =>
    p.optional !== true &&
    p.resource === optional.resource &&
    JSON.stringify([p.principal ?? null, p.condition ?? null]) ===
      JSON.stringify([optional.principal ?? null, optional.condition ?? null])
  return optional.actions.every((a) => d.parts.some((p) => same(p) && p.actions.includes(a)))
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
  const d = identityDraft(drafts, t, callerSide, describedRoleSwitch(f))
  addFinding(d, index)
  const partition = findingPartition(f, t.principalArn, need.resource)
  const { resources, type, condition, optional } = statementResource(
    d,
    need.entry,
    need.resource,
    partition,
    t.principalAccount,
    (!need.inferred &&
      f.resource === null &&
      f.grammar === 'iam-sentence' &&
      f.detail.resourceHidden === undefined) ||
      (f.resource === null && f.inferred?.listing?.value === need.entry.action),
    need.named ??
      (need.entry.action === (f.action ?? f.inferredAction)
        ? (f.inferred?.namedTypes?.value.split(',') ?? [])
        : []),
    cutByLog(f, need.resource),
    need.slots ??
      (need.entry.action === (f.action ?? f.inferredAction)
        ? slotValues(f.inferred?.namedSlots?.value)
        : {})
  )
  const special = sharedSpecialCondition(actions, {
    // A companion (the fleet's iam:PassRole) is handed over by the refused call itself.
    operation: f.operation ?? (f.action ?? f.inferredAction)?.split(':')[1] ?? null,
    resource: resources[0]!,
    iacResource: f.inferred?.iacResource?.value,
    passedToService: f.inferred?.passedToService?.value,
    directGrant: f.inferred?.directGrant?.value,
    grammar: f.grammar,
    bearerService: bearerServiceOf(f),
    createAction: f.inferred?.createAction?.value,
    integration: f.inferred?.kubernetesIntegration?.value,
    identityPool: f.inferred?.identityPool?.value
  })
  const scoped = special?.condition ?? condition
  // A companion the catalog lets name no resource (MSK's network reads beside a create whose
  // cluster ARN is a placeholder, heldout156 h156-026) goes on "*" in a statement of its own.
  const unscoped = actions.filter(
    (a) => a !== need.entry.action && requiresWildcardResource(a) === true
  )
  const scopedActions = resources.every((r) => r === '*')
    ? actions
    : actions.filter((a) => !unscoped.includes(a))
  for (const resource of resources) {
    d.parts.push({
      actions: scopedActions,
      resource,
      sidWords: [need.entry.service, type],
      ...(scoped ? { condition: scoped } : {}),
      ...(need.optional ? { optional: true } : {})
    })
  }
  if (scopedActions !== actions && unscoped.length) {
    d.parts.push({
      actions: unscoped,
      resource: '*',
      sidWords: [unscoped[0]!.split(':')[0]!, 'all resources'],
      ...(need.optional ? { optional: true } : {})
    })
  }
  if (optional) {
    d.parts.push({
      actions,
      resource: optional,
      sidWords: [need.entry.service, type],
      ...(scoped ? { condition: scoped } : {}),
      optional: true
    })
  }
  if (special) addNote(d, special.note)
  for (const action of actions) {
    if (isSensitiveAction(action)) addNote(d, escalationWarning(action))
    for (const resource of resources) {
      const boundary = boundaryAdvice(action, resource)
      if (boundary) addNote(d, boundary)
      const next = nextStepsAfterCreate(action, resource)
      if (next) addNote(d, next)
    }
  }
  if (t.principalType === 'federated-user') {
    addNote(
      d,
      "A federated user has no policy of its own: its permissions are those of the IAM user that called GetFederationToken, limited by the session policy passed then. Add the statement to that user's policy (and to the session policy, if one was passed)."
    )
  }
  // An Identity Center role is never edited (its permission set is: see the renderings).
  if (t.rolePathUnknown && !isReservedSsoRole(t.principalName)) {
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
  if (t.principalType === 'service' && t.principalName) return { Service: t.principalName }
  // A layer-version permission names an account (or an organization, or everyone), never a role
  // or user: its statement reads as the account's root (heldout28 review h28-004).
  const layerShare = layerArnOf(t.resourceArn) !== null && t.principalAccount !== null
  if ((t.principalType === 'root' || layerShare) && t.principalAccount) {
    // The root's partition is the caller's (GovCloud and China logs print aws-us-gov, aws-cn).
    const partition = partitionOf(t.principalArn, t.resourceArn)
    return {
      AWS: `arn:${partition}:iam::${unmaskAccount(d.placeholders, t.principalAccount)}:root`
    }
  }
  // The caller unknown, a layer is still shared with an account, never a role (heldout83 review:
  // h83-004, h83-005 asked for `<PRINCIPAL_ARN>`, which AddLayerVersionPermission refuses).
  if (layerArnOf(t.resourceArn) !== null) {
    const partition = partitionOf(t.principalArn, t.resourceArn)
    const id = placeholder(
      d.placeholders,
      'CALLER_ACCOUNT_ID',
      'the 12-digit ID of the account whose functions use the layer (an organization or `*` also fits; a role or user ARN does not)'
    )
    return { AWS: `arn:${partition}:iam::${id}:root` }
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
    return { AWS: unmaskArn(d.placeholders, t.principalArn, 'caller') }
  }
  return { AWS: placeholder(d.placeholders, 'PRINCIPAL_ARN', "the caller's role or user ARN") }
}

/** A service principal acting for one of your resources: name that resource and its account. */
/** What a service principal's source ARN is, where the service's is not a topic, bucket or rule. */
const SOURCE_ARN_OF: Record<string, string> = {
  // API Gateway's invocations come from a method of an API: its execute-api ARN.
  'apigateway.amazonaws.com':
    'the ARN of the API method that invokes it (`arn:aws:execute-api:REGION:ACCOUNT:API_ID/STAGE/METHOD/PATH`; `*` may stand for the stage, method or path)'
}

/** API Gateway calling a Lambda authorizer: the authorizer's ARN is the source, not a method's (h87-002). */
const AUTHORIZER_SOURCE =
  "the ARN of the API's authorizer (`arn:aws:execute-api:REGION:ACCOUNT:API_ID/authorizers/AUTHORIZER_ID`): API Gateway invokes an authorizer as the authorizer, not as a method"

function sourceCondition(d: Draft, t: FixTarget, f: Finding): NonNullable<Part['condition']> {
  // The message printed the source (Elastic Load Balancing's target group, h87-006).
  const printed = f.detail.sourceArn
  return {
    ArnLike: {
      'aws:SourceArn':
        typeof printed === 'string' && parseArn(printed)
          ? unmaskArn(d.placeholders, printed, 'resource')
          : placeholder(
              d.placeholders,
              'SOURCE_ARN',
              (f.detail.invokedAs === 'authorizer' ? AUTHORIZER_SOURCE : null) ??
                SOURCE_ARN_OF[t.principalName ?? ''] ??
                `the ARN of the resource ${t.principalName ?? 'the service'} acts for (the SNS topic, S3 bucket, EventBridge rule... that sends the request)`
            )
    },
    StringEquals: { 'aws:SourceAccount': unmaskAccount(d.placeholders, t.resourceAccount) }
  }
}

function addResourcePolicy(drafts: Drafts, f: Finding, index: number, need: Need): Draft {
  const t = f.fixTarget
  if (t.principalType === 'anonymous') {
    const d = guidanceDraft(drafts, f, index)
    // API Gateway's refusal of an unsigned call: its method's authorization or its resource
    // policy, which takes effect only once the stage is deployed again (heldout28 review h28-015).
    if (need.entry.action.toLowerCase() === 'execute-api:invoke') {
      addNote(
        d,
        `API Gateway's resource policy refused an unsigned call (a method with AWS_IAM authorization answers an unsigned call with \`Missing Authentication Token\` instead): check the policy's statements for ${code(printedResource(f, need))} and their Condition (\`aws:SourceIp\`, \`aws:SourceVpce\`, \`aws:SourceVpc\`) against where the call came from (\`aws apigateway get-rest-api --rest-api-id API_ID --query policy\`), and deploy the stage again after changing the policy: a changed resource policy takes effect only with a new deployment.`
      )
      return d
    }
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
  // What the log shows; "*" stands for "not shown" in the holder only, never as a printed value.
  const shown = t.resourceArn ?? need.resource
  const kind = resourcePolicyKind(need.entry.service, shown)
  // A listing of every repository of another registry (`repository/*`: describe-repositories with
  // no names): each repository's own policy decides, and no policy holds them all (h16-049).
  const every = /^arn:[\w-]+:ecr:[^:]*:([^:]*):repository\/\*$/.exec(shown ?? '')
  if (every && f.crossAccount !== false) {
    const d = guidanceDraft(drafts, f, index)
    addNote(
      d,
      `The call asked for every repository of registry ${code(every[1]!)} (\`repository/*\`: no repository names given), and a repository policy holds one repository only. Name the repositories you need (\`--repository-names NAME …\`), each of whose policies must allow ${code(need.entry.action)} for the caller, or make the call from a role in account ${code(every[1]!)}.`
    )
    return d
  }
  const printed = shown ?? '*'
  const holderRaw = kind.holder(printed)
  const d = drafts.get(`resource-policy:${holderRaw}`, () => ({
    // An old-format message diagnosed on the caller's side reaches here for the owner's side.
    target:
      t.kind === 'resource-policy'
        ? t
        : {
            ...t,
            kind: 'resource-policy' as const,
            owner: 'resource-owner' as const,
            description: `the ${kind.document} of ${holderRaw}`,
            resourceArn: t.resourceArn ?? printed
          },
    shape: 'resource',
    service: kind.service,
    holder: holderRaw
  }))
  addFinding(d, index)
  // A holder the log shows only in part (`arn:aws:lambda:...`) is no name to paste: each form
  // prints its own placeholder instead (heldout14 h14-136).
  // Nothing shown: no name at all, so each form prints its placeholder (`--function-name '*'` is
  // no name add-permission takes, heldout87 review h87-001).
  d.holder =
    shown === null
      ? null
      : parseArn(holderRaw)
        ? unmaskArn(d.placeholders, holderRaw, 'resource')
        : ELIDED.test(holderRaw)
          ? null
          : holderRaw
  const companions = companionActions(need.entry.action, f.traps, f.inferred, refusedResource(f))
  const actions = companions.actions
  if (companions.operation) addNote(d, companionNote(need.entry.action, companions))
  // An Identity Center role is re-created with a new suffix: match it by aws:PrincipalArn.
  const sso = t.principalType === 'service' ? null : ssoTrust(d, t, `the ${kind.document}`)
  const principal = sso?.principal ?? principalElement(d, t)
  const partition = findingPartition(f, t.principalArn, printed)
  let resources: (string | null)[]
  let type = classifyArn(printed) ?? kind.service
  if (kind.resource === 'omit') resources = [null]
  else if (kind.resource === 'star') resources = ['*']
  else
    ({ resources, type } = statementResource(
      d,
      need.entry,
      // "*" is the holder's stand-in for a resource not shown, never a value the message printed.
      shown,
      partition,
      null,
      false,
      [],
      cutByLog(f, shown)
    ))
  const fromSource = t.principalType === 'service' ? sourceCondition(d, t, f) : sso?.condition
  for (const resource of resources) {
    d.parts.push({
      principal,
      actions,
      resource,
      sidWords: [need.entry.service, type],
      ...(fromSource ? { condition: fromSource } : {})
    })
  }
  if (kind.resource === 'star') {
    addNote(
      d,
      `In a ${kind.document}, Resource "*" means this ${kind.service === 'kms' ? 'key' : 'secret'} only.`
    )
  }
  if (t.principalType === 'service') {
    addNote(
      d,
      `${code(t.principalName ?? 'The service')} is an AWS service principal: it has no identity policy, so only this resource policy can allow it. The aws:SourceArn / aws:SourceAccount condition limits it to your own topic, bucket, rule or queue, so that another account's resource cannot use the service to reach yours (the confused deputy problem).`
    )
  } else if (t.principalType === 'root') {
    // The root user has no identity policy: no caller-side statement is drafted (h12-174).
    addNote(
      d,
      kind.service === 'kms'
        ? keyPolicyNote(t, printed)
        : f.crossAccount === true
          ? ROOT_ACROSS_NOTE
          : ROOT_CALLER_NOTE
    )
    addNote(d, ROOT_KEYS_NOTE)
  } else if (
    f.crossAccount !== false &&
    permissionSetAllowsAll(permissionSetOfRole(t.principalName ?? ''))
  ) {
    // AdministratorAccess allows the call already, and Identity Center's role takes no inline
    // policy: the caller's side needs no change (heldout16 review h16-048).
    addNote(
      d,
      `The caller's permission set ${code(permissionSetOfRole(t.principalName ?? '')!)} allows every action, this one included: its side needs no change, and only this ${kind.document} can let it in.`
    )
  } else if (f.crossAccount !== false) {
    const caller = addIdentity(drafts, f, index, { ...need, resource: shown }, actions, true)
    addNote(
      d,
      `Across accounts the caller's own identity policy must allow the same actions: see ${draftRef(caller.id)}.`
    )
    addNote(
      caller,
      `The ${kind.document} of ${shown ? code(holderRaw) : 'the resource'} must also allow this (owner: the resource's account).`
    )
  } else if (kind.service === 'kms' && f.layer === 'resource') {
    addNote(d, keyPolicyNote(t, printed))
  } else if (isServiceLinkedRoleName(t.principalName ?? '')) {
    // A service-linked role's own policy is AWS's: no identity-policy Allow can be added (h48-027).
    addNote(
      d,
      `The caller is a service-linked role: AWS maintains its permissions policy and IAM refuses any change to it, so this statement is the only place to let it in. Its ARN has the path \`aws-service-role/SERVICE.amazonaws.com/\`: use the one ${code(`aws iam get-role --role-name ${t.principalName} --query Role.Arn`)} prints.`
    )
  } else if (kind.alsoIdentity) {
    addNote(d, kind.alsoIdentity)
  } else {
    addNote(
      d,
      'Same account: an Allow in the identity policy of the caller would also work instead of this statement.'
    )
  }
  return d
}

/**
 * What a root caller means and what fixes it: the account's long-term root keys sign the calls,
 * and no identity policy can be attached to root (it holds every permission of its own account).
 */
const ROOT_CALLER_NOTE =
  "The caller is the account root user (`arn:aws:iam::ACCOUNT:root`). Root has no identity policy to add a statement to and holds every permission of its own account, so in its own account only an explicit Deny (in this resource's policy, an SCP or an RCP) refuses it, and this Allow matters only if the resource is in another account."

const ROOT_ACROSS_NOTE =
  "The caller is an account's root user and the resource is in another account: root's own account allows it everything, so no identity-policy statement is needed (or possible) on the caller's side; this resource policy is the one that must allow the caller's account."

const ROOT_KEYS_NOTE =
  "A root caller means the program signs its calls with the account's long-term root access keys: give it an IAM role (or an IAM user) with the permissions it needs instead, and delete the root access keys."

/**
 * "No resource-based policy allows" a KMS call means the key policy does not delegate to the
 * account: an identity-policy Allow would not count (and the root user has none). The check and
 * the usual repair are the key policy's own.
 */
function keyPolicyNote(t: FixTarget, printed: string): string {
  const key = /:key\/([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/.exec(printed)?.[1] ?? 'KEY_ID'
  const root = t.principalType === 'root'
  return (
    (root
      ? 'The caller is the account root user, which has no identity policy: only the key policy can allow it. '
      : 'The key policy does not allow this caller and, as the reason says, does not delegate to the account either, so an Allow in the identity policy would not work on its own. ') +
    `Read it with ${code(`aws kms get-key-policy --key-id ${key} --policy-name default`)}. If its default statement is gone, restoring it (${code('"Sid": "Enable IAM User Permissions"')}, Principal ${code(`arn:aws:iam::${t.resourceAccount ?? t.principalAccount ?? 'ACCOUNT_ID'}:root`)}, ${code('kms:*')}) lets IAM policies grant the key again; a key whose policy was written to refuse (an enclave's attestation condition, say) should keep its condition.`
  )
}

function printedResource(f: Finding, need: Need): string {
  return f.fixTarget.resourceArn ?? need.resource ?? '*'
}

function roleArnHolder(d: Draft, t: FixTarget): string {
  const arn =
    t.resourceArn && parseArn(t.resourceArn)
      ? unmaskArn(d.placeholders, t.resourceArn, 'resource')
      : null
  return (
    arn ??
    placeholder(d.placeholders, 'ROLE_ARN', 'the ARN of the role being assumed (role-to-assume)')
  )
}

function addOidcTrust(drafts: Drafts, f: Finding, index: number, options: RemedyOptions): Draft {
  const t = f.fixTarget
  const d = drafts.get(`trust-policy:${t.resourceArn ?? 'web-identity'}`, () => ({
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
  const trust = webIdentityTrust(d, f, { partition, account }, options)
  d.parts.push({ ...trust.part, actions: ['sts:AssumeRoleWithWebIdentity'], resource: null })
  for (const note of trust.notes) addNote(d, note)
  return d
}

/**
 * Identity Center roles live under a path AWS picks (`aws-reserved/sso.amazonaws.com/REGION/`) and
 * are recreated with a new suffix: a trust policy names the account and matches the role by
 * aws:PrincipalArn, as the IAM Identity Center guide shows.
 */
function ssoTrust(
  d: Draft,
  t: FixTarget,
  document = 'the trust policy'
): Pick<Part, 'principal' | 'condition'> | null {
  const set = t.principalName ? permissionSetName(t.principalName) : null
  if (!set) return null
  const account = unmaskAccount(d.placeholders, t.principalAccount)
  const partition = partitionOf(t.principalArn)
  addNote(
    d,
    `The caller is an IAM Identity Center session (permission set ${code(set)}): ${document} matches its role by aws:PrincipalArn, because the reserved role's path and suffix are Identity Center's, not yours.`
  )
  // An account as Principal hands the decision to that account's IAM policies (heldout23 review,
  // h23-002): the permission set must allow the call as well, or this statement changes nothing.
  addNote(
    d,
    `Naming the account (\`:root\`) as Principal lets its IAM policies decide: the permission set ${code(set)} must allow the call too (its inline or attached policy), or this statement alone does not fix it.`
  )
  return {
    principal: { AWS: `arn:${partition}:iam::${account}:root` },
    condition: {
      ArnLike: {
        'aws:PrincipalArn': identityCenterRolePattern(partition, account, set)
      }
    }
  }
}

/**
 * SAML federation: the trust policy names the account's SAML provider and checks SAML:aud; the
 * identity provider's assertion must name this role together with that provider.
 */
function samlTrust(d: Draft, t: FixTarget): Part {
  const partition = partitionOf(d.holder, t.resourceArn)
  const account = unmaskAccount(
    d.placeholders,
    t.resourceAccount ?? parseArn(d.holder ?? '')?.account ?? null
  )
  const provider = placeholder(
    d.placeholders,
    'SAML_PROVIDER_NAME',
    'the name of the IAM SAML identity provider (aws iam list-saml-providers)'
  )
  addNote(
    d,
    `SAML federation is decided by the role's trust policy and by the assertion: the identity provider's ${code('https://aws.amazon.com/SAML/Attributes/Role')} attribute must pair this role's ARN with the provider's ARN (${code('ROLE_ARN,PROVIDER_ARN')}), and SAML:aud must match the assertion's Recipient (${code('https://signin.aws.amazon.com/saml')}, or a Regional sign-in endpoint).`
  )
  return {
    principal: { Federated: `arn:${partition}:iam::${account}:saml-provider/${provider}` },
    actions: ['sts:AssumeRoleWithSAML'],
    resource: null,
    condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
    sidWords: ['Trust', 'Saml']
  }
}

/**
 * What the caller's own policy needs beside the trust policy: passing session tags takes
 * sts:TagSession on both sides, with the sts:AssumeRole it comes with.
 */
const CALLER_SIDE: Record<string, string[]> = {
  'sts:AssumeRole': ['sts:AssumeRole'],
  'sts:TagSession': ['sts:AssumeRole', 'sts:TagSession']
}

/** What a trust policy can grant: STS's own actions. */
const TRUST_ACTION = /^sts:(?:AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i
const SERVICE_PRINCIPAL = /^[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40})*\.amazonaws\.com(?:\.cn)?$/

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
  // The action a tool's words name (`states:CreateStateMachine` for Terraform's state machine) is
  // the deploy's, not what a trust policy grants: a service that could not assume the role it was
  // handed is trusted with sts:AssumeRole (heldout105 review, h105-011).
  if (!TRUST_ACTION.test(need.entry.action)) {
    const service = f.detail.assumer
    if (!service || !SERVICE_PRINCIPAL.test(service)) return d
    d.parts.push({
      principal: { Service: service },
      actions: ['sts:AssumeRole'],
      resource: null,
      sidWords: ['Trust', service.split('.')[0]!]
    })
    addNote(
      d,
      `${code(service)} assumes the role on your behalf: the trust policy names it as a Service principal, and no identity policy is involved. If the trust policy already has it, the role was most likely created in the same deploy and IAM had not yet propagated it: make the resource depend on the role (and its policies) and run again.`
    )
    return d
  }
  if (need.entry.action === 'sts:AssumeRoleWithSAML') {
    d.parts.push(samlTrust(d, t))
    return d
  }
  // A pod assumed the role with its node's credentials (pod-on-node-role): trusting the node role
  // would hand the role to every pod on the node. The role becomes the pod's own, through its
  // service account (IRSA), and the pod needs no sts:AssumeRole (heldout15 review h15-005).
  if (need.entry.action === 'sts:AssumeRole' && f.traps.includes('pod-on-node-role')) {
    const partition = partitionOf(t.resourceArn ?? need.resource)
    const account = unmaskAccount(
      d.placeholders,
      t.resourceAccount ?? parseArn(t.resourceArn ?? need.resource ?? '')?.account ?? null
    )
    const trust = eksServiceAccountTrust(d, f, { partition, account }, {})
    d.parts.push({ ...trust.part, actions: ['sts:AssumeRoleWithWebIdentity'], resource: null })
    addNote(
      d,
      `The pod assumed this role with its node's instance role (${code(t.principalName ?? 'the node role')}): make it the pod's own role instead. Trust the cluster's OIDC provider for the pod's service account (this statement), annotate that service account with ${code(`eks.amazonaws.com/role-arn: ${d.holder}`)} and restart the pod; it then runs with this role and needs no sts:AssumeRole (cert-manager: drop \`role:\` from the Route 53 solver, its ambient credentials are then this role). Never trust the node role: every pod on those nodes could then assume this role.`
    )
    for (const note of trust.notes) addNote(d, note)
    return d
  }
  const sso = ssoTrust(d, t)
  // Session tags passed: both sides need sts:TagSession beside sts:AssumeRole.
  const tags =
    need.entry.action === 'sts:AssumeRole' && sessionTagsPassed(f.action, f.detail, f.inferred)
  const trusted = tags ? 'sts:TagSession' : need.entry.action
  // The caller's session had MFA (the log shows it): the role most likely asks for it, and a
  // trust statement without the condition would drop that guard (heldout35 review 2, h35-001).
  const mfa = !sso && f.inferred?.signals?.['mfa-session'] !== undefined
  // A role assuming itself: the role's own ARN, path and all, as the target prints it; the one
  // rebuilt from the session ARN has lost the path (heldout108 review h108-021: `role/service/…`).
  const self = f.traps.includes('role-self-assumption') ? (t.resourceArn ?? need.resource) : null
  const selfPrincipal =
    self && /^arn:[\w-]+:iam::[^:]*:role\/./.test(self)
      ? { AWS: unmaskArn(d.placeholders, self, 'caller') }
      : null
  d.parts.push({
    principal: sso?.principal ?? selfPrincipal ?? principalElement(d, t),
    actions: tags ? [need.entry.action, 'sts:TagSession'] : [need.entry.action],
    resource: null,
    ...(sso ? { condition: sso.condition } : {}),
    ...(mfa ? { condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } } : {}),
    sidWords: ['Trust', sso ? 'IdentityCenter' : (t.principalName ?? 'Caller')]
  })
  if (mfa) {
    addNote(
      d,
      `The log shows the caller's session had MFA (${f.inferred!.signals!['mfa-session']!.from}), so the role most likely requires it: the statement keeps ${code('aws:MultiFactorAuthPresent')}. Compare it with the role's trust policy (${code(`aws iam get-role --role-name ${/:role\/(?:[^\s]*\/)?([\w+=,.@-]+)$/.exec(d.holder ?? '')?.[1] ?? 'ROLE_NAME'} --query Role.AssumeRolePolicyDocument`)}) and add only the caller it lacks; MFA is not what refused.`
    )
  }
  if (t.principalType === 'service') {
    addNote(
      d,
      `A service assumes the role on your behalf: the trust policy names ${code(t.principalName ?? 'the service principal')} as a Service principal, and no identity policy is involved.`
    )
  } else if (sso && permissionSetAllowsAll(permissionSetOfRole(t.principalName ?? ''))) {
    // AdministratorAccess allows sts:AssumeRole already: no permission set change (h15-097).
    addNote(
      d,
      `The caller's permission set ${code(permissionSetOfRole(t.principalName ?? '')!)} allows every action, sts:AssumeRole on this role included: its side needs no change. The trust policy above, the role's existence in that account, or a Deny (an SCP, a permissions boundary) is what refused.`
    )
  } else if ((f.crossAccount !== false || sso) && CALLER_SIDE[trusted]) {
    // An account principal (the SSO trust's root) hands the decision to the caller's own policy,
    // in the same account too.
    // Never sts:AssumeRole on "*": an unknown role becomes a placeholder ARN to fill in.
    const roleArn = t.resourceArn ?? need.resource ?? '<ROLE_ARN>'
    const actions = CALLER_SIDE[trusted]!
    const caller = addIdentity(
      drafts,
      f,
      index,
      { ...need, resource: roleArn === '*' ? '<ROLE_ARN>' : roleArn },
      actions,
      true
    )
    addNote(
      d,
      `The caller must also be allowed ${actions.join(' and ')} on this role: see ${draftRef(caller.id)}.`
    )
  }
  return d
}

/**
 * Advice without statements, keyed by the kind it was routed to: an explicit deny of a trust
 * policy must not share the draft (and so the Allow) of an implicit one for the same role.
 */
function guidanceDraft(
  drafts: Drafts,
  f: Finding,
  index: number,
  kind: FixTargetKind = f.fixTarget.kind
): Draft {
  const t = f.fixTarget
  const d = drafts.get(
    `${kind}:${t.policyArn ?? t.principalArn ?? t.resourceArn ?? 'unknown'}`,
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

/** The caller as code, or the words "the caller" (plain: a name in code would be taken for one). */
function principalOf(f: Finding): string {
  // An Identity Center role's rebuilt ARN would lack the path Identity Center gives it: name
  // the session as printed instead.
  const named =
    (isReservedSsoRole(f.fixTarget.principalName) && f.fixTarget.rolePathUnknown
      ? f.principal
      : f.fixTarget.principalArn) ?? f.principal
  return named ? code(named) : 'the caller'
}

/**
 * IAM prints some resources as its display text (`user NAME`, `role NAME`): an ARN in the
 * caller's account is what a policy names (heldout18 review h18-088: a boundary told to allow an
 * action "on `user …`"). Null for anything else, or when the account is unknown.
 */
function iamTypedArn(f: Finding): string | null {
  const typed = /^(role|user) ([\w+=,.@-]{1,128})$/.exec(f.resource ?? '')
  const account = f.fixTarget.principalAccount
  if (!typed || !account || !/^\d{12}$/.test(account)) return null
  return `arn:${partitionOf(f.fixTarget.principalArn, null)}:iam::${account}:${typed[1]}/${typed[2]}`
}

function facts(f: Finding, action: string | null): NoteFacts {
  return {
    action: action ? code(action) : 'the denied action',
    rawAction: action,
    principal: principalOf(f),
    resource: f.resource
      ? code(iamTypedArn(f) ?? f.resource)
      : 'the resource (not named by the message)',
    policy: f.policyArn
      ? policyArnCut(f.policyArn)
        ? policyIdKept(f.policyArn)
          ? `${code(f.policyArn)} (part of it elided in the log; its policy ID ${code(policyIdKept(f.policyArn)!)} is printed)`
          : `${code(f.policyArn)}… (cut off in the log: its policy ID is missing)`
        : code(f.policyArn)
      : 'its ARN is not in the message',
    finding: f
  }
}

/** A refused OIDC role assumption: its fix is a trust policy built from the job's context. */

/** The service a bearer token is for: the refused call's own, or the one the log names. */
function bearerServiceOf(f: Finding): string | undefined {
  const service = (f.action ?? f.inferredAction)?.split(':')[0]?.toLowerCase()
  if (service === 'codeartifact' || f.inferred?.signals?.['codeartifact-named'])
    return 'codeartifact.amazonaws.com'
  if (service === 'ecr-public' || f.inferred?.signals?.['public-registry'])
    return 'ecr-public.amazonaws.com'
  return undefined
}

export const isOidcFinding = (f: Finding): boolean =>
  f.traps.includes('oidc-trust-conditions') ||
  /assumerolewithwebidentity/i.test(f.action ?? f.inferredAction ?? '') ||
  /oidc|web-identity/i.test(f.grammar)

const always = (): boolean => true

/**
 * Traps after which no statement is drafted: what they describe is not fixed by an Allow (for
 * some, only in the forms where the message is the service's own refusal rather than IAM's).
 */
const NO_STATEMENT_TRAPS: Record<string, (f: Finding) => boolean> = {
  // ECR Public's bare 403 on a pull: a stale token the client sends, which no policy decides.
  'ecr-public-stale-login': (f) => isEcrPublicRefusal(f.grammar),
  // The log says the refusal is the point of a test or guardrail: an Allow would undo it.
  'intended-denial': always,
  // AWS owns a service-linked role's policy: IAM refuses any edit of it (h27-014).
  'service-linked-caller': always,
  // A Copilot pipeline's build role reaching another environment's role: the buildspec's
  // `env upgrade --all` is the fault, and a grant would open that environment to the pipeline (h28-034).
  'copilot-environment-role': (f) => copilotPipelineCaller(f.principal),
  // Only lambda:GetLayerVersion can be shared: any other action on another account's layer can't be allowed.
  'lambda-layer-share': (f) =>
    unshareableOnLayer(f.action, f.crossAccount, f.layer) || misnamedLayer(f.resource) !== null,
  // A guest grant only on the one resource named, with its warning first.
  'cognito-unauthenticated-role': (f) => !guestGrantable(f),
  'assume-role-target-not-role': always,
  'assume-service-linked-role': always,
  // Which key it is decides: an AWS managed key's policy cannot change, a customer's is theirs.
  'kms-key-metadata-read': always,
  'malformed-role-arn': always,
  // Redshift's own assume: no Allow of the database user's, the cluster's roles decide.
  'redshift-iam-role': always,
  // DMS assumes its own fixed-name role: the role, its trust and managed policy are the fix.
  'dms-vpc-role': always,
  // The trigger function's resource policy for cognito-idp.amazonaws.com: in the advice.
  'cognito-trigger-permission': always,
  // The repository's policy for lambda.amazonaws.com: in the advice, not a caller's statement.
  'lambda-image-permission': always,
  // The key's kms:Decrypt, in the advice: s3:PutObject already passed for the parts.
  's3-multipart-complete-kms': always,
  // The network never reached the endpoint: nothing to grant.
  'credential-endpoint-unreachable': always,
  // VM Import's role: four causes in one sentence, each checked as the advice says.
  'vmimport-service-role': always,
  // The bucket's policy for serverlessrepo.amazonaws.com: in the advice, not the publisher's statement.
  'serverlessrepo-bucket-read': always,
  // Trusted access is the organization's switch, not a policy: nothing to paste.
  'organizations-trusted-access': always,
  // The function's resource policy for config.amazonaws.com: add-permission, in the advice.
  'config-rule-lambda-permission': always,
  // Identity Center's assignments decide which roles a user gets: no IAM statement helps.
  'identity-center-no-access': always,
  // The authorizer's returned policy refused it: no IAM statement of the caller's helps.
  'apigateway-authorizer-deny': always,
  // The vendor's bucket answered a tool's update check: nothing of the user's to grant.
  'tool-update-check': always,
  // The node's access is read-only on purpose: a read-only repository, not a write grant.
  'snapshot-repository-verify': (f) =>
    f.inferred?.signals?.['repository-verification']?.value === 'read-only',
  // A grant on itself would let the caller grant itself anything (h31-023).
  'own-permissions-edit': always,
  // The lab's policies are AWS Academy's: nobody in the lab can apply a statement (h33-023).
  'aws-academy-lab': always,
  'profile-role-arn-not-role': always,
  // Partitions are isolated: no statement reaches across them (h11-163).
  'arn-partition-mismatch': always,
  'impossible-account-id': always,
  'ami-launch-permission': always,
  // AWS's own key policy: nobody can add a statement to it.
  'aws-managed-key': always,
  // Another account's zone, or an alias target's AWS-owned one: the zone ID is what changes.
  'route53-zone-not-owned': always,
  // AppSync assumes the data source role as itself: the role's trust, in the advice, is the fix.
  'appsync-data-source-role': always,
  // The service principal has no identity policy: the function's policy, in the advice, admits it.
  'secretsmanager-rotation-invoke': always,
  // A key policy or the state machine's own role, described in the advice with its statement.
  'logs-kms-key-policy': always,
  'logs-destination-policy': always,
  'cognito-role-forbidden': always,
  'lakeformation-grantor-glue': always,
  'service-role-refused': always,
  // The key's use, in the advice: the relaying service's call was allowed.
  'relayed-kms-refusal': always,
  // EC2's own code for the service-linked role: the call the tool names is not what was refused
  // (heldout23 review 2, h23-026: a Spot request's read drafted in its place); the advice says it.
  'service-linked-role': (f) =>
    /^AuthFailure\.?ServiceLinkedRoleCreationNotPermitted$/.test(f.code ?? ''),
  'unset-name-in-arn': always,
  'sfn-log-delivery': always,
  // The bucket, key or service role a service delivers with: its statement is in the advice.
  'delivery-destination-policy': always,
  // The service acted as itself: the target's policy, in the advice, admits its principal.
  'service-caller-by-name': always,
  // Organizations named no call: the account it ran in comes first (the note says so).
  'organizations-call-unnamed': always,
  // Both roles named: the second one's trust policy, in the advice, is the change.
  'role-assumer-trust': always,
  'bedrock-model-access': always,
  'ssm-parameter-name': always,
  'lambda-role-trust': always,
  'get-user-from-role-session': always,
  // A trust or key policy guarded by a condition: an Allow without it would remove the guard.
  'guardrail-condition': always,
  'account-level-block': always,
  'runtime-credentials': always,
  // The role the service uses is not in the message: its set is listed, not drafted for the caller.
  'service-network-role': always,
  'lambda-role-check': always,
  'managed-role': (f) =>
    managedRoleOf(f, f.fixTarget.principalType === 'role' ? (f.fixTarget.principalName ?? '') : '')
      ?.draftsNothing ?? false,
  'waf-web-acl-cross-account': always,
  'iam-cross-account-read': always,
  // The URI names the wrong account: fixing it, not a grant, is the fix.
  'hard-coded-account': always,
  // No Allow of the account overrides an SCP; no policy opens another party's download; no
  // policy decides a disabled bucket, a disabled STS Region or an archived object.
  'scp-stated': always,
  's3-third-party-download': always,
  'presigned-url-expired': always,
  // SES named a recipient's mailbox (the sandbox's check): an Allow on it sends nothing further.
  'ses-sending-identity': (f) => f.inferred?.statedCause?.value === 'ses-recipient',
  // Another party's bucket: no Allow of the caller's account opens it (WD926).
  'another-party-bucket': always,
  // Another party's code zip, or no bucket at all: the template's source, not a grant, is the fix.
  'lambda-code-source-bucket': always,
  // The log shows the upload allowed without the public ACL: an s3:PutObject Allow changes nothing.
  's3-public-access-settings': (f) =>
    f.inferred?.signals?.['public-variant-refused'] !== undefined ||
    f.inferred?.signals?.['public-policy-said'] !== undefined ||
    f.inferred?.signals?.['acls-disabled-said'] !== undefined,
  ...Object.fromEntries(NON_IAM_REFUSALS.map((r) => [r.trap, always])),
  'organizations-management-account': isOrganizationsOwnRefusal,
  // The destination is not in S3's message: its policy is described, not drafted.
  'service-delivery-policy': (f) => f.grammar === 's3-notification-destination',
  // The key is not in the launch failure: its key policy is described, not drafted.
  'kms-grant-for-aws-resource': (f) => f.detail.kmsLaunch === 'ebs',
  // The fix is the bootstrap (its trust or its template), never a hand edit of its roles.
  'cdk-bootstrap-trust': always,
  // The CLI did not use the bootstrap's deploy role: the synthesis and the bootstrap are the fix.
  'cdk-pipeline-project-role': always,
  // The caller is Snowflake's IAM user: the role's trust policy is described, not drafted.
  'snowflake-storage-integration': always,
  // The Region is wrong: a grant would name a resource the job does not mean.
  'resource-in-other-region': always,
  'cdk-deploy-role-pass-role': always,
  // A construct's context lookup: committed context or the bootstrap's lookup role, not the caller's reads.
  'cdk-context-lookup': always,
  // The service principal publishes: the topic key's policy, not the user's.
  'sns-topic-kms-publish': always,
  // The SSM Agent's own call: the managed policy on its instance profile's role, not one action.
  'ssm-agent-role': always,
  // An unsigned call to an OpenSearch domain: a signer or the access policy's addresses, never public access.
  'opensearch-anonymous': always,
  // A missing version parameter is a missing bootstrap; a push to the bootstrap's repository
  // with the caller's own credentials is fixed by assuming its role, not a policy of the repository.
  'cdk-bootstrap-resource': (f) => {
    const c = bootstrapCaseOf(f)
    return c?.id === 'version-missing' || c?.id === 'container-assets'
  },
  // A Lake Formation grant, not an IAM statement.
  'lake-formation-permission': always,
  // An explicit Deny from AWS's quarantine policy; a name no policy can match.
  'exposed-key-quarantine': always,
  'unresolved-template-variable': always,
  // AdministratorAccess, or a statement the log prints, already allows it: another Allow changes nothing.
  'allow-already-granted': alreadyAllowed,
  // Resource "*" only, shown working for other targets: the Allow is in place already (WD914).
  'allowed-elsewhere': always,
  // A stale Lambda KMS grant: re-saving the function's role makes a new one, no policy changes.
  'lambda-stale-kms-grant': always,
  // A role created moments before, refused on some runs only: waiting, not an Allow, fixes it. A
  // profile new in this run, refused once, keeps its statement for the case waiting does not help.
  'iam-propagation': (f) => f.inferred?.signals?.intermittent !== undefined,
  // A trust policy belongs to the role that cannot exist: the corrected ARN is the fix, not a draft.
  'nested-arn-in-resource': (f) => f.fixTarget.kind === 'trust-policy'
}

/** Kinds whose notes speak of the policy that refused: they name the action it refused. */
const REFUSING_POLICY_KINDS: ReadonlySet<FixTargetKind> = new Set<FixTargetKind>([
  'explicit-deny',
  'scp',
  'rcp',
  'permissions-boundary',
  'session-policy',
  'vpc-endpoint-policy'
])

/** Traps the user can overrule with an option: the intended refusal with `--fix-intended`. */
const OVERRULED: Record<string, (o: RemedyOptions) => boolean> = {
  'intended-denial': (o) => o.fixIntended === true
}

const refusedBy = (f: Finding, options: RemedyOptions): boolean =>
  f.traps.some(
    (t) =>
      Object.hasOwn(NO_STATEMENT_TRAPS, t) &&
      NO_STATEMENT_TRAPS[t]!(f) &&
      !(Object.hasOwn(OVERRULED, t) && OVERRULED[t]!(options))
  )

/** Traps whose note says what others' would, more precisely: theirs are left out. */
const NON_IAM_TRAPS: ReadonlySet<string> = new Set(NON_IAM_REFUSALS.map((r) => r.trap))

const SUPERSEDED_NOTES: Record<string, readonly string[]> = {
  'lambda-layer-share': OWNER_SIDE_TRAPS,
  'copilot-environment-role': ['assume-role-two-policies', 'assume-role-trust-side']
}

const FIRST = new Set([
  // The version's existence and the publisher's share, before the caller's own Allow.
  'lambda-layer-share',
  // The role's existence, and Copilot's ownership of its trust, before the caller's Allow.
  'copilot-environment-role',
  // The state the apply could not save, before fresh credentials or any Allow.
  'terraform-state-not-saved',
  // The CLI's plugin, which ends the session itself when missing, before the grant.
  'ssm-session-plugin',
  // The body a bare 403 did not print, and who signed, before the Allow.
  'bare-http-403',
  // A name that is an unset value: the code, before anything a guest role or a grant would say.
  'unset-name-in-arn',
  'cognito-unauthenticated-role',
  // The session is the target role already: the second assume is dropped before any trust.
  'role-self-assumption',
  // Its network origin before any Deny statement: no policy holds a VPC origin's refusal.
  's3-access-point-network-origin',
  'route53-zone-not-owned',
  // The bootstrap (its trust, bucket and key, or its absence) before any grant.
  'cdk-bootstrap-resource',
  ...NON_IAM_REFUSALS.map((r) => r.trap),
  // Is the backend bucket yours, and whose credentials did the backend use: before any grant.
  'terraform-state-backend',
  'securityhub-import',
  's3-third-party-download',
  'another-party-bucket',
  // Does the bucket exist, under that name and in that Region: before an s3:CreateBucket grant.
  'create-on-missing',
  'lambda-code-source-bucket',
  'scp-stated',
  's3-public-access-settings',
  's3-public-access-block-reserved',
  'allow-already-granted',
  'hard-coded-account',
  'permissions-boundary-stated',
  'cloud9-managed-credentials',
  'oidc-id-token-permission',
  'intended-denial',
  'guardrail-condition',
  'account-level-block',
  'runtime-credentials',
  'service-network-role',
  'lambda-role-check',
  'managed-role',
  'ecr-repository-may-not-exist',
  'compromised-key-quarantine',
  'deliberate-deny-policy',
  'get-caller-identity-is-credentials',
  'configure-credentials-no-source',
  'oidc-trust-said-correct',
  'oidc-subject-presented',
  'exposed-key-quarantine',
  'unresolved-template-variable',
  'ecr-login-region-mismatch',
  'public-bucket-no-sign-request',
  'ci-runner-image-pull',
  'registry-login-tool',
  'sqs-endpoint-without-queue',
  'lambda-kms-grant-or-key'
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

const MARKETPLACE_FIRST_USE = [
  'aws-marketplace:Subscribe',
  'aws-marketplace:Unsubscribe',
  'aws-marketplace:ViewSubscriptions'
]

/**
 * Bedrock's model refusal for a known caller: a model sold through AWS Marketplace subscribes the
 * account on its first use, with the caller's Marketplace permissions (Bedrock User Guide, "Request
 * access to models"). These actions have no resource type; the product can be narrowed with the
 * aws-marketplace:ProductId condition.
 */
function addMarketplace(drafts: Drafts, f: Finding, index: number): void {
  const entry = lookupAction(MARKETPLACE_FIRST_USE[0]!)
  if (!entry) return
  const need: Need = { entry, inferred: true, from: 'Bedrock model access', resource: null }
  // The actions the message names, read as printed, join the documented set (h11-103).
  const actions = [
    ...new Set([...MARKETPLACE_FIRST_USE, ...catalogActionsIn(f.detail.marketplaceActions)])
  ]
  const d = addIdentity(drafts, f, index, need, actions, false)
  addNote(
    d,
    "The aws-marketplace statement lets the caller complete the first-use subscription of a Bedrock model sold through AWS Marketplace; it changes nothing for a wrong model ID or Region. Narrow it with the aws-marketplace:ProductId condition to the model's product ID once you know it."
  )
}

/** The identity side of a need: the failed action with the rest of its sequence. */
function addCallerNeed(drafts: Drafts, f: Finding, index: number, need: Need): Draft {
  const companions = companionActions(need.entry.action, f.traps, f.inferred, refusedResource(f))
  const d = addIdentity(drafts, f, index, need, companions.actions, false)
  if (companions.operation) addNote(d, companionNote(need.entry.action, companions))
  addPassedRole(drafts, f, index, need, d)
  return d
}

/**
 * A call that hands a role to a service (EC2 flow logs, instance profiles) is refused as itself
 * when iam:PassRole is what is missing: the role is allowed beside the call, on a placeholder ARN
 * (the message does not name the role) and limited to the service it is passed to.
 */
function addPassedRole(drafts: Drafts, f: Finding, index: number, need: Need, caller: Draft): void {
  const call = f.traps.includes('iam-passrole') ? passingCall(need.entry.action) : null
  const entry = call ? lookupAction('iam:PassRole') : null
  if (!call || !entry) return
  // A launch passes a role only with an instance profile: without one in the log, say so instead.
  if (call.optional && !f.inferred?.passedRole) {
    addNote(
      caller,
      `If the call hands over ${call.role}, the caller also needs iam:PassRole on that role (limited with iam:PassedToService ${call.passedTo}); the log shows no instance profile, so none is drafted.`
    )
    return
  }
  const passRole: Need = { entry, inferred: true, from: need.entry.action, resource: null }
  const operation = need.entry.action.slice(need.entry.action.indexOf(':') + 1)
  const d = addIdentity(drafts, { ...f, operation }, index, passRole, ['iam:PassRole'], false)
  addNote(
    d,
    call.nextStep
      ? `iam:PassRole is proposed beside ${need.entry.action}: that call hands ${call.role} to ${call.passedTo}, which checks iam:PassRole next.`
      : `iam:PassRole is proposed beside ${need.entry.action}: that call hands ${call.role} to ${call.passedTo}, and a missing iam:PassRole is reported as a refusal of the call itself.`
  )
}

/** What each target kind produces. Kinds not listed here are guidance only. */
/**
 * No caller named, and the action is one a service makes for your resource (src/remedy/
 * src/model/serviceInvoked.ts): beside the identity statement, the resource policy's statement for a
 * service caller, Optional, with the service and its source as placeholders.
 */
function addServiceInvoker(
  drafts: Drafts,
  f: Finding,
  index: number,
  need: Need,
  caller: Draft
): void {
  const invoked = serviceInvokedOf(need.entry.action)
  if (!invoked || !hasResourcePolicy(need.entry.service)) return
  const kind = resourcePolicyKind(need.entry.service)
  const t = f.fixTarget
  const shown = t.resourceArn ?? need.resource
  const d = drafts.get(`service-invoker:${shown ?? need.entry.action}`, () => ({
    target: {
      ...t,
      kind: 'resource-policy' as const,
      owner: 'resource-owner' as const,
      description: `the ${kind.document} of ${shown ?? `the ${need.entry.service} resource`}, if a service is the caller`,
      principalArn: null,
      principalType: 'service' as const,
      principalName: null,
      resourceArn: shown
    },
    shape: 'resource',
    service: kind.service,
    holder: null
  }))
  addFinding(d, index)
  const { resources, type } = statementResource(
    d,
    need.entry,
    shown,
    partitionOf(shown),
    null,
    false,
    [],
    cutByLog(f, shown)
  )
  const principal = {
    Service: placeholder(d.placeholders, 'SERVICE_PRINCIPAL', invoked.services)
  }
  const condition = {
    ArnLike: {
      'aws:SourceArn': placeholder(
        d.placeholders,
        'SOURCE_ARN',
        'the ARN of the API, rule, bucket or topic the service invokes it for'
      )
    },
    StringEquals: { 'aws:SourceAccount': unmaskAccount(d.placeholders, null) }
  }
  for (const resource of resources)
    d.parts.push({
      principal,
      actions: [need.entry.action],
      resource,
      condition,
      sidWords: [need.entry.service, type],
      optional: true
    })
  addNote(
    d,
    `The message names no caller. If a service made the call (an API Gateway API, an EventBridge rule, an S3 or SNS notification), it has no identity policy: only the ${kind.document} can allow it, and this Optional statement is the one to add; ${code(invoked.addPermission(parseArn(shown ?? '')?.resource.replace(/^function:/, '') ?? 'FUNCTION_NAME'))} adds it (the console adds the same when you pick the function as a trigger or integration). The aws:SourceArn condition keeps other accounts' resources out. If an IAM role or user made the call, its identity policy statement is the fix instead.`
  )
  addNote(
    caller,
    `The message names no caller: this statement is the fix if an IAM role or user made the call. If a service did (API Gateway, EventBridge, S3, SNS), it has no identity policy: see ${draftRef(d.id)}.`
  )
}

const handlers: Partial<Record<FixTargetKind, Handler>> = {
  'identity-policy': withNeed(addCallerNeed),
  'resource-policy': withNeed(addResourcePolicy),
  'trust-policy': (drafts, f, index, need, options) =>
    isOidcFinding(f)
      ? addOidcTrust(drafts, f, index, options)
      : need
        ? addAssumeRoleTrust(drafts, f, index, need)
        : null,
  unknown: withNeed(addCallerNeed)
}

/**
 * The message printed both the refused action and its resource: that statement is proven, and no
 * trap's guess (a missing key, the bucket's KMS key) may take its place, only follow it.
 */
function provenNeed(printed: Finding, need: Need | null): boolean {
  return (
    need !== null &&
    !need.inferred &&
    printed.action !== null &&
    printed.resource !== null &&
    need.entry.action.toLowerCase() === printed.action.toLowerCase()
  )
}

/**
 * The need a trap's cause calls for (src/remedy/trapLeads.ts): s3:ListBucket on the bucket of a
 * possibly missing key. Without a bucket in the log its ARN is a placeholder, never skipped.
 */
function leadNeed(lead: TrapLead, f: Finding): Need | null {
  const entry = lookupAction(lead.action)
  if (!entry) return null
  return {
    entry,
    inferred: false,
    from: lead.action,
    resource: f.resource ?? f.fixTarget.resourceArn
  }
}

/** Statement-producing kinds; an explicit deny never gets an Allow, whatever the target. */
const STATEMENT_KINDS = new Set<FixTargetKind>([
  'identity-policy',
  'resource-policy',
  'trust-policy',
  'unknown'
])

/** The finding with what src/infer found standing in for what the message did not print. */
function withInferred(f: Finding): Finding {
  if (!f.inferred) return f
  return {
    ...f,
    principal: f.principal ?? f.inferred.principal?.value ?? null,
    // An IAM ARN a console wrapped with spaces is drafted joined (the finding keeps it as printed).
    resource: f.resource ? joinedIamArn(f.resource) : (f.inferred.resource?.value ?? null)
  }
}

/**
 * CDK could not assume its bootstrap role and its fallback call was refused: the caller's
 * sts:AssumeRole on the qualifier's bootstrap roles replaces a grant of the fallback's action.
 */
function cdkAssumeNeed(f: Finding): (Need & { role: string; keepsRefused?: boolean }) | null {
  const entry = lookupAction('sts:AssumeRole')
  if (!entry) return null
  // The caller passing CDK's execution role itself: the deploy role beside it is the one CDK
  // could not assume (src/diagnose/traps/cdkExecRolePassed.ts).
  const deploy = f.traps.includes('cdk-exec-role-passed-by-caller')
    ? deployRoleFor(f.resource ?? '')
    : null
  if (deploy)
    return { entry, inferred: false, from: 'the CDK deploy role', resource: deploy, role: deploy }
  if (f.traps.includes('cdk-role-not-assumed')) {
    const role = f.inferred?.cdkRoleNotAssumed?.value
    const pattern = role ? cdkRolesPattern(role) : null
    if (!role || !pattern) return null
    return { entry, inferred: false, from: 'the CDK bootstrap role', resource: pattern, role }
  }
  // The bootstrap version read with the caller's own credentials (h14-173): CDK reads it itself
  // only when it could not assume its bootstrap roles, whose policies allow it. Assuming them is
  // the root cause's fix; the read itself follows, Optional.
  const version = f.traps.includes('cdk-bootstrap-resource') ? bootstrapCaseOf(f) : null
  if (version?.id === 'version-refused') {
    const parts = parseArn(version.arn)
    const account = parts?.account || 'ACCOUNT'
    const pattern = `arn:${parts?.partition ?? 'aws'}:iam::${account}:role/cdk-${qualifierOfResource(version.arn)}-*`
    return {
      entry,
      inferred: false,
      from: 'the CDK bootstrap roles',
      resource: pattern,
      role: pattern,
      keepsRefused: true
    }
  }
  return null
}

/** The action the log shows is the one to allow instead of the refused one (src/remedy/replacedNeed.ts). */
function replacementNeed(f: Finding): { need: Need; replacement: Replacement } | null {
  const replacement = replacedNeed(f)
  const entry = replacement ? lookupAction(replacement.action) : undefined
  if (!replacement || !entry) return null
  return {
    need: {
      entry,
      inferred: false,
      from: replacement.from,
      resource: replacement.resource,
      ...(replacement.named ? { named: replacement.named } : {}),
      ...(replacement.slots ? { slots: replacement.slots } : {})
    },
    replacement
  }
}

/** The bucket's KMS key beside the S3 action, when the log shows SSE-KMS but not who refused. */
function addKeyBesides(drafts: Drafts, f: Finding, index: number): void {
  const extra = keyBesides(f)
  const entry = extra ? lookupAction(extra.action) : undefined
  if (!extra || !entry) return
  const need: Need = { entry, inferred: true, from: extra.from, resource: extra.resource }
  const companions = companionActions(entry.action, f.traps, f.inferred, refusedResource(f))
  const d = addIdentity(drafts, f, index, need, companions.actions, false)
  addNote(d, extra.note)
}

/** True when the ARN is of a resource type the action takes. */
function sameType(entry: CatalogAction, arn: string | null): boolean {
  const type = arn ? classifyArn(arn) : null
  return type !== null && entry.resourceTypes.some((t) => t.name === type)
}

/** Several actions' "must be \"*\"" notes as one sentence, where the first of them stood. */
function joinStarNotes(d: Draft): void {
  const notes = new Map(d.notes.map((n, i) => [n, i]))
  const actions = [...new Set(d.parts.flatMap((p) => p.actions))]
    .filter((a) => notes.has(starNote(a)))
    .sort((a, b) => notes.get(starNote(a))! - notes.get(starNote(b))!)
  if (actions.length < 2) return
  const joined = new Set(actions.map(starNote))
  const at = notes.get(starNote(actions[0]!))!
  d.notes = d.notes.flatMap((n, i) =>
    i === at ? [starNoteOfMany(actions)] : joined.has(n) ? [] : [n]
  )
}

/** Actions the failing command needs besides the refused one (`aws s3 sync` lists the bucket). */
function addCompanionNeeds(drafts: Drafts, f: Finding, index: number): void {
  const byReason = new Map<string, { draft: Draft; from: string; actions: string[] }>()
  for (const c of [...(f.inferred?.companions ?? []), ...podRoleReadsOf(f)]) {
    const entry = lookupAction(c.action)
    if (!entry) continue
    // A companion of the refused call's own resource type (an upload's s3:PutObjectAcl) acts on
    // what the call did: it takes that resource, and so the same stable prefix, not a placeholder.
    const resource = c.resource ?? (sameType(entry, f.resource) ? f.resource : null)
    const need: Need = { entry, inferred: true, from: c.from, resource }
    const d = addIdentity(drafts, f, index, need, [entry.action], false)
    const key = `${d.id}\u0000${c.from}`
    const group = byReason.get(key) ?? { draft: d, from: c.from, actions: [] }
    group.actions.push(entry.action)
    byReason.set(key, group)
  }
  // One note per reason: a provider's read of two calls is one fact, said once.
  for (const { draft } of byReason.values()) joinStarNotes(draft)
  for (const { draft, from, actions } of byReason.values()) {
    const which =
      actions.length > 1
        ? `${actions.slice(0, -1).join(', ')} and ${actions.at(-1)} are`
        : `${actions[0]} is`
    addNote(draft, `${which} needed as well: ${from}.`)
  }
}

/**
 * Trap notes that tell the reader to edit a statement of one action: with no such statement in the
 * draft (an encoded message waiting to be decoded, a refused draft) they would point at nothing.
 */
const TRAP_NOTE_STATEMENT: Record<string, string> = { 'iam-passrole': 'iam:passrole' }

function danglingTrapNote(trap: string, draft: Draft): boolean {
  const action = TRAP_NOTE_STATEMENT[trap]
  return (
    action !== undefined &&
    !draft.parts.some((p) => p.actions.some((a) => a.toLowerCase() === action))
  )
}

/**
 * Trap notes that ask for what the statements already do: iam:PassRole's "scope it to the exact
 * ARN, limit it with iam:PassedToService" repeats itself when every PassRole statement does both.
 */
const TRAP_NOTE_DONE: Record<string, (parts: Part[]) => boolean> = {
  'iam-passrole': (parts) => {
    const passRole = parts.filter((p) => p.actions.some((a) => a.toLowerCase() === 'iam:passrole'))
    return (
      passRole.length > 0 &&
      passRole.every(
        (p) =>
          // A masked account is a placeholder to fill; the role's name must be the log's own.
          /:role\/[^<*]+$/.test(p.resource ?? '') &&
          JSON.stringify(p.condition ?? {}).includes('"iam:PassedToService"')
      )
    )
  }
}

const doneTrapNote = (trap: string, draft: Draft): boolean =>
  Object.hasOwn(TRAP_NOTE_DONE, trap) && TRAP_NOTE_DONE[trap]!(draft.parts)

export function contribute(
  drafts: Drafts,
  printed: Finding,
  index: number,
  options: RemedyOptions
): void {
  // A documentation template quoted as an error (src/infer/contextSignals.ts): nothing was
  // refused, so neither a statement nor a checklist applies.
  const template = printed.inferred?.signals?.['doc-template']
  if (template) {
    addNote(
      guidanceDraft(drafts, printed, index, 'unknown'),
      `No statement is proposed: the text is a documentation template (${code(template.value)} is a placeholder), not a refusal a job received.`
    )
    return
  }
  const f = withInferred(printed)
  drafts.accounts = {
    // The diagnosis's reading: it knows masks that ate a colon (`arn:aws:sts:xxxx:assumed-role/…`).
    caller:
      f.fixTarget.principalAccount ??
      (f.principal ? (parseArn(f.principal)?.account ?? null) : null),
    resource: f.resource ? (parseArn(f.resource)?.account ?? null) : null,
    distinct: f.inferred?.signals?.['remote-account'] !== undefined
  }
  const resolved = resolveAction(f)
  let need: Need | null = resolved.ok
    ? {
        entry: resolved.entry,
        inferred: resolved.inferred,
        from: resolved.from,
        resource: f.resource
      }
    : null
  // What the refusing policy refused: the notes about that policy name it, whatever a trap's
  // statement grants instead (heldout15 review, h15-024: an SCP refused ssm:GetParameter, and
  // the note asked its administrators to allow the sts:AssumeRole CDK's roles would need).
  const refusedAction = need?.entry.action ?? f.action ?? null
  const lead = trapLeadOf(f.traps)
  const missingObject = lead !== null
  // A second ARN inside the resource names nothing that exists: the corrected ARN is a suggestion.
  const nested = f.traps.includes('nested-arn-in-resource') ? nestedArn(f.resource) : null
  if (nested && need) need = { ...need, resource: nested.corrected, optional: true }
  // What the message proves stays the statement: a trap's need then comes second, labelled.
  const proven = !nested && provenNeed(printed, need)
  const seconds: { need: Need; note: string }[] = []
  // The trap's statement first, the refused action's second (Optional); the other way round when
  // the message proves the refused action. An action stated without any resource keeps its
  // statement alone: nothing names a bucket to list.
  const leading = lead ? leadNeed(lead, f) : null
  const stated =
    need !== null &&
    printed.action !== null &&
    need.entry.action.toLowerCase() === printed.action.toLowerCase()
  // A download of one named object (`aws s3 cp s3://B/KEY .`) expects it to exist: its read first.
  const namedDownload = f.inferred?.signals?.['named-download'] !== undefined
  if (lead && leading && leading.entry.action !== need?.entry.action) {
    if (proven || namedDownload || (stated && leading.resource)) {
      // A download's own note (the trap's) says why the listing follows.
      seconds.push({ need: { ...leading, optional: true }, note: namedDownload ? '' : lead.second })
    } else if (!stated) {
      if (need) seconds.push({ need: { ...need, optional: true }, note: lead.first })
      need = leading
    }
  }
  const assume = cdkAssumeNeed(f)
  const refusedNeed = assume?.keepsRefused ? need : null
  if (assume) need = assume
  const replaced = assume ? null : replacementNeed(f)
  // The replacement takes the statement's place unless the message proves the refused action;
  // a reason naming another action proves that one missing, not the call's.
  const replaces = replaced !== null && (!proven || f.detail.reasonAction !== undefined)
  if (replaces) need = replaced.need
  else if (replaced && replaced.need.entry.action !== need?.entry.action)
    seconds.push({
      need: { ...replaced.need, inferred: true, optional: true },
      note: `The Optional ${replaced.need.entry.action} statement comes from ${replaced.replacement.from}: the message proves ${printed.action ?? 'the refused action'} was refused, so its statement comes first.`
    })
  let kind: FixTargetKind = f.fixTarget.kind
  if (missingObject && (kind === 'resource-name' || kind === 'unknown')) kind = 'identity-policy'
  if (f.deny === 'explicit' && STATEMENT_KINDS.has(kind)) kind = 'explicit-deny'
  // An old-format message (no "because ..." clause) does not say which side refused. Across
  // accounts both must allow, so the resource owner's policy is drafted with the caller's.
  if (
    f.layer === null &&
    f.deny === null &&
    f.crossAccount === true &&
    (kind === 'identity-policy' || kind === 'unknown') &&
    hasResourcePolicy(need?.entry.service ?? null)
  ) {
    kind = 'resource-policy'
  }
  // A layer's own policy is a layer-version permission its publisher grants for GetLayerVersion
  // alone: another action cannot be shared, and a public publisher's layer (AWS's, a vendor's) is
  // shared already, so there the caller's side is all that can be drafted (heldout28 review).
  const layer = layerArnOf(f.resource)
  if (
    kind === 'resource-policy' &&
    layer !== null &&
    (f.action?.toLowerCase() !== SHAREABLE_LAYER_ACTION.toLowerCase() ||
      publisherOfAccount(layer.account) !== null ||
      // Another account's layer its owner must share: the share is in the explanation, for an
      // owner who is you too; the caller's side is what this account drafts (h150-071, h150-077).
      f.traps.includes('owner-side-resource'))
  )
    kind = 'identity-policy'
  // Refused rather than drafted: the trap's note says why (a guest role, a mistyped target...).
  const refused = refusedBy(f, options)
  // A service's own words whose note drafts nothing: an action read only from the operation is
  // not theirs to grant (heldout134 review h134-004: rds:CopyDBSnapshot drafted under RDS's
  // KMS key fault, whose note says no statement is drafted).
  const ownDraftsNothing =
    !f.action &&
    kind === 'identity-policy' &&
    /^No statement/.test(ownWordsOf(f.grammar)?.note ?? '')
  const handler =
    !refused && !ownDraftsNothing && Object.hasOwn(handlers, kind) ? handlers[kind] : undefined
  let draft = handler ? handler(drafts, f, index, need, options) : null
  const rawAction = need?.entry.action ?? f.action ?? null
  if (!draft) {
    draft = guidanceDraft(drafts, f, index, kind)
    // A service's own words say what to change: their note, not the kind's generic one.
    const own = ownWordsOf(f.grammar)
    const notes = own
      ? () => [own.note]
      : !refused && Object.hasOwn(kindGuidance, kind)
        ? kindGuidance[kind]
        : undefined
    const said = REFUSING_POLICY_KINDS.has(kind) ? refusedAction : rawAction
    if (notes) for (const note of notes(facts(f, said))) addNote(draft, note)
  } else if (kind === 'unknown') {
    for (const note of kindGuidance.unknown!(facts(f, rawAction))) addNote(draft, note)
  }
  if (
    f.traps.includes('bedrock-model-access') &&
    (bedrockCallerKnown(f) || catalogActionsIn(f.detail.marketplaceActions).length > 0)
  )
    addMarketplace(drafts, f, index)
  if (assume?.keepsRefused && draft.shape !== 'guidance') {
    addNote(
      draft,
      `sts:AssumeRole on the CDK bootstrap roles (${code(assume.role)}) comes first: CDK reads the version parameter with the caller's own credentials only when it could not assume them, and their policies allow that read and every later step of the deploy. The roles' trust policy must allow this caller too.`
    )
  } else if (assume && draft.shape !== 'guidance') {
    addNote(
      draft,
      `sts:AssumeRole on the CDK bootstrap roles, not ${code(f.action ?? 'the refused action')}: CDK could not assume ${code(assume.role)} and fell back to these credentials. The bootstrap roles' trust policy must allow this caller too (\`cdk bootstrap --trust ACCOUNT\` for another account).`
    )
  }
  if (replaces && draft.shape !== 'guidance') addNote(draft, replaced.replacement.note)
  if (refusedNeed && draft.shape === 'identity') {
    const d = addIdentity(
      drafts,
      f,
      index,
      { ...refusedNeed, optional: true },
      [refusedNeed.entry.action],
      false
    )
    addNote(
      d,
      `The Optional ${refusedNeed.entry.action} statement is the refused read itself: needed only if the caller keeps deploying without the bootstrap roles.`
    )
  }
  if (draft.shape === 'identity' && f.deny !== 'explicit' && !assume) {
    const added: { draft: Draft; parts: Part[]; note: string }[] = []
    for (const second of seconds) {
      const d = addIdentity(drafts, f, index, second.need, [second.need.entry.action], false)
      if (second.note) addNote(d, second.note)
      const action = second.need.entry.action
      const parts = d.parts.filter((p) => p.optional === true && p.actions.includes(action))
      added.push({ draft: d, parts, note: second.note })
    }
    addCompanionNeeds(drafts, f, index)
    // A companion the flow needs anyway (Terraform's backend lists the bucket) makes the trap's
    // Optional statement a duplicate: its statement and its note go (heldout14 review h14-093).
    for (const a of added) {
      if (a.parts.length === 0 || !a.parts.every((p) => coveredByProven(a.draft, p))) continue
      a.draft.parts = a.draft.parts.filter((p) => !a.parts.includes(p))
      a.draft.notes = a.draft.notes.filter((n) => n !== a.note)
    }
    addKeyBesides(drafts, f, index)
    if (need && f.traps.includes('unnamed-invoker'))
      addServiceInvoker(drafts, f, index, need, draft)
  }
  const who = printed.principal ? undefined : printed.inferred?.principal
  if (who && draft.shape !== 'guidance') {
    addNote(
      draft,
      `The message names no caller: ${code(who.value)} is taken from ${who.from}, the identity the job runs as. A tool that assumes another role itself (Terraform assume_role, a CDK deploy role, --profile) is refused as that role instead.`
    )
  }
  const role = printed.inferred?.roleSwitch
  // Not where no policy decided the refusal: there is no policy to change (h54-014), nor an
  // account-level block (a support plan, heldout136 re-review h137-038).
  if (role && !f.traps.some((t) => NON_IAM_TRAPS.has(t)) && !f.inferred?.accountBlock) {
    addNote(
      draft,
      `The command switched identity (${role.value}, from ${role.from}): the refused caller is that identity, not the job's own credentials; its policy is the one to change.`
    )
  }
  // CDK's bootstrap role (assume) and a replacement need are statements of their own: no
  // "no statement" note beside them.
  if (!resolved.ok && !missingObject && !replaced && !assume) {
    // A refusal no policy decided (Connect's generic `connect:*`) has no Deny to look for.
    if (resolved.given !== null && !f.traps.some((t) => NON_IAM_TRAPS.has(t)))
      addNote(draft, unresolvedNote(resolved, f.deny === 'explicit', f.code))
    else if (f.kind === 'encoded' && !refused)
      addNote(
        draft,
        "No statement is proposed yet: the failing action and resource are hidden in the encoded message (often not the operation's own action, e.g. iam:PassRole during RunInstances). Decode it first; whydenied does with --decode or the Action's decode input."
      )
    // A service's own words have their note (OWN_WORDS_REFUSALS): it already says why none.
    else if (handler && !ownWordsOf(f.grammar)) {
      const candidates = f.operation ? servicesOfOperation(f.operation) : []
      addNote(
        draft,
        candidates.length > 1
          ? `No statement is proposed: ${f.operation} is an operation of ${candidates.join(', ')}, and the log names none of them. Find the service in CloudTrail (the event's eventSource), then grant its ${f.operation} action.`
          : 'No statement is proposed: the message names no action and none could be derived from an operation.'
      )
    }
  }
  if (need?.inferred && draft.shape !== 'guidance') {
    const qualified = qualifiedAction(f.service, f.detail.qualifier)
    addNote(
      draft,
      qualified
        ? `The message names no action: ${need.entry.action} is inferred from ${need.from} ${qualified.qualifier}. ${qualified.why}`
        : f.action && need.from.endsWith(f.action)
          ? `The log prints the API operation ${f.action} where the action goes: IAM authorises it as ${need.entry.action}.`
          : f.action &&
              f.operation &&
              need.from.startsWith(`the ${f.operation} operation (the printed`)
            ? `The printed action ${f.action} is no IAM action: it runs on into the words after it, and the message's ${f.operation} operation is ${need.entry.action}.`
            : f.action && need.from.startsWith(`the printed ${f.action} on a `)
              ? `The message prints ${f.action} without its service prefix: on its ${need.entry.service} resource IAM authorises it as ${need.entry.action}.`
              : need.from === f.operation
                ? `The message names no action: ${need.entry.action} is inferred from the ${need.from} operation.`
                : `The message names no action: ${need.entry.action} is inferred from ${need.from}.`
    )
  }
  const noteFacts = facts(f, rawAction)
  if (f.traps.includes('intended-denial') && options.fixIntended) {
    addNote(
      draft,
      `Drafted because --fix-intended was given, although the log marks this refusal as intended (${f.inferred?.intended?.from ?? 'a test or guardrail'}): make sure the call really must succeed before pasting it.`
    )
  }
  const first: string[] = []
  for (const trap of f.traps) {
    if (Object.hasOwn(OVERRULED, trap) && OVERRULED[trap]!(options)) continue
    const note = Object.hasOwn(trapGuidance, trap) ? trapGuidance[trap]!(noteFacts) : undefined
    if (
      !note ||
      draft.notes.includes(note) ||
      first.includes(note) ||
      danglingTrapNote(trap, draft) ||
      doneTrapNote(trap, draft) ||
      // Its note would ask to scope the grant to the impossible ARN the log printed.
      (nested !== null && trap === 'iam-passrole') ||
      // A trap whose own note says it better (the layer's publisher side, Copilot's trust).
      Object.entries(SUPERSEDED_NOTES).some(
        ([by, notes]) => notes.includes(trap) && f.traps.includes(by)
      ) ||
      (trap === 'nested-arn-in-resource' && !draft.parts.some((p) => p.optional))
    )
      continue
    // Checks to make before pasting anything come first, in the traps' own order.
    if (FIRST.has(trap)) first.push(note)
    else draft.notes.push(note)
  }
  draft.notes.unshift(...first)
}

/** The resource refused, as printed or else as inferred from the log. */
function refusedResource(f: Finding): string | null {
  return f.resource ?? f.inferred?.resource?.value ?? null
}
