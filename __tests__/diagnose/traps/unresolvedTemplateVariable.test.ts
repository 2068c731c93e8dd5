// An ARN that still holds `${AWS::AccountId}`: nothing resolved the substitution, so the role
// named does not exist and no policy can allow it (heldout6 h6-073, the expert review's class 4).
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { findingsOf, only } from '../analyze.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'unresolved-template-variable'

// corymhall/cdk-diff-action#62, text as printed (the action's stack trace, indent kept).
const CDK_DIFF_ACTION_62 =
  '    Error performing stack diff:  AccessDenied: User: arn:aws:sts::***:assumed-role/github-action/monorepoCISession is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${AWS::AccountId}:role/cdk-hnb659fds-lookup-role-${AWS::AccountId}-${AWS::Region}\n' +
  '        at throwDefaultError (/home/runner/work/_actions/corymhall/cdk-diff-action/v1/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:1)\n'

// aws/aws-cdk#3654: the reporter's own `{target-account1}` masks are no substitution.
const AWS_CDK_3654 =
  '[19:33:00] Assuming role failed: User: arn:aws:sts::{account2}:assumed-role/csaee-pipeline-PipelineUpdatePipelineSelfMutationRo-7SwuJzpM46I3/AWSCodeBuild-2e6f3310-3644-451e-bbda-218a5baa8e93 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{target-account1}:role/cdk-hnb659fds-lookup-role-{target-account1}-eu-west-1\n'

describe(TRAP, () => {
  it('leads with the unresolved token and drafts no statement', () => {
    const f = only(CDK_DIFF_ACTION_62)
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/template variable that was never substituted/)
    expect(f.explanation.startsWith('The ARN still holds `${AWS::AccountId}`')).toBe(true)
    expect(f.fixTarget.kind).toBe('resource-name')
    const remedies = buildRemedies(findingsOf(CDK_DIFF_ACTION_62))
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(/never substituted/)
  })

  it('leaves a writer’s braced mask to the placeholders', () => {
    const f = only(AWS_CDK_3654)
    expect(f.traps).not.toContain(TRAP)
    expect(f.resource).toContain('{target-account1}')
  })

  it('own: a substitution in the principal counts too; a plain ARN does not', () => {
    const line = (caller: string) =>
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: ${caller} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy\n`
    expect(only(line('arn:aws:sts::${AWS::AccountId}:assumed-role/ci/s')).traps).toContain(TRAP)
    expect(only(line('arn:aws:sts::111122223333:assumed-role/ci/s')).traps).not.toContain(TRAP)
  })

  it("h100-017 (pulumi/pulumi-eks#418): Pulumi's text for an Output passed as a string", () => {
    const f = only(corpusText('heldout100.jsonl', 'h100-017'))
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/is Pulumi's text for an unresolved Output$/)
    expect(f.fixTarget.description).toContain('the Pulumi program')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })

  it('h165-044 (aws/aws-cdk#8920): a CDK token the message cut after its opening, no statement', () => {
    const f = only(corpusText('heldout165.jsonl', 'h165-044'))
    expect(f.resource).toBe('arn:aws:es:us-east-1:228438115886:domain/taylorzr${Token[')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('The ARN still holds `${Token[…`')).toBe(true)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })
})
