// SSM denials on `…:*` or a nameless `…:parameter`: a malformed name, never a Region-wide grant.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'

const TRAP = 'ssm-parameter-name'

// Source: aws-solutions/aws-control-tower-customizations#208 (a parameter that does not exist).
const CT_CUSTOMIZATIONS_208 =
  'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::<accountid>:assumed-role/Customizations-for-ControlTo-StackSetCodeBuildRole-<uuid>/AWSCodeBuild-<runid> is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-central-1:<accountid>:* because no identity-based policy allows the ssm:GetParameter action'
// Source: github-aws-runners/terraform-aws-github-runner#1279 (the reporter's masked account).
const GITHUB_RUNNER_1279 =
  '2021-10-12T15:35:42.503Z\t67asd78s-6e79-5410-b40f-5182c3f3402e\tERROR\tAccessDeniedException: User: arn:aws:sts::11111111111111:assumed-role/poc-action-scale-up-lambda-role/poc-scale-up is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-west-1:11111111111111:*\n    at deserializeAws_json1_1GetParameterCommandError (/var/task/index.js:26735:41)'
// Source: ClarkSource/k8t#82 ("when accessing an invalid parameter path").
const K8T_82 =
  'botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::123456:assumed-role/myrole is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:eu-central-1:12345:*'

describe(TRAP, () => {
  it.each([
    ['aws-control-tower-customizations#208', CT_CUSTOMIZATIONS_208],
    ['terraform-aws-github-runner#1279', GITHUB_RUNNER_1279],
    ['k8t#82', K8T_82]
  ])('%s: says the name is malformed and grants nothing', (_src, text) => {
    const f = only(text)
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/parameter name is malformed or missing/)
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(f.explanation).toContain('a path without its leading `/`')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).toMatch(
      /rather than granting `ssm:GetParameter` Region-wide/
    )
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it.each([
    'arn:aws:ssm:us-east-1:111122223333:parameter',
    'arn:aws:ssm:us-east-1:111122223333:parameter/'
  ])('applies to a nameless parameter ARN %s', (resource) => {
    const f = only(
      `User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameters on resource: ${resource} because no identity-based policy allows the ssm:GetParameters action`
    )
    expect(f.traps).toContain(TRAP)
  })

  it('leaves a named parameter alone, and an explicit deny stays a deny', () => {
    const named = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/app/db because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(named.traps).not.toContain(TRAP)
    const denied = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:* with an explicit deny in an identity-based policy'
    )
    expect(denied.fixTarget.kind).toBe('explicit-deny')
  })
})
