import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'

// Only roles can be assumed. A user, session, instance-profile or policy ARN as the target is a
// mistyped `role-to-assume` (or RoleArn), not a trust policy to write: a trust policy cannot be
// attached to a user, and drafting one names a document that does not exist.
const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']

const KIND_WORDS: Record<string, string> = {
  user: 'an IAM user',
  'assumed-role': 'a role session (sts assumed-role)',
  'instance-profile': 'an instance profile',
  policy: 'a managed policy',
  group: 'an IAM group',
  'federated-user': 'a federated user session'
}

/** What kind of IAM/STS entity a non-role target ARN names, or null when it is a role (or no ARN). */
export function nonRoleTarget(resource: string | null): string | null {
  const arn = resource ? parseArn(resource) : null
  if (!arn || (arn.service !== 'iam' && arn.service !== 'sts')) return null
  const kind = /^([a-z-]+)\//.exec(arn.resource)?.[1] ?? arn.resource
  return kind === 'role' ? null : (KIND_WORDS[kind] ?? null)
}

export const assumeRoleTargetNotRole: Trap = {
  id: 'assume-role-target-not-role',
  applies: ({ d }) => actionIs(d, ...ASSUME_ACTIONS) && nonRoleTarget(d.resource) !== null,
  advice: ({ d }) =>
    `The target \`${d.resource}\` is ${nonRoleTarget(d.resource)}, not a role: only roles can be ` +
    'assumed, so no trust policy or Allow can make this call succeed. Pass the ARN of the role ' +
    'to assume (`arn:aws:iam::ACCOUNT:role/NAME`, as `aws iam get-role --role-name NAME` prints ' +
    "it) in the job's role-to-assume / RoleArn setting. No statement is proposed."
}
