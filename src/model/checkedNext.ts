// Calls whose success is checked again a step later, against other actions on other resources:
// allowing the refused one alone makes the next run fail one step on (heldout23 review: h23-007,
// h23-008 BatchGetSecretValue; h23-052 a SecureString read). One row per call; a row's statement
// would need other resources, so it is said, not drafted: in the explanation (the trap
// checked-next) and in the fix section (src/remedy/guidance.ts).

export interface CheckedNext {
  actions: string[]
  advice: string
}

export const CHECKED_NEXT: CheckedNext[] = [
  {
    actions: ['secretsmanager:BatchGetSecretValue'],
    advice:
      'BatchGetSecretValue (Resource `*`) is only the first check: Secrets Manager then checks `secretsmanager:GetSecretValue` on each secret it returns, `secretsmanager:ListSecrets` when the call filters rather than naming secrets, and `kms:Decrypt` on a customer managed key that encrypts one. Allow GetSecretValue on the secrets the caller reads (`arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-??????`), or each secret comes back as an error of its own.'
  },
  {
    // The API reference's RotateSecret: the caller also needs lambda:InvokeFunction on the
    // rotation function (heldout86 review h86-001).
    actions: ['secretsmanager:RotateSecret'],
    advice:
      "RotateSecret starts the rotation by invoking the secret's rotation function as the caller: allow `lambda:InvokeFunction` on that function too (`aws secretsmanager describe-secret --secret-id SECRET --query RotationLambdaARN` prints it), or the next run fails there. The function's own role needs the secret's rotation actions (`secretsmanager:DescribeSecret`, `GetSecretValue`, `PutSecretValue`, `UpdateSecretVersionStage`) and its resource policy must let `secretsmanager.amazonaws.com` invoke it."
  },
  {
    // IAM's Access Advisor runs as a job: the console and scripts read its result with a second
    // call that takes no resource (heldout90 review h90-003).
    actions: ['iam:GenerateServiceLastAccessedDetails'],
    advice:
      'GenerateServiceLastAccessedDetails only starts the Access Advisor job: its result is read with `iam:GetServiceLastAccessedDetails` (Resource `*`, it takes the job ID), which the caller needs too, and `iam:GetServiceLastAccessedDetailsWithEntities` for the per-entity view.'
  },
  {
    // The RDS Data API runs the SQL with the database credentials in the secret the call names
    // (`--secret-arn`): that secret is read with the caller's permissions too (heldout165 review
    // h165-020, h165-021).
    actions: [
      'rds-data:ExecuteStatement',
      'rds-data:BatchExecuteStatement',
      'rds-data:BeginTransaction',
      'rds-data:CommitTransaction',
      'rds-data:RollbackTransaction'
    ],
    advice:
      "The Data API then signs in to the database with the credentials in the secret the call names (`--secret-arn`), read with the caller's permissions: allow `secretsmanager:GetSecretValue` on that secret too (`arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-??????`, and `kms:Decrypt` on its key when it is customer managed), and keep the statement's `rds-data:` actions on the cluster ARN; the Data API must also be enabled on the cluster."
  },
  {
    // `aws eks update-kubeconfig` (or a deploy action) describes the cluster to write the
    // kubeconfig; kubectl's requests are then authorized by the cluster, not by IAM (heldout161
    // review h161-077, h161-078).
    actions: ['eks:DescribeCluster'],
    advice:
      'DescribeCluster only lets the caller write its kubeconfig (`aws eks update-kubeconfig`): what kubectl does next is authorized inside the cluster, so the same identity also needs an access entry (`aws eks create-access-entry --cluster-name CLUSTER --principal-arn ARN`, then `aws eks associate-access-policy` with the access policy its work needs) or an `aws-auth` ConfigMap mapping, made by someone who already has cluster access; without it kubectl answers `You must be logged in to the server (Unauthorized)`.'
  },
  {
    // The registry token only signs the client in; each pull or push after it is authorized on
    // its repository (heldout166 and heldout167 reviews, h166-072, h167-022).
    actions: ['ecr:GetAuthorizationToken'],
    advice:
      "GetAuthorizationToken only signs the client in to the registry (`docker login`, a credential helper): each pull or push after it is authorized on its repository (`arn:aws:ecr:REGION:ACCOUNT:repository/NAME`). A pull needs `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` (with `ecr:BatchCheckLayerAvailability`); a push needs `ecr:BatchCheckLayerAvailability`, `ecr:InitiateLayerUpload`, `ecr:UploadLayerPart`, `ecr:CompleteLayerUpload` and `ecr:PutImage` (ECR's push policy adds `ecr:BatchGetImage`). Allow the set for what the job does next on the repositories it uses, or that step fails the same way."
  },
  {
    // A deploy's first call: the tool then waits on the stack and, by change set, creates and runs
    // one (heldout167 review, h167-024).
    actions: ['cloudformation:CreateStack', 'cloudformation:UpdateStack'],
    advice:
      "Creating or updating the stack is one call of a deploy: the tool then reads the stack back and waits on it (`cloudformation:DescribeStacks`, `DescribeStackEvents`), and a deploy by change set (`sam deploy`, `aws cloudformation deploy`, Serverless) calls `CreateChangeSet`, `DescribeChangeSet`, `ExecuteChangeSet` and `GetTemplateSummary` instead, all on the stack's ARN (`arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/*`). Each resource in the template is then created with the caller's own permissions, unless the stack is given a service role (`--role-arn`), which the caller must be allowed to pass (`iam:PassRole`)."
  },
  {
    // A client's preflight: .NET's Table.LoadTable and DynamoDBContext, Java's mapper, a waiter
    // describe the table before the item calls (heldout162 review, h162-053).
    actions: ['dynamodb:DescribeTable'],
    advice:
      "DescribeTable is often a client's first check before its item calls (.NET's `Table.LoadTable` and `DynamoDBContext`, the Java mapper, a waiter): the reads and writes the code makes next (`dynamodb:GetItem`, `PutItem`, `UpdateItem`, `DeleteItem`, `Query`, `Scan`, `BatchGetItem`, `BatchWriteItem`) are authorized on the same table ARN (and `table/NAME/index/*` for an index), so allow those it uses there too, or the next call fails the same way."
  },
  {
    actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath'],
    advice:
      "A SecureString parameter encrypted with a customer managed KMS key is decrypted with the caller's permissions as well: read `--with-decryption`, it needs `kms:Decrypt` on that key next (the key policy must allow it too); the AWS managed key `alias/aws/ssm` needs nothing more."
  }
]

/** What the call needs next, for a refused action (any case), or null. */
export function checkedNextOf(action: string | null): CheckedNext | null {
  const lower = action?.toLowerCase()
  return CHECKED_NEXT.find((r) => r.actions.some((a) => a.toLowerCase() === lower)) ?? null
}
