// Actions the failing command needs besides the refused one, from what the command line and the
// log say: `aws s3 sync` lists the bucket, `--delete` deletes, SSE-KMS needs the key.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { isObjectAction } from './s3Arn.js'
import { stateBackendOf } from './stateBackend.js'

const KMS_KEY = /\barn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]{36}\b/
const KMS_SAID =
  /\baws:kms\b|--sse-kms-key-id\b|\bSSE-KMS\b|\bkms:(?:Decrypt|GenerateDataKey)\b|\bKMS key\b/i

// Terraform's S3 backend reads and writes the state key, lists the bucket, and with use_lockfile
// creates and deletes `<key>.tflock`: a key named so, or the backend's words around, says so.
const STATE_KEY = /\.tf(?:state|lock)$/i
const LOCK_KEY = /\.tflock$/i

function stateBackend(x: InferInput): boolean {
  return STATE_KEY.test(x.d.resource ?? '') || stateBackendOf(x.ctx) !== null
}

const is = (x: InferInput, action: string): boolean => x.action?.toLowerCase() === action

function stateObjectRule(action: string, when: (o: string) => boolean): CompanionRule {
  return {
    applies: (x) => isObjectAction(x.action) && stateBackend(x) && !is(x, action.toLowerCase()),
    need: (_x, _b, object) => ({
      action,
      resource: object,
      from: "Terraform's S3 backend (it reads, writes and, with use_lockfile, deletes its keys)"
    }),
    when
  }
}

interface CompanionRule {
  applies(x: InferInput, cmd: string): boolean
  need(x: InferInput, bucketArn: string, objectArn: string, cmd: string): CompanionNeed
  /** Only for these object ARNs (default: any). */
  when?: (objectArn: string) => boolean
}

const RULES: CompanionRule[] = [
  {
    applies: (x) => isObjectAction(x.action) && stateBackend(x),
    need: (_x, bucket) => ({
      action: 's3:ListBucket',
      resource: bucket,
      from: "Terraform's S3 backend (it lists the bucket)"
    })
  },
  stateObjectRule('s3:GetObject', () => true),
  stateObjectRule('s3:PutObject', () => true),
  stateObjectRule('s3:DeleteObject', (o) => LOCK_KEY.test(o)),
  {
    applies: (x, cmd) =>
      /\baws\s+s3\s+sync\b/.test(cmd) && x.action?.toLowerCase() !== 's3:listbucket',
    need: (_x, bucket) => ({
      action: 's3:ListBucket',
      resource: bucket,
      from: 'aws s3 sync in the command (it lists the bucket to compare)'
    })
  },
  {
    applies: (x, cmd) =>
      /\baws\s+s3\s+sync\b[^\n]*\s--delete\b/.test(cmd) &&
      x.action?.toLowerCase() !== 's3:deleteobject',
    need: (_x, _b, object) => ({
      action: 's3:DeleteObject',
      resource: object,
      from: '--delete in the command'
    })
  },
  {
    applies: (x, cmd) =>
      isObjectAction(x.action) && KMS_SAID.test(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`),
    need: (x, _b, _o, cmd) => ({
      action: /^s3:(?:Put|CreateMultipart|UploadPart|Copy)/i.test(x.action ?? '')
        ? 'kms:GenerateDataKey'
        : 'kms:Decrypt',
      resource: KMS_KEY.exec(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`)?.[0] ?? null,
      from: 'SSE-KMS named in the log'
    })
  }
]

/**
 * Actions a call always needs beside the refused one, whatever the log shows: a CodeArtifact token
 * is a service bearer token STS issues, so `aws codeartifact login` / GetAuthorizationToken also
 * needs sts:GetServiceBearerToken (IAM user guide, "Service bearer tokens"; Resource "*", limited
 * by sts:AWSServiceName in src/remedy/specialConditions.ts).
 */
const ALWAYS_WITH: Record<string, CompanionNeed[]> = {
  'codeartifact:getauthorizationtoken': [
    {
      action: 'sts:GetServiceBearerToken',
      resource: null,
      from: 'a CodeArtifact authorization token is a bearer token STS issues for the call'
    }
  ]
}

/** Companions of the refused action: the fixed sets, and an S3 call's from its resource and command. */
export function companionsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  const fixed = ALWAYS_WITH[x.action?.toLowerCase() ?? ''] ?? []
  return [...fixed, ...s3CompanionsOf(x, resource)]
}

/** Companions of an S3 object or bucket action whose resource is known. */
function s3CompanionsOf(x: InferInput, resource: string | null): CompanionNeed[] {
  if (!resource || !x.action?.toLowerCase().startsWith('s3:')) return []
  const m = /^arn:([\w-]+):s3:::([^/]+)(?:\/(.*))?$/.exec(resource)
  if (!m) return []
  const bucket = `arn:${m[1]}:s3:::${m[2]}`
  const object = isObjectAction(x.action) ? resource : `${bucket}/*`
  const cmd = x.ctx.command ?? ''
  return RULES.filter((r) => r.applies(x, cmd) && (r.when?.(object) ?? true)).map((r) =>
    r.need(x, bucket, object, cmd)
  )
}
