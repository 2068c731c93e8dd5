// Names that change every run: a Lambda log stream (`2019/12/16/[$LATEST]9f7b...`), a dated or
// hashed object key. Granting the one that failed makes the next run fail again, so the statement
// names the stable part and a wildcard for the rest. One rule per kind of per-run name.
import type { PolicyStatement } from '../model/Remedy.js'
import { isSensitiveAction } from './sensitiveActions.js'

interface StableRule {
  /** Resource type (`service:type`) the rule applies to. */
  type: string
  stable(arn: string): string | null
  why: string
  /** What keeps the wildcard as narrow as the one name was (each instance its own parameter). */
  condition?: NonNullable<PolicyStatement['Condition']>
  conditionWhy?: string
  /** Only for these actions (the rule's type is widened for them alone). */
  actions?: RegExp
}

/** A path segment that differs between runs: dates, timestamps, UUIDs, long hex or run IDs. */
// Twelve digits alone are an account ID (`AWSLogs/123456789012/CloudTrail/`): that segment stays.
const PER_RUN_SEGMENT =
  /^(?!\d{12}$)(\d{4}[-/]?\d{2}[-/]?\d{2}.*|\d{8,}.*|.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*|.*[0-9a-f]{20,}.*|\[\$LATEST\].*)$/i

/**
 * Letters a writer typed in place of a value: one letter repeated (`XXXXX`) or a run in alphabetical
 * order (`VWXYZ`, `abcdef`). Secrets Manager's random suffixes are neither.
 */
function isHandMask(s: string): boolean {
  const t = s.toUpperCase()
  const same = [...t].every((c) => c === t[0])
  const inOrder = [...t].every((c, i) => i === 0 || c.charCodeAt(0) === t.charCodeAt(i - 1) + 1)
  return same || inOrder
}

/**
 * An EC2 instance ID as a path segment, printed or masked (`i-0bb6079208455690f`, `i-02acXXXXXXXX`,
 * `i-**********`, `i-EC2INSTANCEID`, or the placeholder a masked one became): a self-hosted
 * runner's per-instance token or config.
 */
const INSTANCE_SEGMENT =
  /^(?:i-(?:[0-9a-f]{8}|[0-9a-f]{17}|[0-9a-z]{0,8}(?:X{3,}|x{3,}|\*{3,})|<[^>]*>|[A-Z0-9_]*INSTANCE[A-Z0-9_]*)|<INSTANCE_ID>)$/

/**
 * A hash split into a two-character folder and the rest (`work/9d/41b35e73…`: Nextflow's work
 * directories, git's objects, ccache): the folder is part of the hash, so the stable prefix ends
 * before it (heldout17 review h17-044: `tests/9d/*` failed the next task, `tests/3f/…`).
 */
function hashFanout(prefix: string | null): string | null {
  if (!prefix) return prefix
  const m = /^(arn:[^:]+:s3:::[^/]+\/(?:[^/]+\/)*)[0-9a-f]{2}\/\*$/i.exec(prefix)
  return m ? `${m[1]}*` : prefix
}

/** The ARN up to the first segment matching `segment`, then `*`; null when none does. */
function prefixBefore(arn: string, head: RegExp, segment: RegExp): string | null {
  const m = head.exec(arn)
  if (!m) return null
  const segments = m[2]!.split('/')
  const first = segments.findIndex((s) => segment.test(s))
  if (first < 0) return null
  return `${m[1]}${segments
    .slice(0, first)
    .map((s) => `${s}/`)
    .join('')}*`
}

/**
 * EC2 resources each launch makes anew (an instance, its volumes and network interfaces, a fleet,
 * a spot request), named by an ID no run repeats. Widened only for the calls that create or tag
 * them at launch: a StopInstances on one long-lived instance keeps its ID.
 */
const EC2_PER_RUN_TYPES = [
  'instance',
  'volume',
  'network-interface',
  'fleet',
  'spot-instances-request',
  'spot-fleet-request'
]
const EC2_LAUNCH_ACTIONS =
  /^ec2:(?:CreateTags|RunInstances|CreateFleet|CreateVolume|CreateNetworkInterface)$/i

const EC2_PER_RUN: StableRule[] = EC2_PER_RUN_TYPES.map((type) => ({
  type: `ec2:${type}`,
  actions: EC2_LAUNCH_ACTIONS,
  stable: (arn) => {
    const m = new RegExp(`^(arn:[^:]+:ec2:[^:]*:[^:]*:${type}/)(.+)$`).exec(arn)
    return m && m[2] !== '*' ? `${m[1]}*` : null
  },
  why: `the ${type} ID is new for every launch (an autoscaler, Karpenter, Packer or a CI job creates another one next time), so a statement naming this one fails on the next launch; the statement names every ${type} of the account and Region. Keep it narrow with the tag the launcher puts on what it creates (a \`aws:RequestTag/…\` or \`aws:ResourceTag/…\` condition, as a controller's published policy does) rather than with the ID`
}))

/** OpenSearch's HTTP actions (`es:ESHttpPost`…), authorised on a path of the domain. */
export const ES_HTTP = /^es:ESHttp/i

/**
 * Resources named by an ID the service hands out when the call runs (a Batch job, an ECS task, a
 * Step Functions execution, an Automation run, a change set's id): no later run repeats it, so the
 * statement names the part the caller chose and `*` for the ID (heldout26 review, h26-001: a
 * workflow engine's TerminateJob on one job ID fails on the next job).
 */
interface AssignedId {
  type: string
  /** The stable head, the assigned ID and any stable tail; each keeps the type's separators. */
  shape: RegExp
  what: string
  /** When a statement naming the ID stops matching (default: on the next run). */
  fails?: string
}

const ASSIGNED_IDS: AssignedId[] = [
  {
    type: 'batch:job',
    shape: /^(arn:[^:]+:batch:[^:]*:[^:]*:job\/)([^/]+)$/,
    what: 'AWS Batch gives every submitted job a new ID'
  },
  {
    type: 'ecs:task',
    // Also the ID a writer masked (`task/hcp-wp-integration/<id>`, hashicorp/waypoint#4296).
    shape:
      /^(arn:[^:]+:ecs:[^:]*:[^:]*:task\/(?:[^/]+\/)?)([0-9a-f-]{32,36}|<[^<>/]{1,40}>|[^/]*(?:X{3,}|x{3,}|\*{3,})[^/]*)$/,
    what: 'ECS gives every task it starts a new ID'
  },
  {
    type: 'states:execution',
    shape: /^(arn:[^:]+:states:[^:]*:[^:]*:execution:[^:]+:)([^:]+)$/,
    what: 'every Step Functions execution has its own name, which no later execution may reuse'
  },
  {
    type: 'ssm:automation-execution',
    shape: /^(arn:[^:]+:ssm:[^:]*:[^:]*:automation-execution\/)([^/]+)$/,
    what: 'Systems Manager gives every Automation run a new execution ID'
  },
  {
    // `stack/NAME/ID` with the ID masked (`stack/CdkDeploymentPipelineStack/ZZZZZZZ`, u30-004):
    // a real ID (a UUID) stays exact, as earlier reviews asked, with the stack/NAME/* note.
    type: 'cloudformation:stack',
    shape:
      /^(arn:[^:]+:cloudformation:[^:]*:[^:]*:stack\/[^/]+\/)((?![0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)[^/]+)$/,
    what: 'the log masks the stack ID CloudFormation assigned',
    fails: 'as it stands'
  },
  {
    type: 'cloudformation:changeset',
    shape: /^(arn:[^:]+:cloudformation:[^:]*:[^:]*:changeSet\/[^/]+\/)([^/]+)$/,
    what: 'CloudFormation gives every change set a new ID, even under the same name'
  },
  {
    // The group's UUID stands before its name (u29-006): the name is what outlives a replacement.
    type: 'autoscaling:autoScalingGroup',
    shape:
      /^(arn:[^:]+:autoscaling:[^:]*:[^:]*:autoScalingGroup:)([^:]+)(:autoScalingGroupName\/.+)$/,
    what: 'Auto Scaling gives a group a new ID whenever it is replaced (an IaC update, an EKS node group upgrade), under the same name'
  }
]

const ASSIGNED_ID_RULES: StableRule[] = ASSIGNED_IDS.map((r) => ({
  type: r.type,
  // A name the caller gave with a run token in it (`run-1700000000`) keeps its stable prefix.
  stable: (arn) => {
    const m = r.shape.exec(arn)
    if (!m || m[2] === '*') return null
    return m[3] ? `${m[1]}*${m[3]}` : (runPrefix(arn) ?? `${m[1]}*`)
  },
  why: `${r.what}, so a statement naming this one fails ${r.fails ?? 'on the next run'}; the statement keeps the rest of the ARN and puts \`*\` for the ID`
}))

const RULES: StableRule[] = [
  {
    // KMS checks the tags of a key being created against a key ID of zeros, the key having none yet
    // (`kms:TagResource on resource: …:key/00000000-0000-0000-0000-000000000000`, Terraform's
    // aws_kms_key, pivotal-cf/docs-pks#381, heldout107 review h107-021): the key made is a new one.
    type: 'kms:key',
    actions: /^kms:TagResource$/i,
    stable: (arn) => {
      const m = /^(arn:[^:]+:kms:[^:]*:[^:]*:key\/)0{8}-0{4}-0{4}-0{4}-0{12}$/.exec(arn)
      return m ? `${m[1]}*` : null
    },
    why: 'the key ID of zeros is what KMS checks tags against while it creates a key, which has no ID yet; the key made is a new one each time, so tagging at creation needs `key/*` (the KMS guide asks for it in an IAM policy)'
  },
  {
    // A writer who masks a secret's suffix by hand rarely keeps its six characters
    // (`…:secret:rds!cluster-…-VWXYZ`, heldout125 review h125-049): a run of letters in order or
    // of one letter is the mask, not the suffix, and appending `-??????` to it matches nothing.
    type: 'secretsmanager:Secret',
    stable: (arn) => {
      const m = /^(arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:[^:*?]+-)([A-Za-z]{5,7})$/.exec(arn)
      return m && isHandMask(m[2]!) ? `${m[1]}??????` : null
    },
    why: "the end of the secret's ARN reads as a hand mask of the six characters Secrets Manager adds to every secret's ARN, so the statement ends in `-??????` (six single-character wildcards, which match that suffix and nothing longer) in its place"
  },
  {
    // A secret's ARN always ends in a hyphen and six characters Secrets Manager adds; a tool that
    // printed it without them (`DD_API_KEY_SECRET_ARN=…:secret:secret-datacat`, Datadog's extension
    // asking by partial ARN, heldout60 review h60-032) names an ARN no policy's Resource matches.
    type: 'secretsmanager:Secret',
    stable: (arn) => {
      const m = /^(arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:)([^:*?]+)$/.exec(arn)
      return m && !/-[A-Za-z0-9]{6}$/.test(m[2]!) ? `${m[1]}${m[2]}-??????` : null
    },
    why: "the secret's ARN is printed without the hyphen and six characters Secrets Manager adds to every secret's ARN, so the statement ends in `-??????` (six single-character wildcards, which match that suffix and nothing longer)"
  },
  {
    // A WebSocket API's connection, one per client and gone when it closes
    // (`…/stage/DELETE/@connections/{connectionId}`, heldout87 review h87-004): its ID, a writer's
    // placeholder or a real one, is no name a policy can keep.
    type: 'execute-api:execute-api-general',
    stable: (arn) => {
      const m = /^(arn:[^:]+:execute-api:[^:]*:[^:]*:[^/]+\/[^/]+\/[^/]+\/@connections\/).+$/.exec(
        arn
      )
      return m ? `${m[1]}*` : null
    },
    why: 'a WebSocket connection ID belongs to one client and lasts as long as its connection, so the statement names every connection of the stage (`@connections/*`), as the method and stage keep it narrow'
  },
  {
    // An API's deployment: every deploy makes a new one and deletes the previous (the Serverless
    // Framework, CloudFormation's AWS::ApiGateway::Deployment; heldout100 review h100-001:
    // apigateway:DELETE on `/restapis/123/deployments/123`), so the next deploy names another ID.
    type: 'apigateway:Deployment',
    stable: (arn) => {
      const m =
        /^(arn:[^:]+:apigateway:[^:]*::\/(?:restapis|apis)\/[^/]+\/deployments\/)[^/]+$/.exec(arn)
      return m ? `${m[1]}*` : null
    },
    why: "each deploy creates a new deployment of the API and deletes the one before, so the statement names the API's deployments (`deployments/*`), as the API's ID keeps it narrow"
  },
  {
    // Signer's job behind each signature, which a verifier checks (signer:GetRevocationStatus on
    // `/signing-jobs/ID`, heldout87 review h87-011): every signed artifact has its own.
    type: 'signer:signing-job',
    stable: (arn) => {
      const m = /^(arn:[^:]+:signer:[^:]*:[^:]*:\/signing-jobs\/).+$/.exec(arn)
      return m ? `${m[1]}*` : null
    },
    why: "a signing job is the one that produced a given signature, and each signed artifact has its own, so the statement names the signing account's jobs (`/signing-jobs/*`)"
  },
  {
    // CreateSecret refused on the ARN Secrets Manager drew for it (`…:secret:secret_default-GJe9zJ`,
    // heldout86 review h86-002): every attempt draws a new suffix, so the retry's ARN is another.
    type: 'secretsmanager:Secret',
    actions: /^secretsmanager:CreateSecret$/i,
    stable: (arn) => {
      const m = /^(arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:[^:*?]+-)[A-Za-z0-9]{6}$/.exec(arn)
      return m ? `${m[1]}??????` : null
    },
    why: 'Secrets Manager draws the six characters after the name anew for every CreateSecret attempt, so the suffix this attempt was refused on will not be the next one: the statement ends in `-??????` (six single-character wildcards)'
  },
  {
    // terraform-aws-github-runner writes each runner's registration token to
    // `…/runners/tokens/<instance id>` and tags it with `InstanceId`; its runner role reads
    // `tokens/*` only where the calling instance is the one the tag names.
    type: 'ssm:parameter',
    stable: (arn) =>
      prefixBefore(arn, /^(arn:[^:]+:ssm:[^:]*:[^:]*:parameter\/?)(.+)$/, INSTANCE_SEGMENT),
    why: 'the parameter is named after the EC2 instance reading it, and the next instance has another ID, so the statement allows the stable prefix',
    condition: {
      StringLike: { 'ec2:SourceInstanceARN': '*/${aws:ResourceTag/InstanceId}' }
    },
    conditionWhy:
      "The condition keeps each instance to its own parameter: the instance's role credentials carry `ec2:SourceInstanceARN`, which must end in the `InstanceId` tag of the parameter (as terraform-aws-github-runner tags its token parameters). A parameter written without that tag is refused under the condition: tag it, or drop the condition and accept that every instance of the role reads every parameter under the prefix."
  },
  {
    // Elastic Beanstalk streams each instance log file to a group of its own under the
    // environment's prefix (`/aws/elasticbeanstalk/ENV/var/log/nginx/error.log`), creating it and
    // setting its retention: the next file's group is refused the same way (heldout28 review h28-005).
    type: 'logs:log-group',
    stable: (arn) =>
      /^(.*:log-group:\/aws\/elasticbeanstalk\/[^/:]+\/)./.exec(arn)?.[1]?.concat('*') ?? null,
    why: "Elastic Beanstalk streams every log file of the environment to a log group of its own under `/aws/elasticbeanstalk/ENV/`, creating each and setting its retention, so the statement allows the environment's prefix, not one file's group"
  },
  {
    // CloudWatch Logs authorises log-group actions against `log-group:NAME:*`; messages print the
    // group as `log-group:NAME:log-stream:` or bare, neither of which a policy should name.
    type: 'logs:log-group',
    stable: logGroupPolicyArn,
    why: 'CloudWatch Logs matches a log group by its ARN ending in `:*`'
  },
  {
    // OpenSearch's HTTP actions are checked against the path called (`domain/NAME/_bulk`): the
    // domain's ARN alone matches none of them (heldout20 review h20-024).
    type: 'es:domain',
    actions: ES_HTTP,
    stable: (arn) => domainPathsArn(arn),
    why: "OpenSearch's HTTP actions are checked against the path called (`/_bulk`, an index), which the domain's ARN alone does not match"
  },
  {
    // Session Manager names each session after its caller and a random ID (`session/user-037a2e…`,
    // heldout28 review h28-007): the next session has another ID.
    type: 'ssm:session',
    stable: (arn) => {
      // The random part as printed, or masked by the writer (`…-xxxxxxxxxxxxxxxxx`, h34-021).
      const m = /^(arn:[^:]+:ssm:[^:]*:[^:]*:session\/)(.+)-([0-9a-f]{12,}|[xX*]{8,})$/.exec(arn)
      return m ? `${m[1]}*` : null
    },
    why: 'Session Manager gives every session a new ID (its caller, then a random part), so the statement allows sessions by the tag that names who started them',
    // AWS's example for ending only one's own sessions, for users and federated callers alike: the
    // session's `aws:ssmmessages:session-id` tag holds the starter's user ID.
    condition: {
      StringLike: { 'ssm:resourceTag/aws:ssmmessages:session-id': '${aws:userid}' }
    },
    conditionWhy:
      "The condition keeps the caller to the sessions it started: Session Manager tags each session with its starter's user ID (`aws:ssmmessages:session-id`), which `${aws:userid}` matches for IAM users, roles and Identity Center users alike."
  },
  {
    type: 'logs:log-stream',
    stable: (arn) => {
      const m = /^(.*:log-group:.+?:log-stream:)(.+)$/.exec(arn)
      return m && m[2] !== '*' ? `${m[1]}*` : null
    },
    why: 'log stream names change with every run or instance, so the statement allows every stream of the log group'
  },
  {
    // Each ChangeResourceRecordSets returns a new change ID that GetChange then polls: a DNS
    // client's next change has another (heldout24 review 2, h24-061: cert-manager's DNS-01).
    type: 'route53:change',
    stable: (arn) => {
      const m = /^(arn:[^:]+:route53:::change\/)(.+)$/.exec(arn)
      return m && m[2] !== '*' ? `${m[1]}*` : null
    },
    why: 'Route 53 gives every record change a new ID, which GetChange then polls, so the statement allows every change (`change/*`, as DNS clients such as cert-manager and external-dns document)'
  },
  {
    // Elasticsearch's and OpenSearch's snapshot repository: a snapshot or restore reads and writes
    // many files under the repository's base path (`indices/<uuid>/<shard>/snap-….dat`,
    // `meta-….dat`, `index-N`, the verification's `tests-<id>/`), so the one that failed is not the
    // next one (heldout55 review h55-019: a restore refused on one `.dat` file).
    type: 's3:object',
    stable: snapshotRepositoryBase,
    why: 'the key is a file of an Elasticsearch or OpenSearch snapshot repository, and a snapshot or restore reads and writes every file under its base path, so the statement allows the base path'
  },
  {
    type: 's3:object',
    stable: (arn) =>
      hashFanout(prefixBefore(arn, /^(arn:[^:]+:s3:::[^/]+\/)(.+)$/, PER_RUN_SEGMENT)) ??
      datedFileName(arn),
    why: 'the key holds a date, ID or hash that changes every run, so the statement allows the stable prefix'
  }
]

/**
 * The base path of a snapshot repository file: the key up to its `indices/<uuid>/` or `tests-<id>/`
 * folder, or a top-level repository file (`index-12`, `index.latest`, `snap-….dat`, `meta-….dat`)
 * beside such a layout; null for any other key.
 */
function snapshotRepositoryBase(arn: string): string | null {
  const m =
    /^(arn:[^:]+:s3:::[^/]+\/(?:[^/]+\/)*?)(?:indices\/[\w-]{20,24}\/|tests-[\w-]{20,24}\/)/.exec(
      arn
    ) ?? /^(arn:[^:]+:s3:::[^/]+\/(?:[^/]+\/)*)(?:snap|meta)-[\w-]{20,24}\.dat$/.exec(arn)
  return m ? `${m[1]}*` : null
}

/** A date inside an object's file name (`1T-B2KCDS300.20181031.avro`, `backup-2024-01-01.tar.gz`). */
const DATE_IN_FILE_NAME =
  /(?<!\d)(?:19|20)\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?!\d)/

/**
 * A file name dated inside (heldout21 review h21-048: the day's extract `…20181031.avro`, the next
 * day's refused again): its folder and the name up to the date, then `*`. At least three letters
 * before the date, so a name that is a date alone keeps its folder only through the rule above.
 */
function datedFileName(arn: string): string | null {
  const m = /^(arn:[^:]+:s3:::[^/]+\/(?:[^/]+\/)*)([^/]+)$/.exec(arn)
  const date = m ? DATE_IN_FILE_NAME.exec(m[2]!) : null
  if (!m || !date) return null
  const prefix = m[2]!.slice(0, date.index)
  return /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(prefix) ? `${m[1]}${prefix}*` : null
}

/** A domain's ARN as OpenSearch's HTTP actions need it: its paths, `domain/NAME/*`. */
export function domainPathsArn(arn: string): string | null {
  return /(?:^|:)domain\/[^/]+$/.test(arn) ? `${arn}/*` : null
}

/**
 * A log group's ARN as a policy must name it: `log-group:NAME:*`, whether the log printed it bare
 * or with `:log-stream:` (also used for placeholder ARNs, src/remedy/statementResource.ts).
 */
export function logGroupPolicyArn(arn: string): string | null {
  const m = /^(.*:log-group:.+?)(?::log-stream(?::.*)?|:\*)?$/.exec(arn)
  return m ? `${m[1]}:*` : null
}

/**
 * A run token inside any resource name: a timestamp (`role2021-05-11-01-06-25`, `21-03-10t13-51`) or a date that
 * ends the name (`backup-20230101`), a UUID, an epoch time in seconds or milliseconds. Not a long
 * hash: names made once carry one to be unique (`velero-6109f5e9711c8c58131acdd2f490f451`, h8-160).
 * Not a release date that a version follows (`claude-3-sonnet-20240229-v1:0` is one model), nor an
 * account ID (12 digits), which CDK puts in stable names (`cdk-…-deploy-role-123456789012-…`).
 */
// A two-digit year counts only with its time (`lab-21-03-10t13-51-…`, CloudLaunch's per-launch
// names, heldout22 review h22-004): alone, `21-03-10` may be anything.
const RUN_TOKEN_IN_NAME =
  /(?<!\d)(?:\d{2}[-_.](?:0[1-9]|1[0-2])[-_.](?:0[1-9]|[12]\d|3[01])[tT_-]\d{2}[-_:.]\d{2}(?!\d)|(?:19|20)\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])(?:[-_T.]?\d{2}[-_:.]?\d{2}|(?=[^A-Za-z]*$))|1[3-9]\d{8}(?:\d{3})?(?!\d)|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i

/**
 * Any other type: the name up to its first run token, then `*` (heldout12 review h12-034). A name
 * that is the ID itself (a KMS key, a certificate) has no stable prefix and stays as printed: at
 * least three letters must come before the token, in the same path segment.
 */
function runPrefix(arn: string): string | null {
  const m = /^(arn:[^:]+:[^:]+:[^:]*:[^:]*:)(.+)$/.exec(arn)
  if (!m) return null
  let at = m[1]!.length
  const segments = m[2]!.split(/(?<=[/:])/)
  for (const [i, segment] of segments.entries()) {
    const token = RUN_TOKEN_IN_NAME.exec(segment)
    // Twelve digits in a row are an account ID, whatever date they happen to start with; digits
    // inside a long hex run are a hash's (`…-64bd1521626323b6328c…`, a commit in a state
    // machine's name: heldout23 review, h23-001), not an epoch time.
    const account = token && /^\d{12}(?!\d)/.test(segment.slice(token.index))
    const hashed = token && inHash(segment, token.index, token.index + token[0].length)
    const made = token && TERRAFORM_UNIQUE_SUFFIX.test(segment.slice(token.index))
    const prefix = token && !account && !hashed && !made ? segment.slice(0, token.index) : ''
    if (token && /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(prefix)) {
      // The parts after the name keep their separators (`targetgroup/NAME-*/*`): the ARN stays
      // in its type's format, each part any value (heldout19 h19-004).
      const sep = /[/:]$/.exec(segment)?.[0] ?? ''
      const rest = segments.slice(i + 1).map((s) => `*${/[/:]$/.exec(s)?.[0] ?? ''}`)
      const head = `${arn.slice(0, at)}${prefix}*`
      return rest.length > 0 ? `${head}${sep}${rest.join('')}` : head
    }
    at += segment.length
  }
  return null
}

/**
 * Terraform's `name_prefix` suffix (its unique-ID helper: the creation time to a ten-thousandth
 * of a second, 18 digits, then an 8-hex-digit counter): chosen once when the resource was
 * created and kept in its state, so the name is stable (`…-20201204064825927800000001`,
 * heldout159 review h159-053).
 */
const TERRAFORM_UNIQUE_SUFFIX = /^(?:19|20)\d{16}[0-9a-f]{8}(?![0-9A-Za-z])/

/** A hash's hex digits: this many in a row, letters among them, are no date or time. */
const HASH_RUN = 16

/** Whether text[from, to) lies in a run of at least HASH_RUN hex digits holding a letter. */
function inHash(text: string, from: number, to: number): boolean {
  const hex = /[0-9a-f]/i
  let a = from
  let b = to
  while (a > 0 && hex.test(text[a - 1]!)) a--
  while (b < text.length && hex.test(text[b]!)) b++
  const run = text.slice(a, b)
  return run.length >= HASH_RUN && /^[0-9a-f]+$/i.test(run) && /[a-f]/i.test(run)
}

const ANY_NAME: StableRule = {
  type: '*',
  stable: runPrefix,
  why: 'the name carries a date, timestamp, epoch time or UUID that changes every run, so the statement allows its stable prefix (keep the exact name if this one resource is long-lived)'
}

export interface StableResource {
  resource: string
  why: string
  condition?: NonNullable<PolicyStatement['Condition']>
  conditionWhy?: string
}

/**
 * Whether a run token in any name may be widened for this action: not for a call that hands out an
 * existing identity (iam:PassRole, sts:AssumeRole on `AmazonSageMaker-ExecutionRole-20200202T132997`,
 * a console-made role that lives on), where a prefix would open every role like it.
 */
function widens(action: string): boolean {
  return !isSensitiveAction(action) || /^iam:Create/i.test(action)
}

export function stableResource(
  service: string,
  type: string,
  arn: string,
  action: string
): StableResource | null {
  // The first rule of the type whose own shape the ARN has (several may share a type: Elastic
  // Beanstalk's log groups before every other log group).
  const rules = [...RULES, ...EC2_PER_RUN, ...ASSIGNED_ID_RULES].filter(
    (r) => r.type === `${service}:${type}` && (r.actions?.test(action) ?? true)
  )
  const fitted = rules
    .map((r) => ({ rule: r, resource: r.stable(arn) }))
    .find((x) => x.resource !== null)
  const rule = fitted?.rule ?? rules[0] ?? (widens(action) ? ANY_NAME : undefined)
  const resource = fitted ? fitted.resource : rule?.stable(arn)
  if (!rule || !resource || resource === arn) return null
  return {
    resource,
    why: rule.why,
    ...(rule.condition ? { condition: rule.condition, conditionWhy: rule.conditionWhy ?? '' } : {})
  }
}
