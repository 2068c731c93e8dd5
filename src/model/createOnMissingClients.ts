// Clients that call CreateBucket only because they decided the bucket is missing: a backup job's
// S3 sync, rclone before an upload, Zappa when its HeadBucket fails; an ORM that creates its table
// by default (dynamoose's CreateTable). A refused create from one of them first asks whether the
// name, the Region or the existence check is wrong (or how to turn the creation off); granting the
// create is the alternative (heldout13 review, h13-156). One row per client, the most specific
// first; bounded quantifiers: untrusted text.

export interface CreateOnMissingClient {
  id: string
  /** What it creates when it finds none: a bucket (the default) or a DynamoDB table. */
  creates?: 'table'
  /** The client, in words. */
  name: string
  /** The log shows this client made the call. */
  re: RegExp
  /** How to keep it from creating the bucket. */
  skip: string
}

/**
 * s3fs, or a pandas/dask writer handing it an `s3://` path: also read in the lines above a pasted
 * traceback (src/scan/stepContext.ts), where its frames and the call stand.
 */
export const S3FS_WRITER =
  /\bs3fs\b(?!-fuse)|\bfsspec\b|\.to_(?:csv|parquet|json|excel|pickle|feather|orc|zarr)\(\s{0,3}f?['"]s3a?:\/\//

export const CREATE_ON_MISSING_CLIENTS: readonly CreateOnMissingClient[] = [
  {
    // dynamoose creates a model's table when the model is declared (`create: true` by default)
    // and waits for it (`waitForActive`): a runtime role that only uses items is refused
    // CreateTable though the table exists (dynamoose/dynamoose#1051, heldout65 review h65-011).
    id: 'dynamoose',
    creates: 'table',
    name: 'dynamoose',
    re: /\bdynamoose\b/i,
    skip: 'declare the model with `{ create: false, waitForActive: false }` (dynamoose 3: on its `dynamoose.Table`), so the deployed code never creates or polls the table, and create it with the infrastructure code'
  },
  {
    id: 'rclone',
    name: 'rclone',
    // Its name, or its own log lines: `Need to transfer - File not found at Destination`,
    // `ERROR : FILE: Failed to copy: failed to prepare upload: ... CreateBucket`.
    re: /\brclone\b|\bfailed to prepare upload\b|\bNeed to transfer - File not found at Destination\b/i,
    skip: 'pass `--s3-no-check-bucket` (`no_check_bucket = true` in the remote), so rclone never tries to create it'
  },
  {
    id: 'zappa',
    name: 'Zappa',
    re: /\bzappa\b|\bupload_to_s3\b/i,
    skip: 'let Zappa see the bucket (it creates its `s3_bucket` when HeadBucket fails: `s3:ListBucket` on the bucket ARN) or name a bucket you own'
  },
  {
    // s3fs (under pandas, fsspec, dask or zarr) makes a written file's parent directories, and
    // for the bucket itself calls CreateBucket when its existence check (a one-key listing) is
    // refused: a writer without s3:ListBucket on the bucket is refused a create it never meant
    // (fsspec/s3fs#346, #451, #532, #616; pandas-dev/pandas#45495, heldout159 review h159-001).
    // Not s3fs-fuse, the mount, which never creates buckets.
    id: 's3fs',
    name: 's3fs (what pandas, fsspec and dask write `s3://` paths through)',
    re: S3FS_WRITER,
    skip: 'let it see the bucket: its check lists the bucket (`s3:ListBucket` on the bucket ARN, not only on a prefix), and the write itself needs `s3:PutObject` on the keys; newer s3fs releases skip the create for a bucket they can see'
  },
  {
    id: 'phpbu',
    name: "The backup job's S3 sync (phpbu)",
    // phpbu's PHAR path, or a backup report's own fields (enupal/backup#51).
    re: /\bphpbu\b|"backupFailed"\s{0,3}:/i,
    skip: "make the sync's bucket name and Region settings match the bucket's"
  },
  {
    id: 'said-exists',
    name: 'The client',
    // The thread says the bucket exists already: "Does that bucket already exist?" (Miserlou/Zappa#1972).
    re: /\b(?:existing|already[- ]existing) (?:S3 )?bucket\b|\bbucket\b[^.\n]{0,30}?\b(?:already exists?|exists already)\b/i,
    skip: 'point it at the existing bucket (its exact name and Region) and let it see it (a HeadBucket needs `s3:ListBucket` on the bucket ARN)'
  },
  {
    id: 'head-bucket-first',
    name: 'The client',
    // Its existence check, refused or answered Not Found, printed before the create.
    re: /\bwhen calling the HeadBucket operation: (?:Forbidden|Not Found)\b/,
    skip: 'let it see the bucket (its HeadBucket needs `s3:ListBucket` on the bucket ARN)'
  }
]

/** Words of a tool that means to create the bucket: the create is the point, not a fallback. */
export const CREATE_INTENDED =
  /\bcreating (?:Amazon )?S3 (?:\(Simple Storage\) )?Bucket\b|\bAPI: s3:CreateBucket\b|\baws_s3_bucket\b|\bAWS::S3::Bucket\b|\bterragrunt\b|\bmake_bucket\b|\bs3 mb\b/i

export function createOnMissingClientIn(
  text: string,
  creates: 'bucket' | 'table' = 'bucket'
): { id: string; said: string } | null {
  if (creates === 'bucket' && CREATE_INTENDED.test(text)) return null
  for (const client of CREATE_ON_MISSING_CLIENTS) {
    if ((client.creates ?? 'bucket') !== creates) continue
    const m = client.re.exec(text)
    if (m) return { id: client.id, said: m[0] }
  }
  return null
}
