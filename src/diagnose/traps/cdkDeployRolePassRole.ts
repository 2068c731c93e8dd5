import { bootstrapRoleOf } from '../../model/cdkBootstrapRoles.js'
import type { Trap, TrapInput } from '../Trap.js'
import { actionIs } from '../Trap.js'

// The bootstrap deploy role may pass only the bootstrap's own execution role (cfn-exec) to
// CloudFormation. `cdk deploy --role-arn OTHER` makes it pass another role, which the bootstrap
// template does not allow: the fix is the bootstrap (its execution policies, or a customised
// template), not an inline grant on a role the next bootstrap rewrites.
/** The deploy role asked to pass a role other than the bootstrap's execution role. */
export const passesCustomRole = ({ d }: Pick<TrapInput, 'd'>): boolean =>
  d.deny !== 'explicit' &&
  actionIs(d, 'iam:PassRole') &&
  bootstrapRoleOf(d.principal)?.job === 'deploy' &&
  bootstrapRoleOf(d.resource)?.job !== 'cfn-exec'

export const cdkDeployRolePassRole: Trap = {
  id: 'cdk-deploy-role-pass-role',
  lead: true,
  // Its advice is the whole answer: "no policy allows it, change the deploy role's policy" and
  // the generic re-bootstrap hint would contradict it (heldout6 h6-075).
  noPolicy: true,
  applies: passesCustomRole,
  advice: ({ d }) => {
    const q = bootstrapRoleOf(d.principal)!.qualifier
    return (
      `The CDK bootstrap deploy role may pass only the bootstrap's execution role (\`cdk-${q}-cfn-exec-role\`) to CloudFormation; ` +
      `here it was asked to pass ${d.resource ? `\`${d.resource}\`` : 'another role'} (\`cdk deploy --role-arn\`, or a stack synthesized with a custom deploy or execution role). ` +
      'Either drop the custom role and give the execution role what the stacks need, with `cdk bootstrap --cloudformation-execution-policies POLICY_ARN`; ' +
      "or, if the custom role must stay, customise the bootstrap template (`cdk bootstrap --show-template`, add the role to the deploy role's iam:PassRole statement with `iam:PassedToService` `cloudformation.amazonaws.com`) and bootstrap with it. " +
      'Do not add an inline policy to the bootstrap role: the next `cdk bootstrap` removes it.'
    )
  }
}
