import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'

// `iam:GetUser` with no user name asks about the caller itself; from a role session (CodeBuild,
// Lambda, an assumed role) IAM checks it against the session ARN. A session is no IAM user: even
// allowed, GetUser then fails for want of a user name. Old tools (Serverless Framework before it
// used sts:GetCallerIdentity) did this to learn the account ID: the fix is the tool, not a policy.
export const getUserFromRoleSession: Trap = {
  id: 'get-user-from-role-session',
  applies: ({ d }) =>
    actionIs(d, 'iam:GetUser') && /^arn:[^:]+:sts::[^:]*:assumed-role\//.test(d.resource ?? ''),
  advice: () =>
    'The call is iam:GetUser without a user name, made from a role session: IAM checked it against the session itself, and a session is no IAM user, so no Allow makes it work (allowed, GetUser answers that a user name is required). Upgrade the tool, or have it call `aws sts get-caller-identity`, which needs no permission, to learn the account and caller.'
}
