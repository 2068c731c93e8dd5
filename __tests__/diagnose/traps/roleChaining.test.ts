// The second configure-aws-credentials call of a job (heldout7 review h7-161): role chaining, not
// an OIDC trust statement for the second role.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// aws-actions/configure-aws-credentials#1810: the second step sets role-chaining and the first
// role's session is refused sts:AssumeRole on the second role (its trust, or role 1's policy).
const ISSUE_1810 = `I have 2 aws-actions/configure-aws-credentials steps, the 2nd one uses role-chaining
The 1st step succeeds i.e. I successfully manage to connect to the management account using GitHub OIDC.
The 2nd step fails.

\`Retry AssumeRole: attempt 1 of 12 failed: Could not assume role with user credentials: User: arn:aws:sts::290528720958:assumed-role/terraform-deployer/deploy-uat is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::148221445398:role/terraform-deployer. Retrying after 33ms.
\``

// aws-actions/configure-aws-credentials#636: the author's words, then the run's error.
const ISSUE_636 = `I'm trying to assume a deployment role in AWS account B using credentials in account A (GH OIDC integration) but it still tries to use GitHub OIDC WebIdentity for the second role instead of using already exposed credentials in environment variables.
Fails with error: 
\`\`\`
Run aws-actions/configure-aws-credentials@v1
Error: Not authorized to perform sts:AssumeRoleWithWebIdentity
\`\`\``

// aws-actions/configure-aws-credentials#1293: ONE OIDC step (a runner on EKS): no chain.
const ISSUE_1293 = `Troubleshooting Steps Taken:

Verified that the IAM role exists and trust policy is correct.
Confirmed the GitHub OIDC provider is correctly set up in AWS IAM.

Assuming role with OIDC
Assuming role with OIDC
Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity`

describe('role-chaining-second-call', () => {
  it.each([
    ['review h7-161', corpusText('heldout7.jsonl', 'h7-161')],
    ['aws-actions/configure-aws-credentials#636', ISSUE_636]
  ])('role-chaining: true and role 2 trusting role 1, no OIDC trust (%s)', (_source, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('role-chaining-second-call')
    expect(f.traps).not.toContain('oidc-trust-conditions')
    expect(f.explanation).toMatch(/^The log shows a second role being assumed/)
    expect(f.explanation).toContain('`role-chaining: true`')
    expect(f.fixTarget.kind).toBe('workflow')
    expect(notes).toContain('sts:TagSession')
    expect(notes).not.toContain('id-token: write')
    expect(JSON.stringify(statements)).not.toContain('AssumeRoleWithWebIdentity')
  })

  it('with role-chaining set, role 2 must trust role 1 (aws-actions/configure-aws-credentials#1810)', () => {
    const { f } = analysedOne(ISSUE_1810)
    expect(f.traps).toContain('role-chaining-second-call')
    expect(f.explanation).toMatch(/^The log shows a second role being assumed/)
    expect(f.explanation).toContain('`sts:TagSession`')
    expect(f.explanation).not.toContain('exchanges the GitHub OIDC token again')
  })

  it('two different role inputs say it when no words do (own case)', () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::111111111111:role/ci-entry\nRun aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::222222222222:role/deploy\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(f.inferred?.signals?.['role-chaining']?.value).toBe('second-step')
    expect(f.traps).toContain('role-chaining-second-call')
  })

  it('not for a single OIDC step (aws-actions/configure-aws-credentials#1293)', () => {
    const { f } = analysedOne(ISSUE_1293)
    expect(f.traps).not.toContain('role-chaining-second-call')
    expect(f.traps).toContain('oidc-trust-conditions')
  })

  it('not when the same role input is printed twice (own case: a retried step)', () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/deploy\nRun aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/deploy\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    )
    expect(f.traps).not.toContain('role-chaining-second-call')
  })
})
