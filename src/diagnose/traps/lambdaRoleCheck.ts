// WD599: Lambda checked the function's execution role when the function was created or updated,
// and named the call it lacks (heldout101 review, h101-025: `PutTraceSegments on XRAY`, titled as a
// Lambda call and sent to CloudTrail). The function's role needs the feature's set; the message is
// Lambda's, relayed by CloudFormation, so there is no event to look for.
import type { Trap } from '../Trap.js'
import { lambdaRoleCheckOf } from '../../model/lambdaRoleChecks.js'

export const lambdaRoleCheck: Trap = {
  id: 'lambda-role-check',
  lead: true,
  // Lambda's own check, answered by CloudFormation: no CloudTrail event, no policy layer to guess.
  noPolicy: true,
  applies: ({ inferred }) => inferred?.signals?.['lambda-role-check'] !== undefined,
  advice: ({ inferred }) => {
    const { value, from: said } = inferred!.signals!['lambda-role-check']!
    const check = lambdaRoleCheckOf(value)
    const set = (check?.actions ?? []).map((a) => `\`${a}\``).join(', ')
    const policy = check?.managedPolicy
      ? ` (the AWS managed policy \`${check.managedPolicy}\` holds them)`
      : ''
    return `Lambda checked the function's own execution role when the function was created or updated: ${check?.feature ?? 'its configuration'} needs calls that role may not make (${said}). Give the function's role ${set}${policy}; the deployer's permissions are not what refused it, and the role must have them before the function is saved with that setting (in a template, make the function depend on the role's policy).`
  }
}
