import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { nonRoleTarget } from './assumeRoleTargetNotRole.js'
import { cdkBootstrapTrust } from './cdkBootstrapTrust.js'
import { UNRESOLVED } from './unresolvedTemplateVariable.js'

export const assumeRoleTwoPolicies: Trap = {
  id: 'assume-role-two-policies',
  // Another account's CDK bootstrap roles get their trust from `cdk bootstrap --trust`, not by hand.
  applies: (input) =>
    input.d.deny !== 'explicit' &&
    actionIs(input.d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity') &&
    nonRoleTarget(input.d.resource) === null &&
    !UNRESOLVED.test(input.d.resource ?? '') &&
    !cdkBootstrapTrust.applies(input),
  advice: ({ d, crossAccount }) => {
    const tag = actionIs(d, 'sts:TagSession')
      ? "Session tags are being passed, so the target role's trust policy must also allow `sts:TagSession`. "
      : ''
    return (
      tag +
      "Assuming a role takes two permissions: the target role's trust policy must trust the caller, " +
      "and the caller's identity policy must allow `sts:AssumeRole` on the target role" +
      (crossAccount === false
        ? ' (within one account the trust policy alone can be enough).'
        : '.') +
      " Trust the caller's role ARN, not its session ARN." +
      mayNotExist(d.resource)
    )
  }
}

/**
 * STS answers AccessDenied, not NoSuchEntity, when the role to assume does not exist in that
 * account (a member-account role such as AWSControlTowerExecution asked for in the management
 * account): check it exists before editing either policy.
 */
function mayNotExist(resource: string | null): string {
  const role = /^arn:[^:]+:iam::([^:]*):role\/(?:.*\/)?([^/]+)$/.exec(resource ?? '')
  if (!role) return ''
  const name = role[2]!.replace(/[^\w+=,.@-]/g, '')
  // list-roles, not get-role: the noise rules keep get-role advice for a role caller's own ARN.
  return ` STS gives the same AccessDenied when the role does not exist in account ${role[1]}: check there first (\`aws iam list-roles --query "Roles[?RoleName=='${name}'].Arn"\` prints nothing when it does not).`
}
