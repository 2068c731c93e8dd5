import type { Denial } from '../../model/Denial.js'
import { LOCK_TABLE_ACTIONS, TERRAGRUNT_BOOTSTRAP } from '../../model/terraformBackend.js'
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

const STATE_ACTIONS = ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject']
// Terragrunt's bootstrap checks the bucket, creates it and configures it (src/infer/companions.ts).
const BOOTSTRAP_ACTIONS = [
  's3:ListBucket',
  's3:GetBucketVersioning',
  's3:GetEncryptionConfiguration',
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketPolicy',
  's3:CreateBucket',
  's3:PutBucketVersioning',
  's3:PutEncryptionConfiguration',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketPolicy',
  's3:PutBucketTagging'
]

// A table or key named for Terraform state, when the log shows no Terraform backend message.
const LOCK_TABLE_NAME = /:table\/[^/\s]*(?:lock|tfstate|terraform)[^/\s]*$/i
const STATE_KEY = /^arn:[\w-]+:s3:::[^/]+\/.*\.tf(?:state|lock)$/i

function backendShown({ d, inferred }: TrapInput, name: RegExp): boolean {
  return Boolean(inferred?.stateBackend) || name.test(d.resource ?? '')
}

const isLockTable = (x: TrapInput): boolean =>
  actionIs(x.d, ...LOCK_TABLE_ACTIONS) && backendShown(x, LOCK_TABLE_NAME)
// A bare `Error loading state: AccessDenied` names no action: the one its words imply counts.
const actionAmong = (x: TrapInput, actions: string[]): boolean =>
  actionIs(x.d, ...actions) ||
  (!x.d.action && actions.some((a) => a.toLowerCase() === x.inferred?.action?.value.toLowerCase()))
const isBootstrap = (x: TrapInput): boolean =>
  x.inferred?.stateBackend?.value === TERRAGRUNT_BOOTSTRAP && actionAmong(x, BOOTSTRAP_ACTIONS)
const isStateObject = (x: TrapInput): boolean =>
  !isBootstrap(x) && actionAmong(x, STATE_ACTIONS) && backendShown(x, STATE_KEY)

// What an expert checks before any grant: a backend block copied from another repository or
// account names a bucket the caller cannot see (turnbullpress/tfb-code#7: "change the S3 bucket
// name"; Shift3/dj-starter#63: the bucket exists only in the original account).
const YOURS =
  'First check the bucket is yours: a backend `bucket` copied from another repository, tutorial ' +
  "or account names a bucket in someone else's account, and S3 answers Access Denied for it (not " +
  'NoSuchBucket); `aws s3api list-buckets --query "Buckets[?Name==\'BUCKET\'].Name"` run in the ' +
  'account meant to own it lists it only if that account does (a HeadBucket answers 403 both for ' +
  "someone else's bucket and for a missing s3:ListBucket). Then check which identity the backend ran as. "
// Read and write both refused, or a fresh bucket refused too: no single action is missing.
const EVERYTHING_REFUSED =
  'Both the state read and the state write were refused: that points at the identity (the ' +
  'credentials, profile or `role_arn` the backend used, or an SCP or permissions boundary over ' +
  'it) or at a bucket in another account, not at one missing action. '

// The backend is configured apart from the provider: the identity it runs as is often not the one
// the author granted (heldout7 h7-022, a backend left without the provider's assume_role).
const OWN_CREDENTIALS =
  "The backend signs its calls on its own: it does not use the provider block's `assume_role` or " +
  '`profile`, so a backend meant to run as a role needs `role_arn = "…"` (before Terraform 1.6) or ' +
  '`assume_role = { role_arn = "…" }` (1.6 and later: an attribute, not a block) or `profile` in ' +
  'the backend block itself; otherwise the ' +
  'credentials `terraform init` runs with are the ones refused.'

function named(d: Denial, what: string): string {
  return d.resource ? `\`${d.resource}\`` : what
}

/** Terraform's S3 backend: the state bucket and the lock table need their whole set of actions. */
export const terraformStateBackend: Trap = {
  id: 'terraform-state-backend',
  applies: (x) => x.d.deny !== 'explicit' && (isLockTable(x) || isStateObject(x) || isBootstrap(x)),
  advice: (x) => {
    if (isBootstrap(x)) {
      return (
        `Terragrunt prepares the S3 backend before Terraform runs: it checks that the state bucket ${named(x.d, '')}`.trimEnd() +
        ' exists (`s3:ListBucket`), reads its settings (`s3:GetBucketVersioning`, `s3:GetEncryptionConfiguration`, `s3:GetBucketPublicAccessBlock`, `s3:GetBucketPolicy`: since v0.37 it updates a bucket whose settings differ from `remote_state`), and when it is missing creates it (`s3:CreateBucket`) and configures it ' +
        '(`s3:PutBucketVersioning`, `s3:PutEncryptionConfiguration`, `s3:PutBucketPublicAccessBlock`, `s3:PutBucketPolicy`, `s3:PutBucketTagging`), all on the bucket ARN. ' +
        YOURS +
        "Terragrunt makes these calls with its own credentials (its `iam_role` or `--terragrunt-iam-role`, else the environment's): older versions ignore the `role_arn` and `profile` of `remote_state`'s config (gruntwork-io/terragrunt#919). " +
        'With the bucket already set up by someone else, `disable_bucket_update = true` in `remote_state` stops Terragrunt changing it.'
      )
    }
    const busy =
      '`ConditionalCheckFailedException` in the same place would mean another run holds the lock — no ' +
      'permission is missing then (`terraform force-unlock LOCK_ID`, once no run holds it).'
    if (isLockTable(x)) {
      return (
        `Terraform's S3 backend locks its state in the DynamoDB table ${named(x.d, 'of `dynamodb_table`')}: ` +
        'every run needs `dynamodb:DescribeTable`, `dynamodb:GetItem`, `dynamodb:PutItem` and ' +
        '`dynamodb:DeleteItem` on that table (unlocking deletes the item), so all four are allowed together. ' +
        `${busy} Terraform 1.10 and later can lock with an S3 object instead (\`use_lockfile = true\`), which needs ` +
        '`s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on the state key followed by `.tflock`. ' +
        OWN_CREDENTIALS
      )
    }
    const lockfile = /\.tflock$/i.test(x.d.resource ?? '')
    return (
      (x.inferred?.signals?.['backend-read-and-write-refused'] ? EVERYTHING_REFUSED : '') +
      `${YOURS}${OWN_CREDENTIALS} ` +
      `Terraform's S3 backend reads and writes its state ${named(x.d, 'in the backend bucket')}: it needs ` +
      '`s3:ListBucket` on the bucket and `s3:GetObject` and `s3:PutObject` on the state key' +
      (lockfile
        ? ', and with `use_lockfile` `s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on the `.tflock` key beside it. '
        : ' (`s3:DeleteObject` too for workspaces and, with `use_lockfile`, on the `.tflock` key beside it). ') +
      'A KMS-encrypted bucket also needs `kms:Decrypt` and `kms:GenerateDataKey` on its key. ' +
      busy
    )
  }
}

/**
 * A credentials failure in a text whose S3 backend also answered AccessDenied (a page listing a
 * backend's symptoms, a log with both): "no policy change helps" must not be all it says
 * (heldout7 h7-103). The credentials come first; the backend's refusal then needs its set.
 */
export const terraformBackendDeniedToo: Trap = {
  id: 'terraform-backend-denied-too',
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.signals?.['backend-access-denied'] !== undefined,
  advice: ({ inferred }) =>
    `The same text also shows Terraform's S3 backend refused (${inferred!.signals!['backend-access-denied']!.from}): ` +
    'that refusal is a permission problem, not a credentials one. Once the credentials are valid, the identity the backend runs as needs ' +
    '`s3:ListBucket` on the state bucket (listing the workspaces is the first call of `terraform init`), `s3:GetObject` and `s3:PutObject` on the state key ' +
    '(`s3:DeleteObject` on the `.tflock` key with `use_lockfile`), `dynamodb:GetItem`, `dynamodb:PutItem` and `dynamodb:DeleteItem` on a lock table, ' +
    'and `kms:Decrypt` and `kms:GenerateDataKey` on the key of an encrypted bucket. ' +
    OWN_CREDENTIALS
}
