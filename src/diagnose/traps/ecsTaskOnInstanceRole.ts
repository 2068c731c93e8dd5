import type { Trap, TrapInput } from '../Trap.js'
import { INSTANCE_SESSION } from '../Principal.js'

// A container on an ECS container instance with no task role of its own calls with the
// instance's: the SDK's default chain falls through to the instance metadata, so the refusal
// names the container instance role with an EC2 instance ID as the session (heldout125 review
// h125-071: Grafana reading CloudWatch as `ecsInstanceRole/i-…` while its task role waited
// unused). Widening that role gives every container on the host the permission; the fix is the
// task's own role (the task definition's `taskRoleArn`).

/** Container instance roles by their usual names: the console's `ecsInstanceRole`, templates' variants. */
const CONTAINER_INSTANCE_ROLE =
  /^ecsInstanceRole$|ecs[-_]?instance[-_]?role|container[-_]?instance[-_]?role|ecs[-_]?(?:cluster[-_]?)?(?:host|node)[-_]?role/i

/** Calls the ECS agent and the host's own software make: the instance role is their right caller. */
const AGENT_CALLS =
  /^(?:ecs|ecr|ec2|autoscaling|ssm:UpdateInstanceInformation|ssmmessages|ec2messages|logs:(?:CreateLogStream|PutLogEvents|CreateLogGroup)):/i

function taskOnInstanceRole({ d, principal, inferred }: TrapInput): boolean {
  const p = principal
  if (p?.type !== 'role' || !p.name || !CONTAINER_INSTANCE_ROLE.test(p.name)) return false
  if (!INSTANCE_SESSION.test(p.sessionName ?? '')) return false
  const action = d.action ?? inferred?.action?.value ?? null
  return action !== null && !AGENT_CALLS.test(action) && !/^sts:AssumeRole/i.test(action)
}

/** WD5007: a task fell back to its container instance's role. */
export const ecsTaskOnInstanceRole: Trap = {
  id: 'ecs-task-on-instance-role',
  lead: true,
  applies: (input) => refusedAllow(input) && taskOnInstanceRole(input),
  advice: ({ principal }) =>
    `The caller is \`${principal!.name}\` with the EC2 instance session \`${principal!.sessionName}\`: an ECS container instance's role. ` +
    "A container whose task has no role of its own gets the instance's credentials from the instance metadata, so this workload fell back to them. " +
    "Give the task its own role (the task definition's `taskRoleArn`, trusted by `ecs-tasks.amazonaws.com`) allowed this call: the ECS agent then serves its credentials to the container, which the SDK uses before the instance's. " +
    "If the task already has one, the program skipped the container credentials (an SDK too old for them, or a tool set to use the instance's): `aws sts get-caller-identity` inside the container shows which it uses. " +
    'Do not widen the container instance role: every container on the host would get the permission.'
}

/** An Allow can answer it: not an explicit deny, not a credentials failure. */
function refusedAllow({ d }: TrapInput): boolean {
  return d.kind === 'denial' && d.deny !== 'explicit'
}
