import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// A role ARN the job was given wrong: `arn:iam::123456789012:role/x` (no partition), a Region in
// an IAM ARN, a role under `sts`. AWS echoes what it was asked for, so the message carries the
// typo; repairing it into a trust policy or an Allow hides the one thing to change (heldout20
// review, h20-078: Vault's `role_arns` without `aws`).
const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity']

/** A mask a reporter typed over a field (`***`, `xxx`, `<PARTITION>`): hidden, not mistyped. */
const MASK = /^(?:\*+|x{3,}|X{3,}|<[^<>]*>|\.{3}|…)$/

interface Defect {
  test: (fields: string[]) => boolean
  says: string
}

/** Each way a role ARN is mistyped, by the fields split at `:` (`arn`, partition, service, ...). */
const DEFECTS: readonly Defect[] = [
  {
    // `arn:iam::…`: the partition field is the service, everything after moved one field left.
    test: (f) => f[1] === 'iam' || f[1] === 'sts',
    says: 'it has no partition: a role ARN starts `arn:aws:iam::`'
  },
  {
    test: (f) => f[2] === 'sts' && /^role\//.test(f.slice(5).join(':')),
    says: 'a role ARN is under `iam`, not `sts` (`arn:aws:iam::ACCOUNT:role/NAME`)'
  },
  {
    test: (f) => f[2] === 'iam' && f[3] !== undefined && f[3] !== '' && !MASK.test(f[3]),
    says: 'IAM ARNs have no Region: the field after `iam` stays empty (`arn:aws:iam::ACCOUNT:role/NAME`)'
  },
  {
    test: (f) => f[2] === 'iam' && f[3] === '' && /^role\//.test(f[4] ?? ''),
    says: 'the account field is missing (`arn:aws:iam::ACCOUNT:role/NAME`)'
  }
]

/** What is wrong with a role ARN the log names as an assume target, or null when nothing is. */
export function roleArnDefect(resource: string | null): string | null {
  if (!resource || !/^arn:/.test(resource) || !/(?:^|[:/])role\//.test(resource)) return null
  const fields = resource.split(':')
  if (MASK.test(fields[1] ?? '')) return null
  return DEFECTS.find((x) => x.test(fields))?.says ?? null
}

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
