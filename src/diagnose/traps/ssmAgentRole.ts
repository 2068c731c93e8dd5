import type { Denial } from '../../model/Denial.js'
import type { PrincipalInfo } from '../Principal.js'
import { actionIs, operationIs, type Trap, type TrapInput } from '../Trap.js'

/**
 * The calls only the SSM Agent makes, with the role of its instance's profile (or the Default
 * Host Management role): its registration, its association and document reads, Run Command's
 * message channel and Session Manager's (AmazonSSMManagedInstanceCore's own set). The heldout136
 * review: h136-020–022, h136-033–035.
 */
const AGENT_ACTIONS = [
  'ssm:UpdateInstanceInformation',
  'ssm:ListInstanceAssociations',
  'ssm:DescribeAssociation',
  'ssm:UpdateInstanceAssociationStatus',
  'ssm:UpdateAssociationStatus',
  'ssm:PutInventory',
  'ssm:PutComplianceItems',
  'ssm:PutConfigurePackageResult',
  'ssm:GetDeployablePatchSnapshotForInstance',
  'ssm:GetManifest'
]
const AGENT_SERVICES = new Set(['ec2messages', 'ssmmessages'])

function agentCall(d: Denial): boolean {
  if (d.deny === 'explicit') return false
  if (actionIs(d, ...AGENT_ACTIONS) || operationIs(d, ...AGENT_ACTIONS)) return true
  const service = (d.action?.split(':')[0] ?? d.service)?.toLowerCase()
  return service !== undefined && AGENT_SERVICES.has(service)
}

/** The instance profile's role, named when the log shows it (its session is the instance's ID). */
function roleOf(p: PrincipalInfo | null): string | null {
  return p?.type === 'role' && p.name ? p.name : null
}

/**
 * WD5020: the SSM Agent refused one of its own calls. The fix is the managed policy AWS keeps for
 * exactly this role, not one action pinned to the instance that printed it: the agent's next call
 * and the next instance with the same profile fail otherwise.
 */
export const ssmAgentRole: Trap = {
  id: 'ssm-agent-role',
  lead: true,
  applies: ({ d }) => agentCall(d),
  advice: ({ principal }: TrapInput) => {
    const role = roleOf(principal)
    const named = role ? `the instance profile's role \`${role}\`` : "the instance profile's role"
    const command = `aws iam attach-role-policy --role-name ${role ?? '<ROLE_NAME>'} --policy-arn arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore`
    return (
      `This is the SSM Agent's own call, made with ${named}, which every instance launched with that profile shares: attach the AWS managed policy AmazonSSMManagedInstanceCore to it (\`${command}\`). ` +
      "It holds the agent's whole set, its registration (`ssm:UpdateInstanceInformation`), the association and document reads, `ec2messages` for Run Command and `ssmmessages` for Session Manager; one action for one instance fails again at the agent's next call and on the next instance. " +
      'Then restart the agent (or wait for its next registration). If the role has the policy already, an SCP or permissions boundary refuses the call, or the agent signs with other keys it found first (environment variables, `/root/.aws/credentials`).'
    )
  }
}
