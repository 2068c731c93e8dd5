import type { Trap } from '../Trap.js'

/**
 * Actions with no resource type in the Service Authorization Reference: only "*" can grant them.
 * (sts:GetCallerIdentity is not here: it needs no permission at all.)
 */
const STAR_ONLY_ACTIONS = new Set(
  [
    'ecr:GetAuthorizationToken',
    'sts:DecodeAuthorizationMessage',
    's3:ListAllMyBuckets',
    'cloudwatch:PutMetricData',
    'ecr-public:GetAuthorizationToken',
    'codecommit:ListRepositories',
    'iam:ListRoles',
    'iam:ListPolicies',
    'iam:ListUsers',
    'cloudformation:ListStacks',
    'ec2:DescribeAvailabilityZones',
    'ec2:DescribeInstances',
    'ec2:DescribeVpcs',
    'ec2:DescribeSubnets',
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeImages',
    'sagemaker:ListModels',
    'apprunner:ListServices'
  ].map((a) => a.toLowerCase())
)

export const resourceMustBeStar: Trap = {
  id: 'resource-must-be-star',
  // Advice about writing the Allow: beside the point for a Deny, or for an organization policy
  // that the user does not write.
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    d.layer !== 'scp' &&
    d.layer !== 'rcp' &&
    d.action !== null &&
    STAR_ONLY_ACTIONS.has(d.action.toLowerCase()),
  advice: ({ d }) =>
    `\`${d.action}\` cannot be limited to a resource: a statement granting it must say ` +
    '`"Resource": "*"`. Scoping it to an ARN is a common reason the grant seems not to work.'
}
