// A web ACL in another account: web ACLs cannot be shared, so no Allow is proposed.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'

const TRAP = 'waf-web-acl-cross-account'

// heldout3 h3-102 (github-file:find_string#39749678744; the English copy of the same notes is
// github-file:find_string#19540977565): Terraform associating a company web ACL with a customer ALB.
const H3_102 =
  '│ Error: creating WAFv2 WebACL Association (arn:aws:wafv2:us-east-1:<COMPANY_ACC_ID>:regional/webacl/test_waf/...,arn:aws:elasticloadbalancing:us-east-1:<CUSTOMER_ACC_ID>:loadbalancer/app/cutomer-alb/...): operation error WAFV2: AssociateWebACL, https response error StatusCode: 400, RequestID: ..., api error AccessDeniedException: User: arn:aws:sts::<CUSTOMER_ACC_ID>:assumed-role/customer-role/aws-go-sdk-... is not authorized to perform: wafv2:AssociateWebACL on resource: arn:aws:wafv2:us-east-1:<COMPANY_ACC_ID>:regional/webacl/test_waf/... because noresource-based policy allows the wafv2:AssociateWebACL action\n│'

function associate(caller: string, acl: string): string {
  return `User: ${caller} is not authorized to perform: wafv2:AssociateWebACL on resource: ${acl} because no resource-based policy allows the wafv2:AssociateWebACL action`
}

describe(TRAP, () => {
  it('h3-102: says web ACLs cannot be shared and proposes no statement', () => {
    const f = only(H3_102)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('cannot be shared')
    expect(f.explanation).toContain('Firewall Manager')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(/No statement is proposed/)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('applies with real account IDs and a CloudFront (global) web ACL', () => {
    const f = only(
      associate(
        'arn:aws:sts::111122223333:assumed-role/deploy/s',
        'arn:aws:wafv2:us-east-1:444455556666:global/webacl/edge/1a2b3c4d-5e6f-7a8b-9c0d-112233445566'
      )
    )
    expect(f.traps).toContain(TRAP)
  })

  it.each([
    [
      'the same account',
      'arn:aws:sts::111122223333:assumed-role/deploy/s',
      'arn:aws:wafv2:us-east-1:111122223333:regional/webacl/app/1a2b'
    ],
    [
      'a masked account (may be the same)',
      'arn:aws:sts::***:assumed-role/deploy/s',
      'arn:aws:wafv2:us-east-1:444455556666:regional/webacl/app/1a2b'
    ],
    [
      'a rule group, which can be shared',
      'arn:aws:sts::111122223333:assumed-role/deploy/s',
      'arn:aws:wafv2:us-east-1:444455556666:regional/rulegroup/shared/1a2b'
    ]
  ])('does not apply to %s', (_why, caller, acl) => {
    expect(only(associate(caller, acl)).traps).not.toContain(TRAP)
  })
})
