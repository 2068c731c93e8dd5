import type { Trap } from '../Trap.js'

/** The pipe's own refusals: at creation, in its state reason, and in its execution log. */
const PIPES_GRAMMARS = new Set([
  'pipes-role-permissions',
  'pipes-role-permission-named',
  'pipes-target-refused'
])

// EventBridge Pipes checks at creation that the pipe's execution role may call its source and
// target (`The provided customer role does not have permissions to call ReceiveMessage on SQS`):
// the role's policy must be in place before the pipe is created (EventBridge user guide, "Amazon
// EventBridge Pipes permissions"; terraform-aws-modules/terraform-aws-eventbridge#133).

/** WD987: a pipe's execution role refused at the pipe's creation. */
export const pipesExecutionRole: Trap = {
  id: 'pipes-execution-role',
  lead: true,
  applies: ({ d }) => PIPES_GRAMMARS.has(d.grammar),
  advice: ({ d }) =>
    d.grammar !== 'pipes-role-permissions'
      ? `The pipe's execution role (the pipe's \`RoleArn\`, which the message does not name) may not ${d.action ? `call \`${d.action}\`` : `invoke its ${d.detail.pipePart ?? 'target'}${d.resource ? ` (${d.resource})` : ''}`}: the change goes on that role's identity policy, not on the caller's who created the pipe. ` +
        (d.detail.pipePart === 'event source'
          ? 'A source in a VPC (Amazon MSK, Amazon MQ, a self-managed Kafka cluster) also needs `ec2:DescribeNetworkInterfaces`, `ec2:DescribeSubnets`, `ec2:DescribeSecurityGroups`, `ec2:DescribeVpcs`, `ec2:CreateNetworkInterface` and `ec2:DeleteNetworkInterface`, on "*".'
          : 'A Step Functions target needs `states:StartExecution` (a REQUEST_RESPONSE invocation of an Express workflow, `states:StartSyncExecution`) on the state machine; a Lambda target `lambda:InvokeFunction`; an SQS target `sqs:SendMessage`.')
      : `EventBridge Pipes checked, while creating the pipe, that its execution role (the pipe's \`RoleArn\`) may call its source and target, and the role may not call ${d.operation ?? 'this operation'}: the change goes on that role's identity policy, attached before the pipe is created ` +
        '(in Terraform, make the `aws_pipes_pipe` depend on the role policy or its attachment, or the pipe is created first and fails). ' +
        'An SQS source needs `sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:GetQueueAttributes` on the queue; a Kinesis or DynamoDB stream source its stream reads; the target its own invoke or put action.'
}
