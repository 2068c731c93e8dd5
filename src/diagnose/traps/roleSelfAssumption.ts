import type { Trap } from '../Trap.js'
import { actionIs } from '../Trap.js'
import { parseArn } from '../../model/Arn.js'
import { sameAccount } from '../../model/accountFields.js'
import { isStandInName } from '../../model/standInNames.js'

/**
 * The role name of an `arn:…:iam::ACCOUNT:role/path/NAME` target, and its account field. Also of a
 * target mistyped with a colon for the slash (`role:NAME`, fluent/fluent-bit#8278): still the
 * caller's own role by name, which the advice says first.
 */
function targetRole(resource: string | null): { name: string; account: string } | null {
  const arn = resource ? parseArn(resource) : null
  const name =
    arn?.service === 'iam' ? /^role[/:](?:.*\/)?([^/:]+)$/.exec(arn.resource)?.[1] : undefined
  return arn && name ? { name, account: arn.account } : null
}

// A session of role R asking to assume R again. Roles no longer trust themselves implicitly: this
// needs the role's own ARN in its trust policy. Usually the second assume is not needed at all (a
// tool given `--role-arn` of the role the job already is), as in configure-aws-credentials#1219.
export const roleSelfAssumption: Trap = {
  id: 'role-self-assumption',
  // The log proves it: the caller's session is the target role (heldout15 review h15-006).
  lead: true,
  applies: ({ d, principal }) => {
    if (!actionIs(d, 'sts:AssumeRole') || principal?.type !== 'role' || !principal.name)
      return false
    const target = targetRole(d.resource)
    // Two accounts (`145` and `123`, however shortened) are a cross-account assume, not this.
    // The same stand-in on both sides (`assumed-role/role-name/i-xxxxxx` assuming
    // `role/role-name`, jtblin/kube2iam#327) hides two names, not one.
    return (
      target !== null &&
      target.name === principal.name &&
      !isStandInName(target.name) &&
      sameAccount(principal.accountAsPrinted, target.account) !== false
    )
  },
  advice: ({ principal }) =>
    `The session is already role \`${principal?.name}\` and asks to assume that same role. A role ` +
    'does not trust itself implicitly: drop the second assume (the job already has the role, for ' +
    "example remove `--role-arn` from `aws eks update-kubeconfig`, cert-manager's `role:` in a Route 53 solver whose pod already has the role through IRSA, or a tool's role setting), or, if " +
    "re-assuming is intended, name the role's own ARN explicitly in its trust policy."
}
