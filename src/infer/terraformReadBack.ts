// Terraform's AWS provider reads every resource back the moment it has created it (each resource's
// Create ends in its Read) and again on every plan. A statement that allows only the create call
// lets the apply make the resource and then fail on the read: the run is red, the resource exists
// outside the state, and the next apply meets "already exists" (heldout26 review, h26-004: an
// aws_cognito_user_pool refused CreateUserPool needs DescribeUserPool next).
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { lookupAction } from '../catalog/Catalog.js'
import { parseArn } from '../model/Arn.js'
import { iacResourceOf } from './iacResource.js'

/** The resource type of a Terraform address (`module.x.aws_cognito_user_pool.pool[0]`). */
const TERRAFORM_TYPE = /(?:^|\.)(aws_[a-z0-9_]+)\.[\w-]+(?:\[[^\]]*\])?$/

/**
 * What each resource's Read calls (terraform-provider-aws, `resource<Type>Read`, and the tags
 * interceptor's `ListTags…` where Read does not set tags from its own describe), for creates whose
 * read is more than `Describe`/`Get` of the same noun. None of these tolerate AccessDenied.
 */
const READS: Record<string, string[]> = {
  'acm:requestcertificate': ['acm:DescribeCertificate', 'acm:ListTagsForCertificate'],
  'acm:importcertificate': ['acm:DescribeCertificate', 'acm:ListTagsForCertificate'],
  'cognito-idp:createuserpool': [
    'cognito-idp:DescribeUserPool',
    'cognito-idp:GetUserPoolMfaConfig'
  ],
  'sqs:createqueue': ['sqs:GetQueueAttributes', 'sqs:ListQueueTags'],
  // aws_cur_report_definition's Read lists the definitions (heldout136 review h137-036); the
  // call has no resource types, so its statement is on "*".
  'cur:putreportdefinition': ['cur:DescribeReportDefinitions', 'cur:ListTagsForResource'],
  'sns:createtopic': ['sns:GetTopicAttributes', 'sns:ListTagsForResource'],
  // GetFunctionCodeSigningConfig only in the aws partition's signer Regions, for zip packages.
  'lambda:createfunction': [
    'lambda:GetFunction',
    'lambda:ListVersionsByFunction',
    'lambda:GetFunctionCodeSigningConfig'
  ],
  'secretsmanager:createsecret': [
    'secretsmanager:DescribeSecret',
    'secretsmanager:GetResourcePolicy'
  ],
  'dynamodb:createtable': [
    'dynamodb:DescribeTable',
    'dynamodb:DescribeContinuousBackups',
    'dynamodb:DescribeTimeToLive',
    'dynamodb:ListTagsOfResource'
  ],
  'ecr:createrepository': ['ecr:DescribeRepositories', 'ecr:ListTagsForResource'],
  // The create waits on its change, then reads the zone and its tags.
  'route53:createhostedzone': [
    'route53:GetChange',
    'route53:GetHostedZone',
    'route53:ListTagsForResource'
  ],
  'logs:createloggroup': ['logs:DescribeLogGroups', 'logs:ListTagsForResource'],
  'kms:createkey': [
    'kms:DescribeKey',
    'kms:GetKeyPolicy',
    'kms:GetKeyRotationStatus',
    'kms:ListResourceTags'
  ],
  // An aws_s3_bucket's read asks for every bucket setting the resource exposes.
  's3:createbucket': [
    's3:ListBucket',
    's3:GetBucketPolicy',
    's3:GetBucketAcl',
    's3:GetBucketCORS',
    's3:GetBucketWebsite',
    's3:GetBucketVersioning',
    's3:GetAccelerateConfiguration',
    's3:GetBucketRequestPayment',
    's3:GetBucketLogging',
    's3:GetLifecycleConfiguration',
    's3:GetReplicationConfiguration',
    's3:GetEncryptionConfiguration',
    's3:GetBucketObjectLockConfiguration',
    's3:GetBucketTagging'
  ]
}

/** Verbs whose call makes the resource. */
const CREATE = /^(?:Create|Request|Import|Register|Allocate)(\w+)$/

/** The read of the same noun the catalog knows: `Describe<Noun>`, `Describe<Noun>s`, `Get<Noun>`. */
function derivedRead(action: string): string[] {
  const [service, name] = action.split(':') as [string, string]
  const noun = CREATE.exec(name)?.[1]
  if (!noun) return []
  for (const read of [`Describe${noun}`, `Describe${noun}s`, `Get${noun}`]) {
    const entry = lookupAction(`${service}:${read}`)
    if (entry) return [entry.action]
  }
  return []
}

/**
 * The provider's own error for a create (`Error: creating Cognito User Pool: …`, `Error: requesting
 * ACM Certificate (example.com): …`): Terraform's words even where the address is not in the excerpt.
 */
const CREATE_ERROR =
  /\bError: (?:creating|requesting|importing|registering|allocating) ((?:[A-Z][\w.-]*\s?){1,5})(?=[:(]|\s\()/

/** What was created: the address's resource type, else the thing the error names. */
export function terraformCreatedOf(x: InferInput): string | null {
  const address = iacResourceOf(x.ctx)
  const type = address ? TERRAFORM_TYPE.exec(address.value)?.[1] : undefined
  if (type) return type
  if (address) return null
  const said = CREATE_ERROR.exec(x.ctx.line)?.[1]?.trim()
  return said ?? null
}

/**
 * The read's resource: the created resource's type with `*` for its name or ID, which the create
 * makes up (a user pool ID, a certificate ID); the Region and account from the refused ARN or the
 * caller's when the log shows them.
 */
function readResource(x: InferInput, read: string): string | null {
  const type = lookupAction(read)?.resourceTypes.find((t) => t.required) ?? null
  const format = type?.arnFormats[0]
  if (!format) return null
  // A create that names what it makes (a bucket, a table, a queue): the read is of that one,
  // which the remedy takes from the refused call (null here), never every one of its kind.
  const created = lookupAction(x.action ?? '')?.resourceTypes ?? []
  if (created.some((t) => t.name === type.name)) return null
  const refused = parseArn(x.d.resource ?? '')
  const caller = parseArn(x.d.principal ?? '')
  // Masked as the log printed it (`***`): the remedy's placeholder then says what the mask was.
  const account =
    [refused?.account, caller?.account].find((a) => a && /^\d{12}$/.test(a)) ??
    [refused?.account, caller?.account].find((a) => a && a !== '*')
  const region =
    refused?.region && /^[a-z]{2}(?:-[a-z]+)+-\d$/.test(refused.region) ? refused.region : null
  const partition = [refused?.partition, caller?.partition].find(
    (p) => p && /^aws(?:-[a-z]+)*$/.test(p)
  )
  return format
    .replace('${Partition}', partition ?? 'aws')
    .replace('${Region}', region ?? '<REGION>')
    .replace('${Account}', account ?? '<ACCOUNT_ID>')
    .replace(/\$\{\w+\}/g, '*')
}

export function terraformReadBackOf(x: InferInput): CompanionNeed[] {
  const action = x.action
  // A create, or a put whose resource's Read the table lists (aws_cur_report_definition).
  if (!action || !(CREATE.test(action.split(':')[1] ?? '') || action.toLowerCase() in READS))
    return []
  // IAM's reads after a create are companion sets of their own (src/remedy/companionActions.ts).
  if (action.toLowerCase().startsWith('iam:')) return []
  const created = terraformCreatedOf(x)
  if (!created) return []
  const reads = READS[action.toLowerCase()] ?? derivedRead(action)
  return reads
    .filter((read) => read.toLowerCase() !== action.toLowerCase())
    .map((read) => {
      const resource = readResource(x, read)
      // Said only where the read's Resource is every one of the kind (a made-up ID).
      const every = resource
        ? ' (its ID is new, so the read is allowed on every one of its kind)'
        : ''
      return {
        action: read,
        resource,
        from: `Terraform's AWS provider reads the ${created} back after creating it and on every plan: with the create alone the apply fails once the resource exists${every}`
      }
    })
}
