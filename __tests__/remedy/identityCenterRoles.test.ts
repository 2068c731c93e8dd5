// IAM Identity Center's roles (heldout27 review): a typed role name IAM prints without its reserved
// path (h27-023), and a caller whose role suffix the reporter replaced with `REDACTED` (h27-008).
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h27 = (id: string) => corpusText('heldout27.jsonl', id)

describe("Identity Center's reserved roles", () => {
  it('h27-023: `role AWSReservedSSO_Viewer_1111` is granted under the reserved path, any Region segment', () => {
    const { statements, notes } = analysedOne(h27('h27-023'))
    expect(statements.map((s) => s.Resource)).toEqual([
      // The suffix is random per account (and masked here): the permission set names the role.
      'arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_Viewer_*'
    ])
    expect(notes).toMatch(/without its path/)
  })

  it('counter-case: an ordinary typed role name keeps its plain ARN', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: iam:ListRolePolicies on resource: role app-runtime (Service: AmazonIdentityManagement; Status Code: 403; Error Code: AccessDenied; Request ID: 1111; Proxy: null)'
    )
    expect(statements.map((s) => s.Resource)).toEqual([
      'arn:aws:iam::123456789012:role/app-runtime'
    ])
  })

  it("h27-008: a caller's `AWSReservedSSO_REDACTED_REDACTED` is a permission set's role: the set changes, where Identity Center is run", () => {
    const { f } = analysedOne(h27('h27-008'))
    expect(f.fixTarget.description).toMatch(/^the permission set REDACTED in IAM Identity Center/)
    expect(f.fixTarget.owner).toBe('org-admin')
  })
})
