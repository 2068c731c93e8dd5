// Bucket policy and ACL writes that S3's own settings refuse before any policy is read: Block
// Public Access (on for every new bucket since April 2023, and often for the whole account) turns
// away a public policy or ACL, and Object Ownership "bucket owner enforced" (also the default since
// then) turns away every ACL. An expert names these first (heldout5 review, part 2 class 4);
// a missing s3:PutBucketPolicy is the fallback. Each kind of write is a rule.
import type { Trap, TrapInput } from '../Trap.js'
import { catalogActionOf } from '../catalogAction.js'
import { privateBucketPolicyOf } from '../../model/privateBucketPolicies.js'

type Write = 'policy' | 'acl' | 'public-access-block'

interface WriteRule {
  write: Write
  actions: readonly string[]
  /** API operations of the write, for messages that name no service (botocore's `AccessDenied`). */
  operations: readonly string[]
  /** The IaC resource being changed (Terraform type, CloudFormation type). */
  iac: RegExp
}

const WRITES: readonly WriteRule[] = [
  {
    write: 'policy',
    actions: ['s3:putbucketpolicy'],
    operations: ['putbucketpolicy'],
    iac: /\baws_s3_bucket_policy\.|\(AWS::S3::BucketPolicy\)/
  },
  {
    write: 'acl',
    actions: ['s3:putbucketacl', 's3:putobjectacl'],
    operations: ['putbucketacl', 'putobjectacl'],
    iac: /\baws_s3_bucket_acl\.|\baws_s3_object_acl\./
  },
  {
    write: 'public-access-block',
    actions: ['s3:putbucketpublicaccessblock'],
    operations: ['putpublicaccessblock', 'deletepublicaccessblock'],
    iac: /\baws_s3_bucket_public_access_block\./
  }
]

export function bucketWriteOf({ d, inferred }: TrapInput): Write | null {
  if (d.kind !== 'denial' || d.deny === 'explicit' || d.layer !== null) return null
  if (d.detail.s3BlockPublicAccess) return null
  const action = (catalogActionOf(d) ?? inferred?.action?.value ?? '').toLowerCase()
  const iac = inferred?.iacResource?.value ?? ''
  const operation = (
    d.service === null || d.service === 's3' ? (d.operation ?? '') : ''
  ).toLowerCase()
  return (
    WRITES.find(
      (w) => w.actions.includes(action) || w.operations.includes(operation) || w.iac.test(iac)
    )?.write ?? null
  )
}

const ADVICE: Record<Write, string> = {
  policy:
    'Before any policy: S3 Block Public Access refuses a bucket policy that grants public access (`Principal: "*"` without a narrowing condition), with this same Access Denied, whatever the caller may do. It is on for every bucket created since April 2023 and may be set for the whole account or organization, where the bucket cannot override it (`aws s3api get-public-access-block --bucket BUCKET`, `aws s3control get-public-access-block --account-id ACCOUNT_ID`). If the policy is meant to be public, turn off `BlockPublicPolicy` for this bucket first: in Terraform an `aws_s3_bucket_public_access_block` with `block_public_policy = false` that the `aws_s3_bucket_policy` `depends_on`; in CloudFormation or CDK the bucket\'s `PublicAccessBlockConfiguration` (`blockPublicAccess`). Better still, keep the bucket private and serve it through CloudFront with origin access control. Only if no block applies is `s3:PutBucketPolicy` missing from the caller\'s policy.',
  acl: 'Before any policy: buckets created since April 2023 have Object Ownership set to "bucket owner enforced", which disables ACLs, so any request that sets one fails (`AccessControlListNotSupported`, or Access Denied), and Block Public Access refuses public ACLs such as `public-read`. Most setups need no ACL: drop it and grant access with the bucket policy. If ACLs are really needed, enable them first: in Terraform an `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerPreferred"` (plus an `aws_s3_bucket_public_access_block` that allows public ACLs, for a public one) that the `aws_s3_bucket_acl` `depends_on`; in CloudFormation the bucket\'s `OwnershipControls`. `aws s3api get-bucket-ownership-controls --bucket BUCKET` shows the setting. Only then is `s3:PutBucketAcl` / `s3:PutObjectAcl` in the caller\'s policy the question.',
  'public-access-block':
    "Changing a bucket's Block Public Access settings is often reserved: many organizations set Block Public Access for the whole account and deny `s3:PutBucketPublicAccessBlock` (by SCP or a permissions boundary) so that infrastructure code cannot loosen it. If the account-level block already covers the bucket (`aws s3control get-public-access-block --account-id ACCOUNT_ID`), leave the bucket-level setting out (in Terraform, make the `aws_s3_bucket_public_access_block` optional with a `count`) instead of asking for the permission; otherwise the caller needs `s3:PutBucketPublicAccessBlock` on the bucket ARN."
}

/** A policy write whose policy the log shows is a framework's private one (no public grant). */
export const privatePolicyWriteOf = (input: TrapInput) =>
  bucketWriteOf(input) === 'policy'
    ? privateBucketPolicyOf(input.inferred?.iacResource?.value)
    : null

/**
 * The log's own contrast: the same upload works with a private ACL (or none) and is refused with a
 * public one (src/infer/contextSignals.ts, heldout12 h12-052). The caller may write, so the
 * identity's missing Allow that a bare refusal ranks first is ruled out.
 */
export const publicVariantOf = ({ inferred }: TrapInput) =>
  inferred?.signals?.['public-variant-refused'] ?? null

const PUBLIC_VARIANT = (said: string) =>
  `The log shows the same upload working with a private ACL or none and refused with a public one (${said.replace(/`/g, "'")}): the caller may write the object, so a missing s3:PutObject is not the cause. ` +
  'What refuses only the public variant is a setting or a Deny keyed on the ACL: S3 Block Public Access (`BlockPublicAcls`, on every bucket created since April 2023, and possibly set for the whole account, where the bucket cannot override it: `aws s3api get-public-access-block --bucket BUCKET`, `aws s3control get-public-access-block --account-id ACCOUNT_ID`), or a Deny in the bucket policy or an SCP on the `s3:x-amz-acl` condition key (public-read, public-read-write, authenticated-read). ' +
  'If the working upload set no ACL at all, the caller may also lack s3:PutObjectAcl, which an upload that sets an ACL needs besides s3:PutObject. ' +
  'Usually the public ACL is not needed: drop it and publish the objects through a bucket policy on their prefix or through CloudFront with origin access control; if public ACLs are really wanted, turn off `BlockPublicAcls` for this bucket (and for the account, if set there) first.'

export const s3PublicAccessSettings: Trap = {
  id: 's3-public-access-settings',
  lead: true,
  // Block Public Access only refuses a public policy: one known to be private is not its business.
  applies: (input) => {
    const write = bucketWriteOf(input)
    return (
      (write === 'policy' && privatePolicyWriteOf(input) === null) ||
      write === 'acl' ||
      (publicVariantOf(input) !== null && input.d.deny !== 'explicit' && input.d.layer === null)
    )
  },
  advice: (input) => {
    const variant = publicVariantOf(input)
    return variant ? PUBLIC_VARIANT(variant.from) : ADVICE[bucketWriteOf(input)!]
  },
  // The contrast rules out the bare refusal's "identity lacks the Allow", ranked first there; so
  // does the writer's word that the policy is meant to be public.
  noPolicyWhen: (input) =>
    publicVariantOf(input) !== null || input.inferred?.signals?.['public-policy-said'] !== undefined
}

export const s3PublicAccessBlockReserved: Trap = {
  id: 's3-public-access-block-reserved',
  lead: true,
  applies: (input) => bucketWriteOf(input) === 'public-access-block',
  advice: () => ADVICE['public-access-block']
}

/** A framework's private bucket policy refused: the caller's s3:PutBucketPolicy is what is missing. */
export const s3PrivatePolicyWrite: Trap = {
  id: 's3-private-policy-write',
  lead: true,
  applies: (input) => privatePolicyWriteOf(input) !== null,
  advice: (input) => {
    const p = privatePolicyWriteOf(input)!
    return (
      `${p.what} ${p.does}: it grants nobody public access, so S3 Block Public Access is not what refused it. ` +
      `The deploying identity lacks \`s3:PutBucketPolicy\` on ${p.bucket}; allow it there (\`${p.bucketArn}\`), ` +
      'in the policy of the role the deployment runs as (its CloudFormation service role when one is set). ' +
      'A Deny of `s3:PutBucketPolicy` in an SCP or permissions boundary would refuse it the same way.'
    )
  }
}
