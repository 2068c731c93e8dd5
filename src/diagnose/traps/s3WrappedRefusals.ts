// A bare S3 refusal a known tool wrapped (src/infer/s3Wrappers.ts): the tool's documented cause and
// permission set come first, since the log already says which tool and which call it was.
import type { Trap, TrapInput } from '../Trap.js'

const wrappedBy = (x: TrapInput, id: string): boolean =>
  x.d.deny !== 'explicit' && x.inferred?.s3Wrapper?.value === id

/** The bucket ARN the finding names (printed or inferred), else a word for it. */
function bucketOf(x: TrapInput, otherwise: string): string {
  // Our own `<BUCKET_NAME>` (a tool's objects inferred, the bucket unprinted) names nothing.
  const m = /^(arn:[\w-]+:s3:::[^/\s<]+)(?:\/|$)/.exec(x.d.resource ?? '')
  return m ? `\`${m[1]}\`` : otherwise
}

// Copilot's artifact bucket and its KMS key belong to the application's StackSet, whose policies
// list the app's environments (copilot-cli#3556, #4040, #4729: fixed by upgrading and redeploying).
export const copilotArtifactBucket: Trap = {
  id: 'copilot-artifact-bucket',
  lead: true,
  applies: (x) => wrappedBy(x, 'copilot-artifact-upload'),
  advice: (x) =>
    `Copilot uploads its deploy assets (custom resource code, templates, add-ons) under \`manual/\` of the application's artifact bucket ${bucketOf(x, 'in the Region deployed to')}, ` +
    "which the app's StackSet (`<app>-infrastructure`) created with a KMS key. The StackSet keeps the bucket policy and the key policy, listing the app's environment accounts and their EnvManagerRole: " +
    'after a Copilot upgrade, a new environment or a new account they may not admit the identity uploading yet. ' +
    'Run `copilot app upgrade`, then `copilot env deploy` for each environment, with the current Copilot version, and deploy again. ' +
    'The uploading identity itself needs `s3:PutObject` on `manual/*` of that bucket and `kms:GenerateDataKey` on its key; an environment in another account also needs the bucket and key policies to name it.'
}

// velero-plugin-for-aws's documented policy (its README): the bucket listed, objects read,
// written and deleted, multipart uploads cleaned up.
export const veleroObjectStore: Trap = {
  id: 'velero-object-store',
  lead: true,
  applies: (x) => wrappedBy(x, 'velero-object-store'),
  advice: (x) =>
    `Velero's AWS plugin was refused on its backup storage location's bucket ${bucketOf(x, '(the `bucket` of the BackupStorageLocation)')}: it validates the location by listing the bucket, then reads, writes and deletes backups under its prefix. ` +
    "The plugin's documented policy gives the identity Velero runs as `s3:ListBucket` on the bucket ARN and `s3:GetObject`, `s3:PutObject`, `s3:DeleteObject`, `s3:AbortMultipartUpload` and `s3:ListMultipartUploadParts` on `bucket/*` (or `bucket/PREFIX/*`), plus the EC2 snapshot actions for volume snapshots. " +
    "Check which credentials the pod uses (the `cloud-credentials` secret's profile, or the service account's IRSA role) and the location's bucket, prefix and `region` config: a bucket of another account also needs that account's bucket policy."
}

// CloudFormation fetches TemplateURL as the caller of CreateStack/UpdateStack/ValidateTemplate.
export const cloudformationTemplateUrl: Trap = {
  id: 'cloudformation-template-url',
  lead: true,
  applies: (x) => wrappedBy(x, 'cloudformation-template-url'),
  advice: (x) => {
    const object = x.d.resource ? `\`${x.d.resource}\`` : 'the template object'
    return (
      `CloudFormation could not read the stack's template from S3: it fetches \`TemplateURL\` (and each nested stack's) with the credentials of whoever creates or updates the stack. ` +
      "Check the URL first: the bucket and key exist (a missing key answers Access Denied to a caller without `s3:ListBucket`) and a Region-specific URL points at the bucket's Region. " +
      `Then the caller needs \`s3:GetObject\` on ${object}; a vendor's or a sample's published template needs its owner's bucket policy to allow the read — or download the template and upload it yourself.`
    )
  }
}

// restic's documented S3 policy (its docs, "Creating a user"; restic#1593): the bucket listed and
// located, the repository's objects read, written and deleted.
export const resticRepository: Trap = {
  id: 'restic-repository',
  lead: true,
  applies: (x) => wrappedBy(x, 'restic-repository'),
  advice: (x) =>
    `restic was refused on its repository's bucket ${bucketOf(x, '(the bucket in the `s3:` repository URL)')}: before anything else it checks the bucket exists (minio-go's BucketExists, a HEAD that S3 authorises as \`s3:ListBucket\`) and reads the repository's \`config\` object. ` +
    // A key made read-only on purpose (a restore or check job, netinvent/npbackup#155) runs
    // without the lock every other run writes anew under `locks/`.
    (x.inferred?.action?.from.includes('lock')
      ? "Every run writes a new lock object under the repository's `locks/` and deletes it at the end, so a one-key grant works once: allow the repository's objects (`bucket/PREFIX/*`). A key meant to be read-only (restores, checks) runs restic with `--no-lock` instead, and needs no write. "
      : '') +
    'Its documented policy gives the identity restic runs as `s3:ListBucket` and `s3:GetBucketLocation` on the bucket ARN and `s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on `bucket/*` (or `bucket/PREFIX/*`): a policy scoped to the prefix alone fails at that first check. ' +
    'Under Velero or another operator, grant the identity its pod uses (its credentials secret or IRSA role), and check the repository URL names the right bucket and Region.'
}

// Gradle's S3 build cache (burrunan/gradle-s3-build-cache): reads need s3:GetObject, writes
// s3:PutObject under the cache prefix. Builds of forks and pull requests should only read.
export const gradleS3BuildCache: Trap = {
  id: 'gradle-s3-build-cache',
  lead: true,
  applies: (x) => wrappedBy(x, 'gradle-s3-build-cache'),
  advice: () =>
    "Gradle's S3 build cache could not store an entry: writing the cache needs `s3:PutObject` on the cache bucket's objects (`bucket/PREFIX*`, the `prefix` of the `remote(AwsS3BuildCache)` block), reading it `s3:GetObject`. " +
    'A failed store does not fail the build by itself. If only trusted builds should fill the cache, keep the grant off the other builds and set `push = false` for them (pull requests, forks, developer machines) instead of granting the write.'
}

// A tool whose own default makes the call that was refused, and whose config turns the call off:
// the switch comes before the grant. One row per tool, keyed by its s3Wrapper id.
const CONFIG_SWITCHES: Record<string, (x: TrapInput) => string> = {
  // rclone#4703; motuz#371: rclone's S3 backend creates the bucket (or checks it) before writing.
  'rclone-bucket-check': () =>
    "rclone's S3 backend creates the bucket (or checks it exists) when it makes the remote's root directory, and S3 refuses `s3:CreateBucket` to an identity that may only write objects. " +
    "When the bucket already exists, tell rclone so: `no_check_bucket = true` in the remote's config (or `--s3-no-check-bucket`, `RCLONE_S3_NO_CHECK_BUCKET=true`). " +
    'Grant `s3:CreateBucket` only if rclone should create the bucket itself; its uploads then need `s3:PutObject` on `bucket/*` (or `bucket/PREFIX/*`).',
  // litestream#107, #621; litestream.io's S3 guide: `region` on the replica skips the lookup.
  'litestream-replica': (x) =>
    `Litestream was refused on its replica's bucket ${bucketOf(x, '(the `bucket` of the replica)')}. ` +
    // The lookup's switch only where the lookup was refused; a snapshot write needs the grant.
    (x.inferred?.action?.value === 's3:GetBucketLocation'
      ? "Unless the replica config sets `region:`, Litestream first looks the bucket's Region up (`s3:GetBucketLocation`, or a HEAD on the bucket authorised as `s3:ListBucket`): set `region:` on the replica in litestream.yml, or grant that lookup on the bucket ARN. "
      : "It was writing a snapshot of the database under the replica's `path`. ") +
    "Replication then needs Litestream's documented set: `s3:GetBucketLocation` and `s3:ListBucket` on the bucket, `s3:PutObject`, `s3:GetObject` and `s3:DeleteObject` on `bucket/PATH/*` (the replica's `path`).",
  // davidmoten/aws-maven-plugin#18, import-io/s3-deploy src/deploy.js (`ACL: 'public-read'`),
  // Reggionick/s3-deploy's `private` input: the upload asks for a public ACL.
  'public-read-uploader': () =>
    'The tool uploads each file with a public-read ACL by default (aws-maven-plugin\'s `deployS3`, s3-deploy). S3 refuses such an upload with Access Denied when the bucket or account blocks public ACLs (Block Public Access), whatever the identity policy says, and the ACL also needs `s3:PutObjectAcl`; a bucket whose Object Ownership is "Bucket owner enforced" rejects it as `AccessControlListNotSupported`. ' +
    "Turn the ACL off: `<publicRead>false</publicRead>` in the plugin's configuration (aws-maven-plugin 0.2.25 or later), `private: true` for the s3-deploy action (`--private` for the CLI); serve the files through the bucket policy or CloudFront instead. " +
    'Only if the objects must be public: allow public ACLs on the bucket and grant `s3:PutObjectAcl` beside `s3:PutObject` on `bucket/*`.',
  // flysystem-aws-s3-v3 (AwsS3V3Adapter::determineAcl) sends an ACL with every write; Laravel's
  // s3 disk sets it from `visibility` (thephpleague/flysystem-aws-s3-v3#176, wintercms/storm#164).
  'php-acl-uploader': () =>
    "Laravel's `s3` disk (Flysystem's S3 adapter) sends an ACL with every upload: `public-read` when the disk or the call asks for public visibility, `private` otherwise. " +
    'S3 authorises that ACL as `s3:PutObjectAcl` beside `s3:PutObject`, refuses a public one with Access Denied when the bucket or account blocks public ACLs (Block Public Access), whatever the identity policy says, and a bucket whose Object Ownership is "Bucket owner enforced" refuses any but bucket-owner-full-control. ' +
    "First check the disk's `visibility` (config/filesystems.php) and the `'public'` argument of the failing `put`/`store` call: drop it and serve the files through the bucket policy or CloudFront. " +
    'Only if the objects must carry ACLs: allow them on the bucket and grant `s3:PutObjectAcl` beside `s3:PutObject` on `bucket/*` (or `bucket/PREFIX/*`).',
  's3-deploy-check': () =>
    "s3-deploy checks each file with a HEAD before uploading it, and `(Forbidden) null` is that HEAD's 403: S3 answers 403, not 404, for a file not uploaded yet when the identity lacks `s3:ListBucket` on the bucket, and for any file without `s3:GetObject`. " +
    "Grant `s3:ListBucket` on the bucket and `s3:GetObject` on `bucket/*` beside the upload's `s3:PutObject`. Its uploads then carry a public-read ACL unless `private: true` (the action) or `--private` (the CLI): a bucket that blocks public ACLs refuses them next."
}

export const toolConfigSwitch: Trap = {
  id: 'tool-config-switch',
  lead: true,
  applies: (x) =>
    x.d.deny !== 'explicit' && (x.inferred?.s3Wrapper?.value ?? '') in CONFIG_SWITCHES,
  advice: (x) => CONFIG_SWITCHES[x.inferred!.s3Wrapper!.value]!(x)
}

// A known S3 client refused with S3's bare Access Denied: the client's documented permission set,
// not the generic list of causes (heldout13 review, h13-091). One row per client, keyed by its
// s3Wrapper id (src/infer/s3Wrappers.ts).
const DOCUMENTED_SETS: Record<string, (x: TrapInput) => string> = {
  // Loki's storage docs ("S3" under object storage): ListBucket, then Get/Put/DeleteObject.
  'loki-index-store': (x) =>
    `Loki's compactor and table manager were refused on its object store ${bucketOf(x, '(the bucket of its `storage_config`, `bucketnames`)')}: the index store (boltdb-shipper or tsdb) lists each table's files first, then downloads, uploads and (compaction, retention) deletes them. ` +
    "Loki's documented S3 policy gives the identity every Loki component runs as (its IRSA or Pod Identity role, the node's role, or the `access_key_id` of its config) `s3:ListBucket` on the bucket ARN and `s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on `bucket/*`: a policy granting the objects alone fails at the listing. " +
    'Check too that every component (compactor, ingester, querier, ruler) uses that identity and the same `bucketnames` and `region`.'
}

export const s3ClientDocumentedSet: Trap = {
  id: 's3-client-documented-set',
  lead: true,
  applies: (x) =>
    x.d.deny !== 'explicit' && (x.inferred?.s3Wrapper?.value ?? '') in DOCUMENTED_SETS,
  advice: (x) => DOCUMENTED_SETS[x.inferred!.s3Wrapper!.value]!(x)
}

// SAM CLI's package step puts every artifact into the deployment bucket under a content hash:
// the bucket is often one a sample or another account named (both source threads of heldout30
// h30-017 and h30-030), and the grant is its objects, never one key.
export const samArtifactBucket: Trap = {
  id: 'sam-artifact-bucket',
  lead: true,
  applies: (x) => wrappedBy(x, 'sam-artifact-upload'),
  advice: (x) =>
    `SAM CLI could not put an artifact into its deployment bucket ${bucketOf(x, '(`--s3-bucket`, `s3_bucket` in samconfig.toml, or the managed `aws-sam-cli-managed-default-samclisourcebucket-…` that `--resolve-s3` creates)')}. ` +
    "Check first that this bucket exists in your own account and in the Region you deploy to: a bucket name copied from a sample, a teammate's samconfig.toml or another account answers Access Denied, since bucket names are global (`--resolve-s3` makes one of your own). " +
    "Then the identity running `sam deploy` needs `s3:PutObject` on the bucket's objects (`arn:aws:s3:::BUCKET/*`, or `BUCKET/PREFIX/*` with `--s3-prefix`): SAM names every object by a hash of its content, so a grant on one key fails at the next change. A bucket encrypted with a customer managed KMS key also needs `kms:GenerateDataKey` on that key."
}
