// ECS relays docker's `pull access denied for <ECR image>, repository does not exist or may
// require 'docker login'` as a task's stopped reason (CannotPullContainerError): the same words
// cover an image that is not there and a pull that was refused or never reached ECR (heldout14
// review, h14-126; aws/amazon-ecs-agent#2137, aws/aws-toolkit-jetbrains#2318). The image, then
// the task execution role and the task's way to ECR, in that order.
import type { Trap } from '../Trap.js'

export const ecsImagePull: Trap = {
  id: 'ecs-image-pull-refused',
  lead: true,
  applies: ({ d }) => d.kind === 'denial' && d.service === 'ecr' && d.detail.relayedBy === 'ecs',
  advice: ({ d }) => {
    const image = /^([^./]+)\.dkr\.ecr\.([\w-]+)\.amazonaws\.com(?:\.cn)?\/([^:@\s]+)/.exec(
      d.detail.url ?? ''
    )
    const check = image
      ? `aws ecr describe-images --registry-id ${image[1]} --repository-name ${image[3]} --region ${image[2]}`
      : 'aws ecr describe-images --registry-id ACCOUNT --repository-name REPOSITORY --region REGION'
    return (
      "ECS relays docker's answer for the task's image, and the same words cover an image that is not there and a pull that was refused. " +
      `First check that the image exists as the task definition names it (repository, tag, account and Region): \`${check}\`. ` +
      'Then the task execution role (not the task role) needs `ecr:GetAuthorizationToken` on `*` and `ecr:BatchGetImage` and `ecr:GetDownloadUrlForLayer` on the repository (the managed AmazonECSTaskExecutionRolePolicy holds them), ' +
      'and the task needs a way to ECR: a public IP or a NAT gateway, or VPC endpoints for `ecr.api` and `ecr.dkr` with an S3 gateway endpoint.'
    )
  }
}
