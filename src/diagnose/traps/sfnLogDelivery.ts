// Step Functions checks, when a state machine with logging is created or updated, that its own
// execution role may deliver logs (heldout18 review h18-009, aws-samples/serverless-patterns#102):
// the role needs CloudWatch Logs' log-delivery actions, which take no resource type. The deployer's
// identity is not what is missing.
import type { Trap } from '../Trap.js'
import { SFN_LOG_DELIVERY_ACTIONS } from '../../model/serviceLogs.js'

export const sfnLogDelivery: Trap = {
  id: 'sfn-log-delivery',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'sfn-log-destination',
  advice: () =>
    "Step Functions checked the state machine's own execution role (the role in its definition, not the identity deploying it) for log delivery to CloudWatch Logs. " +
    `Add to that role's policy ${SFN_LOG_DELIVERY_ACTIONS.map((a) => `\`${a}\``).join(', ')} on \`"Resource": "*"\` ` +
    '(these actions take no resource type), and check that the log group ARN in the logging configuration ends in `:*`.'
}
