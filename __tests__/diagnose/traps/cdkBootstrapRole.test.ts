// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, findingsOf, only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const corpus2 = (file: string, id: string) => only(corpusText(file, id))

const TRAP = 'cdk-bootstrap-role'

describe(TRAP, () => {
  it('applies when the caller is a CDK bootstrap role (corpus d145)', () => {
    const f = corpus('d145')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The caller is CDK's deploy role: its permissions come from the bootstrap template/
    )
    expect(f.explanation).toContain('re-run `cdk bootstrap')
  })

  // heldout10 review, h10-105: the deploy role's permissions are the bootstrap template's, and a
  // CloudFormation stack has no resource policy to blame; the reporter masked the qualifier.
  it('leads with the bootstrap template when the masked deploy role is the caller (aws/aws-cdk#9912, h10-105)', () => {
    const f = findingsOf(corpusText('heldout10.jsonl', 'h10-105'))[0]!
    expect(f.action).toBe('cloudformation:UpdateTerminationProtection')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The caller is CDK's deploy role: its permissions come from the bootstrap template/
    )
    expect(f.explanation).toMatch(/cloudformation resources have no resource-based policy/)
    expect(f.explanation).not.toMatch(/resource policy must allow|another account/)
    expect(f.crossAccount).toBe(false)
  })

  it("says the execution role's policies are the bootstrap's (aws/aws-cdk#8571)", () => {
    const f = only(
      '6/22 | 5:39:27 PM | CREATE_FAILED        | AWS::IAM::Role                            | Nexus3-Execution-Role (Nexus3ExecutionRole7D7DCE03) API: iam:CreateRole User: arn:aws-cn:sts::034068960621:assumed-role/cdk-hnb659fds-cfn-exec-role-034068960621-cn-northwest-1/AWSCloudFormation is not authorized to perform: iam:CreateRole on resource: arn:aws-cn:iam::034068960621:role/EcsSonatypeNexus3Stack-Nexus3ExecutionRole7D7DCE03-PPD1G31B45J9'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^The caller is CDK's CloudFormation execution role: its permissions are the policies named at bootstrap \(`--cloudformation-execution-policies`/
    )
  })

  it("one bootstrap role assuming another's is a trust question, not the template's grant (aws-samples/cdk-assume-role-credential-plugin#20, a021)", () => {
    const chained = corpus2('real-a.jsonl', 'a021')
    expect(chained.traps).toContain(TRAP)
    expect(chained.explanation).not.toMatch(/^The caller is CDK's deploy role/)
  })

  it('own: a masked qualifier only in the bootstrap shape, and a role merely named after CDK is no caller of it', () => {
    const masked = only(
      'User: arn:aws:sts::111122223333:assumed-role/cdk-<QUALIFIER>-lookup-role-111122223333-eu-west-1/aws-cdk-x is not authorized to perform: ec2:DescribeVpcs on resource: *'
    )
    expect(masked.explanation).toMatch(/^The caller is CDK's lookup role/)
    const other = only(
      'User: arn:aws:sts::111122223333:assumed-role/cdk-[HASH]-deployer-role/sess is not authorized to perform: cloudformation:DescribeStacks on resource: arn:aws:cloudformation:eu-west-1:111122223333:stack/app/*'
    )
    expect(other.traps).not.toContain(TRAP)
  })

  it('applies when the target is a bootstrap role, whatever its qualifier', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/GitHubDeploy/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/cdk-myqual01-deploy-role-444455556666-eu-west-1'
    )
    expect(f.traps).toContain(TRAP)
  })

  // Bootstrapping itself (d146: the user running `cdk bootstrap` may not write the version
  // parameter) and the version parameter read by a non-bootstrap caller are the caller's own
  // permissions: re-running the bootstrap changes nothing.
  it('does not apply to bootstrap artefacts handled by another caller (corpus d146)', () => {
    const f = corpus('d146')
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).not.toContain('cdk bootstrap')
  })

  it('does not apply to a role that merely has cdk in its name, nor otherwise (corpus d005)', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/cdk-pipeline-role/sess is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::cdk-hnb659fds-assets-111122223333-us-east-1/x.zip because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})

// CDK could not assume its deploy role, proceeded as the job's own user and failed reading the
// bootstrap version (public GitHub file, find_string #27717349106; a CDK Go sample's deploy log).
const FELL_BACK = `Do you wish to deploy these changes (y/n)? y
CdkGoSampleStack: deploying...
current credentials could not be used to assume 'arn:aws:iam::753387532736:role/cdk-hnb659fds-deploy-role-753387532736-us-east-1', but are for the right account. Proceeding anyway.
Could not read SSM parameter /cdk-bootstrap/hnb659fds/version: User: arn:aws:iam::753387532736:user/terraform is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:753387532736:parameter/cdk-bootstrap/hnb659fds/version because no identity-based policy allows the ssm:GetParameter action

 ❌  CdkGoSampleStack failed: Error: CdkGoSampleStack: This CDK deployment requires bootstrap stack version '6', found an older version. Please run 'cdk bootstrap'.
`

describe(`${TRAP}: a deploy role CDK could not assume`, () => {
  it('advises on the role that could not be assumed, and never calls it the caller', () => {
    const fs = findingsOf(FELL_BACK)
    // The warning is an echo of the refusal that follows it (issue 17, h4-127): one finding,
    // which names the role CDK could not assume.
    expect(fs).toHaveLength(1)
    expect(fs[0]!.inferred?.cdkRoleNotAssumed?.value).toContain('cdk-hnb659fds-deploy-role')
    const deployRole = 'role/cdk-hnb659fds-deploy-role-753387532736-us-east-1'
    for (const f of fs) {
      expect(f.principal ?? '').not.toContain(deployRole)
      expect(f.inferred?.principal?.value ?? '').not.toContain(deployRole)
      expect(f.inferred?.roleSwitch).toBeUndefined()
    }
    const param = fs.find((f) => f.action === 'ssm:GetParameter')
    expect(param?.principal).toBe('arn:aws:iam::753387532736:user/terraform')
  })
})
