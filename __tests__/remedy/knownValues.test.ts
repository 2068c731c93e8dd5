// Issue 17 (heldout4 review, part 1 class 6): values the log shows are used, not replaced by
// placeholders: a repository URI printed next to an ECR denial, and the caller's own account for a
// resource the message proves is in that account (a role is only ever passed within its account).
import { analysed } from '../diagnose/traps/analysed.js'

describe('the ECR repository the log printed', () => {
  it('heldout4 h4-027: the URI in the same paragraph names the repository', () => {
    // github-file:find_string#68545914479 (a team note; the caller elided as `User ...`)
    const { findings, statements } = analysed(
      "**Don't try this.** Confirmed 2026-06-09: the PCSK `PCSKAdministratorAccessRole` has read-only access to `871501607754.dkr.ecr.us-west-2.amazonaws.com/sfci/a360/edc-python/edc-inference-ray`. `docker push` returns `denied: User ... is not authorized to perform: ecr:InitiateLayerUpload ... because no resource-based policy allows the ecr:InitiateLayerUpload action`. The Strata stage ECR's resource policy only grants write to Jenkins-issued credentials; that's intentional.\n"
    )
    expect(findings[0]!.inferred?.resource?.value).toBe(
      'arn:aws:ecr:us-west-2:871501607754:repository/sfci/a360/edc-python/edc-inference-ray'
    )
    expect(JSON.stringify(statements)).not.toContain('<REPOSITORY_NAME>')
  })

  it('own: a push with the tag after the URI', () => {
    const { findings } = analysed(
      '$ docker push 111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api:1.4.2\nThe push refers to repository [111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api]\ndenied: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ecr:InitiateLayerUpload because no identity-based policy allows the ecr:InitiateLayerUpload action\n'
    )
    expect(findings[0]!.inferred?.resource?.value).toBe(
      'arn:aws:ecr:eu-west-1:111122223333:repository/team/api'
    )
  })

  it('own: two repositories in the text name neither', () => {
    const { findings } = analysed(
      'pushing 111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api and 111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/web\ndenied: User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ecr:InitiateLayerUpload because no identity-based policy allows the ecr:InitiateLayerUpload action\n'
    )
    expect(findings[0]!.inferred?.resource).toBeUndefined()
  })

  it('own: the registry login (account-wide) is not scoped to a repository', () => {
    const { statements } = analysed(
      'docker push 111122223333.dkr.ecr.eu-west-1.amazonaws.com/team/api:1\nUser: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action\n'
    )
    expect(statements.map((s) => [s.Action, s.Resource])).toEqual([
      ['ecr:GetAuthorizationToken', '*']
    ])
  })
})

describe("the caller's account where the resource can only be in it", () => {
  it("heldout4 h4-069: iam:PassRole beside RunInstances names the caller's account", () => {
    // github-file:find_string#69429358173 (a lab submission)
    const { statements } = analysed(
      'You are not authorized to perform this operation. User: arn:aws:iam::548387266019:user/ccsad-g01 is not authorized to perform: **ec2:RunInstances** on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* because no identity-based policy allows the ec2:RunInstances action.[cite: 15]\n'
    )
    // No instance profile in the log: PassRole is only named (issue 17, h5-037).
    expect(statements.find((s) => s.Action === 'iam:PassRole')).toBeUndefined()
    // Our own: the same refusal with the launch's instance profile printed.
    const withProfile = analysed(
      'You are not authorized to perform this operation. User: arn:aws:iam::548387266019:user/ccsad-g01 is not authorized to perform: **ec2:RunInstances** on resource: arn:aws:ec2:ap-southeast-1:548387266019:instance/* because no identity-based policy allows the ec2:RunInstances action.[cite: 15]\n--iam-instance-profile Name=lab-profile\n'
    ).statements
    const passRole = withProfile.find((s) => s.Action === 'iam:PassRole')
    expect(passRole?.Resource).toBe('arn:aws:iam::548387266019:role/<ROLE_NAME_WITH_PATH>')
  })

  it('own: a masked caller account stays a placeholder', () => {
    const { statements } = analysed(
      'User: arn:aws:iam::***:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:***:instance/* because no identity-based policy allows the ec2:RunInstances action\n  with iam_instance_profile = "ci"\n'
    )
    const passRole = statements.find((s) => s.Action === 'iam:PassRole')
    expect(passRole?.Resource).toBe('arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME_WITH_PATH>')
  })
})
