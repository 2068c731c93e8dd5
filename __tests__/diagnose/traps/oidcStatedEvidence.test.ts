// What the text says about a refused GitHub OIDC exchange (heldout6 review classes 3 and 6): the
// trust policy said to be right, the `sub` CloudTrail printed, a run after a merge.
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

// ministryofjustice/modernisation-platform#3909: AWS Support quoting CloudTrail's sub.
const SUPPORT_3909 = `Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity
I then examined the trust policy for your role 'modernisation-platform-oidc-cicd' and can see that there may be a misconfiguration of the trust policy. In the "sub" section of the trust policy it contains the value "repo:ministryofjustice/modernisation-platform-configuration-management". However, in the CloudTrail logs it shows the "sub" as being "repo:ministryofjustice/modernisation-platform-configuration-management:pull_request". This may be the reason that the operation is being denied.`

describe('oidc-subject-presented', () => {
  it("CloudTrail's userName is the sub: GitHub, verbatim in the condition (review h6-160)", () => {
    const { f, statements } = analysedOne(reviewed('h6-160'))
    expect(f.traps).toContain('oidc-subject-presented')
    expect(f.detail.webIdentityIssuer).toBe('github')
    expect(
      f.explanation.startsWith(
        'The log shows the `sub` the token presented: `repo:{MyOrg}/{repo}:environment:development`'
      )
    ).toBe(true)
    expect(f.explanation).toContain('It is an environment subject')
    const condition = JSON.stringify(statements[0]!.Condition)
    expect(condition).toContain(
      '"token.actions.githubusercontent.com:sub":"repo:{MyOrg}/{repo}:environment:development"'
    )
    expect(condition).not.toContain('<SUBJECT>')
  })

  it('the sub AWS Support read in CloudTrail, not the trust policy value beside it (modernisation-platform#3909)', () => {
    const { f, statements } = analysedOne(SUPPORT_3909)
    expect(f.inferred.githubSubject?.value).toBe(
      'repo:ministryofjustice/modernisation-platform-configuration-management:pull_request'
    )
    expect(f.explanation).toContain('It is a pull-request subject')
    expect(JSON.stringify(statements[0]!.Condition)).toContain(':pull_request"')
  })

  it('after a merge into main: the push subject versus pull_request (review h6-004)', () => {
    const { f, statements, notes } = analysedOne(reviewed('h6-004'))
    expect(f.traps).toContain('oidc-subject-presented')
    expect(f.title).toMatch(/^GitHub OIDC token rejected/)
    expect(f.explanation).toContain('`repo:OWNER/REPO:ref:refs/heads/main`')
    expect(f.explanation).toContain('`repo:OWNER/REPO:pull_request`')
    expect(JSON.stringify(statements[0]!.Condition)).toContain(':ref:refs/heads/main"')
    expect(notes).toContain('pull-request runs')
  })

  it("a trust policy's own sub key is no presented subject (own case)", () => {
    const { findings } = analysed(
      'Error: Not authorized to perform sts:AssumeRoleWithWebIdentity\n"StringEquals": {"token.actions.githubusercontent.com:sub": "repo:octo/app:ref:refs/heads/main"}'
    )
    expect(findings[0]!.traps).not.toContain('oidc-subject-presented')
    expect(findings[0]!.inferred.githubSubject).toBeUndefined()
  })
})

describe('oidc-trust-said-correct', () => {
  it('"despite correct IAM trust policy": the job permission and the claims first (review h6-001)', () => {
    const { f, notes } = analysedOne(reviewed('h6-001'))
    expect(f.traps).toContain('oidc-trust-said-correct')
    expect(f.explanation.startsWith('The log says the trust policy is right')).toBe(true)
    expect(f.explanation).toContain('`permissions: id-token: write`')
    expect(f.explanation).toContain('reusable workflow')
    expect(notes.split('\n')[0]).toMatch(/^Before editing the trust policy/)
  })

  it('not when the workflow merely shows the permission set (own case)', () => {
    const { f } = analysedOne(
      'Run aws-actions/configure-aws-credentials@v4\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity\npermissions:\n  id-token: write\n  contents: read'
    )
    expect(f.traps).not.toContain('oidc-trust-said-correct')
    expect(f.detail.webIdentityIssuer).toBe('github')
  })
})
