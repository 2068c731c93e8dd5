// The action a tool's own words name when the message does not: Terraform's "verb-ing <Service>
// <Resource>" (`reading EC2 AMIs`, `creating EC2 VPC`, `creating CloudWatch Metric Alarm`), the
// resource type of its address (`aws_launch_configuration.web: Creating...` or `: Error creating`),
// CloudFormation's `Access denied for operation 'AWS::CloudFront::ResponseHeadersPolicy'` with the
// event's status, and other tools' "error creating <Resource>" / "Creating <thing>..." wording
// (kops, StarCluster, docker-machine). The words become candidate action names, and the catalog
// decides which exist: a general mapping, not a list of phrases. A phrase without a service word
// answers only for a denial whose service is known (from its code, say EC2's
// UnauthorizedOperation): a bare noun (`file`, `directory`) names an action in too many services.
import { actionForOperation } from '../catalog/Catalog.js'
import type { InferredValue } from '../model/Inferred.js'
import { TERRAFORM_BARE_TYPES, TERRAFORM_TYPE_SERVICES } from './terraformTypes.js'

/** The IAM verbs a tool's verb may stand for, most likely first. */
const VERBS: Record<string, string[]> = {
  creating: ['Create', 'Put', 'Allocate', 'Register'],
  reading: ['Describe', 'Get', 'List'],
  describing: ['Describe', 'Get'],
  listing: ['List', 'Describe'],
  updating: ['Update', 'Modify', 'Put'],
  modifying: ['Modify', 'Update', 'Put'],
  deleting: ['Delete', 'Deregister', 'Release'],
  create: ['Create', 'Put', 'Allocate', 'Register'],
  update: ['Update', 'Modify', 'Put'],
  delete: ['Delete', 'Deregister', 'Release'],
  describe: ['Describe'],
  read: ['Get', 'Describe', 'List'],
  getting: ['Describe', 'Get', 'List'],
  get: ['Get', 'Describe'],
  list: ['List', 'Describe'],
  put: ['Put'],
  // EC2 starts instances by running them (`Error launching instance`).
  launching: ['Run'],
  launch: ['Run'],
  starting: ['Start'],
  stopping: ['Stop'],
  terminating: ['Terminate'],
  attaching: ['Attach'],
  attach: ['Attach'],
  detaching: ['Detach'],
  authorizing: ['Authorize'],
  authorize: ['Authorize']
}

/** Terraform's service words (and CloudFormation's namespaces) whose IAM prefix is not their lower case. */
const SERVICES: Record<string, string> = {
  'cloudwatch logs': 'logs',
  'cloudwatch log': 'logs',
  elbv2: 'elasticloadbalancing',
  'elb classic': 'elasticloadbalancing',
  elasticloadbalancingv2: 'elasticloadbalancing',
  'route 53': 'route53',
  'secrets manager': 'secretsmanager',
  secretsmanager: 'secretsmanager',
  'cognito user pool': 'cognito-idp',
  cognito: 'cognito-idp',
  'api gateway': 'apigateway',
  'api gateway v2': 'apigateway',
  apigatewayv2: 'apigateway',
  'step functions': 'states',
  sfn: 'states',
  stepfunctions: 'states',
  eventbridge: 'events',
  events: 'events',
  opensearch: 'es',
  opensearchservice: 'es',
  certificatemanager: 'acm',
  'kinesis firehose': 'firehose',
  kinesisfirehose: 'firehose',
  ssm: 'ssm',
  vpc: 'ec2',
  // Amazon Managed Service for Prometheus (`creating Prometheus Workspace`, heldout17 review h17-018).
  prometheus: 'aps',
  'managed prometheus': 'aps'
}

/** Nouns whose IAM name differs (`AMI` is an `Image`). */
const NOUNS: Record<string, string> = { ami: 'Image', vpc: 'Vpc' }

/**
 * A service's own name for a plain noun: RDS calls its instances `DBInstance`, ElastiCache its
 * clusters `CacheCluster` (`getting RDS instances` is rds:DescribeDBInstances).
 */
const SERVICE_NOUNS: Record<string, Record<string, string>> = {
  rds: { instance: 'DBInstance', cluster: 'DBCluster', snapshot: 'DBSnapshot' },
  // S3 has no folders: a tool's folder or prefix is the keys under it (`failed to list s3
  // folder` is ListObjects, authorised as s3:ListBucket).
  s3: { folder: 'Object', directory: 'Object', prefix: 'Object' },
  elasticache: { cluster: 'CacheCluster' }
}

/**
 * A service's container word that IAM leaves out of its subresources' actions: S3 names a bucket's
 * lifecycle, encryption or CORS configuration `s3:GetLifecycleConfiguration`, not `GetBucket…`.
 */
const CONTAINERS: Record<string, string> = { s3: 'bucket' }

/** Verb and resource pairs whose action is named otherwise (EC2 creates instances by running them). */
const SPECIAL: Record<string, string> = {
  'creating ec2:Instance': 'ec2:RunInstances',
  'creating ec2:Instances': 'ec2:RunInstances',
  'deleting ec2:Instance': 'ec2:TerminateInstances',
  // The AWS provider reads an aws_sqs_queue with GetQueueAttributes (then ListQueueTags, a
  // companion): there is no GetQueue, and ListQueues names no queue (heldout15 review h15-150).
  'reading sqs:Queue': 'sqs:GetQueueAttributes'
}

function pascal(word: string): string {
  const alias = NOUNS[word.toLowerCase()]
  if (alias) return alias
  return /^[A-Z0-9]+s?$/.test(word) && word.length <= 5
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word.charAt(0).toUpperCase() + word.slice(1)
}

/** Singular and plural spellings of the resource words, as action-name suffixes. */
function nounForms(words: string[]): string[] {
  const last = words[words.length - 1]!
  const plural = /[^s]s$/i.test(last) || /^[A-Z0-9]+s$/.test(last)
  const singular = plural ? last.slice(0, -1) : last
  const head = words.slice(0, -1).map(pascal).join('')
  const one = head + pascal(singular)
  const many = /(s|x|ch|sh)$/.test(one)
    ? `${one}es`
    : /[^aeiou]y$/.test(one)
      ? `${one.slice(0, -1)}ies`
      : `${one}s`
  return plural ? [many, one] : [one, many]
}

function serviceOf(words: string[]): { service: string; rest: string[] } | null {
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const key = words.slice(0, n).join(' ').toLowerCase()
    const service = SERVICES[key] ?? (n === 1 && /^[A-Za-z0-9]+$/.test(key) ? key : null)
    if (service) return { service, rest: words.slice(n) }
  }
  return null
}

/** The first candidate `service:VerbNoun` the catalog knows. */
function resolve(verb: string, service: string, nouns: string[]): string | null {
  const special = SPECIAL[`${verb} ${service}:${nouns.map(pascal).join('')}`]
  if (special) return special
  const own =
    nouns.length === 1
      ? SERVICE_NOUNS[service]?.[nouns[0]!.toLowerCase().replace(/s$/, '')]
      : undefined
  const forms = own ? [...nounForms([own]), ...nounForms(nouns)] : nounForms(nouns)
  for (const v of VERBS[verb] ?? []) {
    for (const noun of forms) {
      // Read as the API operation the words spell: `list s3 buckets` is ListBuckets, whose
      // action is s3:ListAllMyBuckets (the catalog's operation exceptions), not s3:ListBucket.
      const found = actionForOperation(service, `${v}${noun}`)
      if (found) return found
    }
  }
  return null
}

/** How a phrase's words may split into a service and its resource nouns. */
interface Reading {
  service: string
  rest: string[]
}

/**
 * The phrase's own service word first (`EC2 VPC`), then, when the denial's service is known, all
 * its words as nouns of that service (kops' `RouteTable`, StarCluster's `security group`).
 */
function readings(all: string[], service: string | null): Reading[] {
  // `error listing AWS volumes` (the in-tree Kubernetes cloud provider, heldout17 review h17-116):
  // the vendor's name qualifies nothing.
  const words = all.length > 1 && /^(?:AWS|Amazon)$/i.test(all[0]!) ? all.slice(1) : all
  const out: Reading[] = []
  const own = serviceOf(words)
  if (own && own.rest.length > 0 && (service === null || own.service === service)) out.push(own)
  if (service !== null) out.push({ service, rest: words })
  return out
}

/**
 * How a Terraform resource type's words (`launch configuration`, `autoscaling group`) may split:
 * the service its leading words stand for (terraformTypes.ts) or its first word, the resource in
 * the words after it or in all of them (a type may repeat its service: `aws_autoscaling_group` is
 * an AutoScalingGroup, `aws_cloudwatch_log_group` a LogGroup).
 */
function typeReadings(words: string[], service: string | null): Reading[] {
  const fits = (s: string): boolean => service === null || s === service
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const typed = TERRAFORM_TYPE_SERVICES[words.slice(0, n).join('_')]
    if (!typed) continue
    if (!fits(typed)) return []
    const bare = TERRAFORM_BARE_TYPES[words.join('_')]
    if (bare) return [{ service: typed, rest: bare.split(' ') }]
    return n < words.length
      ? [
          { service: typed, rest: words },
          { service: typed, rest: words.slice(n) }
        ]
      : [{ service: typed, rest: words }]
  }
  const out: Reading[] = []
  const own = serviceOf(words)
  if (own && fits(own.service)) {
    out.push(own)
    out.push({ service: own.service, rest: words.slice(words.length - own.rest.length - 1) })
  }
  if (service !== null) out.push({ service, rest: words })
  return out
}

/** One way a tool words the call it was making; every match in the text is tried. */
interface PhraseShape {
  id: string
  /** Global; group 1 the verb, group 2 the words naming the resource. */
  re: RegExp
  /** `all`: every word is the resource (Terraform's); `prefix`: the longest leading run the catalog knows. */
  nouns: 'all' | 'prefix'
  /** Which match wins when several name an action: the nearest the error, or the first. */
  pick: 'last' | 'first'
  from(m: RegExpMatchArray): string
  /** The verb and resource words, when the groups hold them otherwise than 1 and 2. */
  parts?(m: RegExpMatchArray): { verb: string; words: string }
  /** The words are a Terraform resource type's (`launch configuration`): read with typeReadings. */
  typed?: boolean
  /** Whether the match names the call at all (the error's words may name a part of the resource). */
  holds?(m: RegExpMatchArray): boolean
  /**
   * The tool lists every resource of the kind it names in the plural (ec2.py's `getting RDS
   * instances`): the call named no one resource.
   */
  lists?: boolean
  /** The action, read otherwise than from a verb and nouns (a resource's named part). */
  action?(m: RegExpMatchArray, service: string | null): string | null
}

/** An action a tool's words name, and whether they name a listing of every resource of a kind. */
export interface PhraseValue extends InferredValue {
  listing?: boolean
}

/** Terraform's progress verbs (`aws_x.y: Creating...`) as the tool verbs above. */
const PROGRESS_VERBS: Record<string, string> = {
  Creating: 'creating',
  Modifying: 'modifying',
  Destroying: 'deleting',
  Reading: 'reading'
}

/**
 * Whether the error's words name the type's resource, not a part of it: `aws_lambda_function.x:
 * Error modifying Lambda Function Configuration` changed the function's configuration, a call of
 * its own. The words may add a name (`Error creating IAM User ci-deploy`) or an id in parentheses,
 * and qualify the resource before its noun (`aws_lb`'s `Application Load Balancer`); a part comes
 * after it.
 */
function namesType(type: string, phrase: string): boolean {
  const stem = (w: string): string => w.toLowerCase().replace(/s$/, '')
  const resource = (TERRAFORM_BARE_TYPES[type] ?? type.replace(/_/g, ' ')).split(' ').map(stem)
  const own = new Set([...type.split('_').map(stem), ...resource])
  const words = phrase
    .trim()
    .replace(/\s*\([^()\n]*\)$/, '')
    .split(/\s+/)
  // The provider capitalises the resource's words it adds (`Lambda Function Configuration`); a
  // last word in lower case or with more than letters is the resource's name (`web`, `ci-deploy`).
  if (words.length > 1 && !/^[A-Z][A-Za-z]*$/.test(words.at(-1)!)) words.pop()
  const stems = words.map(stem)
  return stems.at(-1) === resource.at(-1) || stems.every((w) => own.has(w))
}

/** Terraform's address of a resource: in modules, a data source, with an index or key. */
const TF_ADDRESS =
  '(?:module\\.[\\w-]+(?:\\[[^\\]\\s]+\\])?\\.)*(?:data\\.)?aws_([a-z0-9]+(?:_[a-z0-9]+){0,4})\\.[\\w-]+(?:\\[[^\\]\\s]+\\])?'

const VERB_ING =
  'creating|reading|describing|listing|updating|modifying|deleting|launching|starting|stopping|terminating|attaching|detaching|authorizing'
/** Lower-case resource words after a verb, an article skipped: `security group`, `instance`. */
const NOUN_RUN = '(?:(?:an?|the|new) )?((?:[A-Za-z][\\w-]* ){0,3}[A-Za-z][\\w-]*)'

/**
 * The Terraform AWS provider's words for a bucket's part as the S3 API names it: the provider says
 * `acceleration` for GetBucketAccelerateConfiguration, `tags` for GetBucketTagging, `Region` for
 * the HeadBucket that finds it.
 */
const S3_BUCKET_PARTS: Record<string, string> = {
  acceleration: 'Accelerate',
  accelerate: 'Accelerate',
  tags: 'Tagging',
  tag: 'Tagging',
  tagging: 'Tagging',
  'request payer': 'RequestPayment',
  'server side encryption': 'Encryption',
  notifications: 'Notification',
  'public access block': 'PublicAccessBlock'
}

/** Words after the part that name no operation of their own. */
const PART_FILLER = /^(?:configuration|configurations|settings|config)$/

/**
 * The S3 action of a bucket part's read the provider names (`error getting S3 Bucket Object Lock
 * configuration` is GetObjectLockConfiguration, s3:GetBucketObjectLockConfiguration: heldout15
 * review, h15-074): the operation `Get[Bucket]<Part>[Configuration]` the catalog knows, every word
 * of the part accounted for (no shorter prefix: `Object` alone would be s3:GetObject).
 */
function s3BucketPartAction(part: string): string | null {
  const words = part
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w, i, all) => !(i === all.length - 1 && PART_FILLER.test(w)))
  if (words.length === 0) return null
  const key = words.join(' ')
  if (key === 'region') return actionForOperation('s3', 'HeadBucket')
  const noun =
    S3_BUCKET_PARTS[key] ?? words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
  for (const op of [
    `GetBucket${noun}`,
    `GetBucket${noun}Configuration`,
    `Get${noun}Configuration`,
    `Get${noun}`
  ]) {
    const found = actionForOperation('s3', op)
    if (found) return found
  }
  return null
}

/** The provider's words for a bucket's part, found anywhere (the shape below reads them). */
const S3_BUCKET_PART =
  /\b(?:error )?(?:getting|reading) S3 [Bb]ucket(?: \([^()\n]{1,120}\))? [A-Za-z]|\berror listing tags for S3 [Bb]ucket\b/

export const PHRASE_SHAPES: PhraseShape[] = [
  {
    // ClickHouse's S3 table function and disks reading an object (`Access Denied: while reading
    // key: bucket/k.csv, from bucket: bucket`, ClickHouse/ClickHouse#57850): GetObject.
    id: 'clickhouse-reading-key',
    re: /\bwhile (reading) (key): [^\s,]{1,1024}, from bucket: [\w.-]{3,63}/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `ClickHouse's \`${m[0].slice(0, 60)}\``,
    action: (_m, service) => (service === null || service === 's3' ? 's3:GetObject' : null)
  },
  {
    // The CloudWatch agent's ec2tagger refreshing the instance's tags (`E! refresh EC2 Instance Tags
    // failed: UnauthorizedOperation`, CMSgov/beneficiary-fhir-data#101): DescribeTags, as its
    // documented policy (CloudWatchAgentServerPolicy) grants on "*".
    id: 'cloudwatch-agent-ec2-tags',
    re: /\b(refresh) (EC2 Instance Tags) failed\b/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the CloudWatch agent's \`${m[0]}\``,
    action: (_m, service) => (service === null || service === 'ec2' ? 'ec2:DescribeTags' : null)
  },
  {
    // The Terraform AWS provider reading a bucket's parts after creating it or on refresh: `error
    // getting S3 Bucket Object Lock configuration`, `error getting S3 Bucket acceleration
    // configuration`, `error getting S3 Bucket replication` (v3), `reading S3 Bucket (name)
    // Ownership Controls`, `error reading S3 Bucket (name) Logging` (v4 on), `error listing tags
    // for S3 Bucket (name)`. Each part is its own read, checked against its own action.
    id: 'terraform-s3-bucket-part',
    re: /\b(?:error )?(getting|reading) S3 [Bb]ucket(?: \([^()\n]{1,120}\))? ((?:[A-Za-z-]+ ){0,3}[A-Za-z-]+)(?=:| \(|$)|\berror (listing) (tags) for S3 [Bb]ucket\b/gm,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the tool's \`${m[0]}\``,
    parts: (m) => ({ verb: m[1] ?? m[3]!, words: m[2] ?? m[4]! }),
    action: (m, service) =>
      service === null || service === 's3' ? s3BucketPartAction(m[2] ?? m[4]!) : null
  },
  {
    // Lambda relaying EC2's refusal of the caller's own check of a function's VPC settings (`Your
    // access has been denied by EC2, please make sure your request credentials have permission to
    // DescribeSecurityGroups for sg-…`, wrapped by the Serverless Framework's banner,
    // serverless/serverless#2055): the EC2 API it names is the action.
    id: 'denied-by-ec2-permission-to',
    re: /\bdenied by EC2, please make sure\s+your request credentials have permission to ([A-Z][A-Za-z0-9]{2,60})\b/g,
    nouns: 'all',
    pick: 'first',
    from: (m) => `Lambda's \`permission to ${m[1]}\``,
    action: (m, service) => (service === null || service === 'ec2' ? `ec2:${m[1]}` : null)
  },
  {
    // The Terraform AWS provider's object upload (`Error putting object in S3 bucket (NAME):
    // AccessDenied`, under Pulumi in webiny/webiny-js#2459): PutObject.
    id: 'terraform-putting-object',
    re: /\b[Ee]rror putting object in S3 bucket\b/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the tool's \`${m[0]}\``,
    action: (_m, service) => (service === null || service === 's3' ? 's3:PutObject' : null)
  },
  {
    // Cluster API's AWS provider making a VPC (`failed to create new vpc: failed to set vpc
    // attributes: UnauthorizedOperation`, heldout132 review h133-055): ModifyVpcAttribute.
    id: 'capa-set-vpc-attributes',
    re: /\bfailed to set vpc attributes\b/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the tool's \`${m[0]}\``,
    action: (_m, service) =>
      service === null || service === 'ec2' ? 'ec2:ModifyVpcAttribute' : null
  },
  {
    // hugo deploy removing a file the site no longer has (`INFO 2020/04/03 18:16:01 Deleting
    // 404.html...`, then the bucket's `Forbidden`, heldout132 review h134-048): DeleteObject.
    id: 'hugo-deploy-deleting',
    re: /\bINFO \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d Deleting \S{1,400}\.\.\.$/gm,
    nouns: 'all',
    pick: 'last',
    from: () => "hugo deploy's `Deleting …`",
    action: (_m, service) => (service === null || service === 's3' ? 's3:DeleteObject' : null)
  },
  {
    // s3sync's pipeline naming its failed step (`pipeline step: 3 (UploadObj) failed with error`,
    // heldout132 review h135-031): the object's upload.
    id: 's3sync-upload-step',
    re: /\bpipeline step: \d{1,3} \(UploadObj\) failed\b/g,
    nouns: 'all',
    pick: 'last',
    from: () => "s3sync's `(UploadObj)` step",
    action: (_m, service) => (service === null || service === 's3' ? 's3:PutObject' : null)
  },
  {
    // The CDK CLI's Availability Zones context lookup (`Reading AZs for ACCOUNT:REGION`, then EC2's
    // `UnauthorizedOperation`, aws/aws-cdk#1898): DescribeAvailabilityZones, on "*".
    id: 'cdk-reading-azs',
    re: /\bReading AZs for\b/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the CDK CLI's \`${m[0]}\``,
    action: (_m, service) =>
      service === null || service === 'ec2' ? 'ec2:DescribeAvailabilityZones' : null
  },
  {
    // The Terraform AWS provider listing the organization's accounts (`reading Organizations
    // Organization (o-…) accounts`, `listing AWS Organization (…) accounts`, aws-samples/aws2tf
    // #169): ListAccounts, not the organization's own DescribeOrganization the nouns alone say.
    id: 'terraform-organization-accounts',
    re: /\b(reading|listing) (?:AWS |Organizations )?Organization(?: \([^()\n]{1,120}\))? accounts\b/g,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the tool's \`${m[0]}\``,
    action: (_m, service) =>
      service === null || service === 'organizations' ? 'organizations:ListAccounts' : null
  },
  {
    // Capitalised words (`EC2`, `Metric`, `AMIs`, `ELBv2`, kops' `RouteTable`) after a Terraform
    // or Go provider verb, up to the punctuation.
    id: 'terraform-verb-resource',
    re: /\b(creating|reading|describing|listing|updating|modifying|deleting) ((?:(?:[A-Z][\w-]*|\d+) ){0,5}(?:[A-Z][\w-]*))(?= \(|:|$)/gm,
    nouns: 'all',
    pick: 'last',
    from: (m) => `the tool's \`${m[1]} ${m[2]}\``
  },
  {
    // A tool that fetched the list of a resource kind: TeamCity's S3 plugin's `Failed to get list
    // of buckets` (JetBrains/teamcity-s3-artifact-storage-plugin#14) is ListBuckets, whose action
    // is s3:ListAllMyBuckets. The noun after `list of` is the resource, the verb `list`.
    id: 'failed-to-get-list-of',
    re: /\b(?:(?:unable|failed|while trying) to|could not|couldn't|cannot|can't) (?:get|retrieve|fetch) (?:the |a )?list of (?:all )?((?:[A-Za-z][\w-]* ){0,3}[A-Za-z][\w-]*)/gi,
    nouns: 'prefix',
    pick: 'first',
    lists: true,
    from: (m) => `the tool's \`${m[0]}\``,
    parts: (m) => ({ verb: 'list', words: m[1]! })
  },
  {
    // A tool's plain words, lower case: `Unable to describe ec2 tags` (the CloudWatch agent's
    // ec2tagger), `failed to list s3 buckets`, `failed to create security group`, spark-redshift's
    // `error occurred while trying to read the S3 bucket lifecycle configuration`.
    id: 'failed-to-verb',
    // `could not` and `cannot` take the verb bare: the EBS CSI driver's `could not create volume
    // in EC2` (kubernetes-sigs/aws-ebs-csi-driver#963, #1449).
    re: /\b(?:(?:unable|failed|while trying) to|could not|couldn't|cannot|can't) (describe|get|list|put|create|update|delete|launch|attach|authorize|read) (?:the )?((?:[A-Za-z][\w-]* ){0,4}[A-Za-z][\w-]*)/gi,
    nouns: 'prefix',
    pick: 'first',
    from: (m) => `the tool's \`${m[0]}\``
  },
  {
    // Ansible's ec2.py inventory says what it was fetching after the error it relays:
    // `ERROR: "Forbidden", while: getting RDS instances` (ansible/ansible#11006).
    id: 'while-getting',
    re: /\bwhile: (getting) ((?:[A-Za-z][\w-]* ){0,3}[A-Za-z][\w-]*)/g,
    nouns: 'prefix',
    pick: 'last',
    lists: true,
    from: (m) => `the tool's \`${m[0]}\``
  },
  {
    // `Error launching instance` (docker-machine's amazonec2 driver), `error deleting volume`.
    // Velero's `error getting volume info` (velero-io/velero#5670, #4337) reads the volume.
    id: 'error-verb-ing',
    re: new RegExp(`\\berror (${VERB_ING}|getting) ${NOUN_RUN}`, 'gi'),
    nouns: 'prefix',
    pick: 'last',
    from: (m) => `the tool's \`${m[0]}\``
  },
  {
    // A script's function, named for the call it makes, labelling the .NET SDK's exception that
    // names the service: `CreateSnapshotForInstances : Amazon.EC2.AmazonEC2Exception: You are not
    // authorized` (noahlh/aws-automated-backup-powershell#5). The name's leading words the catalog
    // knows are the call (CreateSnapshot); the namespace is the service.
    id: 'dotnet-labelled-exception',
    re: /\b(Create|Describe|Delete|Get|List|Put|Update|Attach|Authorize)((?:[A-Z][a-z0-9]+){1,6}) ?: Amazon\.(\w{2,30})\.Amazon\w{0,40}Exception\b/g,
    nouns: 'prefix',
    pick: 'last',
    from: (m) => `the script's \`${m[1]}${m[2]}\` over the SDK's Amazon.${m[3]} exception`,
    parts: (m) => ({
      verb: m[1]!.toLowerCase(),
      words: `${m[3]} ${m[2]!.split(/(?=[A-Z])/).join(' ')}`
    })
  },
  {
    // Terraform's progress line above the error names the resource type it was changing:
    // `aws_launch_template.ecs_instance: Creating...` (hashicorp/terraform#23897). The type's words
    // after `aws_` are the resource's (`launch_template`), its first word maybe the service's
    // (`aws_s3_bucket`); the verb is the progress verb.
    id: 'terraform-progress',
    re: new RegExp(
      `^[^\\S\\n]*${TF_ADDRESS}: (Creating|Modifying|Destroying|Reading)\\.\\.\\.`,
      'gm'
    ),
    nouns: 'all',
    pick: 'last',
    typed: true,
    from: (m) => `Terraform's \`${m[0].trim()}\` (the resource type it was changing)`,
    parts: (m) => ({ verb: PROGRESS_VERBS[m[2]!]!, words: m[1]!.split('_').join(' ') })
  },
  {
    // Terraform 0.11 and older name the resource before its error: `* aws_launch_configuration.web:
    // Error creating launch configuration: ValidationError: You are not authorized to perform this
    // operation` (hashicorp/terraform#7198). The type names the service the words may leave out;
    // the verb is the error's. (The newer `Error: creating EC2 VPC (x):` and `Error: error
    // creating Lambda Function` name the service themselves: the shapes above read them.)
    id: 'terraform-address-error',
    re: new RegExp(
      `(?:^|[\\s*│|\`])${TF_ADDRESS}: [Ee]rror (creating|modifying|updating|deleting|reading) ([^:\\n]{1,120}):`,
      'gm'
    ),
    nouns: 'all',
    pick: 'last',
    typed: true,
    from: (m) => `the Terraform aws_${m[1]} resource the error names`,
    parts: (m) => ({ verb: m[2]!, words: m[1]!.split('_').join(' ') }),
    holds: (m) => namesType(m[1]!, m[3]!)
  },
  {
    // A progress line the tool printed before the call: StarCluster's `Creating security group
    // @sc-test...`. Only at the start of a line (after a bullet or prompt), capitalised.
    id: 'progress-line',
    re: new RegExp(
      `^[^A-Za-z\\n]{0,8}(${VERB_ING.replace(/(^|\|)(\w)/g, (_, bar: string, c: string) => bar + c.toUpperCase())}) ${NOUN_RUN}`,
      'gm'
    ),
    nouns: 'prefix',
    pick: 'last',
    from: (m) => `the tool's \`${m[0].trim()}\``
  }
]

/**
 * Words naming a part or a qualifier of the resource, which the API names in its own call
 * (`launch template lt-0c… version 1` is DescribeLaunchTemplateVersions, not
 * DescribeLaunchTemplates: heldout12 review h12-050). Singular and plural alike.
 */
const QUALIFIERS = /^(?:versions?|attributes?|polic(?:y|ies)|tags?)$/i

/**
 * The leading nouns with each qualifier the rest of the phrase holds appended: an identifier or a
 * number may stand between them (`launch template lt-0c… version 1`).
 */
function qualified(nouns: string[], rest: string[]): string[][] {
  return rest.filter((w) => QUALIFIERS.test(w)).map((q) => [...nouns, q])
}

/**
 * The action `nouns` (the first k resource words) name, preferring the one whose name also holds
 * a qualifier the remaining words state: an action must account for every word of the phrase.
 */
function rankedAction(
  verb: string,
  service: string,
  nouns: string[],
  rest: string[]
): string | null {
  for (const words of qualified(nouns, rest)) {
    const action = resolve(verb, service, words)
    if (action) return action
  }
  return resolve(verb, service, nouns)
}

/** The action one match names, for `service` (or its own service word). */
function shapeAction(
  shape: PhraseShape,
  m: RegExpMatchArray,
  service: string | null
): string | null {
  if (shape.holds && !shape.holds(m)) return null
  if (shape.action) return shape.action(m, service)
  const { verb, words } = shape.parts?.(m) ?? { verb: m[1]!.toLowerCase(), words: m[2]! }
  const read = shape.typed ? typeReadings : readings
  for (const reading of read(words.split(' '), service)) {
    const k0 = shape.nouns === 'all' ? reading.rest.length : 1
    // `bucket lifecycle configuration` without its container before `bucket` alone (ListBucket).
    const contained = reading.rest[0]?.toLowerCase() === CONTAINERS[reading.service]
    for (let k = reading.rest.length; k >= k0; k--) {
      const rest = reading.rest.slice(k)
      const action =
        rankedAction(verb, reading.service, reading.rest.slice(0, k), rest) ??
        (contained && k > 1
          ? rankedAction(verb, reading.service, reading.rest.slice(1, k), rest)
          : null)
      if (action) return action
    }
  }
  return null
}

/** The action a shape's matches in `text` name: the nearest the error, or the first. */
function shapePhrase(shape: PhraseShape, text: string, service: string | null): PhraseValue | null {
  let found: PhraseValue | null = null
  for (const m of text.matchAll(shape.re)) {
    const action = shapeAction(shape, m, service)
    if (!action) continue
    const words = shape.parts?.(m).words ?? m[2]!
    found = { value: action, from: shape.from(m) }
    if (shape.lists && /[^s]s$/.test(words)) found.listing = true
    if (shape.pick === 'first') break
  }
  return found
}

const CFN_TYPE = /\bAccess denied for operation '(AWS::(\w+)::(\w+))'/
const CFN_STATUS = /\b(CREATE|UPDATE|DELETE)_FAILED\b/

/** CloudFormation's resource type in its denial, with the verb of the event it failed in. */
function cloudFormationType(text: string, service: string | null): InferredValue | null {
  const m = CFN_TYPE.exec(text)
  const status = CFN_STATUS.exec(text)?.[1]?.toLowerCase()
  if (!m || !status) return null
  const svc = SERVICES[m[2]!.toLowerCase()] ?? m[2]!.toLowerCase()
  if (service !== null && svc !== service) return null
  const action = resolve(status, svc, [m[3]!])
  return action
    ? { value: action, from: `the ${m[1]} resource of the ${status.toUpperCase()}_FAILED event` }
    : null
}

/** The action the one shape `id` names in `text`, for `service` (whatever the others say). */
export function shapePhraseAction(
  id: string,
  text: string,
  service: string | null
): InferredValue | null {
  const shape = PHRASE_SHAPES.find((s) => s.id === id)
  return shape ? shapePhrase(shape, text, service) : null
}

/**
 * The action Terraform's progress line names, alone: an encoded message hides which check failed,
 * and the resource being created is the tool's own statement of the call it was making.
 */
export function terraformProgressAction(
  text: string,
  service: string | null
): InferredValue | null {
  return shapePhraseAction('terraform-progress', text, service)
}

/** The action a Terraform or CloudFormation phrase in `text` names, for `service` (or any). */
export function phraseAction(text: string, service: string | null): PhraseValue | null {
  const typed = cloudFormationType(text, service)
  if (typed) return typed
  // The provider named a bucket's part no S3 read is called after: no shorter reading of its words
  // (`Object` of `Object Frobnication`, s3:GetObject) stands for it.
  if (
    (service === null || service === 's3') &&
    S3_BUCKET_PART.test(text) &&
    !shapePhraseAction('terraform-s3-bucket-part', text, service)
  )
    return null
  for (const shape of PHRASE_SHAPES) {
    const found = shapePhrase(shape, text, service)
    if (found) return found
  }
  return null
}
