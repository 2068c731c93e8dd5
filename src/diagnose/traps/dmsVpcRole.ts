import type { Trap } from '../Trap.js'
import { codeSpan as code } from '../Trap.js'

// DMS manages the network interfaces of replication instances and subnet groups with a role of a
// fixed name in the account, `dms-vpc-role`, which it assumes itself; when that role is missing,
// not yet usable after its creation, or lacks its trust or managed policy, the create call fails
// with `AccessDeniedFault: The IAM Role …/dms-vpc-role is not configured properly` (DMS user guide,
// "Creating the IAM roles to use with AWS DMS"; hashicorp/terraform-provider-aws#30882).

/** WD990: DMS could not use its own `dms-vpc-role` (or another `dms-` role it names). */
export const dmsVpcRole: Trap = {
  id: 'dms-vpc-role',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'dms-vpc-role',
  advice: ({ d }) => {
    const name = /:role\/(?:.*\/)?([^/]+)$/.exec(d.resource ?? '')?.[1] ?? 'dms-vpc-role'
    const managed =
      name === 'dms-cloudwatch-logs-role'
        ? 'AmazonDMSCloudWatchLogsRole'
        : 'AmazonDMSVPCManagementRole'
    return (
      `DMS assumes ${code(name)} itself, a role it expects by that exact name in the account: no policy of the caller decides this. Check, in order: ` +
      `the role exists (${code(`aws iam get-role --role-name ${name}`)}), with that name and the path \`/\`; ` +
      `its trust policy lets the service principal \`dms.amazonaws.com\` call sts:AssumeRole; ` +
      `the AWS managed policy ${code(`arn:aws:iam::aws:policy/service-role/${managed}`)} is attached. ` +
      'Created by Terraform, CloudFormation or CDK in the same run, the subnet group or instance must depend on the policy attachment, and a role only minutes old may not be usable yet: apply again after a short wait.'
    )
  }
}
