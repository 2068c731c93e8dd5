// A bare S3 refusal (`AccessDenied: Access Denied`, `Forbidden`) that a tool wraps in its own
// words, which name the call and often the bucket and key: Copilot's `upload KEY to bucket B`,
// Velero's backup storage location check, Hadoop S3A's `getFileStatus on s3a://b/k`, Argo's and
// Thanos's minio-go clients, CloudFormation reading a TemplateURL. One row per phrasing, each seen
// in real logs (sources in __tests__/infer/s3Wrappers.test.ts); a row reads only the refusal's
// line and the few lines of the same error around it.
// Bounded quantifiers only: the text is untrusted.
import type { CompanionNeed, InferredValue, LogContext } from '../model/Inferred.js'

const BUCKET = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]'

export interface S3Wrapper {
  /** Also `inferred.s3Wrapper.value`, which the tool's trap reads. */
  id: string
  /** Named groups: `verb` (when the row maps several), `bucket` and `key` when printed. */
  re: RegExp
  /** The action the wrapped call needs; null when the verb is none the row knows. */
  action(verb: string): string | null
  /** The key a grant names, from the printed one (a per-run or per-content key generalised). */
  key?(key: string): string
  from: string
  /**
   * Actions the same call needs besides (placeholders when the log shows no ARN); `prefixArn` is
   * the located key's object ARN (`bucket/prefix/*`), when the row locates one.
   */
  companions?(verb: string, bucketArn: string | null, prefixArn?: string | null): CompanionNeed[]
  /** Lines below the refusal's the phrasing may stand on (default 1). */
  below?: number
  /**
   * The row's key holds for any bucket the tool is pointed at (Thanos' blocks: all its objects):
   * with no bucket printed, the grant is that key under a placeholder bucket, not one object.
   */
  keyWithoutBucket?: boolean
  /**
   * The row also reads refusals that print their action but no resource (`on resource: )`): the
   * tool's words still say which objects it means.
   */
  printedAction?: boolean
  /** Where the object is named elsewhere than in `re` (a template URL lines away, a logfmt field). */
  locate?(ctx: LogContext): { bucket?: string; key?: string } | null
}

/** A table's location without its partition folders (`key=value`), then `*`. */
function tablePrefix(key: string): string {
  // A data file read under the partitions (`…/year=2021/month=8/part-00002.snappy.parquet`, and
  // the comma Athena's message puts after the path: heldout136 review h137-030) is one of the
  // table's files: its folder, then the partitions, come off.
  const folder = key.replace(/,$/, '').replace(/(?:^|\/)[^/=]+\.[A-Za-z0-9]{1,12}$/, '')
  const base = folder.replace(/(?:^|\/)[^/=]+=[^/]*(?:\/[^/=]+=[^/]*)*\/?$/, '').replace(/\/$/, '')
  return base ? `${base}/*` : '*'
}

/**
 * The folder a key sits in, then `*`: a filesystem client touches the path's neighbours too. At
 * the bucket's root that folder is the whole bucket (h9-012): a file name (`data.csv`) stays
 * itself, and a name without an extension, which may be a directory (`spark-events`), becomes
 * `NAME*` (itself, `NAME/` and what is under it).
 */
function folder(key: string): string {
  const slash = key.lastIndexOf('/', key.endsWith('/') ? key.length - 2 : key.length)
  if (slash !== -1) return `${key.slice(0, slash + 1)}*`
  if (!key || key.endsWith('/')) return `${key}*`
  const run = perRunPrefix(key)
  if (run !== null) return `${run}*`
  return /\.[A-Za-z0-9]{1,8}$/.test(key) ? key : `${key}*`
}

/** A run token: a number of three digits or more, or a hex id of six or more with a digit. */
const RUN_TOKEN = /^(?:\d{3,}|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,})/i

/**
 * A root key made anew each run (`test_fileset_delete_af85e6c6test.txt`, h7-054): the name up to
 * its run token, which the next run's key shares; empty when too little precedes it to be a
 * prefix worth naming. Null when the key shows no run token.
 */
function perRunPrefix(key: string): string | null {
  const tokens = key.split(/(?<=[-_.])/)
  const at = tokens.findIndex((t) => RUN_TOKEN.test(t))
  if (at === -1) return null
  const prefix = tokens.slice(0, at).join('')
  return /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(prefix) ? prefix : ''
}

const S3A_VERBS: Record<string, string> = {
  getfilestatus: 's3:GetObject',
  getobjectmetadata: 's3:GetObject',
  open: 's3:GetObject',
  liststatus: 's3:ListBucket',
  listobjects: 's3:ListBucket',
  doesbucketexist: 's3:ListBucket',
  verifybucketexists: 's3:ListBucket',
  verifybucketexistsv2: 's3:ListBucket',
  getbucketlocation: 's3:GetBucketLocation',
  delete: 's3:DeleteObject',
  innermkdirs: 's3:PutObject',
  'put 0-byte object': 's3:PutObject',
  'writing object': 's3:PutObject',
  'initiate multipartupload': 's3:PutObject',
  copyfile: 's3:PutObject',
  rename: 's3:PutObject'
}

const JETS3T_VERBS: Record<string, string> = {
  GET: 's3:GetObject',
  HEAD: 's3:GetObject',
  PUT: 's3:PutObject',
  DELETE: 's3:DeleteObject'
}

/** A key as printed URL-encoded (`snapshot%2Fa%2Fb`), decoded; as printed when it is not valid. */
function safeDecode(key: string): string {
  try {
    return decodeURIComponent(key)
  } catch {
    return key
  }
}

// velero-plugin-for-aws's object store calls, as its error.function field names them.
const VELERO_CALLS: Record<string, string> = {
  putobject: 's3:PutObject',
  getobject: 's3:GetObject',
  objectexists: 's3:GetObject',
  deleteobject: 's3:DeleteObject',
  listcommonprefixes: 's3:ListBucket',
  listobjects: 's3:ListBucket'
}

// An S3 object URL, virtual-hosted (`b.s3.us-east-1.amazonaws.com/k`) or path-style (`s3.amazonaws.com/b/k`).
const S3_HTTPS = new RegExp(
  `\\bhttps?:\\/\\/(?:(?<host>${BUCKET})\\.s3(?:[.-][a-z0-9-]{1,30})?\\.amazonaws\\.com(?:\\.cn)?\\/|s3(?:[.-][a-z0-9-]{1,30})?\\.amazonaws\\.com(?:\\.cn)?\\/(?<path>${BUCKET})\\/)(?<key>[^\\s?#'"\`,;)\\]}<>]{1,1024})`,
  'g'
)

/**
 * The template the log names: a URL-encoded console link (`templateURL=https:%2F%2F…`) or the
 * URL itself, a template's extension preferred over other S3 URLs around.
 */
function templateUrl(ctx: LogContext): { bucket?: string; key?: string } | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':')
  let first: { bucket: string; key: string } | null = null
  for (const m of text.matchAll(S3_HTTPS)) {
    const found = { bucket: (m.groups!.host ?? m.groups!.path)!, key: m.groups!.key! }
    if (/\.(?:template|ya?ml|json)$/i.test(found.key)) return found
    first ??= found
  }
  return first
}

const GIT_REMOTE_VERBS: Record<string, string> = {
  PutObject: 's3:PutObject',
  DeleteObject: 's3:DeleteObject',
  GetObject: 's3:GetObject',
  HeadObject: 's3:GetObject',
  ListObjectsV2: 's3:ListBucket'
}

const CLIENT_VERBS: Record<string, string> = {
  'get file': 's3:GetObject',
  'put file': 's3:PutObject',
  'save outputs': 's3:PutObject',
  'iter bucket': 's3:ListBucket',
  'unable to determine if bucket': 's3:ListBucket'
}

const THANOS_VERBS: Record<string, string> = {
  'download meta.json: get file': 's3:GetObject',
  'BaseFetcher: iter bucket': 's3:ListBucket',
  'upload s3 object': 's3:PutObject',
  'delete block': 's3:DeleteObject'
}

/** Thanos' verb for its call, the compactor's block key left out. */
function thanosAction(verb: string): string | null {
  return THANOS_VERBS[verb.replace(/^delete block: .*$/s, 'delete block')] ?? null
}

/** The set Thanos documents for its components, but the call's own action. */
function thanosSet(verb: string, bucketArn: string | null): CompanionNeed[] {
  const bucket = bucketArn ?? 'arn:aws:s3:::<BUCKET_NAME>'
  const needs: CompanionNeed[] = [
    {
      action: 's3:ListBucket',
      resource: bucket,
      from: "Thanos' documented S3 policy: its components list the bucket"
    },
    ...['s3:GetObject', 's3:PutObject', 's3:DeleteObject'].map((action) => ({
      action,
      resource: `${bucket}/*`,
      from: "Thanos' documented S3 policy: blocks are read, uploaded and deleted (compaction, retention)"
    }))
  ]
  return needs.filter((n) => n.action !== thanosAction(verb))
}

const VELERO_VERBS: Record<string, string> = {
  putting: 's3:PutObject',
  getting: 's3:GetObject',
  deleting: 's3:DeleteObject'
}

/** Velero keeps every backup under `PREFIX/backups/NAME/` (restores, kopia alike): the prefix, then `*`. */
function veleroPrefix(key: string): string {
  const m = /^(.*?)(?:^|\/)(?:backups|restores|kopia|restic)\//.exec(key)
  return m ? `${m[1] ? `${m[1]}/` : ''}*` : key
}

/**
 * The location Velero was given: `velero install --bucket NAME --prefix P` (or `backup-location
 * create`), the Helm chart's `--set configuration.backupStorageLocation.bucket=NAME`, or the
 * BackupStorageLocation's `bucket:` and `prefix:` fields as printed. A shell
 * variable (`--bucket $VELERO_BUCKET`) names no bucket. The prefix, then `*`: every backup goes
 * under it.
 */
function veleroLocation(ctx: LogContext): { bucket?: string; key?: string } | null {
  const text = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`
  const bucket = new RegExp(
    `(?:--bucket[= ]|\\bbackupStorageLocation\\.bucket=|\\bbucket: ?)(${BUCKET})(?=[\\s"']|$)`,
    'm'
  ).exec(text)
  if (!bucket) return null
  const prefix =
    /(?:--prefix[= ]|\bbackupStorageLocation\.prefix=|\bprefix[:=] ?)["']?([\w./-]{1,512}?)\/?["']?(?=\s|$)/m.exec(
      text
    )
  return { bucket: bucket[1]!, key: prefix ? `${prefix[1]}/*` : '*' }
}

/**
 * Loki's bucket, as its config names it: `bucketnames: NAME` (the first of a comma list) or the
 * `s3: s3://REGION/NAME` URL of its storage config.
 */
function lokiBucket(ctx: LogContext): { bucket?: string } | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  const m =
    new RegExp(`\\bbucket_?names:[ \\t]{0,3}["']?(${BUCKET})(?=[\\s,"']|$)`, 'im').exec(text) ??
    new RegExp(
      `\\bs3:[ \\t]{0,3}s3:\\/\\/[a-z]{2}(?:-[a-z]+){1,2}-\\d\\/(${BUCKET})(?=[\\s"']|$)`,
      'm'
    ).exec(text)
  return m ? { bucket: m[1]! } : null
}

/** Velero's logfmt `bucket=NAME` field on the same line. */
function logfmtBucket(ctx: LogContext): { bucket?: string } | null {
  const m = new RegExp(`\\bbucket=(${BUCKET})(?=\\s|$)`).exec(ctx.line)
  return m ? { bucket: m[1]! } : null
}

/**
 * restic's repository on AWS: `s3:s3.amazonaws.com/BUCKET/PREFIX` or `s3:s3-us-east-1.amazonaws.com/…`
 * (also behind `https://`), from the step's command, the lines around or the error itself (its
 * `Is there a repository at the following location?` names it on the next line).
 */
const RESTIC_REPOSITORY = new RegExp(
  `(?<![\\w.-])s3:(?:https?:\\/\\/)?s3(?:[.-][a-z0-9-]{1,30}){0,3}\\.amazonaws\\.com(?:\\.cn)?\\/(${BUCKET})(?:\\/([^\\s'"\x60\\\\]{1,512}?))?\\/?(?=[\\s'"\x60\\\\]|$)`,
  'm'
)

/**
 * The repository's bucket, and with `objects` its prefix then `*`: opening a repository reads
 * `config`, then `keys/`, `index/` and `data/` under the prefix, and init writes them all, so a
 * grant on the one file the error names fails on the next (heldout11 review, h11-094).
 */
function resticRepository(objects: boolean) {
  return (ctx: LogContext): { bucket?: string; key?: string } | null => {
    const m = RESTIC_REPOSITORY.exec(
      `${ctx.line}\n${ctx.after}\n${ctx.before}\n${ctx.command ?? ''}`
    )
    if (!m) return null
    return objects ? { bucket: m[1]!, key: `${m[2] ? `${m[2]}/` : ''}*` } : { bucket: m[1]! }
  }
}

/**
 * Litestream's replica: the `bucket=… path=…` fields of its `replicating to` line, else the
 * `s3://BUCKET/PATH` replica URL of the command or the line; the path is a prefix (snapshots and
 * WAL segments go under it).
 */
function litestreamReplica(ctx: LogContext): { bucket?: string; key?: string } | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.command ?? ''}`
  const field = new RegExp(`\\bbucket=(${BUCKET}) path=([^\\s"]{1,512})`).exec(text)
  const m = field ?? S3_URL.exec(text)
  if (!m) return null
  const path = (m[2] ?? '').replace(/\/+$/, '')
  return { bucket: m[1]!, key: path ? `${path}/*` : '*' }
}

const DENIED = '\\b(?:AccessDenied|Access Denied|Forbidden)\\b'

/**
 * An uploader writes a new key each time (a dated bundle, a per-run flow file, a content hash):
 * granting the one that failed fails on the next. Its folder, then `*`; folders that only shard
 * by the file's hash (`c4/c23bc6….png`) are dropped too, since the next file lands in another.
 */
function uploadScope(key: string): string {
  const parts = key.split('/')
  const file = parts.pop() ?? ''
  while (parts.length > 0 && /^[0-9a-f]{1,4}$/.test(parts.at(-1)!) && /^[0-9a-f]{8,}/.test(file))
    parts.pop()
  return parts.length > 0 ? `${parts.join('/')}/*` : '*'
}

/** helm-s3's wrapped calls (hypnoglow/helm-s3 internal/awss3: `errors.Wrap(err, "fetch object from s3")`). */
const HELM_S3_VERBS: Record<string, string> = {
  'fetch object from s3': 's3:GetObject',
  'get s3 object': 's3:GetObject',
  'head s3 object': 's3:GetObject',
  'upload object to s3': 's3:PutObject',
  'upload index to s3 bucket': 's3:PutObject',
  'delete object from s3': 's3:DeleteObject',
  'list s3 bucket objects': 's3:ListBucket'
}

const S3_URL = new RegExp(
  `\\bs3:\\/\\/(${BUCKET})(?:\\/([^\\s'"\x60\\\\:]{1,1024}?))?\\/?(?=[\\s'"\x60\\\\:]|$)`
)

/**
 * The chart repository the helm-s3 call was on: the `s3://` URL its own error names (`fetch from
 * s3 url=s3://B/stable/index.yaml`), else the repository's (`helm repo add NAME s3://B/PREFIX`,
 * Helm's `"s3://B/PREFIX" is not a valid chart repository` below). A repository URL is a prefix:
 * Helm reads its `index.yaml`.
 */
function helmS3Object(ctx: LogContext): { bucket?: string; key?: string } | null {
  const head = ctx.before.split('\n').slice(-3).join('\n')
  const m =
    S3_URL.exec(ctx.line) ?? S3_URL.exec(head) ?? S3_URL.exec(ctx.after.split('\n', 3).join('\n'))
  if (!m) return null
  const path = m[2] ?? ''
  return {
    bucket: m[1]!,
    key: /\.(?:ya?ml|tgz)$/.test(path) ? path : `${path ? `${path}/` : ''}index.yaml`
  }
}

const PGBACKREST_VERBS: Record<string, string> = {
  // 2.2x prints the URI alone: its first request on a repository reads the stanza's info files.
  '': 's3:GetObject',
  GET: 's3:GetObject',
  HEAD: 's3:GetObject',
  PUT: 's3:PutObject',
  POST: 's3:PutObject',
  DELETE: 's3:DeleteObject'
}

/**
 * pgBackRest's repository: `repo1-s3-bucket` and `repo1-path` as options (`--repo1-s3-bucket=B`),
 * config lines or environment variables (`PGBACKREST_REPO1_S3_BUCKET`). The repository path is a
 * prefix: every stanza's archive and backups go under it.
 */
function pgbackrestRepository(ctx: LogContext): { bucket?: string; key?: string } | null {
  const text = `${ctx.command ?? ''}\n${ctx.before}\n${ctx.line}\n${ctx.after}`
  const bucket = new RegExp(
    `(?<![A-Za-z0-9])repo\\d*[-_]s3[-_]bucket[ \\t]*[=:][ \\t]*["']?(${BUCKET})(?=[\\s"']|$)`,
    'im'
  ).exec(text)
  if (!bucket) return null
  const path =
    /(?<![A-Za-z0-9])repo\d*[-_]path[ \t]*[=:][ \t]*["']?\/?([\w./-]{0,512}?)\/?(?=[\s"']|$)/im.exec(
      text
    )
  return { bucket: bucket[1]!, key: path ? (path[1] ? `${path[1]}/*` : '*') : undefined }
}

/** Amplify Storage's verbs (Storage.list, .get, .put, .remove) → the S3 action each needs. */
const AMPLIFY_VERBS: Readonly<Record<string, string>> = {
  list: 's3:ListBucket',
  get: 's3:GetObject',
  put: 's3:PutObject',
  remove: 's3:DeleteObject'
}

const PUT_OBJECT_ACL: CompanionNeed = {
  action: 's3:PutObjectAcl',
  resource: null,
  from: 'an upload that sets an ACL (public-read) is also authorised as s3:PutObjectAcl'
}

/**
 * A PHP app on Laravel's `s3` disk or Flysystem's S3 adapter: the adapter sends an ACL with every
 * write (`public-read` for public visibility, `private` otherwise; flysystem-aws-s3-v3's
 * determineAcl), which S3 authorises as s3:PutObjectAcl beside s3:PutObject, and which Block
 * Public Access or a bucket that owns its objects refuses. Laravel's log prefix (its environment
 * and level: `production.ERROR:`) or Flysystem's own `Unable to write file at location` names the
 * client; Symfony's channels (`request.CRITICAL:`) and the bare PHP SDK, which sends no ACL, do not.
 */
const PHP_ACL_CLIENT =
  '(?:\\b(?:production|local|staging|testing|development)\\.[A-Z]{4,9}: [^\\n]{0,200}?|\\bUnable to write file at location: [^\\n]{0,300}\\n[^\\n]{0,40}?)'
/** Arrow's S3 filesystem: the S3 call its error names → the action that authorises it. */
const ARROW_CALLS: Record<string, string> = {
  HeadObject: 's3:GetObject',
  GetObject: 's3:GetObject',
  ListObjectsV2: 's3:ListBucket',
  ListObjects: 's3:ListBucket',
  HeadBucket: 's3:ListBucket',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  PutObject: 's3:PutObject',
  DeleteObject: 's3:DeleteObject',
  DeleteObjects: 's3:DeleteObject',
  CreateBucket: 's3:CreateBucket'
}

export const S3_WRAPPERS: S3Wrapper[] = [
  {
    // Arrow's S3 filesystem (pyarrow, pandas, Ray Data, PyIceberg) names the key and bucket of the
    // refused call in its own words before the SDK's error: `When getting information for key 'K'
    // in bucket 'B': AWS Error ACCESS_DENIED during HeadObject operation` (apache/arrow#37888),
    // `When listing objects under key 'P' in bucket 'B': … ListObjectsV2` (ray-project/ray#50820),
    // `When testing for existence of bucket 'B': … HeadBucket` (apache/arrow#38013). A dataset read
    // touches the file's neighbours: its folder.
    id: 'arrow-s3-filesystem',
    re: new RegExp(
      `\\bWhen [a-z][a-z ]{2,60}? (?:key '(?<key>[^'\\n]{1,1024})' in |of )?bucket '(?<bucket>${BUCKET})': AWS Error (?:ACCESS_DENIED during (?<verb>[A-Za-z0-9]{2,60}) operation|\\[code 15\\])`
    ),
    action: (verb) => ARROW_CALLS[verb] ?? (verb ? null : 's3:GetObject'),
    key: folder,
    from: "Arrow's S3 filesystem (`When … key 'K' in bucket 'B': AWS Error ACCESS_DENIED`)"
  },
  {
    // Copilot uploads deploy assets under `manual/` of the app's artifact bucket, each key named
    // by its content hash: the next deploy writes another key, so the grant names the prefix.
    id: 'copilot-artifact-upload',
    re: new RegExp(
      `\\bupload (?<key>manual\\/[^\\s:'"]{1,400}) to bucket (?<bucket>${BUCKET}): AccessDenied\\b`
    ),
    action: () => 's3:PutObject',
    key: () => 'manual/*',
    from: "Copilot's `upload … to bucket …` (its artifact bucket)",
    companions: () => [
      {
        action: 'kms:GenerateDataKey',
        resource: null,
        from: "Copilot's artifact bucket encrypts uploads with the KMS key of the app's StackSet"
      }
    ]
  },
  {
    // boto3's managed transfer (upload_file, upload_fileobj; Zappa, SageMaker notebooks, Flask
    // apps) re-raises S3's refusal as `S3UploadFailedError: Failed to upload SRC to BUCKET/KEY:
    // An error occurred (AccessDenied) ...`, the bucket and key joined by a slash.
    id: 'boto3-upload-file',
    re: new RegExp(
      `\\bFailed to upload [^\\n]{1,1024}? to (?<bucket>${BUCKET})\\/(?<key>[^\\s:'"]{1,1024}): An error occurred \\((?:AccessDenied|Forbidden|403)\\)`
    ),
    action: () => 's3:PutObject',
    key: uploadScope,
    from: "boto3's `Failed to upload SRC to BUCKET/KEY` (its managed upload; the key's folder, since each upload writes a new key)"
  },
  {
    // A Rails model whose file attachment (Paperclip, CarrierWave on the Ruby aws-s3 gem) uploads
    // when the record is saved: `p.attachment = File.open(…)` / `p.save` / `AWS::S3::AccessDenied:
    // Access Denied` (mrrooijen/mongoid-paperclip#9, heldout14 h14-015). The save writes the
    // object, with the public-read ACL these libraries default to.
    id: 'ruby-attachment-save',
    re: /(?:^|[\s>])\w{1,60}\.save!?[ \t]*\n(?:[^\n]{0,200}\n)?[^\n]{0,80}?\bAWS::S3::AccessDenied\b/,
    action: () => 's3:PutObject',
    from: "a Rails model's `save` uploading its file attachment (Paperclip, CarrierWave)",
    companions: (_verb, bucket) => [
      {
        action: 's3:PutObjectAcl',
        resource: bucket ? `${bucket}/*` : null,
        from: 'Paperclip and CarrierWave set a public-read ACL on each upload by default'
      }
    ]
  },
  {
    // Trino's and Presto's Hive connector name the file a split reads when S3 refuses it:
    // `Error opening Hive split s3://BUCKET/KEY (offset=…, length=…): … Access Denied`. A query
    // reads every part of the table's folder, so the grant names the folder.
    id: 'hive-split-read',
    re: new RegExp(
      `\\bError opening Hive split s3[an]?:\\/\\/(?<bucket>[^\\s/]{1,63})\\/(?<key>[^\\s()]{1,1024}) \\(offset=\\d{1,20}, length=\\d{1,20}\\):[^\\n]{0,600}?${DENIED}`
    ),
    action: () => 's3:GetObject',
    key: folder,
    from: "the Hive connector's `Error opening Hive split s3://…` (Trino, Presto: the table file the query read)"
  },
  {
    // Velero validates a backup storage location by listing its bucket (and prefix).
    id: 'velero-object-store',
    re: new RegExp(
      `\\b(?:Backup(?:StorageLocation| storage location| location) \\\\?"[^"\\\\\\n]{1,253}\\\\?" is unavailable|Error listing backups in backup store)\\b[^\\n]{0,200}?${DENIED}`
    ),
    action: () => 's3:ListBucket',
    from: "Velero's check of its backup storage location (it lists the bucket)"
  },
  {
    // Velero 1.0 checks every backup storage location when its server starts (`some backup
    // storage locations are invalid: backup store for location "default" is invalid: …`) by
    // listing the location's bucket and prefix. S3's host id (its extended request ID, which only
    // S3 sends) under the Go SDK's status line names the store AWS's (heldout12 review h12-092); a
    // store answering with other IDs (NooBaa, MinIO) stays unnamed (migtools/mig-controller#447).
    id: 'velero-object-store',
    re: new RegExp(
      `\\bbackup store for location \\\\?"[^"\\\\\\n]{1,253}\\\\?" is invalid:[^\\n]{0,200}?${DENIED}[^\\n]{0,300}?(?:\\n[^\\n]{0,300}?)?\\bhost id:[*\\s]{0,4}[A-Za-z0-9+/]{40,}`
    ),
    action: () => 's3:ListBucket',
    from: "Velero's check of its backup storage locations at start-up (it lists the location's bucket)",
    locate: veleroLocation,
    key: (key) => key,
    companions: (_verb, _bucket, prefix) =>
      ['s3:GetObject', 's3:PutObject'].map((action) => ({
        action,
        resource: prefix ?? null,
        from: "Velero reads and writes its backups under the location's prefix once the check passes (the AWS plugin's documented policy)"
      }))
  },
  {
    // The backup's own objects (`error putting object PREFIX/backups/NAME/NAME-logs.gz`): named
    // per backup, so the grant names the location's prefix.
    id: 'velero-object-store',
    re: new RegExp(
      `\\berror (?<verb>putting|getting|deleting) object (?<key>[^\\s:'"]{1,1024}):[^\\n]{0,300}?${DENIED}`
    ),
    action: (verb) => VELERO_VERBS[verb] ?? null,
    key: veleroPrefix,
    from: "the Velero AWS plugin's object write or read in the backup bucket",
    locate: logfmtBucket
  },
  {
    id: 'velero-object-store',
    re: new RegExp(
      `${DENIED}[^\\n]{0,600}?\\berror\\.function="main\\.\\(\\*ObjectStore\\)\\.(?<verb>PutObject|GetObject|ObjectExists|DeleteObject|ListCommonPrefixes|ListObjects)"`
    ),
    action: (verb) => VELERO_CALLS[verb.toLowerCase()] ?? null,
    from: "the Velero AWS plugin's object-store call"
  },
  {
    // S3A translates every S3 error into `<operation> on s3a://bucket/key: ...`.
    id: 'hadoop-s3a',
    re: new RegExp(
      `\\b(?<verb>getFileStatus|getObjectMetadata|open|listStatus|listObjects|doesBucketExist|verifyBucketExists(?:V2)?|delete|innerMkdirs|PUT 0-byte object|Writing Object|initiate MultiPartUpload|copyFile|rename)\\b[^\\n]{0,80}? on s3a:\\/\\/(?<bucket>${BUCKET})(?:\\/(?<key>[^\\s:'"]{0,1024}))?`,
      'i'
    ),
    action: (verb) => S3A_VERBS[verb.toLowerCase()] ?? null,
    key: folder,
    from: "Hadoop S3A's operation on the s3a:// path",
    companions: (verb, bucket) =>
      /^(?:getFileStatus|getObjectMetadata)$/i.test(verb)
        ? [
            {
              action: 's3:ListBucket',
              resource: bucket,
              from: "S3A's getFileStatus (and exists()) lists the path when the HEAD finds no object, and without s3:ListBucket S3 answers 403 for a key that does not exist"
            }
          ]
        : []
  },
  {
    // Athena refusing the S3 location a query reads (`Permission denied on S3 path: s3://b/p/
    // year=2022/month=8`, Kubecost's docs, h19-091): the caller's read of the table's location.
    // A partition's folder is one of many the next query reads: the grant is the table's prefix.
    id: 'athena-query-location',
    re: new RegExp(
      `\\bPermission denied on S3 path: s3:\\/\\/(?<bucket>${BUCKET})(?:\\/(?<key>[^\\s"'<>]{0,1024}))?`
    ),
    action: () => 's3:GetObject',
    key: tablePrefix,
    from: "Athena's refused read of the query's S3 location",
    companions: (_verb, bucket) =>
      ['s3:ListBucket', 's3:GetBucketLocation'].map((action) => ({
        action,
        resource: bucket,
        from: 'Athena lists the location and asks its bucket Region before it reads'
      }))
  },
  {
    // S3A's bucket-level probes name the bucket alone: `AccessDeniedException: BUCKET:
    // getBucketLocation() on BUCKET: …AmazonS3Exception: Access Denied` (h18-120, a Hadoop test run
    // on common-issues@hadoop.apache.org; its review read the call and the bucket from it).
    id: 'hadoop-s3a-bucket',
    re: new RegExp(
      `\\b(?<verb>getBucketLocation|doesBucketExist|verifyBucketExists(?:V2)?)\\(\\) on (?<bucket>${BUCKET}):`
    ),
    action: (verb) => S3A_VERBS[verb.toLowerCase()] ?? null,
    from: "Hadoop S3A's bucket probe on the bucket it names"
  },
  {
    // jets3t (Maven/boot S3 wagons, Hadoop's s3n) prints the refused HTTP request: `S3 Error
    // Message. GET '/key' on Host 'bucket.s3.amazonaws.com'`, the key URL-encoded. A wagon GETs
    // maven-metadata.xml that may not exist yet: without s3:ListBucket, 403 instead of 404 (h11-177).
    id: 'jets3t',
    re: new RegExp(
      `\\bS3ServiceException: S3 Error Message\\. (?<verb>GET|HEAD|PUT|DELETE) '\\/(?<key>[^'\\s]{0,1024})' on Host '(?:(?<bucket>${BUCKET})\\.s3[.-][a-z0-9.-]{0,40}amazonaws\\.com|[^'\\s]{0,200})'`
    ),
    action: (verb) => JETS3T_VERBS[verb] ?? null,
    key: (key) => folder(safeDecode(key)),
    from: "jets3t's refused HTTP request (the S3 wagon's call)",
    companions: (verb, bucket) =>
      verb === 'GET' || verb === 'HEAD'
        ? [
            {
              action: 's3:ListBucket',
              resource: bucket,
              from: 'a wagon reads files (maven-metadata.xml) that may not exist yet, and without s3:ListBucket S3 answers 403 for a key that does not exist'
            }
          ]
        : []
  },
  {
    // git-remote-s3 (`git push` to an `s3://bucket/prefix` remote) relays the SDK's refusal per ref
    // (`! [remote rejected] main -> main (An error occurred (AccessDenied) when calling the
    // DeleteObject operation: … on resource: )`, awslabs/git-remote-s3#24). Every push writes a new
    // bundle under `prefix/REF/` and deletes the one it replaces, so the grant is the repository's
    // prefix, never one bundle (heldout29 re-review, h29-025); its README's policy lists the rest.
    id: 'git-remote-s3',
    re: /! \[remote rejected\] \S{1,200} -> \S{1,200} \(An error occurred \(AccessDenied\) when calling the (?<verb>PutObject|DeleteObject|GetObject|HeadObject|ListObjectsV2) operation\b/,
    action: (verb) => GIT_REMOTE_VERBS[verb] ?? null,
    from: "git-remote-s3 (`git push` to an `s3://` remote), which writes each push's bundle under the repository's prefix and deletes the one it replaces",
    printedAction: true,
    locate: () => ({ key: '<KEY_PREFIX>/*' }),
    keyWithoutBucket: true,
    companions: (_verb, bucket, prefix) => [
      {
        action: 's3:ListBucket',
        resource: bucket,
        from: 'git-remote-s3 lists the refs under the prefix before each fetch and push'
      },
      ...['s3:GetObject', 's3:PutObject', 's3:DeleteObject'].map((action) => ({
        action,
        resource: prefix ?? 'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*',
        from: "git-remote-s3's documented policy: bundles read, written and replaced under the prefix"
      }))
    ]
  },
  {
    // SAM CLI's package step (`sam deploy`, `sam package`) naming the artifact it could not put,
    // the SDK's refusal on the next line (aws-samples/aws-serverless-saas-workshop#3,
    // aws-samples/sam-sf-sagemaker-workflow#1). Each object is named by a hash of its content, so
    // the grant is the deployment bucket's objects, never the one key (heldout30 review).
    id: 'sam-artifact-upload',
    re: /\bUnable to upload artifact \S{1,300} referenced by \w{1,80} parameter of \w{1,255} resource\.\s{0,4}\n[^\n]{0,200}?\bwhen calling the (?<verb>PutObject|CreateMultipartUpload|UploadPart|HeadObject) operation: Access Denied\b/,
    action: (verb) => (verb === 'HeadObject' ? 's3:GetObject' : 's3:PutObject'),
    from: "SAM CLI's package step (`Unable to upload artifact`), which names each object by a hash of its content",
    locate: () => ({ key: '*' }),
    keyWithoutBucket: true,
    // CloudFormation reads the uploaded templates, and Lambda the uploaded code, with the
    // deploying identity's own credentials (heldout30 re-review, h30-016, h30-029).
    companions: (_verb, _bucket, prefix) => [
      {
        action: 's3:GetObject',
        resource: prefix ?? 'arn:aws:s3:::<BUCKET_NAME>/*',
        from: 'CloudFormation and Lambda read the uploaded templates and code with the deploying identity'
      }
    ]
  },
  {
    // Thanos' objstore in Thanos' own words: a store's `download meta.json: get file`, a fetcher's
    // `BaseFetcher: iter bucket`, a sidecar's `upload s3 object`, the compactor's `delete block:
    // delete ULID/meta.json` (heldout7 h7-079, h7-080, heldout18 h18-044, heldout28 h28-032). Every
    // block is a new ULID folder, so the grant is the bucket's objects, never the one block, with
    // the set Thanos documents for its components (docs/storage.md: the bucket listed, objects
    // read, written and deleted).
    id: 'thanos-block-store',
    re: /\b(?<verb>download meta\.json: get file|BaseFetcher: iter bucket|upload s3 object|delete block: delete (?<key>[^\s:"]{1,300})): Access Denied\b/,
    action: thanosAction,
    from: "Thanos' object store client (its blocks are folders each upload and compaction names anew)",
    // Every block is its own folder: the grant is all of them, whatever key the line printed.
    locate: () => ({ key: '*' }),
    keyWithoutBucket: true,
    companions: thanosSet
  },
  {
    // S3 clients built on minio-go word the failed call and append S3's bare message: Argo
    // Workflows' artifacts (`failed to get file`, `failed to put file`, `failed to save outputs`),
    // Thanos's object store (`get file`, `iter bucket`), Kopia's bucket check in Velero.
    id: 'object-store-client',
    re: new RegExp(
      `\\b(?<verb>(?:failed to )?get file|(?:failed to )?put file|failed to save outputs|iter bucket|unable to determine if bucket \\\\?"(?<bucket>${BUCKET})\\\\?" exists): Access Denied\\b`,
      'i'
    ),
    action: (verb) =>
      CLIENT_VERBS[
        verb
          .toLowerCase()
          .replace(/^failed to /, '')
          .replace(/ \\?".*$/, '')
      ] ?? null,
    from: "the S3 client's own words for the call"
  },
  {
    // Logstash's S3 input printing its plugin's settings above the error that stopped it
    // (`Plugin: <LogStash::Inputs::S3 … bucket=>"B", … prefix=>"AWSLogs/…"` / `Error: Access
    // Denied`, logstash-plugins/logstash-input-s3#28, #137): it lists the bucket under its prefix,
    // then reads each object (heldout21 review h21-014, h21-015).
    id: 'logstash-s3-input',
    // The settings line is long: the context may keep only its end, so `LogStash::` anywhere on it
    // (`codec=><LogStash::Codecs::…`) names the plugin.
    re: new RegExp(
      `^(?=[^\\n]{0,3000}\\bLogStash::)[^\\n]{0,3000}?\\bbucket=>"(?<bucket>${BUCKET})"[^\\n]{0,3000}\\n(?:[^\\n]{0,300}\\n){0,2}?[ \\t]{0,8}Error: ${DENIED}`,
      'm'
    ),
    action: () => 's3:ListBucket',
    from: "Logstash's S3 input, which lists its bucket under its prefix and then reads each object",
    locate: (ctx) => {
      const prefix = /\bprefix=>"([^"\n]{0,1024})"/.exec(ctx.before)
      return prefix ? { key: prefix[1]! } : null
    },
    key: (prefix) => `${prefix}*`,
    companions: (_verb, _bucket, prefix) => [
      {
        action: 's3:GetObject',
        resource: prefix ?? null,
        from: "Logstash's S3 input reads each object it lists under its prefix"
      }
    ]
  },
  {
    // Loki's index store on S3 (boltdb-shipper, tsdb): the compactor and the table manager list
    // the index's tables first, then read, upload and delete their files (grafana/loki#3718,
    // #2868). Its documented policy: the bucket listed, objects read, written and deleted.
    id: 'loki-index-store',
    re: /(?:\bcaller=(?:compactor|table_manager)\.go:\d{1,5}\b[^\n]{0,200}?|\bmsg="{1,2}(?:failed to run compaction|error syncing tables)"{1,2}[^\n]{0,40}?)\berr="{1,2}AccessDenied: Access Denied\b/,
    action: () => 's3:ListBucket',
    from: "Loki's compactor or table manager (its index store: the tables listed first)",
    locate: lokiBucket,
    companions: (_verb, bucket) =>
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'].map((action) => ({
        action,
        resource: bucket ? `${bucket}/*` : null,
        from: "Loki's documented S3 policy: the index and chunk objects are read, written and deleted"
      }))
  },
  {
    // restic (on minio-go) checks the repository's bucket with BucketExists, a HEAD on the bucket
    // that S3 authorises as s3:ListBucket; restic's documented policy adds s3:GetBucketLocation,
    // which minio-go asks first (restic#1593, #1691).
    id: 'restic-repository',
    re: /\bclient\.BucketExists: Access Denied\b/,
    action: () => 's3:ListBucket',
    from: "restic's `client.BucketExists` (a HEAD on the repository's bucket, authorised as s3:ListBucket)",
    locate: resticRepository(false),
    companions: (_verb, bucket) => [
      {
        action: 's3:GetBucketLocation',
        resource: bucket,
        from: "restic's S3 client asks the bucket's Region before its first call (restic's documented policy grants it)"
      }
    ]
  },
  {
    // `restic init` writing the repository's first key file (`keys/ID`) after its config; the
    // Access Denied shows only in builds that print the write's error (restic#3351).
    id: 'restic-repository',
    re: /\bcreate key in repository at s3:[^\n]{1,600}? failed:[^\n]{0,200}?\bAccess Denied\b/,
    action: () => 's3:PutObject',
    from: "restic init writing the repository's key file (`create key in repository`)",
    locate: resticRepository(true)
  },
  {
    // restic writing its lock before a backup, prune or check (`unable to create lock in backend:
    // client.PutObject`, netinvent/npbackup#155): a key that reads but cannot write. Every run
    // writes and later removes a lock under `locks/`, so both are granted on the repository.
    id: 'restic-repository',
    re: /\bunable to create lock in backend: client\.PutObject: Access Denied\b/,
    action: () => 's3:PutObject',
    from: 'restic writing its lock (`locks/` under the repository) before it changes anything',
    locate: resticRepository(true),
    companions: (_verb, _bucket, prefix) => [
      {
        action: 's3:DeleteObject',
        resource: prefix ?? null,
        from: 'restic removes its lock when the run ends, and prune deletes packs and snapshots'
      }
    ]
  },
  {
    // Opening a repository, restic first reads (a HEAD: `Stat`) its `config` object under the
    // prefix, then its keys and index: the grant names the repository's prefix.
    id: 'restic-repository',
    re: /\bunable to open config file: Stat: Access Denied\b/,
    action: () => 's3:GetObject',
    from: 'restic opening the repository (`Stat` of its `config` object, then `keys/`, `index/`, `data/`)',
    locate: resticRepository(true),
    companions: (_verb, bucket) => [
      {
        action: 's3:ListBucket',
        resource: bucket,
        from: 'a HEAD on a key that does not exist answers 403 to a caller without s3:ListBucket: restic lists the repository too'
      }
    ]
  },
  {
    // pgBackRest's refused request, the URI (2.2x) or method and path (2.3x on) under its
    // `*** URI/Query ***` heading (src/parse/grammars/backupRepositories.ts names it S3's). The
    // repository's bucket and path are its options (h12-101: stanza-create reading archive.info
    // from `test-pg-bucket`); its documented policy lists the bucket and reads, writes and deletes
    // under the path.
    id: 'pgbackrest-repository',
    re: /\b(?:S3|HTTP) request failed with 403(?::[ \t]*Forbidden\b|[ \t]*\(Forbidden\)):?[ \t]*\n[ \t]{0,60}\*\*\* (?:URI|Path)\/Query \*\*\*:[ \t]*\n[ \t]{0,60}(?:(?<verb>GET|HEAD|PUT|POST|DELETE) )?\/(?<key>[^\s?]{1,1024})/,
    action: (verb) => PGBACKREST_VERBS[verb] ?? null,
    key: (key) => key,
    from: "pgBackRest's refused request on its repository (the path it printed)",
    below: 2,
    locate: pgbackrestRepository,
    companions: (verb, bucket, prefix) => [
      {
        action: 's3:ListBucket',
        resource: bucket,
        from: 'pgBackRest lists the repository; and without s3:ListBucket S3 answers 403, not 404, for an info file not written yet'
      },
      ...['s3:GetObject', 's3:PutObject']
        .filter((action) => action !== PGBACKREST_VERBS[verb])
        .map((action) => ({
          action,
          resource: prefix ?? null,
          from: "pgBackRest reads and writes the stanza's info files, WAL archive and backups under the repository path"
        }))
    ]
  },
  {
    // Gradle's S3 build cache (burrunan/gradle-s3-build-cache) writing an entry: PutObject under
    // the cache's prefix. A build that may only read the cache runs with `push = false`.
    id: 'gradle-s3-build-cache',
    re: /\bError while storing cache object in S3 bucket\b[^\n]{0,20}?Access Denied\b/,
    action: () => 's3:PutObject',
    from: "Gradle's S3 build cache storing an entry (`Error while storing cache object in S3 bucket`)"
  },
  {
    // Jenkins' Job Cacher saving a cache to its S3 storage: `[Cache for PATH with id ID] Failed to
    // create cache` on the line above S3's refusal. Creating it is the archive's upload.
    id: 'jenkins-jobcacher',
    re: /\[Cache for [^\]\n]{1,512} with id [0-9a-f]{8,64}\] Failed to create cache\b/,
    action: () => 's3:PutObject',
    from: "Jenkins Job Cacher's `Failed to create cache` (it uploads the cache archive)"
  },
  {
    // rclone's S3 backend uploading a file: `ERROR : PATH: Post request put error: Forbidden`.
    // PATH is relative to the remote's root, which may or may not be the bucket: no bucket read.
    id: 'rclone-upload',
    re: new RegExp(`\\bERROR : [^\\n]{1,1024}?: Post request put error: ${DENIED}`),
    action: () => 's3:PutObject',
    from: "rclone's `Post request put error` (its upload of the file)",
    // A wrapper that relays rclone's failure (tator's `RcloneException: Forbidden`) prints it
    // first; the Go SDK's `status code: 403, …` line stands between it and rclone's own line.
    below: 2
  },
  {
    // rclone's S3 backend makes the bucket on Mkdir at a remote's root (`rclone serve restic`
    // creating a repository, rustic#220): CreateBucket, unless told the bucket exists
    // (`no_check_bucket`, rclone#4703). The remote's bucket is not printed.
    id: 'rclone-bucket-check',
    re: new RegExp(`\\bERROR : : Create repo failed to Mkdir: ${DENIED}`),
    action: () => 's3:CreateBucket',
    from: "rclone's `Create repo failed to Mkdir` (its S3 backend creates or checks the bucket)"
  },
  {
    // Litestream asks the bucket's Region first unless the replica config sets `region:`
    // (litestream#107, #621): GetBucketLocation, or a HeadBucket (ListBucket) since litestream#580.
    id: 'litestream-replica',
    re: new RegExp(`\\bcannot lookup bucket region: ${DENIED}`),
    action: () => 's3:GetBucketLocation',
    from: "Litestream's `cannot lookup bucket region` (its bucket Region lookup)",
    locate: litestreamReplica,
    companions: (_verb, bucket) => [
      {
        action: 's3:ListBucket',
        resource: bucket,
        from: 'newer Litestream builds look the Region up with a HEAD on the bucket (litestream#580), which S3 authorises as s3:ListBucket'
      }
    ]
  },
  {
    // Litestream's monitor loop failing right after `write snapshot`: the snapshot upload under
    // the replica's path (litestream#593).
    id: 'litestream-replica',
    re: new RegExp(
      `\\bmsg="write snapshot"[^\\n]{0,600}\\n[^\\n]{0,300}\\bmsg="monitor error"[^\\n]{0,600}?\\berror="${DENIED}`
    ),
    action: () => 's3:PutObject',
    from: "Litestream writing a snapshot of the database (`write snapshot`, then the monitor's error)",
    locate: litestreamReplica
  },
  {
    // davidmoten's aws-maven-plugin uploads with a public-read ACL (its README; from 0.2.25
    // `<publicRead>false</publicRead>` turns it off, issue #18): Block Public Access or a bucket
    // that owns its objects refuses the upload, and the ACL needs s3:PutObjectAcl.
    id: 'public-read-uploader',
    re: new RegExp(`\\baws-maven-plugin:[\\w.-]{1,40}:deployS3\\b[^\\n]{0,300}?${DENIED}`),
    action: () => 's3:PutObject',
    from: "aws-maven-plugin's `deployS3` (it uploads each file with a public-read ACL by default)",
    companions: () => [PUT_OBJECT_ACL]
  },
  {
    // s3-deploy (import-io/s3-deploy, the Reggionick/s3-deploy action) relaying S3's refusal of an
    // upload after its `aborting upload for` lines: its uploads carry ACL public-read unless
    // `private: true` (src/deploy.js).
    id: 'public-read-uploader',
    re: new RegExp(
      `\\baborting upload for [^\\n]{1,1024}\\n(?:[^\\n]{0,200}\\n){0,2}[^\\n]{0,40}\\bAccessDenied: Access Denied\\b`
    ),
    action: () => 's3:PutObject',
    from: "s3-deploy's upload (with a public-read ACL unless `private: true`)",
    companions: () => [PUT_OBJECT_ACL]
  },
  {
    id: 'php-acl-uploader',
    re: new RegExp(
      `${PHP_ACL_CLIENT}\\bError executing \\\\?"PutObject\\\\?" on \\\\?"https?:\\/\\/[^\\s"]{1,1024}\\\\?"[\\s\\S]{0,300}?\\b403\\b`
    ),
    action: () => 's3:PutObject',
    from: 'a Laravel or Flysystem upload (its S3 adapter sends an ACL with every write: public-read for public visibility)',
    companions: () => [PUT_OBJECT_ACL]
  },
  {
    // s3cmd lists the remote side before a sync, a get or a del (`Retrieving list of remote files
    // for s3://B/PREFIX ...`), a GET on the bucket that S3 authorises as s3:ListBucket; an
    // upload-only policy refuses it (s3tools/s3cmd#948).
    id: 's3cmd-remote-list',
    re: new RegExp(
      `\\bRetrieving list of remote files for s3:\\/\\/(?<bucket>${BUCKET})(?:\\/(?<key>[^\\s]{0,1024}))? \\.\\.\\.\\n[^\\n]{0,40}\\bS3 error: 403\\b`
    ),
    action: () => 's3:ListBucket',
    from: "s3cmd's `Retrieving list of remote files for s3://…` (it lists the bucket under the prefix)"
  },
  {
    // s3-deploy's HEAD of each file before its upload: `(Forbidden) null` is a HEAD's 403, which
    // S3 answers for a missing key to a caller without s3:ListBucket.
    id: 's3-deploy-check',
    re: /\bUnexpected error: \(Forbidden\) null, aborting upload for (?<key>[^\s]{1,1024})/,
    action: () => 's3:GetObject',
    key: () => '*',
    from: "s3-deploy's HEAD of the file before uploading it (`(Forbidden) null, aborting upload`)",
    // The upload the check precedes is the job's next step (heldout151 review, h152-038): PutObject,
    // with the public-read ACL s3-deploy sends unless `private: true`.
    companions: (_verb, bucket, prefix) => [
      {
        action: 's3:ListBucket',
        resource: bucket,
        from: 'without s3:ListBucket S3 answers 403, not 404, for a file not uploaded yet'
      },
      {
        action: 's3:PutObject',
        resource: prefix ?? null,
        from: 'the upload the check precedes'
      },
      { ...PUT_OBJECT_ACL, resource: prefix ?? null }
    ]
  },
  {
    // helm-s3 (the `s3://` chart repository plugin, also under Terraform's helm provider) wraps
    // the Go SDK's refusal in the call's own words: `fetch object from s3: AccessDenied: …`.
    id: 'helm-s3',
    re: new RegExp(
      `\\b(?<verb>fetch object from s3|get s3 object|head s3 object|upload object to s3|upload index to S3 bucket|delete object from s3|list s3 bucket objects): ${DENIED}`,
      'i'
    ),
    action: (verb) => HELM_S3_VERBS[verb.toLowerCase()] ?? null,
    // A chart or the index of one repository: reads name the object, writes the repository's prefix.
    key: (key) => (key.endsWith('index.yaml') ? key : folder(key)),
    from: "helm-s3's own words for the call on the chart repository (`fetch object from s3`: its index.yaml)",
    locate: helmS3Object,
    companions: (verb, bucket) =>
      /^(?:fetch object from s3|get s3 object|head s3 object)$/i.test(verb)
        ? [
            {
              action: 's3:ListBucket',
              resource: bucket,
              from: "helm-s3's documented read-only set; and without s3:ListBucket S3 answers 403, not 404, for a key that does not exist: check the repository has an index.yaml (`helm s3 init` writes it)"
            }
          ]
        : []
  },
  {
    // Amplify JS Storage (its AWSS3Provider) runs in the browser as the Cognito identity pool's
    // role and logs each refused call by its verb: `AWSS3Provider - list error AccessDenied: …`.
    id: 'amplify-storage',
    re: new RegExp(`\\bAWSS3Provider - (?<verb>list|get|put|remove) error:? ["']?${DENIED}`),
    action: (verb) => AMPLIFY_VERBS[verb] ?? null,
    from: "Amplify Storage's `AWSS3Provider - … error` (it calls S3 as the Cognito identity pool's role)"
  },
  {
    // CloudFormation reads TemplateURL (and each nested stack's) with the caller's credentials.
    id: 'cloudformation-template-url',
    re: /\b(?:Template validation error: S3 error: Access Denied|S3 error: Access Denied\s{1,8}For more information check https?:\/\/docs\.aws\.amazon\.com\/AmazonS3\/latest\/API\/ErrorResponses\.html)/,
    action: () => 's3:GetObject',
    from: 'CloudFormation reading the template from S3 (TemplateURL)',
    locate: templateUrl
  }
]

export interface S3WrapperMatch {
  wrapper: S3Wrapper
  verb: string
  action: string
  bucket: string | null
  key: string | null
}

/** Lines above the refusal's that still belong to its error (a wrapped Go error, a `>` quote). */
const ABOVE = 3

/**
 * The first row whose phrasing the refusal's line shows, or the lines just above it (the wrapper
 * printed first) or the one line below (CloudFormation's `For more information` tail), two for a
 * row that says so.
 */
export function s3WrapperOf(ctx: LogContext, actionPrinted = false): S3WrapperMatch | null {
  const head = `${ctx.before.split('\n').slice(-ABOVE).join('\n')}\n${ctx.line}`
  const below = ctx.after.split('\n', 2)
  const texts = [`${head}\n${below[0] ?? ''}`, `${head}\n${below.join('\n')}`]
  for (const wrapper of S3_WRAPPERS) {
    if (actionPrinted && !wrapper.printedAction) continue
    const m = wrapper.re.exec(texts[(wrapper.below ?? 1) - 1]!)
    if (!m) continue
    const verb = m.groups?.verb ?? ''
    const action = wrapper.action(verb)
    if (!action) continue
    const located = wrapper.locate?.(ctx)
    const key = located?.key ?? m.groups?.key
    return {
      wrapper,
      verb,
      action,
      bucket: located?.bucket ?? m.groups?.bucket ?? null,
      key: key === undefined ? null : wrapper.key ? wrapper.key(key) : key
    }
  }
  return null
}

export function s3WrapperValue(m: S3WrapperMatch): InferredValue {
  return { value: m.wrapper.id, from: m.wrapper.from }
}
