// Explicit denies that are guardrails: an organization or resource policy that denies unless a
// condition holds. The fix is to meet the condition, not to exempt the caller. And where the
// message names no policy type, the places a Deny can live, each with the check that shows it.
import { awsPublishedArn } from '../catalog/fitResource.js'
import type { Finding } from '../model/Finding.js'
import { denyPlacesFor, type DenyPlace } from '../model/denyPlaces.js'

interface Guardrail {
  /** Condition key the denying statement usually tests. */
  key: string
  /** How the request meets it. */
  meet: string
  /**
   * What the condition guards: a service (`s3`) or one of its resource types (`ec2:volume`), as
   * the denied resource's ARN shows it. None: any request. A Deny's condition is chosen from the
   * denied resource (heldout11 review, h11-044: RunInstances denied on `volume/*` is an EBS rule).
   */
  on?: readonly string[]
  /**
   * The actions whose requests carry the key at all (S3 sends its encryption headers only with
   * object writes, all authorised as s3:PutObject): for another action the row does not apply
   * (heldout15 review, h15-081: the encryption hint led for a GetObject).
   */
  actions?: readonly string[]
  /** The row said for what the log shows of this request, when that changes what to do. */
  fitted?(f: Finding): Guardrail | null
  /** Said only when `fitted` answers: the row is about what the log shows, never a guess. */
  onlyFitted?: boolean
}

/** What to send instead of the encryption the log shows was sent (`sseSent`). */
function sseAlreadySent(f: Finding): Guardrail | null {
  const sent = f.inferred?.sseSent
  if (!sent) return null
  const [algorithm, key] = sent.value.split(' ')
  const other =
    algorithm === 'AES256'
      ? 'SSE-KMS (`--sse aws:kms`, with the key it names: `--sse-kms-key-id KEY_ARN`)'
      : key
        ? 'the key the policy names (`--sse-kms-key-id` with that key, not another), or `AES256` if that is the value it requires'
        : 'another value (`AES256`), or `aws:kms` with the key the policy names (`--sse-kms-key-id KEY_ARN`)'
  return {
    key: 's3:x-amz-server-side-encryption / s3:x-amz-server-side-encryption-aws-kms-key-id',
    meet: `the request already sent \`${algorithm}\`${key ? ' with a KMS key' : ''} (${sent.from}), so the Deny most likely requires ${other}: send exactly the value and key its Condition names`
  }
}

/** The log shows the request went over plain HTTP: the TLS guard refused it, as it should. */
function plainHttp(f: Finding): Guardrail | null {
  const said = f.inferred?.signals?.['plain-http-endpoint']
  if (!said) return null
  return {
    key: 'aws:SecureTransport',
    meet: `the request went over plain HTTP (\`${said.from.replace(/^"(.*)" in the log$/, '$1').replace(/`/g, "'")}\` in the log), which a Deny on \`aws:SecureTransport\` \`false\` refuses by design: use the \`https://\` endpoint (or drop \`--endpoint-url\`) and keep the Deny`
  }
}

/** The launch's instance type the log names: a Deny on ec2:InstanceType is the first suspect. */
function namedInstanceType(f: Finding): Guardrail | null {
  const said = f.inferred?.signals?.['instance-type']
  if (!said) return null
  return {
    key: 'ec2:InstanceType',
    meet: `the log names the instance type \`${said.value}\` with this refusal: guardrails commonly allow only some types, so launch one the policy allows (ask its owner which) rather than have the Deny narrowed`
  }
}

/**
 * Services whose API is served from one Region only (us-east-1): a Region guardrail can't be met
 * by moving the call, and AWS's example Region-restriction SCP exempts them in NotAction
 * (heldout27 review, h27-002: Cost Explorer under a Region SCP).
 */
const ONE_REGION_SERVICES: Readonly<Record<string, string>> = {
  ce: 'Cost Explorer',
  budgets: 'AWS Budgets',
  cur: 'Cost and Usage Reports',
  iam: 'IAM',
  organizations: 'AWS Organizations',
  route53: 'Route 53',
  cloudfront: 'CloudFront',
  support: 'AWS Support',
  globalaccelerator: 'Global Accelerator'
}

function oneRegionService(f: Finding): Guardrail | null {
  const action = (f.action ?? f.inferredAction ?? '').toLowerCase()
  // iam:PassRole is checked where the service the role is handed to is called, in that Region
  // (heldout89 review h89-001: a Region SCP's exception lists it by name, not `iam:*`).
  if (action === 'iam:passrole') {
    return {
      key: 'aws:RequestedRegion',
      meet: "iam:PassRole is evaluated with the call that hands the role over, in that call's Region (here the service that receives the role), not at IAM's endpoint: make that call in a Region the guardrail allows, or have the policy's owner list `iam:PassRole` by name in the Region Deny's exceptions for the Region the job must use"
    }
  }
  const service = action.split(':')[0] ?? ''
  const name = ONE_REGION_SERVICES[service]
  if (!name) return null
  return {
    key: 'aws:RequestedRegion',
    meet: `${name} is served from us-east-1 only, so no other Region can meet it: the policy's owner exempts \`${service}:*\` from the Region Deny (AWS's example Region-restriction SCP lists such global services in its NotAction)`
  }
}

/** An EC2 instance role's session: AWS names it after the instance (`assumed-role/NAME/i-0bf…`). */
const INSTANCE_SESSION = /:assumed-role\/[^/\s]+\/(i-[0-9a-f]{8,17})$/

/**
 * The network row for an instance role's session: its credentials were taken off the instance
 * (a browser, a laptop, heldout15 review h15-081), and a Deny on the network they come from is
 * the first suspect.
 */
function instanceSession(f: Finding): Guardrail | null {
  const m = INSTANCE_SESSION.exec(f.principal ?? '')
  if (!m) return null
  return {
    key: 'aws:SourceVpce / aws:SourceIp / aws:Ec2InstanceSourceVpc',
    meet: `the caller is an EC2 instance role's session (\`${m[1]!}\`): used off the instance (its credentials copied to a laptop or a browser), a Deny on the network or on \`aws:Ec2InstanceSourceVpc\` / \`aws:Ec2InstanceSourcePrivateIPv4\` refuses them, so call from the instance itself; on the instance, through the VPC endpoint or network the policy allows`
  }
}

/** `AWSLogs/ACCOUNT/CloudTrail/…`: where AWS services deliver their audit logs into a bucket. */
const AUDIT_LOG =
  /^arn:[\w-]+:s3:::[^/]+\/(?:[^/]+\/)*AWSLogs\/[^/]+\/(?:CloudTrail|CloudTrail-Digest|Config|elasticloadbalancing|vpcflowlogs)\//

/** A delete of an audit log a service delivered: the bucket's Deny on it is the control working. */
function auditLogDelete(f: Finding): Guardrail | null {
  if (!/^s3:Delete/i.test(f.action ?? f.inferredAction ?? '') || !AUDIT_LOG.test(f.resource ?? ''))
    return null
  return {
    key: 'a Deny on deleting audit logs (or S3 Object Lock)',
    meet: "the object is an audit log an AWS service delivered (`AWSLogs/…`): buckets that keep them deny deletes and retain them with Object Lock on purpose, so this refusal is the control working. Leave the Deny; logs go only when their retention ends, by the bucket owner's lifecycle rule"
  }
}

/**
 * A bucket's Block Public Access setting written where the organization keeps it account-wide:
 * guardrails deny s3:PutBucketPublicAccessBlock outright, and CDK's bootstrap writes it on its
 * staging bucket (heldout16 review h16-001).
 */
function bucketPublicAccessBlock(f: Finding): Guardrail | null {
  if (!/^s3:PutBucketPublicAccessBlock$/i.test(f.action ?? f.inferredAction ?? '')) return null
  const cdk = /:::cdk-[a-z0-9]{9}-assets-/.test(f.resource ?? '')
  return {
    key: 's3:PutBucketPublicAccessBlock reserved to the organization',
    meet: `organizations that keep Block Public Access on account-wide often deny setting it per bucket, whatever its value: do not set it on the bucket (${cdk ? "CDK's bootstrap: `cdk bootstrap --public-access-block-configuration false`; the account's setting still blocks public access" : 'Terraform: no `aws_s3_bucket_public_access_block` for it; CloudFormation: no `PublicAccessBlockConfiguration`'}), and check the account's own setting with \`aws s3control get-public-access-block --account-id ACCOUNT_ID\``
  }
}

/**
 * A resource AWS owns (its ARN's account empty) refused by a resource perimeter: its
 * `aws:ResourceOrgID` / `aws:ResourceAccount` condition can never match AWS's own resource, so the
 * Deny lists such ARNs in its NotResource (heldout89 review h89-017: Resource Explorer's service
 * view under `EnforceResourcePerimeterAWSResources`). Exempting the principal opens the perimeter.
 */
function awsOwnedUnderPerimeter(f: Finding): Guardrail | null {
  if (!awsPublishedArn(f.resource)) return null
  return {
    key: 'aws:ResourceOrgID / aws:ResourceAccount (a resource perimeter)',
    meet: `the resource is AWS's own (\`${f.resource}\` has no account), which a perimeter's organization or account condition never matches: the policy's owner adds such ARNs to the Deny's NotResource, as AWS's data perimeter examples do for AWS-owned resources, rather than exempting the caller`
  }
}

/** Conditions organization guardrails and bucket policies commonly deny on. */
export const GUARDRAILS: Guardrail[] = [
  {
    key: 'resource perimeter',
    meet: '',
    fitted: awsOwnedUnderPerimeter,
    onlyFitted: true
  },
  { key: 'audit log delete', meet: '', on: ['s3'], fitted: auditLogDelete, onlyFitted: true },
  {
    key: 'bucket public access block',
    meet: '',
    on: ['s3'],
    fitted: bucketPublicAccessBlock,
    onlyFitted: true
  },
  {
    key: 'ec2:Encrypted',
    meet: 'launch encrypted volumes (Terraform `encrypted = true` in `root_block_device` and `ebs_block_device`, `Encrypted: true` in the block device mappings), or turn on EBS encryption by default in the Region (`aws ec2 enable-ebs-encryption-by-default`)',
    on: ['ec2:volume']
  },
  {
    key: 'aws:RequestTag/KEY',
    meet: 'tag what the call creates at creation with the tags the policy requires (the Deny names them; Terraform `volume_tags` or `root_block_device { tags }` for volumes, `TagSpecifications` in the call)',
    on: ['ec2:volume', 'ec2:instance']
  },
  {
    key: 'ec2:InstanceType',
    meet: 'launch an instance type the policy allows',
    on: ['ec2:instance'],
    fitted: namedInstanceType
  },
  {
    key: 'ec2:MetadataHttpTokens',
    meet: 'require IMDSv2 at launch (Terraform `metadata_options { http_tokens = "required" }`)',
    on: ['ec2:instance']
  },
  {
    // SageMaker's guardrails limit the ML instance types a job or endpoint may use (the key AWS's
    // SageMaker SCP examples deny on); its create calls carry it (heldout34 review, h34-018: an SCP
    // refusing CreateEndpointConfig from Studio).
    key: 'sagemaker:InstanceTypes',
    meet: 'use an ML instance type the policy allows (the `ml.*` type of the training job, processing job, endpoint configuration or notebook; ask its owner which)',
    on: ['sagemaker'],
    actions: [
      'sagemaker:CreateTrainingJob',
      'sagemaker:CreateProcessingJob',
      'sagemaker:CreateTransformJob',
      'sagemaker:CreateHyperParameterTuningJob',
      'sagemaker:CreateEndpointConfig',
      'sagemaker:CreateNotebookInstance',
      'sagemaker:CreateApp'
    ]
  },
  {
    key: 'aws:RequestedRegion',
    meet: "run in a Region the policy allows (the job's region input or AWS_REGION; global services such as IAM are called in us-east-1)",
    fitted: oneRegionService
  },
  {
    key: 's3:x-amz-server-side-encryption',
    meet: 'send the encryption the policy requires (`--sse aws:kms`, `ServerSideEncryption` in the SDK call)',
    on: ['s3'],
    actions: ['s3:PutObject'],
    fitted: sseAlreadySent
  },
  {
    key: 'aws:SecureTransport',
    meet: 'call over HTTPS (no `http://` endpoint URL)',
    on: ['s3', 'sqs', 'sns'],
    fitted: plainHttp
  },
  { key: 'aws:MultiFactorAuthPresent', meet: 'use a session created with MFA' },
  {
    key: 'aws:SourceVpce / aws:SourceIp',
    meet: 'call from the network the policy allows (its VPC endpoint or IP range)',
    fitted: instanceSession
  }
]

const code = (value: string): string => '`' + value + '`'

/** Which guardrail keys the decoded context names, when it was decoded. */
function decodedKeys(f: Finding): Set<string> {
  return new Set((f.decode?.conditions ?? []).map((c) => c.key.toLowerCase()))
}

/** `ec2:volume` for `arn:aws:ec2:eu-central-1:123:volume/*`; the service alone without a type. */
function deniedOn(f: Finding): { service: string | null; type: string | null } {
  const arn = /^arn:[\w-]+:([\w-]+):[^:]*:[^:]*:([A-Za-z][\w-]*)[/:]/.exec(f.resource ?? '')
  const service = arn?.[1] ?? f.service ?? f.action?.split(':')[0] ?? null
  return { service, type: arn && service ? `${service}:${arn[2]!}` : null }
}

/**
 * The guardrails that can guard this request, those of its resource type first, then those of
 * its service, then those of any request; every one when nothing is known.
 */
export function guardrailsFor(f: Finding): Guardrail[] {
  const { service, type } = deniedOn(f)
  const action = (f.action ?? f.inferredAction ?? '').toLowerCase()
  // A row for other actions than the one refused does not apply; unknown, every row may.
  const asked = (g: Guardrail): boolean =>
    !g.actions || action === '' || g.actions.some((a) => a.toLowerCase() === action)
  // A row the log's request fits (what it already sent, who it is) is said for it, and first.
  const fit = (g: Guardrail): Guardrail => g.fitted?.(f) ?? g
  const fitsFirst = (g: Guardrail): number => (g.fitted?.(f) ? -1 : 0)
  const shown = (g: Guardrail): boolean => !g.onlyFitted || g.fitted?.(f) != null
  if (!service)
    return GUARDRAILS.filter((g) => asked(g) && shown(g))
      .sort((a, b) => fitsFirst(a) - fitsFirst(b))
      .map(fit)
  // Without a resource type (no ARN printed) the service's type-bound rows stand as its own.
  const ofService = (g: Guardrail): boolean =>
    g.on!.includes(service) || (!type && g.on!.some((o) => o.startsWith(`${service}:`)))
  const rank = (g: Guardrail): number =>
    !asked(g) ? -1 : !g.on ? 2 : type && g.on.includes(type) ? 0 : ofService(g) ? 1 : -1
  return GUARDRAILS.filter((g) => rank(g) >= 0 && shown(g))
    .sort((a, b) => fitsFirst(a) - fitsFirst(b) || rank(a) - rank(b))
    .map(fit)
}

/** The "meet the condition" note for an explicit deny in an SCP, RCP, resource or unnamed policy. */
export function guardrailNote(f: Finding): string {
  const seen = decodedKeys(f)
  const named = GUARDRAILS.filter((g) => g.key.split(' / ').some((k) => seen.has(k.toLowerCase())))
  const list = (named.length > 0 ? named : guardrailsFor(f))
    .map((g) => `${code(g.key)}: ${g.meet}`)
    .join('; ')
  // An SCP also denies by omission: a Deny with NotAction over the approved services, where a
  // service left off the list is refused whole (heldout28 review h28-008, ssmmessages).
  const service = f.layer === 'scp' ? deniedOn(f).service : null
  const allowList = service
    ? ` An SCP may also deny every service it does not list (a Deny with \`NotAction\`, the allow-list pattern): then ${code(`${service}:*`)} (or ${code(f.action ?? `${service}:ACTION`)}) must join its list.`
    : ''
  return `Guardrail Denies usually apply on a Condition, and then the fix is to meet it rather than to exempt the caller. Check the Deny's Condition first: ${list}.${allowList}`
}

/** The IAM entity a check names: `aws iam get-user` for a user, `get-role` for anything else. */
export type IamEntity = 'role' | 'user'

export function iamEntityOf(principal: string | null): IamEntity {
  return /:user\//.test(principal ?? '') ? 'user' : 'role'
}

const Entity = { role: 'Role', user: 'User' } as const

/** Where an explicit Deny of unnamed type can be, with the check for each (src/model/denyPlaces.ts). */
export const DENY_CANDIDATES: Record<
  DenyPlace,
  { where: string; check: (e: IamEntity) => string }
> = {
  // SCPs attach to the account, to each OU above it and to the root: the account's own list
  // misses the inherited ones (heldout27 review 2, h27-001: DCE's SCP on an OU).
  scp: {
    where: 'a service control policy on the account, an OU above it or the root',
    check: () =>
      'aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY, then the same for each parent (aws organizations list-parents --child-id ACCOUNT_ID) up to the root, run in the management account'
  },
  rcp: {
    where: "a resource control policy (in the resource's account)",
    check: () =>
      'aws organizations list-policies-for-target --target-id RESOURCE_ACCOUNT_ID --filter RESOURCE_CONTROL_POLICY'
  },
  boundary: { where: 'a permissions boundary', check: (e) => boundaryCheck(e) },
  session: {
    where: 'a session policy',
    check: () =>
      'the session-policy inputs of whatever created the session (inline-session-policy / managed-session-policies, or AssumeRole Policy / PolicyArns)'
  },
  resource: {
    where: "a Deny in the resource's policy",
    check: () => "aws s3api get-bucket-policy --bucket BUCKET (or the service's get-*-policy)"
  },
  identity: {
    where: "a Deny in the caller's own identity policies",
    check: (e) =>
      `aws iam list-attached-${e}-policies --${e}-name NAME and aws iam list-${e}-policies --${e}-name NAME`
  }
}

/** The candidates that can hold this finding's Deny. */
export function denyCandidatesOf(f: Pick<Finding, 'service' | 'principal' | 'action'>) {
  return denyPlacesFor(f).map((place) => DENY_CANDIDATES[place])
}

/** The command that shows the permissions boundary of a role or a user. */
export function boundaryCheck(e: IamEntity): string {
  return `aws iam get-${e} --${e}-name NAME --query ${Entity[e]}.PermissionsBoundary`
}

export function denyCandidatesNote(f: Finding): string {
  const e = iamEntityOf(f.principal)
  const items = denyCandidatesOf(f)
    .map((c) => `${c.where} (${code(c.check(e))})`)
    .join('; ')
  return `The message does not say which policy holds the Deny. It can be in ${items}. A service or resource control policy is changed only from the organization's management account (or its delegated administrator); the others are in the caller's account.`
}
