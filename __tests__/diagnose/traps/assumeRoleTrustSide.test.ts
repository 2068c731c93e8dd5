// A bare AssumeRole refusal (heldout6 review class 5): the trust side beside the caller's
// sts:AssumeRole, and what the message proves.
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'assume-role-trust-side'

// aws/karpenter-provider-aws#4680 has the full sentence; the bare botocore form is the review's.
describe(TRAP, () => {
  it('a Lambda assuming a role, bare AccessDenied: both sides, neither proven (review h6-095)', () => {
    const { f, statements, notes } = analysedOne(reviewed('h6-095'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('The message proves neither side')
    expect(f.explanation).toContain("target role's trust policy must name the caller")
    expect(statements.map((s) => s.Action)).toEqual(['sts:AssumeRole'])
    expect(notes).toContain('"Principal": {"AWS": "CALLER_ROLE_ARN"}')
  })

  it('the same bare form from the Java SDK (own case)', () => {
    const { f } = analysedOne(
      'com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: Access denied (Service: AWSSecurityTokenService; Status Code: 403; Error Code: AccessDenied; Request ID: 1f2e3d4c) when calling the AssumeRole operation'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('not when the message names the role: the two-policies trap speaks (karpenter-provider-aws#4680)', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::629146268066:assumed-role/Karpenter-KarpenterEksClu-HandlerServiceRoleFCDC14-1E2S2B6XVZBLW/Karpenter-KarpenterEksCluster73357-Handler886CB40B-1FCztK9eeCEe is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::629146268066:role/EksAdminRole-mycluster'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('assume-role-two-policies')
    expect(f.explanation).toContain('The message does not say which side refused: check both.')
  })

  it("a reason phrase proves the caller's side, and the trust side is still named (own case)", () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/ci/GitHubActions is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deployer because no identity-based policy allows the sts:AssumeRole action'
    )
    expect(f.explanation).toContain("The message proves the caller's side")
    expect(f.explanation).toContain('the trust policy must still name the caller')
  })
})
