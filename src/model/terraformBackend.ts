// Terraform's S3 backend, as data both diagnosis and the remedy read.

/** What Terraform's S3 backend does with its DynamoDB lock table: all four, every run. */
export const LOCK_TABLE_ACTIONS = [
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:DeleteItem'
]
