// Services that put a network interface in the customer's VPC with the resource's own role, and
// say so in their refusal: SageMaker's VPC notebook (`Please check if you have
// ec2:CreateNetworkInterface permission`, heldout11 h11-146), Lambda's VPC function (`The
// provided execution role does not have permissions to call CreateNetworkInterface on EC2`). The
// fix goes on that role, with the set the service documents, not on whoever made the call.
// Sources, checked 2026-12-03: SageMaker Developer Guide, "CreateNotebookInstance API: Execution
// Role Permissions" (sagemaker-roles.html); Lambda Developer Guide, "Execution role and user
// permissions" for VPC access (configuration-vpc.html, AWSLambdaVPCAccessExecutionRole).

export interface ServiceNetworkRole {
  id: string
  /** The service's wording; group 1 is the EC2 action or operation it names. */
  re: RegExp
  /** The role that needs the permissions, as the advice names it. */
  role: string
  /** The documented set, all on `"*"` (ENIs and their permissions do not exist yet). */
  actions: readonly string[]
  /** The AWS managed policy that holds the set, when there is one. */
  managedPolicy?: string
}

export const SERVICE_NETWORK_ROLES: readonly ServiceNetworkRole[] = [
  {
    id: 'sagemaker-notebook',
    re: /\bnotebook instance that can access resources in your VPC\b[^\n]{0,200}?\bcheck if you have (ec2:\w{3,60}) permission/i,
    role: "the notebook instance's execution role (its RoleArn, the role SageMaker assumes for it)",
    actions: [
      'ec2:CreateNetworkInterface',
      'ec2:CreateNetworkInterfacePermission',
      'ec2:DeleteNetworkInterface',
      'ec2:DeleteNetworkInterfacePermission',
      'ec2:DescribeDhcpOptions',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSubnets',
      'ec2:DescribeVpcs'
    ]
  },
  {
    id: 'lambda-function',
    re: /\bThe provided execution role does not have permissions to call (\w{3,60}) on EC2\b|\bplease make sure your function execution role ha(?:s|ve) permission to \*?(\w{3,60})\b/i,
    role: "the function's execution role (the Role of the function, not the deployer)",
    actions: [
      'ec2:CreateNetworkInterface',
      'ec2:DescribeNetworkInterfaces',
      'ec2:DescribeSubnets',
      'ec2:DeleteNetworkInterface',
      'ec2:AssignPrivateIpAddresses',
      'ec2:UnassignPrivateIpAddresses'
    ],
    managedPolicy: 'AWSLambdaVPCAccessExecutionRole'
  }
]

/** The row and the EC2 action the text names, or null. */
export function serviceNetworkRoleIn(
  text: string
): { row: ServiceNetworkRole; action: string; said: string } | null {
  for (const row of SERVICE_NETWORK_ROLES) {
    const m = row.re.exec(text)
    if (!m) continue
    const named = (m[1] ?? m[2])!
    return { row, action: named.includes(':') ? named : `ec2:${named}`, said: m[0] }
  }
  return null
}

export function serviceNetworkRoleById(id: string): ServiceNetworkRole | undefined {
  return SERVICE_NETWORK_ROLES.find((r) => r.id === id)
}
