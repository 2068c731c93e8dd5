// The Resource values of one statement: the resource the message names, fitted to the action's
// resource types, or placeholder ARNs of the action's primary types when the finding names none
// (a placeholder can match nothing, so an unfilled one fails safe where "*" would grant everything).
import { slotToken } from './formatSlots.js'
import { ssmSessionResource } from './ssmSessionResource.js'
import type { CatalogAction, ResourceTypeInfo } from '../catalog/Catalog.js'
import { optionalInputsOf } from '../catalog/optionalInputTypes.js'
import { slotIsListed } from '../catalog/listedSlots.js'
import type { PolicyStatement } from '../model/Remedy.js'
import { addNote, type Draft } from './Draft.js'
import { parseArn } from '../model/Arn.js'
import { typeWideArn } from '../model/typeWideArn.js'
import { permissionSetOfRole } from '../model/identityCenter.js'
import {
  fitResource,
  openEndedFits,
  withAwsPublishedAccount,
  type Fit
} from '../catalog/fitResource.js'
import { revisionless } from '../catalog/versionedTypes.js'
import { code, starNote } from './guidance.js'
import { nonArnTarget } from './nonArnTargets.js'
import { cutArn, hasMask, isMasked, placeholder, unmaskAccount, unmaskArn } from './placeholders.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import {
  callableUnscoped,
  checkedTypes,
  checksSeveral,
  createsWithAssignedId,
  partTypes,
  pluralGetter,
  primaryTypes,
  slotIsAssigned,
  slotIsUsed,
  typesAreAlternatives,
  USED_INSTEAD
} from './primaryTypes.js'
import { ES_HTTP, domainPathsArn, logGroupPolicyArn, stableResource } from './stableResource.js'
import { bareNameRule } from './bareNames.js'
import { completeElided, elidedTail } from './elidedArn.js'
import { ownServiceType, unlistedResource } from './unlistedResource.js'
import { shortenedType } from './shortenedArn.js'
import { completeServiceLinkedRole } from './serviceLinkedRoleArn.js'
import { maskedTypedArn, splitMergedMask } from './maskedTypedArn.js'
import { profileModelArn } from './inferenceProfileModel.js'
import { perRunOption } from './perRunName.js'
import { stackGeneratedName } from './stackGeneratedName.js'

/** What the `*` after a fitted ARN stands for, where it is not keys or names. */
const CHILD_WORDS: Record<string, string> = { 'vpc-lattice-svcs': 'request paths' }

export interface StatementResource {
  resources: string[]
  /** Resource type word for the Sid (`object`, `AllResources`). */
  type: string
  /** What keeps a per-instance wildcard to one instance's own names (src/remedy/stableResource.ts). */
  condition?: NonNullable<PolicyStatement['Condition']>
  /** A per-run name's prefix, offered beside the exact ARN as an Optional statement. */
  optional?: string
}

const SLOT = /\$\{([^}]+)\}/g

/** Placeholders that say what the slot holds where the catalog's `ResourceId` does not. */
const SLOT_NAMES: Record<string, [string, string]> = {
  'bedrock:foundation-model': [
    'MODEL_ID',
    'the model ID the job passes (for example `anthropic.claude-3-sonnet-20240229-v1:0`)'
  ],
  'kms:key': ['KEY_ID', 'the key ID (a UUID: a key ARN takes the ID, never the alias name)']
}

/** What a placeholder ARN of a type must say beyond its slots. */
const TEMPLATE_NOTES: Record<string, string> = {
  'ssm:document':
    'An AWS-owned document (a name starting with `AWS-`, such as `AWS-RunShellScript`, the default of most send-command steps) has no account in its ARN: `arn:aws:ssm:REGION::document/AWS-RunShellScript`. Keep <ACCOUNT_ID> only for a document your account owns.'
}

/**
 * Bedrock: the model ID names one of several ways in; Marketplace models also need the
 * subscription permissions on first use.
 */
const ALTERNATIVES_NOTE: Record<string, string> = {
  bedrock:
    "Bedrock also needs the model offered in this Region and, for a model sold through AWS Marketplace, the caller's aws-marketplace:Subscribe, Unsubscribe and ViewSubscriptions on first use (the console's Model access page is retired). If the job calls through an inference profile (a model ID such as `us.anthropic...`), add that profile's ARN and the foundation model in each Region the profile routes to; never grant the Marketplace `all-access` endpoint ARN."
}

/**
 * Actions whose resource is always in the caller's own account: a role can only be passed to a
 * service in the account it belongs to. A caller's printed account then fills the placeholder.
 */
const SAME_ACCOUNT_ONLY = new Set(['iam:passrole'])

interface Known {
  partition: string
  region?: string | undefined
  account?: string | undefined
  /** Slot values the printed ARN of another type of the call shows (`ApplicationName`). */
  slots?: Record<string, string>
}

/**
 * The slot values a printed ARN shows, read against its type's format: Elastic Beanstalk's
 * `applicationversion/${ApplicationName}/${VersionLabel}` names the application the call's other
 * required type (`application/${ApplicationName}`) is (h9-043). A slot is one path segment, the
 * last one the rest; masked or wildcard values are not kept.
 */
function slotsOf(type: ResourceTypeInfo | undefined, arn: string): Record<string, string> {
  const format = type?.arnFormats[0]
  if (!format) return {}
  const names: string[] = []
  const parts = format.split(SLOT)
  let source = ''
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      source += escapeRegExp(part)
      return
    }
    names.push(part)
    // Region and account may be printed empty (an AWS-owned document's ARN has no account).
    source +=
      i === parts.length - 2 ? '(.+)' : /^(?:Region|Account)$/.test(part) ? '([^:/]*)' : '([^:/]+)'
  })
  // An open-ended ARN (`regional/managedruleset/*`) still shows the slots before its `*`.
  const m = new RegExp(`^${source}$`).exec(arn) ?? new RegExp(`^${source}$`).exec(`${arn}/*`)
  if (!m) return {}
  const out: Record<string, string> = {}
  names.forEach((name, i) => {
    const value = m[i + 1]!
    if (!/^(?:Partition|Region|Account)$/.test(name) && !value.includes('*') && !hasMask(value))
      out[name] = value
  })
  return out
}

/**
 * Types whose placeholder ARN a policy must name otherwise than the catalog's format: CloudWatch
 * Logs authorises log-group actions against `log-group:NAME:*`, so a template without it matches
 * nothing (the rule stableResource applies to a printed group; heldout12 review h12-036).
 */
const TEMPLATE_POLICY_FORM: Record<string, (arn: string, entry: CatalogAction) => string | null> = {
  'logs:log-group': logGroupPolicyArn,
  'es:domain': (arn, entry) => (ES_HTTP.test(entry.action) ? domainPathsArn(arn) : null)
}

/** `arn` as a policy must name it for `entry`'s action (see TEMPLATE_POLICY_FORM); else as is. */
function policyForm(entry: CatalogAction, type: string, arn: string): string {
  return TEMPLATE_POLICY_FORM[`${entry.service}:${type}`]?.(arn, entry) ?? arn
}

/** A format with its slots filled: what is known, `*` for IDs AWS assigns, else placeholders. */
export function templateArn(
  d: Draft,
  entry: CatalogAction,
  type: ResourceTypeInfo,
  known: Known
): string {
  const format = type.arnFormats[0]!
  const typeNote = TEMPLATE_NOTES[`${entry.service}:${type.name}`]
  if (typeNote) addNote(d, typeNote)
  return policyForm(entry, type.name, fillTemplate(d, entry, type, known, format))
}

/** The name of the last `${Slot}` of an ARN format. */
function lastSlotOf(format: string): string | null {
  const slots = [...format.matchAll(/\$\{(\w+)\}/g)]
  return slots.at(-1)?.[1] ?? null
}

/** An Auto Scaling group's UUID, which nobody writes down: `*`, the group named by its name. */
const AUTO_SCALING_GROUP_ID = (entry: CatalogAction, type: string, slot: string) =>
  entry.service === 'autoscaling' && type === 'autoScalingGroup' && slot === 'GroupId'

/**
 * Other values made for a resource beside the name it is known by, which no template or log
 * shows before it exists: a stack's UUID (`stack/NAME/UUID`), a launch configuration's
 * (heldout18 review h18-014, h18-016: a placeholder asking for them cannot be filled in), and the
 * log streams a runtime names per task or per day (review 2, h18-047: ECS's awslogs driver).
 */
const MADE_BESIDE_NAME: Record<string, string> = {
  'logs:log-stream:LogStreamName':
    "The log-stream ARN ends in `*` where the stream's name goes: ECS's awslogs driver (`PREFIX/CONTAINER/TASK_ID`), Lambda and most agents name a stream per task, run or day, so the statement names every stream of the group; put a fixed name in place of `*` only if the job sets one itself.",
  'cloudformation:stack:Id':
    'The stack ARN ends in `*` where its ID goes: CloudFormation gives each stack a UUID when it creates it, so policies name a stack by its name (`stack/NAME/*`).',
  // MSK's cluster, configuration and replicator ARNs end in a UUID MSK makes at creation (the
  // session 52 review, h156-026: `cluster/<CLUSTER_NAME>/<UUID>` on a create could not be filled in).
  'kafka:cluster:Uuid':
    'The cluster ARN ends in `*` where its UUID goes: MSK gives each cluster a UUID when it creates it, so policies name a cluster by its name (`cluster/NAME/*`).',
  'kafka:configuration:Uuid':
    'The configuration ARN ends in `*` where its UUID goes: MSK gives each configuration a UUID when it creates it, so policies name it by its name (`configuration/NAME/*`).',
  'kafka:replicator:Uuid':
    'The replicator ARN ends in `*` where its UUID goes: MSK gives each replicator a UUID when it creates it, so policies name it by its name (`replicator/NAME/*`).',
  'autoscaling:launchConfiguration:Id':
    'The launchConfiguration ARN holds `*` where its ID goes: Auto Scaling gives each launch configuration a UUID when it creates it, so policies name it by its name (`launchConfiguration:*:launchConfigurationName/NAME`).'
}

/**
 * An object the log does not name: a prefix and `*`, not one object. The jobs that meet S3 write
 * or read many keys (a sync, a build's assets, a backup's chunks, an app's uploads), and reviewers
 * marked a single `<OBJECT_NAME>` as a fix that works for one file of them (h004, h13-101,
 * h24-004, u25-005). A prefix keeps it as narrow as the job is, and one key still fits.
 */
const OBJECT_SLOT = 's3:object:ObjectName'
const KEY_PREFIX_MEANING =
  'the key prefix the job reads or writes under, such as `assets/` (delete it to cover every key in the bucket; a single key such as `terraform.tfstate` also fits)'

const SECRET_SLOT = 'secretsmanager:Secret:SecretId'
const SECRET_NAME_MEANING =
  'the name of the secret the job reads (the ARN goes on with a hyphen and the six random characters Secrets Manager adds, which `-??????` matches)'

function fillTemplate(
  d: Draft,
  entry: CatalogAction,
  type: ResourceTypeInfo,
  known: Known,
  format: string
): string {
  return format.replace(SLOT, (_, slot: string) => {
    if (slot === 'Partition') return known.partition
    if (slot === 'Region' && known.region) return known.region
    if (slot === 'Account' && known.account) return known.account
    const shown = known.slots?.[slot]
    if (shown !== undefined) return shown
    if (slot === 'Account') {
      return placeholder(
        d.placeholders,
        'ACCOUNT_ID',
        'the 12-digit AWS account ID of the resource'
      )
    }
    if (slot === 'Region') return placeholder(d.placeholders, 'REGION', 'the AWS Region')
    const uuidNote = MADE_BESIDE_NAME[`${entry.service}:${type.name}:${slot}`]
    if (uuidNote) {
      addNote(d, uuidNote)
      return '*'
    }
    if (AUTO_SCALING_GROUP_ID(entry, type.name, slot)) {
      addNote(
        d,
        'The autoScalingGroup ARN holds `*` where its GroupId goes: Auto Scaling gives each group a UUID when it creates it, which no log or template shows, so policies name a group by its name (`autoScalingGroup:*:autoScalingGroupName/NAME`) or by a tag (`aws:ResourceTag/...`).'
      )
      return '*'
    }
    // Only the created resource's own ID, the format's last slot: a parent's ID before it (the
    // Identity Center instance in `permissionSet/${InstanceId}/${PermissionSetId}`) exists
    // already, and its placeholder is filled in (heldout17 review 2, h17-014).
    if (slotIsAssigned(entry, type.name, slot) && lastSlotOf(format) === slot) {
      addNote(
        d,
        `The ${type.name} ARN ends in \`*\` where its ${slot} goes: AWS assigns that ID when ${entry.action} runs, so no policy can name it in advance and there is nothing to fill in.`
      )
      return '*'
    }
    if (slotIsUsed(entry, type.name, slot)) {
      // An AMI is most often another account's (Amazon's, a vendor's): its ARN has no account.
      const alternative = USED_INSTEAD[entry.action]
      const instead = alternative ? ` (${alternative})` : ''
      const owner =
        type.name === 'image'
          ? ' (an image ARN has no account: the AMI may be owned by another account)'
          : ''
      addNote(
        d,
        `The ${type.name} ARN ends in \`*\` where its ${slot} goes: ${entry.action} is also checked against the existing ${type.name} it uses${owner}, and the log names none; narrow \`*\` to the ${type.name} IDs the job uses${instead}.`
      )
      return '*'
    }
    if (slotIsListed(entry.action, type.name, slot)) {
      addNote(
        d,
        `The ${type.name} ARN ends in \`*\` where its ${slot} goes: ${entry.action} returns every ${type.name} there, and is authorised against each.`
      )
      return '*'
    }
    if (`${entry.service}:${type.name}:${slot}` === OBJECT_SLOT) {
      return `${placeholder(d.placeholders, 'KEY_PREFIX', KEY_PREFIX_MEANING)}*`
    }
    const named = SLOT_NAMES[`${entry.service}:${type.name}`]
    if (named) return placeholder(d.placeholders, named[0], named[1])
    // A secret's ARN ends in a hyphen and six characters Secrets Manager adds: a placeholder for
    // the name alone matches no secret once filled in (heldout165 review, h165-036).
    if (`${entry.service}:${type.name}:${slot}` === SECRET_SLOT) {
      return `${placeholder(d.placeholders, 'SECRET_NAME', SECRET_NAME_MEANING)}-??????`
    }
    const token = slotToken(slot)
    return placeholder(
      d.placeholders,
      token,
      `the ${token.toLowerCase().replace(/_/g, ' ')} the job uses (the finding names none)`
    )
  })
}

/** The partition, and the Region and account when real, of an ARN the log printed. */
function knownFrom(arn: string): Known {
  const parts = parseArn(arn)
  const known: Known = { partition: parts?.partition ?? 'aws' }
  if (parts && /^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(parts.region)) known.region = parts.region
  if (parts && /^\d{12}$/.test(parts.account)) known.account = parts.account
  return known
}

function alternativesNote(d: Draft, entry: CatalogAction): void {
  const note = noteForAlternatives(entry)
  if (note) addNote(d, note)
}

function noteForAlternatives(entry: CatalogAction): string | undefined {
  return typesAreAlternatives(entry.action) && Object.hasOwn(ALTERNATIVES_NOTE, entry.service)
    ? ALTERNATIVES_NOTE[entry.service]
    : undefined
}

function templates(
  d: Draft,
  entry: CatalogAction,
  known: Known,
  named: readonly string[] = []
): StatementResource {
  alternativesNote(d, entry)
  const types = checkedTypes(entry, named)
  const parts = partTypes(entry)
  if (parts.length > 0) {
    addNote(
      d,
      `${entry.action} takes a ${types[0]!.name} or one of its parts (${parts.join(', ')}): the log shows no part, so the statement names the ${types[0]!.name}; if the job worked on a ${parts.join(' or ')}, name its ARN instead.`
    )
  }
  const extra = types.filter((t) => !t.required).map((t) => t.name)
  if (extra.length > 0 && types.length > extra.length) {
    addNote(
      d,
      `${entry.action} is checked against every resource the call uses, not only the required ones: Resource also names ${extra.join(', ')} (what the call creates or uses, or the log shows it uses).`
    )
  }
  return {
    resources: types.map((t) => withAwsPublishedAccount(templateArn(d, entry, t, known))),
    type: types[0]!.name
  }
}

/** IAM's words for a type it names without an ARN → the type in its ARN. */
const IAM_TYPE_WORDS: Readonly<Record<string, string>> = {
  role: 'role',
  user: 'user',
  policy: 'policy',
  'instance profile': 'instance-profile'
}

/**
 * `role/x` or `role x` as some tools print it, and IAM's own `instance profile x` → an IAM ARN in
 * the caller's account. IAM prints a profile's name without its path, so the ARN says so.
 */
function typedName(printed: string, partition: string, d: Draft, account: string | null) {
  const typed = /^(role|user|policy|instance profile)[\s/](\S.*)$/.exec(printed)
  if (!typed) return null
  if (typed[1] === 'policy' && typed[2]!.startsWith('arn:')) return typed[2]!
  const type = IAM_TYPE_WORDS[typed[1]!]!
  // Identity Center's roles live under its reserved path, sometimes with a Region segment
  // (`role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_…`): IAM prints the bare name
  // (heldout27 review, h27-023), and an ARN without the path matches none of them.
  if (type === 'role' && /^AWSReservedSSO_/.test(typed[2]!)) {
    addNote(
      d,
      `IAM names the Identity Center role ${code(typed[2]!)} without its path: its ARN is under \`role/aws-reserved/sso.amazonaws.com/\` (with a Region segment for some), so Resource puts that path and \`*\` before the name.`
    )
    // The suffix is random per account (and often masked, `_1111`): the permission set names the role.
    const set = permissionSetOfRole(typed[2]!)
    const name = set ? `AWSReservedSSO_${set}_*` : typed[2]
    return `arn:${partition}:iam::${unmaskAccount(d.placeholders, account)}:role/aws-reserved/sso.amazonaws.com/*${name}`
  }
  if (type === 'instance-profile')
    addNote(
      d,
      `IAM names the instance profile ${code(typed[2]!)} without its path: Resource is ${code(`instance-profile/${typed[2]!}`)}; if the profile was created with a path (\`aws iam get-instance-profile\` shows it), put the path before the name.`
    )
  return `arn:${partition}:iam::${unmaskAccount(d.placeholders, account)}:${type}/${typed[2]}`
}

/** Slots that name one thing in two resource types' formats: [the printed one's, the other's]. */
const SAME_NAME_SLOTS: readonly (readonly [string, string])[] = [
  ['AutomationDefinitionName', 'DocumentName']
]

/**
 * Slot names every type of a service uses for its own name or ID (`${Name}`, `${Id}`): a WAFv2
 * managed rule set's `${Name}/${Id}` is not the web ACL's (heldout26 h26-013), so they are never
 * carried to a sibling type; names of a container (`${ClusterName}`, `${Scope}`) are.
 */
const OWN_SLOTS = new Set(['Name', 'Id', 'ResourceId', 'ResourceName', 'Identifier', 'UUID'])

function ownSlotsDropped(slots: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(slots).filter(([slot]) => !OWN_SLOTS.has(slot)))
}

/**
 * A printed ARN that stops after its type's word (`regional/managedruleset/`, heldout26 h26-013):
 * the type is plain, the name and ID are not there, and `*` (which matches `/` in IAM) stands for them.
 */
function endsAtName(
  types: readonly ResourceTypeInfo[],
  arn: string
): { kind: 'as-printed'; resource: string; type: string } | null {
  if (!parseArn(arn)) return null
  const type = types.find((t) => t.arnFormats.some((f) => openEndedFits(f, arn)))
  return type ? { kind: 'as-printed', resource: `${arn}*`, type: type.name } : null
}

/**
 * An action the reference lists with no resource type, refused on an ARN of its own service
 * (`amplify:CreateApp` on `apps/*`, heldout27 review h27-010): that ARN is what AWS evaluated, so
 * a statement naming it matches the request; "*" is broader than the message needs.
 */
function unlistedEvaluated(
  d: Draft,
  entry: CatalogAction,
  printed: string | null
): StatementResource | null {
  // A list call's printed ARN (`stack/*/*` for ListStacks) stands for "everything": "*" is the
  // grant its documentation and tools use, and a team's policy already holds.
  if (/^(?:List|Describe)/.test(entry.action.split(':')[1] ?? '')) return null
  const parts = printed && printed !== '*' ? parseArn(printed) : null
  // An empty name (`log-group::log-stream:`, a list call's stand-in) is no resource to name.
  if (!parts || /::|[:/]$/.test(parts.resource)) return null
  // A create's or a start's own new name (`cluster/cwagent-eks-integ-742c…`, u29-008;
  // `transcription-job/my-transcription-job`, heldout140 review h140-050, h140-051) is a run's:
  // the type's ARNs in that account and Region are named instead, still far short of "*".
  const typeWide = /[/:]\*$/.test(parts.resource)
  const named = typeWide ? null : typeWideArn(printed!)
  if (!typeWide && !named) return null
  const evaluated = named ? named.arn : printed!
  const arn = unmaskArn(d.placeholders, evaluated, 'resource')
  const type = ownServiceType(entry.service, arn)
  if (!type || /<(?!ACCOUNT_ID>|RESOURCE_ACCOUNT_ID>|CALLER_ACCOUNT_ID>)[^>]*>/.test(arn))
    return null
  addNote(
    d,
    named
      ? `The Service Authorization Reference lists no resource type for ${entry.action}, but AWS evaluated the call against ${code(printed!)} (the message prints it). Its name may be the one this run gave it, which the next run changes: Resource names every ${named.type} of that account and Region, which is all the call needs ("*" would allow it too).`
      : `The Service Authorization Reference lists no resource type for ${entry.action}, but AWS evaluated the call against ${code(printed!)} (the message prints it): Resource names it, which is all the call needs ("*" would allow it too).`
  )
  return { resources: [arn], type }
}

/** Required types the fitted ARN does not cover (ec2:RunInstances: image, subnet, ...). */
function otherRequired(
  d: Draft,
  entry: CatalogAction,
  fittedType: string,
  arn: string,
  named: readonly string[],
  shown: Readonly<Record<string, string>> = {},
  /** A type the fitted resource already stands for (a revision's bare name): never named again. */
  besides: readonly string[] = []
): string[] {
  if (typesAreAlternatives(entry.action)) {
    alternativesNote(d, entry)
    return []
  }
  if (!checksSeveral(entry)) return []
  // The required types, and the optional ones the call creates or uses or the log shows it uses.
  const others = checkedTypes(entry, named).filter(
    (t) => t.name !== fittedType && t.arnFormats.length > 0 && !besides.includes(t.name)
  )
  if (others.length === 0) return []
  const parts = parseArn(arn)
  const known: Known = { partition: parts?.partition ?? 'aws' }
  if (parts?.region) known.region = parts.region
  if (parts?.account) known.account = parts.account
  known.slots = {
    ...shown,
    ...ownSlotsDropped(
      slotsOf(
        entry.resourceTypes.find((t) => t.name === fittedType),
        arn
      )
    )
  }
  // One name under two slot names (an automation definition is its document's run: the document
  // of `automation-definition/AWS-X:1` is `document/AWS-X`, h26-002).
  for (const [from, to] of SAME_NAME_SLOTS) {
    const v = known.slots[from]
    if (v !== undefined && known.slots[to] === undefined) known.slots[to] = v
  }
  const arns = others.map((t) => withAwsPublishedAccount(templateArn(d, entry, t, known)))
  addNote(
    d,
    `${entry.action} is authorised against several resources at once (${[fittedType, ...others.map((t) => t.name)].join(', ')}): the statement names each${arns.some((a) => /<[A-Z_]+>/.test(a)) ? '; fill in the ones the finding does not name' : ''}.`
  )
  const optional = entry.resourceTypes.filter(
    (t) => !t.required && t.name !== fittedType && !others.includes(t) && !besides.includes(t.name)
  )
  if (optional.length > 0) {
    addNote(
      d,
      // Each with its ARN's form: glue's optional `catalog/NAME` beside the fitted root `catalog`
      // read as a demand for an ARN already listed (heldout29 review, h29-036).
      `Depending on its parameters, ${entry.action} is also checked against ${optional.map((t) => `${t.name} (\`${t.arnFormats[0] ?? ''}\`)`).join(', ')}: if it fails again naming one of them, add that ARN too.`
    )
  }
  return arns
}

/**
 * The message printed the action and no resource, and the action can be called without naming
 * one (a list-style call: DescribeStacks without a stack name lists every stack). AWS
 * prints "on resource" whenever the request named one, so the call was checked against "*" and
 * a placeholder ARN would not authorise it.
 */
function unscopedCall(d: Draft, entry: CatalogAction): StatementResource | null {
  if (!callableUnscoped(entry)) return null
  const types = entry.resourceTypes.map((t) => t.name).join(', ')
  const inputs = optionalInputsOf(entry.action)
  addNote(
    d,
    inputs
      ? `${entry.action} was refused without a resource: its resource types (${types}) apply only to a call that uses ${inputs.inputs}, and this one named none, so AWS checked it against "*" and only Resource "*" allows it.`
      : `${entry.action} was refused without a resource: the call named no ${types} (a list-style call, such as describe-stacks without --stack-name), so AWS checked it against "*" and only Resource "*" allows it. If the job can name the ${types} instead, pass it and scope Resource to its ARN.`
  )
  return { resources: ['*'], type: 'AllResources' }
}

/** A plural getter refused with no resource (primaryTypes.ts): AWS checked it against "*". */
function listedWithoutResource(d: Draft, entry: CatalogAction): StatementResource | null {
  if (!pluralGetter(entry)) return null
  addNote(
    d,
    `${entry.action} was refused without a resource: it lists every one it returns, and the call named none, so AWS checked it against "*" and only Resource "*" allows it.`
  )
  return { resources: ['*'], type: 'AllResources' }
}

/**
 * A log group's ARN whose rest a writer elided (`…:log-group:/ecs/churn-pipeline:...`, heldout150
 * h150-044): what followed the group's name is its streams, `:*` in a policy, never a name to fill in.
 */
function logGroupElided(d: Draft, entry: CatalogAction, printed: string | null): string | null {
  const m = printed
    ? /^(arn:[\w-]+:logs:[^:\s]*:[^:\s]*:log-group:[^:\s]+):(?:\.{3}|…)$/.exec(printed)
    : null
  if (!m) return printed
  // A stream action (GetLogEvents) names the group's streams; a group action the group's `:*`.
  const streams =
    entry.resourceTypes.some((t) => t.name === 'log-stream') &&
    !entry.resourceTypes.some((t) => t.name === 'log-group')
  const rest = streams ? ':log-stream:*' : ':*'
  addNote(
    d,
    `The log elided what followed the log group's name in ${code(printed!)}: Resource names ${streams ? "the group's streams" : 'the group'} (\`${rest}\`).`
  )
  return `${m[1]}${rest}`
}

export function statementResource(
  d: Draft,
  entry: CatalogAction,
  printedRaw: string | null,
  partition: string,
  account: string | null = null,
  /** The message stated the action and printed no resource. */
  statedWithoutResource = false,
  /** Optional types the log shows the call uses (src/infer/namedTypes.ts). */
  named: readonly string[] = [],
  /** The log cut the printed ARN at its line's end (`detail.resourceCut`). */
  cut = false,
  /** Slot values the log names beside the refusal (src/infer/namedSlots.ts). */
  shown: Readonly<Record<string, string>> = {}
): StatementResource {
  const as = printedRaw?.replace(/^"|"$/g, '').trim() || null
  const printed = logGroupElided(d, entry, (as && !parseArn(as) && splitMergedMask(as)) || as)
  const evaluatedUnlisted =
    entry.resourceTypes.length === 0 ? unlistedEvaluated(d, entry, printed) : null
  if (evaluatedUnlisted) return evaluatedUnlisted
  if (entry.resourceTypes.length === 0) {
    addNote(d, starNote(entry.action))
    if (printed && printed !== '*') {
      addNote(d, `The message named ${code(printed)}, but ${entry.action} can't be scoped to it.`)
    }
    return { resources: ['*'], type: 'AllResources' }
  }
  const known: Known = { partition, slots: { ...shown } }
  // Evidence in the message itself: the resource of these actions is in the caller's account.
  // IAM's API only ever acts on the caller's own account's users, roles and policies.
  const sameAccount = SAME_ACCOUNT_ONLY.has(entry.action.toLowerCase()) || entry.service === 'iam'
  if (sameAccount && account && /^\d{12}$/.test(account)) known.account = account
  if (!printed && statedWithoutResource) {
    const unscoped = unscopedCall(d, entry) ?? listedWithoutResource(d, entry)
    if (unscoped) return unscoped
  }
  if (printed === '*') {
    // AWS checked the call against "*": where no resource type is required, the request simply
    // named none, and a placeholder ARN could never allow it (heldout24 review 1, h24-005).
    const unscoped = entry.resourceTypes.some((t) => t.required) ? null : unscopedCall(d, entry)
    if (unscoped) return unscoped
    // A create refused against "*": the new resource's ARN, with the ID the service assigns, does
    // not exist before the call, so no placeholder could be filled in (heldout29 review, h29-021:
    // MSK's `cluster/NAME/UUID`).
    if (createsWithAssignedId(entry)) {
      addNote(
        d,
        `${entry.action} creates the resource, whose ARN holds an ID ${entry.service} assigns only when the call succeeds, and the message shows ${code('*')} as what it was checked against: only Resource "*" allows it. To narrow it, use the action's request condition keys (tags on create, \`aws:RequestTag/KEY\`), not the ARN.`
      )
      return { resources: ['*'], type: 'AllResources' }
    }
    const types = primaryTypes(entry).map((t) => t.name)
    addNote(
      d,
      `The message shows ${code('*')} as the resource: the request named no specific ${types.join(' or ')}, so Resource is a placeholder ARN of the one the job works on. If the call fails again still showing ${code('*')}, ${entry.service} checks ${entry.action} against ${code('*')} and only Resource "*" allows it.`
    )
    return templates(d, entry, known, named)
  }
  // Its types are inputs a call may leave out: a placeholder of one would never allow the plain
  // call (h28-013: cloudwatch:PutMetricData's optional dataset).
  if (!printed && optionalInputsOf(entry.action)) {
    const unscoped = unscopedCall(d, entry)
    if (unscoped) return unscoped
  }
  if (!printed) {
    addNote(
      d,
      `The message names no specific resource for ${entry.action}, so Resource is a placeholder ARN to fill in, not "*".`
    )
    return templates(d, entry, known, named)
  }
  const target = nonArnTarget(entry.action, printed)
  if (target) {
    addNote(d, target.note(printed))
    return { resources: ['*'], type: 'AllResources' }
  }
  // An elided head before a kept tail (`... function:resume-parser`, `.../table/orders-<env>`,
  // h92-022): the tail is printed, only the cut head and a writer's placeholder are not. Before
  // the mask test, which a placeholder in the tail would otherwise send to a template.
  const elidedHead =
    !parseArn(printed) && elidedTail(printed) !== null
      ? completeElided(d.placeholders, entry, printed, partition, account)
      : null
  if (elidedHead) return elidedResource(d, printed, elidedHead)
  if (isMasked(printed) || (!parseArn(printed) && /<[^<>]*>|\*{2,}/.test(printed))) {
    addNote(d, `The log masked the resource of ${entry.action}: Resource is a placeholder ARN.`)
    return templates(d, entry, known, named)
  }
  const role = completeServiceLinkedRole(d.placeholders, printed)
  if (role) {
    addNote(
      d,
      role.service
        ? `The log cut the service-linked role ARN ${code(printed)} inside its service name: it can only be ${role.service}'s, so Resource is that role's full ARN.`
        : `The log cut the service-linked role ARN ${code(printed)} inside its service name: Resource is the service-linked role path with placeholders for the service and its role.`
    )
    return { resources: [role.arn], type: 'role' }
  }
  const arn = typedName(printed, partition, d, account) ?? printed
  const bare = parseArn(arn)
    ? null
    : bareNameRule(
        entry.service,
        printed,
        entry.resourceTypes.map((t) => t.name)
      )
  if (bare) {
    addNote(d, bare.note(printed))
    const region = placeholder(d.placeholders, 'REGION', 'the AWS Region the job calls')
    return {
      resources: [
        policyForm(
          entry,
          bare.type,
          `arn:${partition}:${entry.service}:${region}:${unmaskAccount(d.placeholders, account)}:${bare.resource(printed)}`
        )
      ],
      type: bare.type
    }
  }
  const typed = parseArn(arn) ? null : maskedTypedArn(entry, printed)
  if (typed) {
    addNote(
      d,
      `The log masked ${code(printed)} but kept its service: it is the ${typed.type.name} ARN, so Resource is that ARN with a placeholder for each masked part.`
    )
    const resource = templateArn(d, entry, typed.type, {
      ...known,
      partition: typed.partition,
      ...(typed.region ? { region: typed.region } : {}),
      ...(typed.account ? { account: typed.account } : {})
    })
    return {
      resources: [resource, ...otherRequired(d, entry, typed.type.name, resource, named, shown)],
      type: typed.type.name
    }
  }
  if (!parseArn(arn)) {
    addNote(
      d,
      `The message names ${code(printed)}, which is not an ARN: check it, then replace the placeholder ARN with the resource's real ARN.`
    )
    return templates(d, entry, known, named)
  }
  const generated = cut ? null : stackGeneratedName(entry.service, arn)
  if (generated) {
    addNote(
      d,
      generated.stack
        ? `${code(printed)} is a name CloudFormation generated (stack ${code(generated.stack)}, logical ID ${code(generated.logicalId)}, then a random suffix that changes whenever the stack replaces the resource): Resource is ${code(generated.arn.slice(generated.arn.lastIndexOf(generated.stack)))}, the names the stack gives it, so the next deploy is allowed too.`
        : `${code(printed)} is a name CloudFormation generated (logical ID ${code(generated.logicalId)}, then a random suffix that changes on every create, such as the retry after this rollback): Resource is ${code(generated.arn.slice(generated.arn.lastIndexOf(generated.logicalId)))}, so the next attempt is allowed too.`
    )
  }
  const masked = unmaskArn(d.placeholders, generated?.arn ?? arn, 'resource')
  // A stack name the log masked whole: the placeholder says whose name it is.
  if (generated?.stack === '<STACK_NAME>')
    placeholder(
      d.placeholders,
      'STACK_NAME',
      'the name of the stack that creates the resource (the log masked it)'
    )
  const filled = cut ? cutArn(d.placeholders, masked) : null
  if (cut && !filled) {
    addNote(
      d,
      `The log cut ${code(printed)} at its line's end, inside its resource type: Resource is a placeholder ARN of the one the job works on.`
    )
    return templates(d, entry, knownFrom(masked), named)
  }
  // A trailing separator is wrapping or truncation (`log-group:NAME:log-stream:`), not a name;
  // after a plural word it is a collection the call creates in (Amplify's CreateBackendEnvironment
  // on `apps/ID/backendenvironments/`, h16-002): what AWS checked, and what comes under it.
  const collection = !filled && /^arn:[\w-]+:(?!s3:)[^/]*\/.*\/[a-z][a-z-]{2,40}s\/$/.test(masked)
  // A path's `/` is what GetParametersByPath was called with and is authorised against (h60-037).
  const path = /^ssm:GetParametersByPath$/i.test(entry.action) && /:parameter\/.*\/$/.test(masked)
  const unmasked =
    filled ?? (collection ? `${masked}*` : path ? masked : masked.replace(/(?<=[^:/])[:/]+$/, ''))
  const primary = primaryTypes(entry)
  const ordered = [...primary, ...entry.resourceTypes.filter((t) => !primary.includes(t))]
  // A versioned type named without its revision: the call was checked against a numbered one.
  const revision = revisionless(ordered, entry.action, unmasked)
  // Batch checks SubmitJob against the revision a job names, and against the bare name a job
  // submitted without one names (aws/aws-sdk-js#4280 printed `job-definition/my-job`, refused
  // under a policy of `my-job:*` alone): both are named (heldout23 review, h23-016).
  const bareToo = revision?.bare && !filled ? unmasked : null
  if (revision && bareToo) {
    addNote(
      d,
      `${entry.action} is authorised against the ${revision.type} ARN a job names: with its ${revision.slot} when it names one, and as ${code(printed)} (what this call was checked against) when it does not. Resource names both, the second with \`:*\` (any ${revision.slot}); put the number there to allow only that one.`
    )
  } else if (revision) {
    addNote(
      d,
      `${entry.action} is authorised against a ${revision.type} ARN that ends in its ${revision.slot}, and the log names ${code(printed)} without one: a policy naming it so never matches, so Resource ends in \`:*\` (any ${revision.slot}); put the number there to allow only that one.`
    )
  }
  const fittedFirst: Fit = revision
    ? { kind: 'as-printed', resource: revision.resource, type: revision.type }
    : fitResource(ordered, unmasked)
  // Session Manager's session printed as the caller's role session: its own session ARN, which
  // the stable rule below widens to the caller's sessions (h34-021).
  const session = fittedFirst.kind === 'unmatched' ? ssmSessionResource(entry.action, arn) : null
  if (session) addNote(d, session.note(code(printed)))
  const fitted: Fit = session
    ? {
        kind: 'as-printed',
        resource: session.resource.replace(
          '<REGION>',
          placeholder(d.placeholders, 'REGION', 'the AWS Region the session runs in')
        ),
        type: 'session'
      }
    : fittedFirst
  const open = fitted.kind === 'unmatched' && !filled ? endsAtName(ordered, masked) : null
  if (open) {
    addNote(
      d,
      `${code(printed)} ends where the ${open.type}'s name would be (the log cut it, or AWS printed it so for a resource AWS owns): Resource ends in ${code('*')}, which matches it either way.`
    )
  }
  const fit: Fit = open ?? fitted
  // Fitted only by cutting or widening it: an author's placeholder stands for parts AWS prints.
  const shortened = fit.kind === 'as-printed' ? null : shortenedType(ordered, unmasked)
  if (shortened) {
    const parts = parseArn(unmasked)!
    const filled: Known = { partition: parts.partition }
    if (/^[a-z]{2}(?:-[a-z]+)+-\d+$/.test(parts.region)) filled.region = parts.region
    if (/^\d{12}$/.test(parts.account)) filled.account = parts.account
    addNote(
      d,
      `${code(printed)} is a ${shortened.name} ARN its author shortened with placeholders, not a typo: Resource is the full ${shortened.name} ARN, with a placeholder for each part to fill in.`
    )
    return { resources: [templateArn(d, entry, shortened, filled)], type: shortened.name }
  }
  if (fit.kind === 'unmatched') {
    // The API itself as the resource (`arn:aws:ce:us-east-1:ACCOUNT:/GetCostAndUsage`, a call that
    // named no billing view, heldout154 review h154-001 to h154-004): the service's way of printing
    // a call that named none of its resource types, so only where such a call is allowed by "*"
    // (`callableUnscoped`, the catalog's optional inputs).
    const operation = entry.action.split(':')[1] ?? ''
    if (
      callableUnscoped(entry) &&
      parseArn(unmasked)?.resource.toLowerCase() === `/${operation.toLowerCase()}`
    ) {
      addNote(
        d,
        `${code(printed)} is the API itself, which ${entry.service} prints as the resource when the call names none of its resource types: no ARN of those types matches this request, so Resource is "*" (as ${entry.service}'s own policy examples grant ${entry.action}).`
      )
      return { resources: ['*'], type: 'AllResources' }
    }
    const unlisted = unlistedResource(entry, unmasked)
    if (unlisted) {
      addNote(d, unlisted.note(code(printed)))
      return { resources: [unmasked], type: unlisted.type }
    }
    addNote(
      d,
      `${code(printed)} is none of the resource types ${entry.action} takes: check it for a typo; the statement names a placeholder ARN instead.`
    )
    return templates(d, entry, known, named)
  }
  // A printed ARN of another, deeper type of the same service is what AWS evaluated (Amplify's
  // ListJobs on `branches/dev/jobs/*`, heldout7 review h7-072): IAM matches that string, so the
  // catalog's parent alone would not clear the refusal. Both are named. Not S3: it authorizes
  // bucket actions against the bucket whatever key the tool was working on, so an object ARN
  // beside a ListBucket is a companion's resource, not an evaluated one.
  const evaluated =
    fit.kind === 'parent' && entry.service !== 's3' ? ownServiceType(entry.service, unmasked) : null
  const alsoPrinted = evaluated && evaluated !== fit.type ? unmasked : null
  if (alsoPrinted) {
    addNote(
      d,
      `The Service Authorization Reference lists ${entry.action} for the ${fit.type} (${code(fit.resource)}), but AWS evaluated the call against the ${evaluated} ARN ${code(printed)}: Resource names both.`
    )
  } else if (fit.kind === 'parent') {
    addNote(
      d,
      `${entry.action} applies to the ${fit.type}, so Resource is ${code(fit.resource)} rather than the ${code(printed)} the request named.`
    )
  } else if (fit.kind === 'child') {
    addNote(
      d,
      `${entry.action} applies to ${fit.type}s, so Resource is ${code(fit.resource)}; narrow the ${code('*')} to the ${CHILD_WORDS[entry.service] ?? 'keys or names'} you need.`
    )
  }
  const stable = stableResource(entry.service, fit.type, fit.resource, entry.action)
  if (stable) {
    stableNote(d, stable.resource, fit.resource, stable.why)
    if (stable.conditionWhy) addNote(d, stable.conditionWhy)
  }
  const resource = stable?.resource ?? fit.resource
  const perRun = stable ? null : perRunOption(entry.service, fit.type, resource)
  if (perRun?.option) addNote(d, perRun.option.note)
  else if (perRun?.note) addNote(d, perRun.note)
  // Said only where the placeholder stands (a bucket action keeps the whole bucket name).
  const cutToken = filled ? /<[^<>]+>$/.exec(filled)?.[0] : undefined
  if (cutToken && resource.includes(cutToken)) {
    addNote(
      d,
      `The log cut ${code(printed)} at its line's end: Resource keeps what it shows up to the last \`/\` or \`:\` and ${cutToken} for the part that was cut.`
    )
  }
  const model = fit.type === 'inference-profile' ? profileModelArn(resource) : null
  if (model) {
    addNote(
      d,
      `A cross-Region inference profile sends the call to the foundation model in one of its Regions, and Bedrock checks ${entry.action} against that model too: Resource names the profile and ${code(model)} (the model in any Region the profile routes to).`
    )
  }
  return {
    ...(perRun?.option ? { optional: perRun.option.resource } : {}),
    resources: [
      ...(bareToo ? [bareToo] : []),
      resource,
      ...(model ? [model] : []),
      ...(alsoPrinted ? [alsoPrinted] : []),
      ...otherRequired(
        d,
        entry,
        fit.type,
        resource,
        named,
        shown,
        revision?.bare ? [revision.bare] : []
      )
    ],
    type: fit.type,
    ...(stable?.condition ? { condition: stable.condition } : {})
  }
}

/**
 * Says once that a per-run name became its stable form, naming every one that failed: two refused
 * change IDs gave two notes that differed only in the ID (heldout24 review 2, h24-061).
 */
function stableNote(d: Draft, stable: string, failed: string, why: string): void {
  const head = `Resource is ${code(stable)} rather than the `
  const tail = ` that failed: ${why}.`
  const at = d.notes.findIndex((n) => n.startsWith(head) && n.endsWith(tail))
  if (at === -1) {
    addNote(d, `${head}${code(failed)}${tail}`)
    return
  }
  const named = d.notes[at]!.slice(head.length, -tail.length)
  if (named.split(/, | and /).includes(code(failed))) return
  const all = [...named.split(/, | and /), code(failed)]
  d.notes[at] = `${head}${all.slice(0, -1).join(', ')} and ${all.at(-1)!}${tail}`
}

/** The ARN completed from a kept tail, and the note that says which part was cut. */
function elidedResource(
  d: Draft,
  printed: string,
  elided: { resource: string; type: string; tail: string }
): { resources: string[]; type: string } {
  addNote(
    d,
    `The log elided the head of ${code(printed)}: Resource keeps the ${code(elided.tail)} it shows, with placeholders only for the part that was cut.`
  )
  return { resources: [elided.resource], type: elided.type }
}
