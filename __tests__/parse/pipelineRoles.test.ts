// CodePipeline refusing to save a pipeline whose role cannot assume an action's role, and CDK's
// warning that it could not assume a bootstrap role when the reporter says the run failed. Texts
// are as printed in the threads named with each case.
import { parseText } from './parseText.js'

describe('CodePipeline: the pipeline role may not assume the action role', () => {
  it('aws/aws-cdk#22489 (CDK Pipelines, masked roles, the message quoted as received)', () => {
    const found = parseText(
      'Im receiving an error when I try to deploy a CDK template using python. The message says "XXX is not authorized to perform AssumeRole on role XXXXX (Service: AWSCodePipeline Error Code: InvalidStructureException) (module name): (short issue description)"'
    )
    expect(
      found.map((f) => [f.kind, f.code, f.action, f.principal, f.resource, f.traps[0]])
    ).toEqual([
      [
        'denial',
        'InvalidStructureException',
        'sts:AssumeRole',
        'XXX',
        'XXXXX',
        'codepipeline-action-role'
      ]
    ])
    expect(found[0]!.explanation).toContain('cdk bootstrap --trust')
  })

  it('own: Terraform saving a pipeline, `on action role` and full ARNs', () => {
    const [f] = parseText(
      '* aws_codepipeline.bar: [ERROR] Error updating CodePipeline (test-pipeline): InvalidStructureException: Pipeline role arn:aws:iam::111122223333:role/codepipeline-role is not authorized to perform AssumeRole on action role arn:aws:iam::111122223333:role/codepipeline-action'
    )
    expect([f!.principal, f!.resource, f!.code]).toEqual([
      'arn:aws:iam::111122223333:role/codepipeline-role',
      'arn:aws:iam::111122223333:role/codepipeline-action',
      'InvalidStructureException'
    ])
  })

  it('own: the IAM sentence with its colon and prefix stays the IAM grammar’s', () => {
    const [f] = parseText(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/x'
    )
    expect(f!.grammar).toBe('iam-sentence')
  })
})

describe('CDK could not assume its bootstrap role, and the run failed', () => {
  const WARNING =
    "current credentials could not be used to assume 'arn:aws:iam::XXXXXXXXXXXX:role/cdk-hnb659fds-lookup-role-XXXXXXXXXXXX-us-west-2', but are for the right account. Proceeding anyway."

  it('own: the reporter says the pipeline fails, right above the warning', () => {
    const found = parseText(`the pipeline fails in the Build stage:\n${WARNING}`)
    expect(found.map((f) => [f.kind, f.grammar])).toEqual([['denial', 'cdk-could-not-assume']])
  })

  it('own: the warning alone, and a later success, stay silent', () => {
    expect(parseText(WARNING)).toEqual([])
    expect(parseText(`${WARNING}\n\n ✅  AppStack\n\n✨  Deployment time: 82.08s`)).toEqual([])
  })
})
