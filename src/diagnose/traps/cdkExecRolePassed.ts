import { bootstrapRoleOf, deployRoleFor } from '../../model/cdkBootstrapRoles.js'
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

// CDK passes its bootstrap execution role (`cdk-Q-cfn-exec-role`) to CloudFormation from its
// deploy role. A caller that is not a bootstrap role passing it means CDK could not assume the
// deploy role and fell back to the caller's own credentials. The execution role holds
// AdministratorAccess unless bootstrapped otherwise: iam:PassRole on it makes the caller an
// administrator. The fix is the assume (heldout14 review, h14-174).

export const passesExecRoleItself = ({ d }: Pick<TrapInput, 'd'>): boolean =>
  d.kind === 'denial' &&
  d.deny !== 'explicit' &&
  actionIs(d, 'iam:PassRole') &&
  bootstrapRoleOf(d.resource)?.job === 'cfn-exec' &&
  bootstrapRoleOf(d.principal) === null

export const cdkExecRolePassed: Trap = {
  id: 'cdk-exec-role-passed-by-caller',
  lead: true,
  applies: passesExecRoleItself,
  advice: ({ d }) => {
    const deploy = deployRoleFor(d.resource ?? '')
    const q = bootstrapRoleOf(d.resource)!.qualifier
    return (
      `CDK passes its execution role \`cdk-${q}-cfn-exec-role\` to CloudFormation from its deploy role; here the caller passes it itself, so CDK could not assume ${deploy ? `\`${deploy}\`` : `\`cdk-${q}-deploy-role\``} and fell back to the caller's own credentials (\`cdk deploy -v\` prints why). ` +
      'Fix the assume: allow the caller `sts:AssumeRole` on the deploy role and check that the role trusts it (`cdk bootstrap --trust ACCOUNT` for another account). ' +
      'Do not grant iam:PassRole on the execution role: it holds AdministratorAccess unless bootstrapped with other `--cloudformation-execution-policies`, so passing it makes the caller an administrator.'
    )
  }
}
