// Which service an operation printed without one belongs to (`when calling the PutObject
// operation`: S3, S3 on Outposts, MediaStore and three more have a PutObject). The catalog gives
// the candidates; the words around the denial pick one: an S3 error type, a bucket, an `s3://`
// URL, S3's response headers. One rule per kind of evidence; a service without a rule counts
// when the log names it as a word. No evidence, or evidence for two candidates: no answer.
import { servicesOfOperation } from '../catalog/Catalog.js'
import type { LogContext } from '../model/Inferred.js'

export interface ServiceEvidence {
  id: string
  service: string
  re: RegExp
  /** What the log showed, in words (it goes after "S3's:"). */
  from: string
  /** Candidates this evidence cannot tell from its service: the rule says nothing among them. */
  sameAs?: string[]
}

export const SERVICE_EVIDENCE: ServiceEvidence[] = [
  {
    // Rust's OpenDAL (`S3Error { code: … }`), PHP/.NET/Java `S3Exception`/`AmazonS3Exception`, JS v3
    // `S3ServiceException`, Ruby `Aws::S3::Errors::`.
    id: 's3-error-type',
    service: 's3',
    re: /\b(?:Amazon)?S3(?:Error|Exception|ServiceException)\b|\bAws::S3::Errors::/,
    from: 'the S3 error type in the log'
  },
  {
    // The AWS CLI command the step ran or the text shows: `aws s3api put-object`, `aws s3 cp`.
    id: 's3-cli-command',
    service: 's3',
    re: /\baws\s+s3(?:api)?\s+[a-z]/,
    from: 'the aws s3api/s3 command in the log'
  },
  {
    // A client's request context (`service: s3`) and S3's own `Server: AmazonS3` header.
    id: 's3-labels',
    service: 's3',
    re: /\bservice:\s*"?s3\b|\bserver"?:\s*"?AmazonS3\b/i,
    from: "the request's S3 service label or AmazonS3 server header"
  },
  {
    // S3's own pair, code `AccessDenied` with the message `Access Denied`: the other services that
    // share S3's operation names (MediaStore, Lightsail, backup storage) answer with JSON
    // `AccessDeniedException` codes. A bare PutObject refusal is then S3's like a bare
    // ListObjectsV2 one, and gets the same placeholder statement. S3 Express answers its bucket
    // calls (CreateBucket, GetBucketPolicy) with the same pair: there the pair tells nothing.
    id: 's3-code-and-message',
    service: 's3',
    sameAs: ['s3express'],
    re: /\(AccessDenied\) when calling the \w+ operation: Access Denied\b|\bAccessDenied: Access Denied\b|<Code>AccessDenied<\/Code>\s*<Message>Access Denied<\/Message>/,
    from: "S3's own AccessDenied code with its 'Access Denied' message"
  },
  {
    id: 's3-url',
    service: 's3',
    re: /\bs3a?:\/\/[a-z0-9]/,
    from: 'the s3:// URL in the log'
  },
  {
    // Prose and tools naming the bucket (`an Amazon S3 bucket`, `S3 bucket ACL`, `create buckets`).
    id: 's3-bucket-words',
    service: 's3',
    re: /\b(?:Amazon |AWS )?S3\b|\bbuckets?\b/i,
    from: 'the S3 bucket the log names'
  },
  {
    id: 'lightsail-words',
    service: 'lightsail',
    re: /\blightsail\b/i,
    from: 'Lightsail named in the log'
  },
  {
    id: 's3-outposts-words',
    service: 's3-outposts',
    re: /\boutposts?\b/i,
    from: 'Outposts named in the log'
  },
  {
    id: 's3express-words',
    service: 's3express',
    re: /\bdirectory buckets?\b|--x-s3\b|\bs3express\b/i,
    from: 'an S3 Express directory bucket in the log'
  }
]

export interface OperationService {
  service: string
  from: string
}

/** S3 and its variants, which share its bucket calls' names. */
const S3_FAMILY = new Set(['s3', 's3express', 's3-outposts', 's3-object-lambda'])

/** How far around the denial the words may stand. */
const AROUND = 2000

/**
 * The one candidate service of `operation` the log shows evidence for; null when the operation
 * has one service (the catalog answers) or none, or the evidence is for none or several.
 */
export function operationService(ctx: LogContext, operation: string): OperationService | null {
  const candidates = servicesOfOperation(operation)
  if (candidates.length < 2) return null
  const text = `${ctx.command ?? ''}\n${ctx.before.slice(-AROUND)}\n${ctx.line}\n${ctx.after.slice(0, AROUND)}`
  const found = new Map<string, string>()
  for (const service of candidates) {
    const rules = SERVICE_EVIDENCE.filter(
      (r) => r.service === service && !r.sameAs?.some((other) => candidates.includes(other))
    )
    const hit = rules.length
      ? rules.find((r) => r.re.test(text))?.from
      : new RegExp(`\\b${service}\\b`, 'i').test(text)
        ? `${service} named in the log`
        : undefined
    if (hit) found.set(service, hit)
  }
  // An S3 variant's own evidence (Outposts, a directory bucket) beats the words all buckets share.
  if (found.size > 1 && found.has('s3')) found.delete('s3')
  // S3's pair with no variant named: a directory bucket's name always ends `--x-s3` and an
  // Outposts bucket is named by its access point, so a bucket call with neither is the
  // general-purpose S3's (heldout134 review h134-040, heldout135 review h135-029).
  if (found.size === 0 && candidates.includes('s3') && candidates.every((c) => S3_FAMILY.has(c))) {
    const pair = SERVICE_EVIDENCE.find((r) => r.id === 's3-code-and-message')!
    if (pair.re.test(text))
      return {
        service: 's3',
        from: "S3's own AccessDenied code with its 'Access Denied' message, and no directory bucket or Outposts in the log"
      }
  }
  if (found.size !== 1) return null
  const [service, from] = [...found][0]!
  return { service, from }
}

/** The services an operation printed without its own may be, for a note: null when one or none. */
export function candidateServices(operation: string): string[] | null {
  const candidates = servicesOfOperation(operation)
  return candidates.length > 1 ? candidates : null
}
