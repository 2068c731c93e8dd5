import type { Trap } from '../Trap.js'
import { serviceInvokedOf } from '../../model/serviceInvoked.js'

/**
 * An invoke refused with no caller named (heldout14 third review, h14-137): an IAM caller needs
 * its identity policy, a service caller (API Gateway, EventBridge, S3, SNS) has none and needs the
 * resource's own policy. The log cannot tell which, so both are said, and both are drafted.
 */
export const unnamedInvoker: Trap = {
  id: 'unnamed-invoker',
  lead: true,
  applies: ({ d, inferred }) =>
    d.deny !== 'explicit' &&
    !d.principal &&
    !inferred?.principal &&
    serviceInvokedOf(d.action) !== null,
  advice: ({ d }) =>
    `The message names no caller, and \`${d.action}\` is allowed on two different sides depending on who called: ` +
    "an IAM role or user needs it in its identity policy; a service (an API Gateway API, an EventBridge rule, an S3 or SNS notification) has no identity policy, so the function's resource policy must allow that service principal, limited with `aws:SourceArn` to the API, rule, bucket or topic " +
    `(\`${serviceInvokedOf(d.action)!.addPermission('FUNCTION_NAME')}\`). Check which one invokes it; both statements are drafted.`
}
