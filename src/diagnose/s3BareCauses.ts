// A bare S3 refusal (`Access Denied`, HEAD's `Forbidden`) hides who, what and which policy. What
// usually causes one depends on the operation: the likely causes in order, one rule per family,
// and the one command that separates the identity side from the bucket side.
import type { Denial } from '../model/Denial.js'
import { simulateArn } from './simulateArn.js'

interface CauseList {
  operations: RegExp
  /** The action the family needs: chosen by it when the tool's words, not an operation, gave it. */
  action: string
  /** Most likely first; a family of several operations words its own action in. */
  causes: readonly string[] | ((action: string) => string[])
  /** What the simulation's answers mean, when the call has no bucket side. */
  apart?: string
}

const IDENTITY = (action: string) => `the caller's identity policy has no Allow for ${action}`
const BUCKET_DENY =
  'a Deny in the bucket policy (one requiring encryption, TLS, a VPC endpoint or an organization)'

const LISTS: CauseList[] = [
  {
    // The account's bucket list: no bucket, so no bucket policy, key or setting can refuse it
    // (heldout23 review 2, h23-010: a bucket picker's `Failed to get list of buckets`).
    operations: /^ListBuckets$/,
    action: 's3:ListAllMyBuckets',
    causes: [
      IDENTITY('s3:ListAllMyBuckets'),
      'a service control policy, a permissions boundary or the session policy of an assumed role denies or does not allow it',
      'the credentials are not the ones meant (another profile, role or account): `aws sts get-caller-identity` from the same environment names them'
    ],
    apart:
      '"implicitDeny" means the identity policy lacks the Allow; "allowed" means the identity policies allow it, so a guardrail over them (an SCP, a permissions boundary, a session policy) or other credentials refused it. No bucket policy is consulted: the call names no bucket.'
  },
  {
    operations: /^(?:GetObject|HeadObject)$/,
    action: 's3:GetObject',
    causes: [
      'the key does not exist and the caller may not s3:ListBucket (S3 then answers 403, not 404)',
      IDENTITY('s3:GetObject'),
      BUCKET_DENY,
      'the object is SSE-KMS encrypted and the key policy does not let the caller kms:Decrypt',
      'the object belongs to another account that did not grant access (ACLs, Object Ownership)'
    ]
  },
  {
    operations: /^(?:PutObjectAcl|PutBucketAcl)$/,
    action: 's3:PutObjectAcl',
    causes: [
      'S3 Block Public Access refuses a public ACL',
      "the bucket's Object Ownership setting disables ACLs",
      IDENTITY('the ACL action'),
      BUCKET_DENY
    ]
  },
  {
    operations:
      /^(?:PutObject|CreateMultipartUpload|UploadPart|CompleteMultipartUpload|CopyObject)$/,
    action: 's3:PutObject',
    causes: [
      IDENTITY('s3:PutObject'),
      BUCKET_DENY,
      'the bucket encrypts with SSE-KMS and the caller may not kms:GenerateDataKey with its key',
      'the request sets a public ACL (--acl public-read) that S3 Block Public Access refuses',
      "the request sets an ACL that the bucket's Object Ownership setting does not accept"
    ]
  },
  {
    operations: /^(?:ListObjects|ListObjectsV2)$/,
    action: 's3:ListBucket',
    causes: [`${IDENTITY('s3:ListBucket')} on the bucket ARN itself (not bucket/*)`, BUCKET_DENY]
  },
  // A bucket no one has answers HEAD with 404 whoever asks: a 403 says the name exists. Names are
  // global, so the name a tool was told to create (Zappa's `s3_bucket`) may be another account's
  // (heldout31 review, h31-008).
  {
    operations: /^HeadBucket$/,
    action: 's3:ListBucket',
    causes: [
      `${IDENTITY('s3:ListBucket')} on the bucket ARN itself (not bucket/*)`,
      "the bucket is another account's: a 403, not 404, says the name exists, and bucket names are global, so a name a tool was told to use or create (Zappa's `s3_bucket`, a deployment or state bucket) may be taken; choose a unique name rather than a policy",
      BUCKET_DENY
    ]
  },
  {
    // A versions listing is its own action: s3:ListBucket does not cover it (heldout29 review, h29-035).
    operations: /^ListObjectVersions$/,
    action: 's3:ListBucketVersions',
    causes: [
      `${IDENTITY('s3:ListBucketVersions')} on the bucket ARN itself (s3:ListBucket does not cover a versions listing)`,
      BUCKET_DENY
    ]
  },
  {
    operations: /^(?:DeleteObject|DeleteObjects)$/,
    action: 's3:DeleteObject',
    causes: [IDENTITY('s3:DeleteObject'), BUCKET_DENY]
  },
  // Another account's bucket answers GetBucketLocation only where its policy allows it and only in
  // its home Region; AWS now points tools at HeadBucket, whose header names the Region to anyone
  // (heldout137 review, h137-009 and h137-010: an SDK and a WordPress plugin looking a bucket up).
  {
    operations: /^GetBucketLocation$/,
    action: 's3:GetBucketLocation',
    causes: [
      `${IDENTITY('s3:GetBucketLocation')} on the bucket ARN`,
      "the bucket belongs to another account: only its owner's bucket policy can allow the call, and only when it is made in the bucket's home Region (elsewhere the bucket policy does not apply). The call only looks the bucket's Region up: set the Region in the tool or client so it is not made, or use HeadBucket, whose `x-amz-bucket-region` header answers whoever asks (AWS's advice for Region discovery)",
      'a Deny in the bucket policy that admits only listed roles, an organization or a VPC endpoint'
    ]
  },
  // Audit and inventory tools read every bucket's configuration: a bucket policy that denies all
  // but a list of roles, or a bucket of another account, refuses them (heldout18 review h18-052).
  {
    operations: /^(?:GetBucket[A-Za-z]+|GetPublicAccessBlock|GetObjectLockConfiguration)$/,
    action: 's3:GetBucketPolicy',
    causes: (action) => [
      IDENTITY(action),
      'a Deny in the bucket policy that admits only listed roles, an organization or a VPC endpoint (common on buckets that hold logs or state)',
      "the bucket belongs to another account: listing it does not let the caller read its configuration, only its owner's bucket policy can"
    ]
  },
  {
    operations: /^PutBucketPolicy$/,
    action: 's3:PutBucketPolicy',
    causes: [
      'S3 Block Public Access (BlockPublicPolicy) refuses a bucket policy that grants public access',
      IDENTITY('s3:PutBucketPolicy'),
      'a Deny in the current bucket policy that guards the policy itself'
    ]
  }
]

/** When neither the operation nor the tool's words say what the call was. */
const ANY_CALL: string[] = [
  "the caller's identity policy has no Allow for the call (uploads need s3:PutObject on bucket/key, downloads s3:GetObject and s3:ListBucket, listings s3:ListBucket on the bucket ARN)",
  BUCKET_DENY,
  'the bucket encrypts with SSE-KMS and the caller may not use its key',
  'the tool sets a public ACL or writes a public bucket policy that S3 Block Public Access or Object Ownership refuses',
  "the bucket belongs to another account (or is requester-pays) and its owner's policy does not allow the caller"
]

/**
 * A HEAD answer has no body, so S3's status is all the client sees: a signing failure looks the
 * same as a refusal (heldout18 review h18-117, credentials set by hand in an app).
 */
const BODILESS_HEAD =
  'A HEAD answer has no body, so a wrong secret key (SignatureDoesNotMatch) or an unknown access key (InvalidAccessKeyId) arrives as this same 403 (an expired session token as a bare 400): when the credentials are set by hand, confirm them first with `aws sts get-caller-identity` from the same environment, which names those errors.'

function bodilessHead(d: Denial): boolean {
  return (
    (/^Head(?:Object|Bucket)$/.test(d.operation ?? '') &&
      (d.code === null || /^(?:403|Forbidden)$/i.test(d.code))) ||
    unnamedHead(d)
  )
}

/**
 * A refusal with no call named that came without a body: S3 sends one with every error but a
 * HEAD's, so the status alone (the Java SDK's `Error Code: 403 Forbidden`, a client's `403
 * Forbidden: No Body`) says the call was a HEAD, an object-exists or metadata check (heldout140
 * review: h141-058, h141-068, h141-071).
 */
function unnamedHead(d: Denial): boolean {
  return (
    d.operation === null &&
    (d.detail.bodiless === 'true' || /^(?:403 Forbidden|Forbidden)$/i.test(d.code ?? ''))
  )
}

const HEAD_CALL =
  "a HEAD request (the 403 came without a body, which S3 sends to HEAD alone: an SDK's object-exists or metadata check, a reader probing a file before it reads it), authorised as s3:GetObject on the object"

/** A value a shell takes as one word: a `*` (`--resource-arns *`) would be a glob (h40-024's review). */
function shellArg(s: string): string {
  return /^[\w:/.=@+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}

/** The sentence for a bare S3 refusal, or null when `d` is not one. `d` carries inferred values. */
export function s3BareCauses(d: Denial, action: string | null): string | null {
  if (d.action || d.layer || d.deny === 'explicit') return null
  if (d.service !== 's3' && !action?.toLowerCase().startsWith('s3:')) return null
  const head = unnamedHead(d) && (action === null || action === 's3:GetObject')
  const list = d.operation
    ? LISTS.find((l) => l.operations.test(d.operation!))
    : head
      ? LISTS.find((l) => l.operations.test('HeadObject'))
      : LISTS.find((l) => l.action === action)
  // A named operation outside the families keeps the generic wording (it may not be S3's own).
  if (!list && d.operation) return null
  const who = d.principal ? shellArg(d.principal) : 'ROLE_ARN'
  // The operation's family names the action when nothing inferred one (HeadObject: s3:GetObject).
  const simulated = action ?? list?.action ?? null
  const causes = list?.causes ?? ANY_CALL
  const ranked = (typeof causes === 'function' ? causes(simulated ?? 'the call') : causes)
    .map((c, i) => `(${i + 1}) ${c}`)
    .join('; ')
  const what = simulateArn(simulated, d.resource)
  const simulate = `aws iam simulate-principal-policy --policy-source-arn ${who} --action-names ${simulated ?? 's3:ACTION'} --resource-arns ${shellArg(what.arn)}`
  const call =
    d.operation ?? (head ? HEAD_CALL : action ? `${action} (inferred from the log)` : 'this call')
  return (
    `S3 answered a bare Access Denied: it does not say who was refused, on what, or by which policy. ` +
    `For ${call} the likely causes, most likely first: ${ranked}. ` +
    `\`${simulate}\`${what.why ? ` (${what.why})` : ''} tells them apart: ${list?.apart ?? '"allowed" means the identity side is fine and the bucket refused (its policy, its KMS key or its settings); "implicitDeny" means the identity policy lacks the Allow.'}` +
    (bodilessHead(d) ? ` ${BODILESS_HEAD}` : '')
  )
}
