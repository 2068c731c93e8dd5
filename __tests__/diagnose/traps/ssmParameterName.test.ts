// SSM denials on `…:*` or a nameless `…:parameter`: a malformed name, never a Region-wide grant.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

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

describe(`${TRAP}: a name SSM does not allow`, () => {
  it('h9-061: a CodeBuild PARAMETER_STORE variable holding an e-mail address: said, nothing granted', () => {
    const f = only(corpusText('heldout9.jsonl', 'h9-061'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`example@example.com` cannot be a parameter name')
    expect(f.explanation).toContain('holds `@`')
    expect(f.explanation).toContain('Make it PLAINTEXT')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies[0]!.notes.join('\n')).not.toMatch(/Region-wide/)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('own variant outside CodeBuild: the general advice, no CodeBuild words', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/app/i-0abc is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/postgres://db:5432 because no identity-based policy allows the ssm:GetParameter action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('pass the name of the parameter that holds it')
    expect(f.explanation).not.toContain('CodeBuild')
  })

  it.each([
    // aws/aws-cdk#11032 and aws/aws-cdk#9980: real names, a real missing grant (as printed).
    'Decrypted Variables Error: AccessDeniedException: User: arn:aws:sts::xxxx:assumed-role/PipelineBuildSynthCdkBuildPr-1FB7OJQPMW7D5/AWSCodeBuild-dac52976-f00b-4937-bc26-756532fff077 is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:eu-central-1:xxx:parameter/CodeBuild/VARIABLE_NAME status code: 400, request id: afc265c1-e85e-4b21-aede-fa53b674f486',
    '[Container] 2020/08/26 12:43:34 Phase context status code: Decrypted Variables Error Message: AccessDeniedException: User: arn:aws:sts::yyy:assumed-role/xxx-7BL0BNH108AP/AWSCodeBuild-05e07ae5-3da4-48a9-a206-5b44d40f4004 is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:eu-central-1:yyy:parameter/VARIABLE_NAME',
    // Masked and template names are not this trap's.
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/<redacted>/token',
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/${ENV}/token'
  ])('counter-case: a name SSM allows (or a mask, or a template) is not flagged: %s', (text) => {
    expect(only(text).traps).not.toContain(TRAP)
  })
})
