// Which of an action's resource types a statement names. The catalog lists every type the action
// can be authorised against, in alphabetical order: the first is often the wrong one (S3 object
// actions list the access-point form first). The required types are what every call is authorised
// against; when none is marked, the direct form wins over the access-point forms.
import type { CatalogAction, ResourceTypeInfo } from '../catalog/Catalog.js'
import { optionalInputsOf } from '../catalog/optionalInputTypes.js'
import { listsOnStar } from '../catalog/unnamedListings.js'
import { documentedTypes } from '../catalog/documentedArns.js'

/** Types a request names only when it goes through an access point. */
const ALTERNATE_FORM = /accesspoint|objectlambda/i

/** Optional types a call names most often, where alphabetical order picks a rarer one. */
/** EventBridge's calls on one rule, whose two ARN forms are the default bus's and a custom bus's. */
const RULE_OPS = [
  'PutRule',
  'DeleteRule',
  'DescribeRule',
  'EnableRule',
  'DisableRule',
  'PutTargets',
  'RemoveTargets',
  'ListTargetsByRule'
]
const RULE_CALLS = new RegExp(`^events:(?:${RULE_OPS.join('|')})$`)

const USUAL_TYPE: Record<string, string> = {
  // Tagging a log group, not an anomaly detector or delivery (CreateLogGroup with Tags).
  'logs:TagResource': 'log-group',
  // Tagging a function (CreateFunction with Tags), not a capacity provider or code-signing
  // config (heldout110 review h110-013).
  'lambda:TagResource': 'function',
  'lambda:UntagResource': 'function',
  'lambda:ListTags': 'function',
  // API Gateway authorises every read as GET on a path; GetRestApi (the usual one) reads an API.
  'apigateway:GET': 'RestApi',
  // A model ID names a foundation model; profiles, endpoints and routers are the other ways in.
  'bedrock:InvokeModel': 'foundation-model',
  'bedrock:InvokeModelWithResponseStream': 'foundation-model',
  'bedrock:CreateEvaluationJob': 'foundation-model',
  // Classic and V2 share these actions; an ALB is far more common than a Classic Load Balancer,
  // so Classic is chosen only when the log says so (src/infer/namedTypes.ts).
  'elasticloadbalancing:AddTags': 'loadbalancer/app/',
  'elasticloadbalancing:RemoveTags': 'loadbalancer/app/',
  // S3's tagging API tags buckets above all; access grants nest (an instance holds grants and
  // locations), which the parent rule below would otherwise pick.
  's3:TagResource': 'bucket',
  's3:UntagResource': 'bucket',
  's3:ListTagsForResource': 'bucket',
  // A rule on the default bus (`rule/NAME`), which tools making their own rules use (crhelper's
  // polling schedule, heldout88 review h88-032); a custom bus's form is taken when the log names it.
  ...Object.fromEntries(RULE_OPS.map((op) => [`events:${op}`, 'rule-on-default-event-bus']))
}

/**
 * Actions whose required types are alternatives: the Service Authorization Reference marks each
 * required because each applies to one kind of target, but a call names one of them. InvokeModel
 * lists twelve (a model, a profile, a Marketplace endpoint...); tagging takes whichever resource
 * is tagged. Granting them all would open every kind at once.
 */
const ONE_OF: RegExp[] = [
  /^bedrock:(?:InvokeModel|InvokeModelWithResponseStream|CreateEvaluationJob)$/,
  // A Query or Scan reads a table or one of its indexes, and is authorised against that one ARN
  // only (heldout18 review h18-122: granting the table too opened every attribute of it).
  /^dynamodb:(?:Query|Scan|PartiQLSelect)$/,
  // DynamoDB names its listing ListTagsOfResource.
  /^[\w-]+:(?:TagResource|UntagResource|ListTagsForResource|ListTagsOfResource)$/,
  // A rule is on the default bus or on a custom one, never both.
  RULE_CALLS
]

export function typesAreAlternatives(action: string): boolean {
  return ONE_OF.some((re) => re.test(action))
}

/** Whether `child`'s ARN is a part of `parent`'s: its format extends the parent's path. */
function extendsFormat(child: ResourceTypeInfo, parent: ResourceTypeInfo): boolean {
  const base = parent.arnFormats[0]!
  return child.arnFormats.some(
    (f) => f !== base && /^[/:]/.test(f.slice(base.length)) && f.startsWith(base)
  )
}

/**
 * Among alternatives, the one resource the others are parts of: DynamoDB tags a table or one of
 * its streams (`table/${TableName}/stream/${StreamLabel}`), and a log that shows no stream tagged
 * the table (heldout12 review h12-049: CloudFormation creating a table got a stream ARN). Null
 * when no single type is that parent.
 */
function parentOf(types: ResourceTypeInfo[]): ResourceTypeInfo | null {
  const parents = types.filter(
    (t) =>
      types.some((o) => o !== t && extendsFormat(o, t)) &&
      !types.some((o) => o !== t && extendsFormat(t, o))
  )
  return parents.length === 1 ? parents[0]! : null
}

/**
 * The alternatives that are parts of the type a statement names for `entry` (a table's streams,
 * indexes, backups): a note says they exist, so a job that tagged one of them knows to name it.
 */
export function partTypes(entry: CatalogAction): string[] {
  if (!typesAreAlternatives(entry.action)) return []
  const [primary] = primaryTypes(entry)
  if (!primary) return []
  return entry.resourceTypes
    .filter((t) => t !== primary && t.arnFormats.length > 0 && extendsFormat(t, primary))
    .map((t) => t.name)
}

export function primaryTypes(entry: CatalogAction): ResourceTypeInfo[] {
  const usable = entry.resourceTypes.filter((t) => t.arnFormats.length > 0)
  const required = usable.filter((t) => t.required)
  const usual = usable.find((t) => t.name === USUAL_TYPE[entry.action])
  if (required.length > 0 && !typesAreAlternatives(entry.action)) return required
  if (usual) return [usual]
  const parent = typesAreAlternatives(entry.action)
    ? parentOf(required.length > 0 ? required : usable)
    : null
  if (parent) return [parent]
  if (required.length > 0) return required.slice(0, 1)
  const direct = usable.filter((t) => !ALTERNATE_FORM.test(t.name))
  return (direct.length > 0 ? direct : usable).slice(0, 1)
}

/**
 * Types every call uses besides the one its name says: what it creates (RunInstances: the ENI and
 * the volumes) or where it creates it (a security group is always made in a VPC, the default one
 * when none is named, and the request is checked against that VPC too).
 */
const ALSO_CREATED: Record<string, string[]> = {
  'ec2:RunInstances': ['instance', 'network-interface', 'volume'],
  // A fleet launches instances whose IDs AWS assigns after the check.
  'ec2:CreateFleet': ['fleet', 'instance', 'network-interface', 'volume', 'spot-instances-request'],
  // A copied AMI is backed by new snapshots; the source's belong to its owner (heldout72 review
  // h72-010: AWS's copy-AMI example grants `snapshot/*`).
  'ec2:CopyImage': ['snapshot']
}

/**
 * Resources that exist before the call, which every call uses and is checked against though the
 * reference marks them optional or, for CreateFleet's security groups, does not list them
 * (src/catalog/documentedArns.ts). Disassociating a subnet from a route table is checked against
 * the route table too (heldout14 review h14-090); a fleet launches from a launch template, with
 * an image, into a subnet and security groups (heldout13 review h13-164, AmazonEMRServicePolicy_v2
 * grants CreateFleet on each). AWS assigns none of their IDs during the call.
 */
const ALSO_USED: Record<string, string[]> = {
  'ec2:CreateFleet': ['image', 'launch-template', 'security-group', 'subnet'],
  // A Spot Fleet request is checked against what its launch specifications name: the image, the
  // subnet and the security groups (heldout15 review h15-020). A key pair only when one is named,
  // as for the RunInstances of its launches: both name it then, or neither (second review).
  'ec2:RequestSpotFleet': ['image', 'security-group', 'subnet'],
  'ec2:DisassociateRouteTable': ['route-table'],
  // The VPC a security group is made in exists already: its ID is the call's VpcId parameter
  // (heldout18 review h18-101), not one AWS assigns.
  'ec2:CreateSecurityGroup': ['vpc'],
  // A NAT gateway is made in a subnet and, when public (Terraform's and the console's default),
  // holds an Elastic IP allocation the caller names: the request is checked against both
  // (heldout132 review h133-030). A private one names no allocation; the extra ARN grants nothing.
  'ec2:CreateNatGateway': ['subnet', 'elastic-ip'],
  // A flow log is checked against the resource whose traffic it records: a VPC in CIS's control and
  // Terraform's `vpc_id`, the usual case (heldout132 review h133-013); a subnet's or an ENI's log
  // names that type instead, which the note on the placeholder says.
  'ec2:CreateFlowLogs': ['vpc'],
  // A command is checked against its document and against every node it targets (heldout136
  // review h136-032): the document alone fails at the first instance.
  'ssm:SendCommand': ['instance']
}

/** What stands in for a used type when the call names another kind (see ALSO_USED's comments). */
export const USED_INSTEAD: Record<string, string> = {
  'ec2:CreateFlowLogs':
    'a flow log of a subnet, a network interface or a transit gateway names that resource instead of the VPC',
  'ssm:SendCommand':
    'an on-premises managed node (`mi-…`) is `managed-instance/ID` under ssm instead; Resource may also be `instance/*` with an `ssm:resourceTag/…` condition'
}

/** The types of ALSO_USED, from the action's own list or the ARN shapes AWS documents for it. */
function usedTypes(entry: CatalogAction): ResourceTypeInfo[] {
  const names = ALSO_USED[entry.action] ?? []
  const known = [...entry.resourceTypes, ...documentedTypes(entry.action)]
  return names.flatMap((n) => known.find((t) => t.name === n && t.arnFormats.length > 0) ?? [])
}

/** A type the call uses but does not create, whose ID the log did not give: `*` with a note. */
export function slotIsUsed(entry: CatalogAction, typeName: string, slot: string): boolean {
  return /Id$/.test(slot) && (ALSO_USED[entry.action]?.includes(typeName) ?? false)
}

/**
 * The types every statement for the action must name, whatever the log printed: the required
 * ones and those every call uses (none for actions whose types are alternatives).
 */
export function mustCover(entry: CatalogAction): ResourceTypeInfo[] {
  if (typesAreAlternatives(entry.action)) return []
  const required = entry.resourceTypes.filter((t) => t.required && t.arnFormats.length > 0)
  return [...required, ...usedTypes(entry).filter((u) => !required.some((r) => r.name === u.name))]
}

/** Whether a statement for the action must name more types than the one a message printed. */
export function checksSeveral(entry: CatalogAction): boolean {
  return entry.resourceTypes.some((t) => t.required) || usedTypes(entry).length > 0
}

/**
 * Every type one call is checked against: the required ones, then the optional ones it creates
 * (RunInstances' volumes: every EBS-backed launch makes one) or always uses (ALSO_USED) and those
 * the log shows it uses (`named`: a key pair, a launch template). Granting only the required ones
 * fails again.
 */
export function checkedTypes(entry: CatalogAction, named: readonly string[]): ResourceTypeInfo[] {
  // No type is required: the call is authorised against the one it names, and the log's words
  // say which kinds those are (an ALB controller's target groups and load balancers).
  const said = entry.resourceTypes.filter((t) => t.arnFormats.length > 0 && named.includes(t.name))
  const used = usedTypes(entry)
  if (!entry.resourceTypes.some((t) => t.required)) {
    if (used.length > 0)
      return [...used, ...said.filter((t) => !used.some((u) => u.name === t.name))]
    if (said.length > 0) return said
  }
  const base = primaryTypes(entry)
  if (typesAreAlternatives(entry.action) || !base.every((t) => t.required)) return base
  const created = ALSO_CREATED[entry.action] ?? []
  const usedNames = used.map((t) => t.name)
  const extra = entry.resourceTypes.filter(
    (t) =>
      !t.required &&
      t.arnFormats.length > 0 &&
      (created.includes(t.name) || named.includes(t.name) || usedNames.includes(t.name))
  )
  // Types the reference does not list for the action (CreateFleet's security group).
  const unlisted = used.filter((u) => !entry.resourceTypes.some((t) => t.name === u.name))
  return [...base, ...extra, ...unlisted]
}

/** Services whose creating calls take the new resource's ID from the caller. */
const CALLER_CHOSEN_IDS = /^quicksight:/i

/**
 * Calls that start a run AWS numbers itself (Batch's SubmitJob: `job/${JobId}`, SSM's StartSession):
 * the ID exists only once the call returns (heldout12 review h12-030). Not StartInstances: those
 * instances exist, with IDs the caller knows.
 */
const STARTS_RUN = /^(?:Submit|Start)(\w*?(?:Job|Execution|Build|Task|Run|Session))$/

/**
 * Creating calls authorise against an ID AWS has not assigned yet (`vpc/${VpcId}` for CreateVpc):
 * only `*` can name it. What the call uses but does not create (RunInstances' subnet), and names
 * the caller chooses, stay placeholders.
 */
export function slotIsAssigned(entry: CatalogAction, typeName: string, slot: string): boolean {
  // A revision AWS numbers anew at every registration (ECS task definitions): a policy naming the
  // one that failed never matches the next run's.
  if (/RevisionNumber$/.test(slot)) return true
  if (!/Id$/.test(slot)) return false
  // The caller chooses every ID it creates (QuickSight's DashboardId, DataSetId, AnalysisId: a
  // template sets them; heldout136 review h137-041): the name is known before the call.
  if (CALLER_CHOSEN_IDS.test(entry.action)) return false
  if (ALSO_CREATED[entry.action]?.includes(typeName)) return true
  const created =
    /^(Create|Run|Allocate|Request|Import|Copy)(.+)$/.exec(entry.name)?.[2] ??
    STARTS_RUN.exec(entry.name)?.[1]
  const type = typeName.replace(/-/g, '').toLowerCase()
  // RequestSpotFleet creates a spot-fleet-request: the type's name is the call's noun and more.
  // CreateFlowLogs creates a vpc-flow-log: the call's noun, in the plural, ends the type's name
  // (heldout72 review h72-018).
  const singular = created?.toLowerCase().replace(/s$/, '')
  return (
    created !== undefined &&
    (created.toLowerCase().includes(type) ||
      type.startsWith(created.toLowerCase()) ||
      (singular!.length >= 6 && type.endsWith(singular!)))
  )
}

/**
 * A list-style call (Describe*, List*) whose resource types are all optional may name no resource
 * (DescribeStacks without a stack name lists every stack): AWS then checks it against "*". Only
 * these verbs: S3 object actions also mark no type required (object or access-point object), yet
 * always name one. A service whose documentation says so lists on "*" whatever the reference
 * marks required (src/catalog/unnamedListings.ts). Besides, the actions whose types are inputs a
 * call may leave out (src/catalog/optionalInputTypes.ts: translate:TranslateText).
 */
export function callableUnscoped(entry: CatalogAction): boolean {
  return (
    (/^(Describe|List)/.test(entry.name) &&
      // Optional because an access point may stand in (s3:ListBucket), not because none is named.
      !entry.resourceTypes.some((t) => ALTERNATE_FORM.test(t.name)) &&
      (!entry.resourceTypes.some((t) => t.required) || listsOnStar(entry.service))) ||
    optionalInputsOf(entry.action) !== null
  )
}

/**
 * A create whose new resource's ARN ends in an ID the service assigns (`cluster/NAME/${Uuid}`):
 * refused against "*", it has no ARN to name before it succeeds (heldout29 review, h29-021).
 */
export function createsWithAssignedId(entry: CatalogAction): boolean {
  return (
    /^[\w-]+:Create/.test(entry.action) &&
    primaryTypes(entry).some((t) => t.arnFormats.some((f) => /\$\{[A-Za-z]*(?:Uuid|Id)\}$/.test(f)))
  )
}

/**
 * Services whose getters named in the plural list what they return (Glue's `GetMLTransforms`,
 * `GetDatabases`, `GetCrawlers`): refused in a sentence that names no resource, AWS checked it
 * against "*" whatever types the reference lists (heldout35 review, h35-022: Prowler's scan).
 * Not every service's: SSM's `GetParameters` fetches the parameters it names.
 */
const PLURAL_GETTERS_LIST = new Set(['glue'])

export function pluralGetter(entry: CatalogAction): boolean {
  return PLURAL_GETTERS_LIST.has(entry.service) && /^Get[A-Z][A-Za-z0-9]*[^su]s$/.test(entry.name)
}
