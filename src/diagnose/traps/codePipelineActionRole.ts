import type { Trap } from '../Trap.js'

// CodePipeline refuses to save a pipeline whose role cannot assume an action's role. Two policies
// decide it: the pipeline role's own (sts:AssumeRole on the action role) and the action role's
// trust policy (it must trust the pipeline role or its account). A role deleted and created again
// under the same name is no longer the principal an older trust policy named.
export const codePipelineActionRole: Trap = {
  id: 'codepipeline-action-role',
  lead: true,
  applies: ({ d }) => d.detail.cause === 'codepipeline-action-role',
  advice: ({ d }) => {
    const pipeline = d.principal ? `\`${d.principal}\`` : 'the pipeline role'
    const action = d.resource ? `\`${d.resource}\`` : 'the action role'
    return (
      `CodePipeline checks, before it saves the pipeline, that ${pipeline} may assume ${action}. Both sides must allow it: ` +
      `the pipeline role's policy must allow \`sts:AssumeRole\` on ${action}, and ${action}'s trust policy must trust the pipeline role ` +
      '(or its account). In CDK Pipelines the action roles of another account are the bootstrap roles there: bootstrap that account with ' +
      '`cdk bootstrap --trust PIPELINE_ACCOUNT`. A role deleted and recreated under the same name must be trusted again.'
    )
  }
}
