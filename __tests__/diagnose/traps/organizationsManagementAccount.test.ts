// Organizations calls only the management account (or a delegated administrator) may make: an
// Allow in a member account does not help, so the fix is where the call runs, not a statement.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import type { Finding } from '../../../src/model/Finding.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'organizations-management-account'

// Source: aws-samples/aws-iam-access-key-auto-rotation#10, text as printed.
const KEY_ROTATION_10 =
  "Error: An error occurred (AccessDeniedException) when calling the ListAccounts operation: You don't have permissions to access this resource."
// Source: awslabs/aws-innovation-sandbox#6 (a Lambda's log line and traceback), text as printed.
const INNOVATION_SANDBOX_6 =
  'Traceback (most recent call last):\n' +
  '  File "/var/task/innovation_create_account_ou.py", line 197, in create\n' +
  '    root = organizations.list_roots()["Roots"][0]["Id"]\n' +
  '  File "/var/task/botocore/client.py", line 676, in _make_api_call\n' +
  '    raise error_class(parsed_response, operation_name)\n' +
  "botocore.errorfactory.AccessDeniedException: An error occurred (AccessDeniedException) when calling the ListRoots operation: You don't have permissions to access this resource."
// Source: prowler-cloud/prowler#2133 (review thread), text as printed.
const PROWLER_2133 =
  "2023-03-30 09:01:23,218 [File: organizations_service.py:177]    [Module: organizations_service]  ERROR: us-east-1 -- AccessDeniedException[164]: An error occurred (AccessDeniedException) when calling the ListDelegatedAdministrators operation: You don't have permissions to access this resource."
// Source: duo-labs/cloudmapper#733, text as printed.
const CLOUDMAPPER_733 =
  ' organizations.describe_organization({}): An error occurred (AWSOrganizationsNotInUseException) when calling the DescribeOrganization operation: Your account is not a member of an organization.'
// Source: sysdiglabs/terraform-aws-secure-for-cloud#36 (Terraform's boxed error), text as printed.
const SYSDIG_36 =
  '╷\n' +
  '│ Error: Error describing organization: AWSOrganizationsNotInUseException: Your account is not a member of an organization.\n' +
  '│\n' +
  '│   with module.secure-for-cloud_example_single-account.module.cloud_bench.data.aws_organizations_organization.org,\n' +
  '│   on .terraform/modules/secure-for-cloud_example_single-account/modules/services/cloud-bench/main.tf line 7, in data "aws_organizations_organization" "org":\n' +
  '│    7: data "aws_organizations_organization" "org" {}'

function statements(f: Finding) {
  return buildRemedies([f]).flatMap((r) => r.statements)
}

describe(TRAP, () => {
  it.each([
    [
      'aws-samples/aws-iam-access-key-auto-rotation#10',
      KEY_ROTATION_10,
      'organizations:ListAccounts'
    ],
    ['awslabs/aws-innovation-sandbox#6', INNOVATION_SANDBOX_6, 'organizations:ListRoots'],
    ['prowler-cloud/prowler#2133', PROWLER_2133, 'organizations:ListDelegatedAdministrators']
  ])(
    '%s: Organizations refused the call itself: run it elsewhere, no statement',
    (_s, text, action) => {
      const f = only(text)
      expect(f.service).toBe('organizations')
      expect(f.traps).toContain(TRAP)
      expect(f.title).toContain('refused by AWS Organizations')
      expect(f.explanation).toContain(`\`${action}\``)
      expect(f.explanation).toMatch(/management account/)
      expect(f.explanation).toContain('an Allow there does not help')
      expect(f.explanation).toContain('aws organizations register-delegated-administrator')
      expect(f.fixTarget.kind).toBe('workflow')
      expect(f.fixTarget.owner).toBe('org-admin')
      const remedies = buildRemedies([f])
      expect(remedies.flatMap((r) => r.statements)).toEqual([])
      expect(remedies[0]!.notes.join('\n')).toMatch(
        /No statement is proposed: AWS Organizations refused .*register-delegated-administrator/
      )
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it.each([
    ['duo-labs/cloudmapper#733', CLOUDMAPPER_733],
    ['sysdiglabs/terraform-aws-secure-for-cloud#36', SYSDIG_36]
  ])('%s: an account in no organization is no refusal: no finding', (_s, text) => {
    // The team's look-alike rule (README, parse/recallClasses): where the account stands, not a policy.
    expect(findingsOf(text)).toEqual([])
  })

  it('the IAM sentence keeps its Allow, said to help only in the management account', () => {
    const f = only(
      'An error occurred (AccessDeniedException) when calling the ListAccounts operation: User: arn:aws:sts::111122223333:assumed-role/ci-audit/gh-run is not authorized to perform: organizations:ListAccounts because no identity-based policy allows the organizations:ListAccounts action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.fixTarget.kind).toBe('identity-policy')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements).flatMap((s) => s.Action)).toContain(
      'organizations:ListAccounts'
    )
    expect(remedies[0]!.notes.join('\n')).toContain(
      "only helps in the organization's management account"
    )
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('does not apply to calls every member account may make, nor to an explicit deny', () => {
    const member = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: organizations:DescribeOrganization because no identity-based policy allows the organizations:DescribeOrganization action'
    )
    expect(member.traps).not.toContain(TRAP)
    expect(statements(member)).not.toEqual([])
    const denied = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: organizations:ListAccounts with an explicit deny in a service control policy'
    )
    expect(denied.traps).not.toContain(TRAP)
  })

  it('is not read into the same words from another context, and survives a cut message', () => {
    // The phrase alone, no operation: still Organizations' wording, still no statement.
    const bare = only("You don't have permissions to access this resource")
    expect(bare.service).toBe('organizations')
    expect(statements(bare)).toEqual([])
    expect(() =>
      findingsOf('AWSOrganizationsNotInUseException: Your account is not a')
    ).not.toThrow()
  })

  it('reads the sentence behind a runner timestamp, with a typographic apostrophe', () => {
    const f = only(
      '2024-05-02T10:11:12.1234567Z \u001b[31mAn error occurred (AccessDeniedException) when calling the DescribeAccount operation: You don’t have permissions to access this resource.\u001b[0m'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`organizations:DescribeAccount`')
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })
})
