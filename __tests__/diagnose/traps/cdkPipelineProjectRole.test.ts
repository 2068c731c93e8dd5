// WD978 (heldout29's unseen-logs check u31-005, and u30-004): the CDK CLI in a CodeBuild project
// refused CloudFormation as the project's own role. More cases in __tests__/remedy/heldout29Review.test.ts.
import { analysedOne } from './analysed.js'

// aws/aws-cdk#14351 (u31-005): the message line as printed, its console gutter kept.
const SELF_MUTATION =
  '127 | User: arn:aws:sts::123456789012:assumed-role/MyAppRepositoriesStac-PipelineUpdatePipelineSe-MQXOT87CX32H/AWSCodeBuild-8e592d74-2a6b-4e5c-b39c-fa28ef7d6556 is not authorized to perform: cloudformation:GetTemplate on resource: arn:aws:cloudformation:eu-central-1:123456789012:stack/MyAppRepositoriesStack/7e350680-be1f-11eb-b835-0a05df596088'

describe('cdk-pipeline-project-role', () => {
  it('u31-005: the self-mutation role leads with the synthesis and drafts nothing', () => {
    const { f, statements } = analysedOne(SELF_MUTATION)
    expect(f.traps).toContain('cdk-pipeline-project-role')
    expect(f.explanation).toMatch(/^The CDK CLI in a CodeBuild project/)
    expect(f.fixTarget.description).toMatch(/synthesis/)
    expect(statements).toEqual([])
  })

  it('counter-case: a CodeBuild role refused CloudFormation without CDK in the log is its own grant', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/build-role/AWSCodeBuild-1 is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/App/*'
    )
    expect(f.traps).not.toContain('cdk-pipeline-project-role')
    expect(statements.map((s) => s.Action)).toEqual(['cloudformation:DescribeStacks'])
  })

  it('counter-case: an explicit deny of the self-mutation role is a Deny to find', () => {
    const { f } = analysedOne(`${SELF_MUTATION} with an explicit deny in a service control policy`)
    expect(f.traps).not.toContain('cdk-pipeline-project-role')
  })
})
