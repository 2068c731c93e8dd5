import type { Trap } from '../Trap.js'

// EventBridge Pipes checks at creation that the pipe's execution role may call its source and
// target (`The provided customer role does not have permissions to call ReceiveMessage on SQS`):
// the role's policy must be in place before the pipe is created (EventBridge user guide, "Amazon
// EventBridge Pipes permissions"; terraform-aws-modules/terraform-aws-eventbridge#133).

/** WD987: a pipe's execution role refused at the pipe's creation. */
export const pipesExecutionRole: Trap = {
  id: 'pipes-execution-role',
  lead: true,
  applies: ({ d }) => d.grammar === 'pipes-role-permissions',
  advice: ({ d }) =>
    `EventBridge Pipes checked, while creating the pipe, that its execution role (the pipe's \`RoleArn\`) may call its source and target, and the role may not call ${d.operation ?? 'this operation'}: the change goes on that role's identity policy, attached before the pipe is created ` +
    '(in Terraform, make the `aws_pipes_pipe` depend on the role policy or its attachment, or the pipe is created first and fails). ' +
    'An SQS source needs `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on the queue; a Kinesis or DynamoDB stream source its stream reads; the target its own invoke or put action.'
}
