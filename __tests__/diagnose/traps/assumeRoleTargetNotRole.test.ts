// A user (or other non-role) ARN as the role to assume: flagged, never drafted into a trust policy.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf, only } from '../analyze.js'

const TRAP = 'assume-role-target-not-role'

// Source: jrl84/amazon-sp-api#212 (text as printed, the reporter's masks kept).
const SP_API_212 =
  'CustomError: User: arn:aws:iam::**********:user/ECOM-KPI-DATA-INGESTION-ROLE is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::******:user/ECOM-KPI-DATA-INGESTION-ROLE'
// Source: abuzuhri/Amazon-SP-API-CSharp#471 (the reporter's placeholder account kept).
const CSHARP_471 =
  "`Amazon.SecurityToken.AmazonSecurityTokenServiceException: 'User: arn:aws:iam::123456789:user/UserAccount is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789:user/UserAccount '`"

function assume(target: string): string {
  return `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: sts:AssumeRole on resource: ${target}`
}

function expectNoStatement(text: string): void {
  const findings = findingsOf(text)
  const remedies = buildRemedies(findings)
  expect(remedies.flatMap((r) => r.statements)).toEqual([])
  expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(
    /No statement is proposed: .* not a role/
  )
  expect(validateRemedies(remedies, findings)).toEqual([])
}

describe(TRAP, () => {
  it('flags a user ARN passed as the role to assume (masked accounts)', () => {
    const f = only(SP_API_212)
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(f.title).toMatch(/target ARN is not a role/)
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(f.explanation).toContain('is an IAM user, not a role: only roles can be assumed')
    expect(f.explanation).not.toMatch(/trust policy must trust the caller/)
    expectNoStatement(SP_API_212)
  })

  it('flags the same mistake printed by the .NET SDK', () => {
    const f = only(CSHARP_471)
    expect(f.traps).toContain(TRAP)
    expectNoStatement(CSHARP_471)
  })

  it.each([
    ['arn:aws:iam::444455556666:instance-profile/build', 'an instance profile'],
    ['arn:aws:sts::444455556666:assumed-role/deploy/session-1', 'a role session'],
    ['arn:aws:iam::444455556666:policy/deploy', 'a managed policy'],
    ['arn:aws-us-gov:iam::444455556666:user/path/deployer', 'an IAM user']
  ])('flags %s as %s', (target, words) => {
    const f = only(assume(target))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(words)
    expectNoStatement(assume(target))
  })

  it.each([
    'arn:aws:iam::444455556666:role/deploy',
    'arn:aws:iam::444455556666:role/path/to/deploy-user',
    '<target-role>'
  ])('leaves a role target (or none it can read) alone: %s', (target) => {
    const f = only(assume(target))
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('assume-role-two-policies')
  })

  it('does not apply to other actions on a user ARN', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:CreateAccessKey on resource: arn:aws:iam::111122223333:user/deployer'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
