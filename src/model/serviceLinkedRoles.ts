// Services whose service-linked role is created on first use under their own principal
// (`aws-service-role/<prefix>.amazonaws.com/…`, the IAM User Guide's "AWS services that work with
// IAM", column "Service-linked roles"): the IAM prefix and the principal name are one word. Where
// they differ (OpenSearch, Spot, EKS node groups) a wrong name would match nothing: those are left
// to the log's own words.
const SAME_NAME = new Set([
  'autoscaling',
  'batch',
  'ecs',
  'eks',
  'elasticache',
  'elasticfilesystem',
  'elasticloadbalancing',
  'fsx',
  'globalaccelerator',
  'guardduty',
  'network-firewall',
  'rds',
  'securityhub',
  'ssm'
])

/** The principal of a service's service-linked role, or null where it is not the prefix's. */
export function serviceLinkedPrincipal(prefix: string): string | null {
  return SAME_NAME.has(prefix) ? `${prefix}.amazonaws.com` : null
}

/** A role name AWS reserves for service-linked roles (`AWSServiceRoleForAutoScaling`). */
export function isServiceLinkedRoleName(name: string): boolean {
  return name.startsWith('AWSServiceRoleFor')
}

/**
 * Services whose resources carry a policy that can admit a service-linked role (a KMS key policy
 * allowing Auto Scaling's role, a bucket or queue policy): a service-linked role's own policy is
 * AWS's and cannot be edited, so there the resource's policy is where it is let in.
 */
export const SLR_RESOURCE_POLICY_SERVICES: ReadonlySet<string> = new Set([
  'kms',
  's3',
  'sqs',
  'sns',
  'secretsmanager',
  'lambda',
  'ecr',
  'logs'
])
