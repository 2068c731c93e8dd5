import type { Trap } from '../Trap.js'

/**
 * Step Functions' `'ROLE' is not authorized to create managed-rule` (grammar WD857): the state
 * machine's role, not the deployer, lacks the EventBridge actions Step Functions uses to keep the
 * managed rule of a `.sync` integration. A role or policy made in the same apply may also not be
 * seen yet (terraform-aws-modules/terraform-aws-step-functions#11): the wait, then the grant.
 */
export const sfnManagedRule: Trap = {
  id: 'sfn-managed-rule',
  lead: true,
  noPolicy: true,
  applies: ({ d }) => d.grammar === 'sfn-managed-rule',
  advice: ({ d }) =>
    `Step Functions refused the state machine because its role${d.principal ? ` (\`${d.principal}\`)` : ''} may not manage the EventBridge rule Step Functions keeps for a \`.sync\` integration (ecs:runTask.sync, states:startExecution.sync, batch:submitJob.sync, glue, sagemaker): it checks the role when the state machine is created or updated, not the identity deploying it. ` +
    'Grant the state machine’s role events:PutTargets, events:PutRule and events:DescribeRule on the managed rules (`arn:aws:events:REGION:ACCOUNT:rule/StepFunctions*`, named StepFunctionsGetEventsFor…Rule). ' +
    'If the role or that policy is created in the same apply or stack, IAM may not have propagated it yet: make the state machine depend on the policy attachment (Terraform `depends_on`, CloudFormation `DependsOn`) and run it again.'
}
