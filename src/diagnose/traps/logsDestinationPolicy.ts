// A subscription filter refused on a CloudWatch Logs destination (aws/aws-cli#4422, heldout22
// review h22-016): a destination takes filters only from the accounts its access policy names, and
// it lives in the receiving account. Its owner changes that policy; the sender's identity policy
// needs logs:PutSubscriptionFilter on its own log group too, but the refusal names the destination.
import type { Trap } from '../Trap.js'
import { actionIs, tick } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

export const logsDestinationPolicy: Trap = {
  id: 'logs-destination-policy',
  lead: true,
  noPolicy: true,
  applies: ({ d }) =>
    d.deny !== 'explicit' &&
    actionIs(d, 'logs:PutSubscriptionFilter') &&
    /^arn:[\w-]+:logs:[^:]*:[^:]*:destination:[^:\s]+$/.test(d.resource ?? ''),
  advice: ({ d }) => {
    const arn = parseArn(d.resource!)
    const name = d.resource!.slice(d.resource!.lastIndexOf(':') + 1)
    const owner = arn?.account ? ` (account \`${tick(arn.account)}\`, as printed)` : ''
    // CloudWatch Logs names the sender by its account (`User with accountId: N`): used when whole.
    const printed = /accountId: ?(\S+)$/.exec(d.principal ?? '')?.[1]
    const sender = printed && /^\d{12}$/.test(printed) ? printed : 'SENDER_ACCOUNT_ID'
    const policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"${sender}"},"Action":"logs:PutSubscriptionFilter","Resource":"${d.resource!}"}]}`
    return (
      `A CloudWatch Logs destination accepts subscription filters only from the accounts its access policy names, and its owner${owner} changes that policy: ` +
      `\`aws logs put-destination-policy --destination-name ${tick(name)} --access-policy '${tick(policy)}'\` ` +
      (sender === 'SENDER_ACCOUNT_ID'
        ? `with the sending account's 12-digit ID${printed ? ` (the message prints \`${tick(printed)}\`)` : ''} `
        : '') +
      '(an organization can be admitted with `aws:PrincipalOrgID`). ' +
      // put-destination-policy sets the whole access policy (heldout54 review h54-002): the accounts
      // already admitted stay only if the command keeps them, and a stack that owns the
      // destination sets it back on its next update.
      'That call replaces the whole access policy: read it first (`aws logs describe-destinations --destination-name-prefix NAME`) and keep the accounts it already admits; when a stack created the destination, add the account in its template or parameters instead, or its next update undoes the change. ' +
      "The sender's identity policy also needs `logs:PutSubscriptionFilter` on its own log group, but the refusal names the destination."
    )
  }
}
