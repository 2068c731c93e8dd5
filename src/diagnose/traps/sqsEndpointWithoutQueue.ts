// SQS's "Access to the resource https://sqs.REGION.amazonaws.com/ is denied" with no queue in the
// URL (heldout6 review: h6-144): the call named no queue, either a queue-less action (CreateQueue,
// GetQueueUrl, ListQueues) or a QueueUrl that resolved to nothing; and "works locally, fails in
// Docker" says the container uses other credentials than the developer's machine.
import type { Trap, TrapInput } from '../Trap.js'

const ENDPOINT_ONLY = /^https?:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/?$/

const container = ({ inferred }: TrapInput) => inferred?.signals?.['container-credentials']

export const sqsEndpointWithoutQueue: Trap = {
  id: 'sqs-endpoint-without-queue',
  lead: true,
  applies: ({ d }) => d.kind === 'denial' && ENDPOINT_ONLY.test(d.detail.url ?? ''),
  advice: (input) =>
    (container(input)
      ? `The log says the same code works on the developer's machine and fails in a container (${container(input)!.from.replace(/`/g, "'")}): check first which credentials the container really uses (\`aws sts get-caller-identity\` inside it; environment variables passed with \`-e\`/\`env_file\`, an ECS task role, a mounted profile), since the machine's own profile does not reach it. `
      : '') +
    `The URL is the SQS endpoint itself, with no queue: the refused call named no queue. Either it is a queue-less action (\`sqs:CreateQueue\`, \`sqs:GetQueueUrl\`, \`sqs:ListQueues\`; frameworks such as JustSaying or MassTransit create and look up their queues at start-up), allowed on \`arn:aws:sqs:REGION:ACCOUNT:QUEUE_NAME\` (a name prefix with \`*\`) or "*" for ListQueues, or the QueueUrl the code passed was empty and resolved to the endpoint root. CloudTrail's event for the call names the action.`
}
