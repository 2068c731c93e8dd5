// Where a denial's resource can be read when the message names none: one rule per source, most
// specific first. A rule answers only for its service and only from text the log printed.
import { PRINTED_BUCKET } from '../model/printedBucket.js'
import { lookupAction, servicesOfOperation } from '../catalog/Catalog.js'
import { serviceLinkedPrincipal } from '../model/serviceLinkedRoles.js'
import type { InferInput, InferRule } from './InferInput.js'
import { serviceOf } from './InferInput.js'
import { generalised, isObjectAction, s3Arn } from './s3Arn.js'
import { s3UrlsIn } from './urlSpread.js'
import { escapeRegExp } from '../common/escapeRegExp.js'
import type { S3Url } from './urlSpread.js'
import { iacResourceOf } from './iacResource.js'
import { privateBucketPolicyOf } from '../model/privateBucketPolicies.js'
import { s3RestCallNear, s3RestCallOf } from './s3RestCall.js'

const isS3 = (x: InferInput) => serviceOf(x) === 's3'

/** The text of the failing record: its line, and the lines after it. */
const near = (x: InferInput) => `${x.ctx.line}\n${x.ctx.after}`

/** The URLs the failing lines printed, generalised when many keys failed. */
const sameLineUrl: InferRule = {
  from: (x) =>
    x.spread && x.spread.count > 1 && x.spread.common !== x.spread.first
      ? `s3 URLs on the ${x.spread.count} failing lines (the keys' common prefix)`
      : 's3 URL on the same line',
  find(x) {
    if (!isS3(x) || !x.spread) return null
    const many = x.spread.count > 1 && x.spread.common !== x.spread.first
    if (!many) return s3Arn(x.action, x.spread.first)
    const prefix = generalised(x.spread.common)
    if (!prefix) return null
    return s3Arn(x.action, isObjectAction(x.action) ? prefix : x.spread.common)
  }
}

/**
 * An upload request printed on the failing line (`POST …/uploads/media/a.png?uploads`): each
 * upload writes a new key, so the grant names the key's folder, then `*`.
 */
const uploadRequest: InferRule = {
  from: (x) =>
    `${s3RestCallOf(x.ctx.line)?.from ?? 'the upload request'} on the same line (its key's folder)`,
  find(x) {
    if (!isS3(x)) return null
    const call = s3RestCallOf(x.ctx.line)
    if (!call?.newKey || !isObjectAction(x.action)) return null
    return s3Arn(x.action, `${call.bucket}/${call.key.slice(0, call.key.lastIndexOf('/') + 1)}*`)
  }
}

// Virtual-hosted (`bucket.s3.region.amazonaws.com/key`) and path-style (`s3.region.amazonaws.com/bucket/key`).
const VIRTUAL_HOSTED =
  /\bhttps?:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?(?::\d+)?(\/[^\s?#'"`,;)\]}]*)?/
// The bucket runs to the path's next slash: a writer's mask inside it (`assets.***.com`, h88-001)
// is part of the name, never where it ends (the placeholder rules name the masked part).
const PATH_STYLE =
  /\bhttps?:\/\/s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?(?::\d+)?\/([a-z0-9*][a-z0-9.*-]{1,61}[a-z0-9*])(?=[/?#\s'"`,;)\]}]|$)(\/[^\s?#'"`,;)\]}]*)?/

const s3Endpoint: InferRule = {
  from: 'S3 endpoint URL on the same line',
  find(x) {
    if (!isS3(x)) return null
    const m = VIRTUAL_HOSTED.exec(x.ctx.line) ?? PATH_STYLE.exec(x.ctx.line)
    if (!m || m[1]!.startsWith('s3.') || m[1] === 's3') return null
    return s3Arn(x.action, `${m[1]}/${decodeURIComponent(m[2]?.slice(1) ?? '')}`)
  }
}

/** The refused request printed just above the failing line (a browser console's): its bucket and key. */
const requestAbove: InferRule = {
  from: (x) => s3RestCallNear(x.ctx)?.from ?? 'the S3 request on the line above',
  find(x) {
    if (!isS3(x) || s3RestCallOf(x.ctx.line)) return null
    const call = s3RestCallNear(x.ctx)
    if (!call || call.action !== x.action) return null
    return s3Arn(x.action, `${call.bucket}/${call.key}`)
  }
}

// Never a URL's scheme (`--bucket https://B.s3.…`, JuiceFS's endpoint as its bucket setting,
// juicedata/juicefs#3903: `arn:aws:s3:::https`); its host names the bucket for the rules below.
const BUCKET_ARG =
  /(?:--bucket[= ]|\bBucket=|["']?\bBucket["']?\s*[:=]\s*)["']?(?!https?:\/\/)([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b(?!:\/\/)/
const KEY_ARG = /(?:--key[= ]|\bKey=|["']?\bKey["']?\s*[:=]\s*)["']?([^\s"',}]+)/

/** `Bucket=name` unquoted inside a call's parentheses: a program's variable, as its source shows it. */
const SOURCE_ARGUMENT = /\w\([^()\n]{0,160}\bBucket=[a-z_][a-z0-9_]*$/

/** `--bucket b --key k` (s3api), `Bucket=b` (boto3 reprs), `{"Bucket": "b", "Key": "k"}` (SDK dumps). */
const bucketArguments: InferRule = {
  from: (x) =>
    BUCKET_ARG.test(near(x))
      ? 'Bucket/Key parameters printed with the error'
      : '--bucket/--key in the command',
  find(x) {
    if (!isS3(x)) return null
    for (const text of [near(x), x.ctx.command ?? '']) {
      const b = BUCKET_ARG.exec(text)
      if (!b) continue
      // A call's unquoted argument is a variable of the source line a traceback prints
      // (`paginator.paginate(Bucket=bucket, Prefix=path)`, heldout38 review h38-018), no name.
      if (SOURCE_ARGUMENT.test(text.slice(Math.max(0, b.index - 200), b.index + b[0].length)))
        continue
      const k = KEY_ARG.exec(text)
      return s3Arn(x.action, `${b[1]}/${k?.[1] ?? ''}`)
    }
    return null
  }
}

/**
 * `aws s3 sync ./public s3://b/site`: one bucket in the command, so the refused request was on it.
 * A recursive command touches many keys: the prefix, then `*`.
 */
const commandUrl: InferRule = {
  from: "the step's aws s3 command",
  find(x) {
    if (!isS3(x) || !x.ctx.command) return null
    const cmd = /\baws\s+s3\s+(sync|cp|mv|rm|ls)\b[^\n]*/.exec(x.ctx.command)
    if (!cmd) return null
    const urls = s3UrlsIn(cmd[0])
    const buckets = new Set(urls.map((u) => u.bucket))
    if (buckets.size !== 1) return null
    const u = urls[0]!
    const many =
      cmd[1] === 'sync' || /--recursive\b/.test(cmd[0]) || u.key === '' || u.key.endsWith('/')
    const key = many ? (u.key === '' || u.key.endsWith('/') ? u.key : `${u.key}/`) + '*' : u.key
    return s3Arn(x.action, `${u.bucket}/${key}`)
  }
}

/** `aws s3 cp/sync/mv` reporting one key: `upload failed: _site/a/b.html to s3://bkt/pre/a/b.html`. */
const TRANSFER_FAILED = /\b(?:upload|copy|move) failed: (\S+) to s3:\/\/([^/\s]+)\/(\S+)/

/**
 * A recursive transfer (sync, `cp --recursive`) prints one line per key, the local path's tail
 * repeated in the key: `_site/2019/x.html` → `deploy_test/2019/x.html` puts every key under
 * `deploy_test/`. Granting the one key would fail on the next, so the prefix, then `*`. Only a
 * shared folder proves recursion: a single file (`./baz` → `foo/baz`) keeps its key elsewhere.
 * The bucket may be masked (`***`): the prefix is still known, the bucket becomes a placeholder.
 */
const recursiveTransfer: InferRule = {
  from: "the key prefix of the s3 transfer's failed lines (a recursive copy writes many keys)",
  keepsMask: true,
  find(x) {
    if (!isS3(x) || !isObjectAction(x.action)) return null
    const m = TRANSFER_FAILED.exec(x.ctx.line)
    if (!m) return null
    const local = m[1]!.replace(/\\/g, '/').split('/')
    const key = m[3]!.split('/')
    let shared = 0
    while (
      shared < Math.min(local.length, key.length) &&
      local.at(-1 - shared) === key.at(-1 - shared)
    )
      shared++
    // The file name and at least one folder above it.
    if (shared < 2) return null
    const prefix = key.slice(0, key.length - shared).join('/')
    const bucket = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[2]!) ? m[2]! : '***'
    return `arn:aws:s3:::${bucket}/${prefix ? `${prefix}/` : ''}*`
  }
}

const SQS_URL =
  /\bhttps?:\/\/(?:sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|([a-z0-9-]+)\.queue\.amazonaws\.com)\/(\d{12})\/([\w-]{1,80}(?:\.fifo)?)/

const sqsQueueUrl: InferRule = {
  from: 'SQS queue URL in the log',
  find(x) {
    if (serviceOf(x) !== 'sqs') return null
    for (const text of [near(x), x.ctx.command ?? '']) {
      const m = SQS_URL.exec(text)
      if (m) return `arn:aws:sqs:${m[1] ?? m[2]}:${m[3]}:${m[4]}`
    }
    return null
  }
}

/** Region and account a name-only resource lives in: an ARN of the same log, else `*`. */
function whereOf(x: InferInput): { region: string; account: string } {
  const text = `${near(x)}\n${x.ctx.command ?? ''}`
  const region =
    /--region[= ]([a-z]{2}(?:-[a-z]+)+-\d)\b/.exec(text)?.[1] ??
    /\barn:aws[\w-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:/.exec(text)?.[1] ??
    '*'
  const account =
    /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(`${x.d.principal ?? ''} ${text}`)?.[1] ?? '*'
  return { region, account }
}

/** `--function-name f`, `"FunctionName": "f"`. */
const FUNCTION_NAME =
  /(?:--function-name[= ]|["']?\bFunctionName["']?\s*[:=]\s*)["']?([\w:-]{1,140})/

const lambdaFunction: InferRule = {
  from: 'Lambda function name in the log',
  find(x) {
    if (serviceOf(x) !== 'lambda') return null
    for (const text of [near(x), x.ctx.command ?? '']) {
      const m = FUNCTION_NAME.exec(text)
      if (!m) continue
      if (m[1]!.startsWith('arn:')) return m[1]!
      const { region, account } = whereOf(x)
      return `arn:aws:lambda:${region}:${account}:function:${m[1]}`
    }
    return null
  }
}

/**
 * `--table-name t`, `"TableName": "t"`, `TableName=t`, and PynamoDB's own words around botocore's
 * error (`… (AccessDeniedException) on request (HASH) on table (tbl-dev) when calling the Query
 * operation`, pynamodb/PynamoDB#678).
 */
const TABLE_NAME =
  /(?:--table-name[= ]|["']?\bTableName["']?\s*[:=]\s*|\bon table \()["']?([\w.-]{3,255})/

const dynamoTable: InferRule = {
  from: 'DynamoDB TableName in the log',
  find(x) {
    if (serviceOf(x) !== 'dynamodb') return null
    for (const text of [near(x), x.ctx.command ?? '']) {
      const m = TABLE_NAME.exec(text)
      if (!m) continue
      const { region, account } = whereOf(x)
      return `arn:aws:dynamodb:${region}:${account}:table/${m[1]}`
    }
    return null
  }
}

/**
 * Elastic Beanstalk (and other services reading a bundle for you) pass S3's refusal on with the
 * object it read: `Access Denied: S3Bucket=some-bucket-1, S3Key=object_path/some_key.ext`.
 */
const S3_BUCKET_KEY = /\bS3Bucket=([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]),\s*S3Key=([^\s,;()"']+)/

const bucketKeyPair: InferRule = {
  from: 'the S3Bucket and S3Key the message names',
  find(x) {
    if (!isS3(x)) return null
    const m = S3_BUCKET_KEY.exec(x.ctx.line)
    return m ? s3Arn(x.action, `${m[1]}/${m[2]}`) : null
  }
}

/** Terraform's error names the resource it was changing: `creating S3 Bucket (name)`. */
const TERRAFORM_NAMED: {
  service: string
  re: RegExp
  arn: (x: InferInput, name: string) => string | null
}[] = [
  {
    service: 's3',
    // Pulumi and the provider's object resources: `Error uploading object to S3 bucket (name)`; older
    // providers write the word in lower case (`error getting S3 bucket (name) policy`, OpenShift's
    // installer, okd-project/okd#2168 in the unseen-logs check).
    re: /\b(?:(?:creating|reading|updating|deleting|putting|setting|getting) (?:Amazon )?S3(?: \(Simple Storage\))? [Bb]ucket(?: [\w ]+?)?|uploading object to S3 bucket) \(([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\)/,
    arn: (x, name) => s3Arn(x.action, isObjectAction(x.action) ? `${name}/*` : name)
  },
  {
    service: 's3',
    // A tool's look-up of the bucket's Region names the bucket (h24-021).
    re: /\bError determining region for bucket ([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?=[:\s]|$)/,
    arn: (x, name) => s3Arn(x.action, isObjectAction(x.action) ? `${name}/*` : name)
  },
  {
    service: 'lambda',
    // A bare number in the parentheses is a count index the provider printed, not a name.
    re: /\b(?:creating|reading|updating|deleting) Lambda Function(?: [\w ]+?)? \((?!\d+\))([\w-]{1,64})\)/,
    arn: (x, name) => {
      const { region, account } = whereOf(x)
      return `arn:aws:lambda:${region}:${account}:function:${name}`
    }
  },
  {
    service: 'dynamodb',
    re: /\b(?:creating|reading|updating|deleting) (?:AWS )?DynamoDB Table(?: [\w ]+?)? \(([\w.-]{3,255})\)/,
    arn: (x, name) => {
      const { region, account } = whereOf(x)
      return `arn:aws:dynamodb:${region}:${account}:table/${name}`
    }
  }
]

/**
 * Terraform's IAM reads print the ARN they read, lines above the bare answer (`reading IAM SAML
 * Provider (arn:aws:iam::123456789012:saml-provider/x): operation error IAM: GetSAMLProvider`).
 */
const TERRAFORM_IAM_ARN =
  /\b(?:reading|updating|deleting) IAM [A-Za-z ]+?\s*\((arn:aws[\w-]*:iam::[^\s():]+:[\w+=,.@/-]+)\)/

const terraformIamArn: InferRule = {
  from: "the IAM ARN in Terraform's error",
  // A name cut short (`oidc-provider/...`) still shows the account, which is what is compared.
  keepsMask: true,
  find(x) {
    if (serviceOf(x) !== 'iam') return null
    return TERRAFORM_IAM_ARN.exec(`${x.ctx.before}\n${x.ctx.line}`)?.[1] ?? null
  }
}

/** Lines a wrapped message may span above the refusal's. */
const WRAPPED_LINES = 4

/**
 * The refusal's line with the lines above it that it continues, joined: every line after the
 * first indented (`reading S3 Bucket` / `        (bump-provider-test): operation error S3: …`);
 * null when the line continues none.
 */
function wrappedBlock(x: InferInput): string | null {
  const lines = [...x.ctx.before.split('\n').slice(-WRAPPED_LINES), x.ctx.line]
  let first = lines.length - 1
  while (first > 0 && /^[ \t]+\S/.test(lines[first]!)) first--
  return first < lines.length - 1 ? lines.slice(first).join(' ').replace(/\s+/g, ' ') : null
}

const terraformName: InferRule = {
  from: "the Terraform error's resource name",
  find(x) {
    const service = serviceOf(x)
    // A wrapping tool (Crossplane's upjet providers) breaks the name onto the refusal's line:
    // `reading S3 Bucket` / `        (bump-provider-test): operation error S3: HeadBucket`
    // (heldout57 review h57-006). The joined lines are read only for a name that ends on it.
    const joined = wrappedBlock(x)
    for (const t of TERRAFORM_NAMED) {
      // A bare `Forbidden` names no service: the error's own words do.
      if (service !== null && t.service !== service) continue
      const m = t.re.exec(x.ctx.line) ?? (joined ? t.re.exec(joined) : null)
      if (m) return t.arn(x, m[1]!)
    }
    return null
  }
}

/**
 * A tool that says what it is about to create before the call, on a line of its own: Fluent Bit's
 * `Creating log group /aws/containerinsights/NAME/application` above `CreateLogGroup API
 * responded with error='AccessDeniedException'`, terragrunt's `Create S3 bucket NAME returned an
 * error`. One row per resource type; a row answers only for the actions on that type.
 */
const NAMED_NEARBY: {
  actions: RegExp
  /** Global: every name in the lines is read, so two different ones are seen. */
  re: RegExp
  arn: (x: InferInput, name: string) => string | null
  /** Names of this type nest in folders: several of one run may share one. */
  generalises?: boolean
}[] = [
  {
    actions: /^logs:(?:CreateLogGroup|DeleteLogGroup|PutRetentionPolicy)$/i,
    re: /\bCreating log group:? ([\w./#-]{1,512})(?=\s|$)/g,
    generalises: true,
    // Where the log shows neither, the remedy's own placeholders: `*` would read as masked.
    arn: (x, name) => {
      const { region, account } = whereOf(x)
      return `arn:aws:logs:${region === '*' ? '<REGION>' : region}:${account === '*' ? '<ACCOUNT_ID>' : account}:log-group:${name}`
    }
  },
  {
    actions: /^s3:CreateBucket$/i,
    // ParallelCluster 2.x: `Unable to create S3 bucket NAME.` over S3's bare answer (h23-018).
    re: /\b(?:Create S3 bucket (?:with retry )?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]) returned an error|Unable to create S3 bucket ([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.?(?=\s|$))/g,
    arn: (x, name) => s3Arn(x.action, name)
  }
]

/** Lines above the denial's that still belong to the same step, and below it (the same tool's next ones). */
const NEARBY_ABOVE = 3
const NEARBY_BELOW = 4

/**
 * Several names of one tool's run (Fluent Bit creating `/aws/containerinsights/C/application`,
 * then `…/C/dataplane`): the folder they share, then `*`, when it is deeper than the root.
 * Otherwise which one the refusal was for is not shown, and the placeholder stays.
 */
function sharedFolder(names: string[]): string | null {
  let common = names[0]!
  for (const n of names) while (!n.startsWith(common)) common = common.slice(0, -1)
  const folder = common.slice(0, common.lastIndexOf('/') + 1)
  return folder.split('/').filter(Boolean).length >= 2 ? `${folder}*` : null
}

const namedNearby: InferRule = {
  from: 'the name the tool printed for the resource it was creating',
  // The Region and account placeholders are the remedy's; the name is the log's.
  keepsMask: true,
  find(x) {
    const text = [
      ...x.ctx.before.split('\n').slice(-NEARBY_ABOVE),
      x.ctx.line,
      ...x.ctx.after.split('\n').slice(0, NEARBY_BELOW)
    ].join('\n')
    for (const row of NAMED_NEARBY) {
      if (!row.actions.test(x.action ?? '')) continue
      const names = [...new Set([...text.matchAll(row.re)].map((m) => (m[1] ?? m[2])!))]
      if (names.length === 1) return row.arn(x, names[0]!)
      const folder = names.length > 1 && row.generalises ? sharedFolder(names) : null
      if (folder) return row.arn(x, folder)
    }
    return null
  }
}

// Pulumi's self-managed backend keeps every stack's state, history and locks under `.pulumi/` in
// the bucket `pulumi login s3://BUCKET` named: the lock key is per run, the prefix is stable.
const PULUMI_LOGIN = /\bpulumi login s3:\/\/([^\s/?"'`]+)/
const PULUMI_BLOB = /\bblob \(key "\.pulumi\//

const pulumiBackend: InferRule = {
  from: "Pulumi's backend bucket (`pulumi login s3://…`) and its `.pulumi/` prefix",
  // The bucket may be masked (`s3://xxxx`): the prefix Pulumi adds is still known.
  keepsMask: true,
  find(x) {
    if (!isS3(x) || !PULUMI_BLOB.test(`${x.ctx.line}\n${x.ctx.before}`)) return null
    const bucket = PULUMI_LOGIN.exec(`${x.ctx.before}\n${x.ctx.command ?? ''}`)?.[1]
    if (!bucket) return null
    return isObjectAction(x.action) ? `arn:aws:s3:::${bucket}/.pulumi/*` : `arn:aws:s3:::${bucket}`
  }
}

// Terragrunt names the state bucket it tried to create: the refused call is on that bucket.
const TERRAGRUNT_CREATE =
  /\bCreate S3 bucket (?:with retry )?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]) returned an error\b/

// Terragrunt's check of the state bucket, a line or two above its bare refusal: `Remote state S3
// bucket NAME does not exist or you don't have permissions to access it` (heldout14 review, h14-009).
const TERRAGRUNT_CHECK =
  /\bRemote state S3 bucket ([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]) does not exist or you don't have permissions to access it\b/

const terragruntStateBucket: InferRule = {
  from: (x) =>
    TERRAGRUNT_CREATE.test(x.ctx.line)
      ? 'the bucket Terragrunt was creating'
      : 'the state bucket Terragrunt names',
  find(x) {
    if (!isS3(x) || isObjectAction(x.action)) return null
    const m =
      TERRAGRUNT_CREATE.exec(x.ctx.line) ??
      TERRAGRUNT_CHECK.exec(`${x.ctx.before.split('\n').slice(-3).join('\n')}\n${x.ctx.line}`)
    return m ? `arn:aws:s3:::${m[1]}` : null
  }
}

/** `cdk bootstrap`'s target as CDK prints it: `Environment aws://ACCOUNT/REGION failed bootstrapping`. */
const BOOTSTRAP_ENV = /\baws:\/\/(\d{12}|[^/\s]{1,20})\/([a-z]{2}(?:-gov)?-[a-z]+-\d)\b/
const QUALIFIER = /--qualifier[ =]([a-z0-9]{1,10})\b/

/**
 * The bootstrap stack's own staging bucket refused while `cdk bootstrap` updated it (a
 * `CDKToolkit … AWS::S3::Bucket | StagingBucket` event): the bucket is
 * `cdk-QUALIFIER-assets-ACCOUNT-REGION`, the default qualifier unless the command names another
 * (aws/aws-cdk#24437, heldout30 review h30-028).
 */
const cdkBootstrapStagingBucket: InferRule = {
  from: (x) =>
    `the CDK bootstrap stack's StagingBucket (\`cdk-QUALIFIER-assets-ACCOUNT-REGION\`, qualifier ${QUALIFIER.exec(`${x.ctx.command ?? ''}\n${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`)?.[1] ?? 'hnb659fds, the default'})`,
  find(x) {
    if (!isS3(x) || isObjectAction(x.action)) return null
    if (!/^StagingBucket \(AWS::S3::Bucket\)$/.test(iacResourceOf(x.ctx)?.value ?? '')) return null
    // The step's command too: `cdk bootstrap --qualifier Q` stands far above the stack's events.
    const text = `${x.ctx.command ?? ''}\n${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`
    if (!/\bCDKToolkit\b/.test(text)) return null
    const env = BOOTSTRAP_ENV.exec(text)
    if (!env) return null
    const account = /^\d{12}$/.test(env[1]!) ? env[1]! : '<ACCOUNT_ID>'
    const qualifier = QUALIFIER.exec(text)?.[1] ?? 'hnb659fds'
    return `arn:aws:s3:::cdk-${qualifier}-assets-${account}-${env[2]!}`
  }
}

// A framework's own bucket policy names no bucket, but the framework names its bucket by a pattern.
const frameworkBucket: InferRule = {
  from: (x) =>
    `${privateBucketPolicyOf(iacResourceOf(x.ctx)?.value)?.bucket ?? 'the bucket'} (its name pattern)`,
  find(x) {
    if (!isS3(x) || isObjectAction(x.action)) return null
    return privateBucketPolicyOf(iacResourceOf(x.ctx)?.value)?.bucketArn ?? null
  }
}

/** An account or Region the log masked in a registry host: `***`, `XXX`, `<ACCOUNT_ID>`. */
const HOST_MASK = String.raw`\*{3,12}|[xX]{3,12}|<[A-Za-z_]{1,30}>`
const MASKS = new RegExp(`^(?:${HOST_MASK})$`)

/**
 * `123456789012.dkr.ecr.us-west-2.amazonaws.com/team/app:tag`: the registry, Region and
 * repository (ECR allows `_` in a name). A masked account or Region keeps its placeholder, the
 * repository name still comes from the log (ko-build/terraform-provider-ko#185).
 */
const ECR_URI = new RegExp(
  String.raw`(?<![\w.-])(\d{12}|${HOST_MASK})\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+)+-\d|${HOST_MASK})\.amazonaws\.com(\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255}[a-z0-9])(?![a-z0-9._/-])`,
  'g'
)

/**
 * The registry API's own path (`/v2/REPO/manifests/TAG`, `/v2/REPO/blobs/DIGEST`) names the same
 * repository as the image reference beside it (heldout14 review h14-125): read REPO out of it.
 */
const REGISTRY_API_PATH = /^v2\/(.+?)\/(?:manifests|blobs|tags)(?:\/.*)?$/

/** The repository ARN a registry URI names; null when it names nothing but masks. */
function ecrUriArn(m: RegExpMatchArray): string | null {
  const repository = REGISTRY_API_PATH.exec(m[4]!)?.[1] ?? m[4]!
  if (/^x+$/.test(repository)) return null
  const account = MASKS.test(m[1]!) ? '<ACCOUNT_ID>' : m[1]!
  const region = MASKS.test(m[2]!) ? '<REGION>' : m[2]!
  return `arn:${m[3] ? 'aws-cn' : 'aws'}:ecr:${region}:${account}:repository/${repository}`
}

/** One repository URI in the log around a registry refusal: the repository the push or pull used. */
const ecrRepositoryUri: InferRule = {
  from: 'ECR repository URI in the log',
  // The placeholders are for what the log masked; the repository name is the log's.
  keepsMask: true,
  find(x) {
    if (serviceOf(x) !== 'ecr' || /GetAuthorizationToken$/i.test(x.action ?? '')) return null
    const text = `${x.ctx.before}\n${near(x)}\n${x.ctx.command ?? ''}`
    const arns = new Set<string>()
    for (const m of text.matchAll(ECR_URI)) {
      const arn = ecrUriArn(m)
      if (arn) arns.add(arn)
      if (arns.size > 1) return null
    }
    return arns.size === 1 ? [...arns][0]! : null
  }
}

/** A tool's bucket setting as the log echoes it: `SCCACHE_BUCKET=test`, `S3_BUCKET_NAME=b`. */
const BUCKET_SETTING =
  /\b[A-Z][A-Z0-9_]*_BUCKET(?:_NAME)?=["']?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/
/** OpenDAL's error context names the object it read: `path: .sccache_check`. */
const OPENDAL_PATH = /=> S3Error\b[\s\S]{0,800}?\n\s*path: ([^\s"'`]+)/

/**
 * sccache and other OpenDAL users: the key from the error's `path:`, the bucket from the setting
 * the command line printed. A key without its bucket keeps the bucket a placeholder.
 */
const storageSetting: InferRule = {
  from: (x) =>
    BUCKET_SETTING.test(`${x.ctx.before}\n${x.ctx.line}\n${x.ctx.command ?? ''}`)
      ? "the bucket setting and the error's path: in the log"
      : "the error's path: in the log",
  keepsMask: true,
  find(x) {
    if (!isS3(x)) return null
    const around = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`
    const bucket = BUCKET_SETTING.exec(`${around}\n${x.ctx.command ?? ''}`)?.[1]
    const key = OPENDAL_PATH.exec(`${x.ctx.line}\n${x.ctx.after}`)?.[1]
    if (!key && !bucket) return null
    if (!bucket) return isObjectAction(x.action) ? `arn:aws:s3:::<BUCKET_NAME>/${key}` : null
    return s3Arn(x.action, `${bucket}/${key ?? ''}`)
  }
}

/** Lines above the refusal an `s3://` URL may stand on and still be the request's (a tool's DEBUG trail). */
const URL_ABOVE = 8

/**
 * The S3 names in reach of the refusal: the `s3://` URLs of its record's lines above it, and
 * those the scanner remembered from farther up the same run (ctx.announced: dvc's remote six lines
 * up, Airbyte's `Iterating S3 bucket 'b'`, the EB CLI's `'Bucket': 'b'` argument). A bucket named
 * in words has no key ('').
 */
function s3NamesAbove(x: InferInput): S3Url[] {
  const text = `${x.ctx.before.split('\n').slice(-URL_ABOVE).join('\n')}\n${x.ctx.line}`
  const announced = (x.ctx.announced ?? [])
    .filter((a) => a.service === 's3' && a.bucket !== null)
    .map((a) => ({ bucket: a.bucket!, key: a.key ?? '' }))
  return [...announced, ...s3UrlsIn(text)]
}

/** `aws s3 cp|mv s3://BUCKET/KEY DEST` without `--recursive`, in the step's command or the lines above. */
function copiesOneObject(x: InferInput, bucket: string, key: string): boolean {
  if (key === '' || !/^(?:HeadObject|GetObject)$/.test(x.d.operation ?? '')) return false
  const text = `${x.ctx.command ?? ''}\n${x.ctx.before.split('\n').slice(-URL_ABOVE).join('\n')}`
  const url = escapeRegExp(`s3://${bucket}/${key}`)
  const copy = new RegExp(String.raw`\baws\s+s3\s+(?:cp|mv)\s+["']?${url}["']?\s[^\n]{0,400}`).exec(
    text
  )
  return copy !== null && !/\s--recursive\b/.test(copy[0])
}

/**
 * A tool that prints its remote before the request it makes: dvc's `Preparing to upload data to
 * 's3://b/prefix'`, a pasted `aws s3 cp s3://b/k .` above `fatal error: … (403) … HeadObject`.
 * Answers only when every name in reach is of one bucket: two buckets and which one refused is
 * not shown. A URL without a file extension is a folder (a remote, a prefix): its keys, then `*`.
 */
const s3UrlAbove: InferRule = {
  from: (x) =>
    x.ctx.announced?.some((a) => a.bucket !== null)
      ? 'the bucket the tool named above the refusal in the same run (the only bucket in reach)'
      : 'the s3:// URL printed above the refusal (the only bucket in reach)',
  find(x) {
    if (!isS3(x)) return null
    const urls = s3NamesAbove(x)
    if (urls.length === 0 || new Set(urls.map((u) => u.bucket)).size !== 1) return null
    const keys = [...new Set(urls.map((u) => u.key.replace(/\/+$/, '')))]
    if (keys.length !== 1) {
      // One remote printed with and without its folder: the folder is the narrower one shown.
      const longest = keys.reduce((a, b) => (b.length > a.length ? b : a))
      if (!keys.every((k) => longest.startsWith(k))) return null
      keys.splice(0, keys.length, longest)
    }
    const key = keys[0]!
    // A copy of one object names it whole, extension or not (`aws s3 cp s3://b/propel-linux-amd64
    // ./propel` refused on its HeadObject, heldout56 review h56-037: `propel-linux-amd64/*` matched
    // nothing).
    const file = /\.[A-Za-z0-9]{1,8}$/.test(key) || copiesOneObject(x, urls[0]!.bucket, key)
    // A name stamped per run (`etcd-snapshot-…-1747690744`) is an object of that run, not a
    // folder: the refused call may be its sibling (the snapshot's metadata), and the next run
    // names another (heldout36 review, h36-005): its folder's objects.
    const stamped =
      /(?:^|\/)[^/]*(?:\d{8,}|\d{4}-\d{2}-\d{2}|[0-9a-f]{8}-[0-9a-f]{4}-)[^/]*$/i.exec(key)
    if (stamped && !file) {
      return s3Arn(
        x.action,
        `${urls[0]!.bucket}/${key.slice(0, stamped.index + (stamped[0].startsWith('/') ? 1 : 0))}*`
      )
    }
    return s3Arn(x.action, `${urls[0]!.bucket}/${key === '' || file ? key : `${key}/*`}`)
  }
}

/**
 * A lister of every REST API (YACE's getTaggedApiGateway, `GET /restapis`): API Gateway checks
 * apigateway:GET on the collection's path, never on one API. YACE's line names no Region: another
 * line's (`for region us-west-2`) may be another job's, so the Region stays a placeholder.
 */
const YACE_APIGATEWAY = /\btagsInterface\.get: apigateway: getTaggedApiGateway: /
const restApisListing: InferRule = {
  from: "YACE's API Gateway lister (it lists every REST API: the /restapis collection)",
  keepsMask: true,
  find(x) {
    if (x.action !== 'apigateway:GET' || !YACE_APIGATEWAY.test(x.ctx.line)) return null
    return 'arn:aws:apigateway:<REGION>::/restapis'
  }
}

// The role the EKS credential plugin assumes, as the kubeconfig was written: `aws eks
// update-kubeconfig … --role-arn ARN`, aws-iam-authenticator's `-r ARN` (heldout14 review, h14-083).
const KUBECONFIG_ROLE =
  /\b(?:update-kubeconfig\b[^\n]{0,300}?\s--role-arn[ =]|aws-iam-authenticator\b[^\n]{0,200}?\s(?:-r|--role)[ =])(arn:aws[\w-]*:iam::[^:\s]{1,40}:role\/[\w+=,.@/-]{1,128})/

const kubeconfigRole: InferRule = {
  from: 'the role the kubeconfig makes the EKS credential plugin assume (`--role-arn`)',
  find(x) {
    if (x.action !== 'sts:AssumeRole') return null
    return (
      KUBECONFIG_ROLE.exec(`${x.ctx.command ?? ''}\n${x.ctx.before}\n${x.ctx.line}`)?.[1] ?? null
    )
  }
}

// The role an SDK call or a command names as its parameter, on the refusal's line or just above
// it: the Ruby SDK's `assume_role(role_arn:"ARN",…)` log line (heldout15 review h15-153), boto3's
// `RoleArn='ARN'`, the CLI's `--role-arn ARN`, JavaScript's `RoleArn: 'ARN'`.
const ROLE_PARAMETER =
  /(?:\b(?:role_arn|RoleArn|roleArn)|(?<![\w-])--role-arn)["']?\s{0,2}[:=(]?\s{0,2}["']?(arn:aws[\w-]*:iam::[^:\s"']{1,40}:role\/[\w+=,.@/-]{1,128})/

const roleParameter: InferRule = {
  from: 'the role ARN the call passes (its RoleArn parameter)',
  find(x) {
    if (x.action !== 'sts:AssumeRole') return null
    // The step's command (a `+ aws sts assume-role …` trace) is the call's too.
    const near = `${x.ctx.command ?? ''}\n${x.ctx.before.split('\n').slice(-3).join('\n')}\n${x.ctx.line}`
    return ROLE_PARAMETER.exec(near)?.[1] ?? null
  }
}

// Route 53's REST API puts the hosted zone in the request's path: the PHP SDK's `Error executing
// "ChangeResourceRecordSets" on "https://route53.amazonaws.com/2013-04-01/hostedzone/Z38…/rrset/"`
// (heldout15 review h15-003), any SDK's debug log.
const ROUTE53_ZONE_URL =
  /\bhttps:\/\/route53\.amazonaws\.com(?:\.cn)?\/\d{4}-\d{2}-\d{2}\/hostedzone\/([A-Z0-9]{1,32})\b/

const route53ZoneUrl: InferRule = {
  from: "the hosted zone in the Route 53 request's URL",
  find(x) {
    if (!x.action?.startsWith('route53:')) return null
    const zone = ROUTE53_ZONE_URL.exec(
      `${x.ctx.line}\n${x.ctx.before.split('\n').slice(-3).join('\n')}`
    )?.[1]
    const entry = zone ? lookupAction(x.action) : null
    return entry?.resourceTypes.some((t) => t.name === 'hostedzone')
      ? `arn:aws:route53:::hostedzone/${zone}`
      : null
  }
}

/**
 * iam:CreateServiceLinkedRole refused inside another service's call (`Unable to CreateFirewall
 * because user is not authorized perform iam:CreateServiceLinkedRole`, heldout28 h28-014): that
 * call's service is the one whose role is created, under its own principal's path.
 */
const serviceLinkedRoleOfCall: InferRule = {
  // The account is the caller's, which the log does not show: the remedy's placeholder.
  keepsMask: true,
  from: (x) => `the ${x.d.operation ?? 'calling'} operation the role is created for`,
  find(x) {
    if (x.action?.toLowerCase() !== 'iam:createservicelinkedrole' || !x.d.operation) return null
    const services = servicesOfOperation(x.d.operation).filter((s) => s !== 'iam')
    const principal = services.length === 1 ? serviceLinkedPrincipal(services[0]!) : null
    return principal ? `arn:aws:iam::<ACCOUNT_ID>:role/aws-service-role/${principal}/*` : null
  }
}

/**
 * A KMS key's tags refused while the key is created (`creating KMS Key: … is not authorized to
 * perform: kms:TagResource`, Terraform; heldout86 review h86-012): the key has no ID yet, and KMS
 * asks CreateKey's kms:TagResource on every key of the account and Region (the KMS developer
 * guide's ABAC page), so the caller's account and `key/*`.
 */
const CREATING_KMS_KEY = /\bcreating KMS Key\b|\bCreateKey\b/i
const keyBeingCreated: InferRule = {
  from: 'the KMS key the job is creating (it has no ID yet)',
  keepsMask: true,
  find(x) {
    if (x.action?.toLowerCase() !== 'kms:tagresource') return null
    if (!CREATING_KMS_KEY.test(`${x.ctx.line}\n${x.ctx.before.slice(-300)}`)) return null
    const { region, account } = whereOf(x)
    return `arn:aws:kms:${region === '*' ? '<REGION>' : region}:${account === '*' ? '<ACCOUNT_ID>' : account}:key/*`
  }
}

/**
 * A tool's own words under the SDK's refusal, naming the bucket it was reaching (SkyPilot's
 * `StorageBucketGetError: Failed to connect to an existing bucket 'mybucket'.` below botocore's
 * HeadBucket 403, skypilot-org/skypilot#1857): the traceback's next exception is the same call's.
 */
const BUCKET_NAMED_BELOW = new RegExp(
  String.raw`^[^\n]{0,200}?\b(?:existing|the|S3|to)[ \t]bucket[ \t](['"])(${PRINTED_BUCKET})\1`,
  'm'
)
const bucketNamedBelow: InferRule = {
  from: "the bucket the tool's own error names below the refusal",
  find(x) {
    if (!isS3(x)) return null
    const below = x.ctx.after.split('\n').slice(0, 6).join('\n')
    const m = BUCKET_NAMED_BELOW.exec(below)
    return m ? s3Arn(x.action, `${m[2]}/`) : null
  }
}

export const RESOURCE_RULES: InferRule[] = [
  serviceLinkedRoleOfCall,
  keyBeingCreated,
  route53ZoneUrl,
  restApisListing,
  kubeconfigRole,
  roleParameter,
  pulumiBackend,
  terragruntStateBucket,
  cdkBootstrapStagingBucket,
  frameworkBucket,
  recursiveTransfer,
  bucketKeyPair,
  uploadRequest,
  sameLineUrl,
  s3Endpoint,
  requestAbove,
  bucketArguments,
  storageSetting,
  sqsQueueUrl,
  lambdaFunction,
  dynamoTable,
  terraformName,
  terraformIamArn,
  namedNearby,
  ecrRepositoryUri,
  commandUrl,
  s3UrlAbove,
  bucketNamedBelow
]
