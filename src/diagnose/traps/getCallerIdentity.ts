import type { Trap } from '../Trap.js'
import { actionIs, operationIs } from '../Trap.js'

// sts:GetCallerIdentity needs no permission and ignores explicit denies.
export const getCallerIdentity: Trap = {
  id: 'get-caller-identity-is-credentials',
  applies: ({ d }) =>
    d.kind !== 'credentials' &&
    (actionIs(d, 'sts:GetCallerIdentity') || operationIs(d, 'sts:GetCallerIdentity')),
  advice: () =>
    '`sts:GetCallerIdentity` needs no permission and cannot be denied by a policy, so a failure of ' +
    'it means the credentials themselves are wrong (expired, from another partition, or not ' +
    'what you think they are). Check how this job obtains its AWS credentials.'
}
