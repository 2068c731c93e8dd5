import { only } from '../analyze.js'

const TRAP = 'service-linked-role'
const SLR =
  'arn:aws:iam::111122223333:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing'

describe(TRAP, () => {
  it('applies to iam:CreateServiceLinkedRole (aws-denials.md §5.11 form)', () => {
    const f = only(
      `User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: iam:CreateServiceLinkedRole on resource: ${SLR} because no identity-based policy allows the iam:CreateServiceLinkedRole action`
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`iam:AWSServiceName`')
  })

  it('does not apply to other IAM actions on a service-linked role', () => {
    const f = only(
      `User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: iam:GetRole on resource: ${SLR} because no identity-based policy allows the iam:GetRole action`
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny', () => {
    const f = only(
      `User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: iam:CreateServiceLinkedRole on resource: ${SLR} with an explicit deny in a service control policy`
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('applies to EC2’s AuthFailure.ServiceLinkedRoleCreationNotPermitted and names the Spot role (karpenter.sh troubleshooting)', () => {
    const f = only(
      'AuthFailure.ServiceLinkedRoleCreationNotPermitted: The provided credentials do not have permission to create the service-linked role for EC2 Spot Instances'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('aws-service-role/spot.amazonaws.com/*')
  })

  it('names no service when the code comes without EC2’s sentence', () => {
    const f = only(
      'An error occurred: AuthFailure.ServiceLinkedRoleCreationNotPermitted when calling the RunInstances operation'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('aws-service-role/<service>.amazonaws.com/*')
  })
})
