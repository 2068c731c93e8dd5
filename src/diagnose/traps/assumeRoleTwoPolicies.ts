import { assumeServiceLinkedRole } from './assumeServiceLinkedRole.js'
import { roleArnDefect } from '../../model/roleArnDefects.js'
import { copilotEnvironmentRoleOf } from '../../model/copilotRoles.js'
import { podOnNodeRole } from './podOnNodeRole.js'
import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { nonRoleTarget } from './assumeRoleTargetNotRole.js'
import { partitionsOf } from './partitionMismatch.js'
import { cdkBootstrapTrust } from './cdkBootstrapTrust.js'
import { UNRESOLVED } from './unresolvedTemplateVariable.js'
import { sessionTagsPassed } from '../../model/sessionTags.js'

export const assumeRoleTwoPolicies: Trap = {
  id: 'assume-role-two-policies',
  // Another account's CDK bootstrap roles get their trust from `cdk bootstrap --trust`, not by hand.
  applies: (input) =>
    input.d.deny !== 'explicit' &&
    actionIs(input.d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity') &&
    nonRoleTarget(input.d.resource) === null &&
    roleArnDefect(input.d.resource) === null &&
    // Across partitions no trust or identity policy helps: the ARN is wrong (h11-163).
    partitionsOf(input.d.principal, input.d.resource) === null &&
    !UNRESOLVED.test(input.d.resource ?? '') &&
    // A service-linked role's trust is AWS's: its own trap says what to do.
    !assumeServiceLinkedRole.applies(input) &&
    !cdkBootstrapTrust.applies(input) &&
    // A pod on its node's role: the target becomes the pod's own IRSA role, no caller side.
    !podOnNodeRole.applies(input) &&
    // Copilot's environment role: its trust is Copilot's, its own trap says what to check.
    copilotEnvironmentRoleOf(input.d.resource) === null &&
    // A service principal has no identity policy: the trust policy alone decides (h93-027).
    !/^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/.test(input.d.principal ?? ''),
  advice: ({ d, crossAccount, inferred }) => {
    const tag = sessionTagsPassed(d.action, d.detail, inferred)
      ? "Session tags are being passed, so the target role's trust policy must also allow `sts:TagSession` (and the caller's policy both actions on the role). "
      : ''
    return (
      tag +
      "Assuming a role takes two permissions: the target role's trust policy must trust the caller, " +
      "and the caller's identity policy must allow `sts:AssumeRole` on the target role" +
      (crossAccount === false
        ? ' (within one account the trust policy alone can be enough).'
        : '.') +
      " Trust the caller's role ARN, not its session ARN." +
      provenSide(d.layer) +
      mayNotExist(d.resource)
    )
  }
}

/** Which side the message proves refused (heldout6 review class 5): the other may refuse next. */
function provenSide(layer: string | null): string {
  if (layer === 'identity')
    return " The message proves the caller's side (no identity-based policy allows it); once that is fixed the trust policy must still name the caller."
  if (layer === 'trust')
    return " The message proves the trust side (the role's trust policy does not name the caller); across accounts the caller's policy must allow it too."
  return layer === null ? ' The message does not say which side refused: check both.' : ''
}

/**
 * STS answers AccessDenied, not NoSuchEntity, when the role to assume does not exist in that
 * account (a member-account role such as AWSControlTowerExecution asked for in the management
 * account): check it exists before editing either policy.
 */
function mayNotExist(resource: string | null): string {
  const role = /^arn:[^:]+:iam::([^:]*):role\/(?:.*\/)?([^/]+)$/.exec(resource ?? '')
  if (!role) return ''
  // A name the writer replaced (`<their role>`, `{ROLE}`) is no name to look for (heldout19
  // review 2, h19-054: `theirrole`).
  const name = /[<>{}[\]\s]/.test(role[2]!) ? 'ROLE_NAME' : role[2]!.replace(/[^\w+=,.@-]/g, '')
  // An account as printed is digits, a mask or a placeholder; a writer's lower-case word there
  // (`arn:aws:iam::user:role/role`, ibmimedia.com, heldout7 h7-152) names no account.
  const where = /^[a-z]+$/.test(role[1]!) ? "the role's account" : `account ${role[1]}`
  // list-roles, not get-role: the noise rules keep get-role advice for a role caller's own ARN.
  return ` STS gives the same AccessDenied when the role does not exist in ${where}: check there first (\`aws iam list-roles --query "Roles[?RoleName=='${name}'].Arn"\` prints nothing when it does not).`
}
