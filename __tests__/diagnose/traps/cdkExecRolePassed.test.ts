// A caller that is not a CDK bootstrap role refused iam:PassRole on CDK's execution role: CDK
// could not assume its deploy role and fell back to the caller's credentials. The fix is
// sts:AssumeRole on the deploy role, never PassRole on an AdministratorAccess role (heldout14
// review, h14-174).
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'cdk-exec-role-passed-by-caller'

// aws/aws-cdk#18830: the deploy role passing a custom role (`cdk deploy --role-arn`), as printed.
const CDK_18830 =
  'User: arn:aws:sts::123456:assumed-role/cdk-hnb659fds-deploy-role-123456-ap-southeast-1/aws-cdk-haitran is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456:role/cdk-admin-role-CdkAdminRole-1IBORD9375GQF because no identity-based policy allows the iam:PassRole action'

describe('the caller passing CDK’s execution role itself', () => {
  it('h14-174: sts:AssumeRole on the deploy role, no iam:PassRole on the execution role', () => {
    // heldout14 h14-174: a GitHub Actions CDK deploy, masks kept.
    const { f, statements, notes } = analysedOne(corpusText('heldout14.jsonl', 'h14-174'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      'could not assume `arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-deploy-role-<ACCOUNT_ID>-us-east-2`'
    )
    // The generic PassRole advice would contradict it.
    expect(f.traps).not.toContain('iam-passrole')
    expect(f.explanation).toMatch(/AdministratorAccess/)
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      [
        'sts:AssumeRole',
        'arn:aws:iam::<ACCOUNT_ID>:role/cdk-hnb659fds-deploy-role-<ACCOUNT_ID>-us-east-2'
      ]
    ])
    expect(JSON.stringify(statements)).not.toContain('iam:PassRole')
    expect(notes).toMatch(/sts:AssumeRole on the CDK bootstrap roles, not `iam:PassRole`/)
  })

  it('a custom qualifier and a plain account keep the whole deploy role ARN', () => {
    // Our own variant: a role caller, qualifier `app1`, account printed.
    const { statements } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/github-deployer/GitHubActions is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/cdk-app1-cfn-exec-role-123456789012-eu-west-1 because no identity-based policy allows the iam:PassRole action'
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      [
        'sts:AssumeRole',
        'arn:aws:iam::123456789012:role/cdk-app1-deploy-role-123456789012-eu-west-1'
      ]
    ])
  })

  it('aws-cdk#18830: the deploy role passing a custom role keeps its own answer', () => {
    const { f } = analysedOne(CDK_18830)
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('cdk-deploy-role-pass-role')
  })

  it('another role passed by a user is an ordinary PassRole', () => {
    // Our own counter-case: a look-alike name that is not a bootstrap execution role.
    const { f, statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/app-cfn-exec-role because no identity-based policy allows the iam:PassRole action'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements[0]!.Action).toBe('iam:PassRole')
  })

  it('an explicit Deny on the pass is not this trap', () => {
    // Our own counter-case: a guardrail denies passing the execution role.
    const { f } = analysedOne(
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/cdk-hnb659fds-cfn-exec-role-123456789012-us-east-1 with an explicit deny in a service control policy'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
