// ECS's agent asks ECR for a registry token as the task's execution role before it pulls the
// image (`ResourceInitializationError: unable to pull secrets or registry auth: … unable to
// retrieve ecr registry auth`): allowing only the token leaves the pull refused on the next start
// (heldout23 review, h23-045, h23-046).
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

export const ecsExecutionRolePull: Trap = {
  id: 'ecs-execution-role-pull',
  applies: ({ d, inferred }) =>
    d.deny !== 'explicit' &&
    actionIs(d, 'ecr:GetAuthorizationToken') &&
    inferred?.signals?.['ecs-registry-auth'] !== undefined,
  advice: () =>
    "The caller is the task execution role, which ECS pulls the image with: after the token it needs `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the image's repository, and `logs:CreateLogStream` with `logs:PutLogEvents` when the task logs with awslogs. The managed policy `AmazonECSTaskExecutionRolePolicy` (`aws iam attach-role-policy --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy`) holds all of them."
}
