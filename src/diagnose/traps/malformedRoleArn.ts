import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { roleArnDefect } from '../../model/roleArnDefects.js'

// A role ARN the job was given wrong (src/model/roleArnDefects.ts): repairing it into a trust
// policy or an Allow hides the one thing to change (heldout20 review, h20-078).
const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']

/** WD933: the role ARN asked for is malformed. */
export const malformedRoleArn: Trap = {
  id: 'malformed-role-arn',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => actionIs(d, ...ASSUME_ACTIONS) && roleArnDefect(d.resource) !== null,
  advice: ({ d }) =>
    `The role ARN the call asked for, \`${d.resource!.replace(/`/g, "'")}\`, is malformed: ${roleArnDefect(d.resource)}. ` +
    "AWS names what it was sent, so the typo is in the setting that holds the ARN (the workflow's `role-to-assume`, a profile's `role_arn`, a tool's role list such as Vault's `role_arns`): correct it there, " +
    'with the ARN `aws iam get-role --role-name NAME --query Role.Arn` prints. No trust policy or Allow is proposed for an ARN that names no role.'
}
