// Terraform's S3 backend, as data both diagnosis and the remedy read.

/** What Terraform's S3 backend does with its DynamoDB lock table: all four, every run. */
export const LOCK_TABLE_ACTIONS = [
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:DeleteItem'
]

/** The `stateBackend` value when Terragrunt's own remote-state bootstrap made the refused call. */
export const TERRAGRUNT_BOOTSTRAP = "Terragrunt's S3 remote-state bootstrap"
