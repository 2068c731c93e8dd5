import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// A service-linked role (`role/aws-service-role/SERVICE/AWSServiceRoleFor…`) is assumed by its
// service alone, and its trust policy is AWS's, which no one can edit. A refused AssumeRole of one
// (heldout140 review, h140-032: Amazon Chime's transcription role in a meeting's transcript) says
// the role does not exist in the account yet, or that something tried to assume it itself.
const LINKED = /:role\/aws-service-role\/([a-z0-9.-]+\.amazonaws\.com)\/([\w+=,.@-]+)$/

export const assumeServiceLinkedRole: Trap = {
  id: 'assume-service-linked-role',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => actionIs(d, 'sts:AssumeRole') && LINKED.test(d.resource ?? ''),
  advice: ({ d }) => {
    const [, service, role] = LINKED.exec(d.resource!)!
    return (
      `The target \`${role}\` is a service-linked role: only ${service} assumes it, and its trust policy belongs to AWS, so no trust policy or Allow of yours can make this call succeed. ` +
      `Most often the role does not exist in the account yet: create it once with \`aws iam create-service-linked-role --aws-service-name ${service}\` (which takes \`iam:CreateServiceLinkedRole\` with the condition \`iam:AWSServiceName\` = \`${service}\`), or let the feature that uses it create it. ` +
      'If a tool of yours is assuming it itself, have it assume a role of your own instead. No statement is proposed.'
    )
  }
}
