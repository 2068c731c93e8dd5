// CodePipeline's check that its role may assume each action's role: both the pipeline role's
// policy and the action role's trust decide it.
import { analysedOne } from './analysed.js'

describe('codepipeline-action-role', () => {
  it('leads with both policies and CDK Pipelines bootstrap trust (aws/aws-cdk#22489, masked)', () => {
    const { f } = analysedOne(
      'The message says "XXX is not authorized to perform AssumeRole on role XXXXX (Service: AWSCodePipeline Error Code: InvalidStructureException) (module name): (short issue description)"'
    )
    expect(f.traps[0]).toBe('codepipeline-action-role')
    expect(f.explanation.startsWith('CodePipeline checks, before it saves the pipeline')).toBe(true)
    expect(f.explanation).toContain('`XXXXX`')
  })

  it('proposes sts:AssumeRole on the action role for the pipeline role (own, full ARNs)', () => {
    const { f, statements } = analysedOne(
      'InvalidStructureException: arn:aws:iam::111122223333:role/pipeline-role is not authorized to perform AssumeRole on role arn:aws:iam::111122223333:role/deploy-action-role'
    )
    expect(f.traps).toContain('codepipeline-action-role')
    expect(statements.some((s) => JSON.stringify(s).includes('sts:AssumeRole'))).toBe(true)
  })

  it('not on an ordinary sts:AssumeRole refusal (own)', () => {
    const { f } = analysedOne(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/x'
    )
    expect(f.traps).not.toContain('codepipeline-action-role')
  })
})
