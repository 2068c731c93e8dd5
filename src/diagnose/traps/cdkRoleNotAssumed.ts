import { cdkRolesPattern } from '../../model/cdkBootstrapRoles.js'
import type { Trap, TrapInput } from '../Trap.js'

// CDK could not assume its bootstrap role and fell back to the caller's own credentials, which
// were refused: the first fix is the assume (the caller's sts:AssumeRole and the bootstrap roles'
// trust), not the fallback's action, whose grant only moves the failure to the next call.
// The lookup role is the one CDK's context lookups use at synth (heldout11 review, h11-065).
const LOOKUP =
  " The lookup role serves CDK's context lookups at synth (`Vpc.fromLookup` and the other `fromLookup` calls: EC2 `Describe*`, SSM `GetParameter`, Route 53 `ListHostedZonesByName`); it exists from bootstrap version 8 on. " +
  'Where the job must not assume it, commit the looked-up values in `cdk.context.json` so synth makes no lookup.'

const roleOf = ({ inferred }: TrapInput): string => inferred?.cdkRoleNotAssumed?.value ?? ''

export const cdkRoleNotAssumed: Trap = {
  id: 'cdk-role-not-assumed',
  lead: true,
  applies: (input) =>
    input.d.kind === 'denial' && input.d.deny !== 'explicit' && roleOf(input) !== '',
  advice: (input) => {
    const role = roleOf(input)
    const all = cdkRolesPattern(role) ?? role
    const action = input.d.action ? `\`${input.d.action}\`` : 'the refused call'
    return (
      `CDK first tried to assume its bootstrap role \`${role}\`, could not, and went on with the caller's own credentials: ${action} is that fallback being refused. ` +
      `Fix the assume: allow the caller \`sts:AssumeRole\` on \`${all}\`, and check that the bootstrap roles trust it (bootstrap the target account with \`cdk bootstrap --trust ACCOUNT\` for a caller in another account; an old bootstrap stack, below version 8, is upgraded by running \`cdk bootstrap\` again). ` +
      `Granting ${action} to the caller instead only moves the failure to CDK's next call.` +
      (/-lookup-role-/i.test(role) ? LOOKUP : '')
    )
  }
}
