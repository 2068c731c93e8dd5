// A role's session assuming the same role: drop the second assume, or trust the role explicitly.
import { corpusText } from '../../support/corpusRecords.js'
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { only } from '../analyze.js'
import { analysedOne } from './analysed.js'

const TRAP = 'role-self-assumption'

// Source: aws-actions/configure-aws-credentials#1219 (the reporter's masked account `abc`).
const CAC_1219 =
  'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::abc:assumed-role/AssumeRoleWithAction/GitHub_to_AWS is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::abc:role/AssumeRoleWithAction'

function assume(session: string, target: string): string {
  return `User: ${session} is not authorized to perform: sts:AssumeRole on resource: ${target}`
}

describe(TRAP, () => {
  it('configure-aws-credentials#1219: says to drop the second assume or trust the role explicitly', () => {
    const f = only(CAC_1219)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('does not trust itself implicitly')
    expect(f.explanation).toContain('--role-arn')
    const remedies = buildRemedies([f])
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('applies with a role path and a real, equal account', () => {
    const f = only(
      assume(
        'arn:aws:sts::111122223333:assumed-role/deploy/s1',
        'arn:aws:iam::111122223333:role/ci/deploy'
      )
    )
    expect(f.traps).toContain(TRAP)
  })

  it.each([
    [
      'another role',
      'arn:aws:sts::111122223333:assumed-role/deploy/s1',
      'arn:aws:iam::111122223333:role/deployer'
    ],
    [
      'the same name in another account',
      'arn:aws:sts::111122223333:assumed-role/deploy/s1',
      'arn:aws:iam::444455556666:role/deploy'
    ],
    [
      'a user caller',
      'arn:aws:iam::111122223333:user/deploy',
      'arn:aws:iam::111122223333:role/deploy'
    ]
  ])('does not apply to %s', (_what, session, target) => {
    expect(only(assume(session, target)).traps).not.toContain(TRAP)
  })

  it('heldout3 h3-153: shortened but different accounts (`145`, `123`) are a cross-account assume', () => {
    // github-file:find_string#26170783386, a Lambda log copied from the CloudWatch console.
    const f = only(
      '[ERROR] ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::145:assumed-role/COST_EXPLORER/COST-EXPLORER is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123:role/COST_EXPLORER'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('assume-role-two-policies')
    expect(f.crossAccount).toBe(true)
    expect(f.fixTarget.owner).toBe('resource-owner')
  })

  it("fluent/fluent-bit#8278: a target mistyped `role:NAME` is still the caller's own role", () => {
    const f = only(
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15">\n  <Error>\n    <Type>Sender</Type>\n    <Code>\n      AccessDenied</Code>\n    <Message>User:\n      arn:aws:sts::1111111111111:assumed-role/cloudwatch-log-event-writer/AAAAAAAAAAAAAAAAAAA\n      is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::1111111111111:role:cloudwatch-log-event-writer</Message>\n  </Error>\n  <RequestId>...</RequestId>\n</ErrorResponse>'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The session is already role `cloudwatch-log-event-writer`/)
  })

  it('own counter-case: another role mistyped `role:NAME` is no self-assumption', () => {
    const f = only(
      assume(
        'arn:aws:sts::111122223333:assumed-role/deploy/s1',
        'arn:aws:iam::111122223333:role:deployer'
      )
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('still applies when one side is masked (`***`): the accounts may well be one', () => {
    const f = only(
      assume('arn:aws:sts::***:assumed-role/deploy/s1', 'arn:aws:iam::111122223333:role/deploy')
    )
    expect(f.traps).toContain(TRAP)
  })
})

describe('role-self-assumption with a masked session ARN (heldout15 review h15-006)', () => {
  it('h15-006 (cert-manager): the mask ate the colon before assumed-role, the role is still read and the self-assumption leads', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-006'))
    expect(f.traps[0]).toBe('role-self-assumption')
    expect(f.explanation).toMatch(
      /^The session is already role `eks-ops-cluster-cert-manager` and asks to assume that same role/
    )
    expect(f.explanation).toContain("cert-manager's `role:`")
    const trust = statements.find((s) => s.Principal)!
    expect(trust.Principal).toEqual({
      AWS: 'arn:aws:iam::<ACCOUNT_ID>:role/eks-ops-cluster-cert-manager'
    })
    expect(notes).toMatch(/^Before pasting: the session is already/)
  })

  it('own case: a user ARN whose mask ate the colon keeps its user', () => {
    const { f } = analysedOne(
      'AccessDenied: User: arn:aws:iam::1234xxxx user/deployer is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::site/index.html'
    )
    expect(f.fixTarget.principalType).toBe('user')
    expect(f.fixTarget.principalName).toBe('deployer')
  })

  it('own counter-case: another role of the same masked account is no self-assumption', () => {
    const { f } = analysedOne(
      'AccessDenied: User: arn:aws:sts::80xxxxx assumed-role/ci/1667383896 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::80xxxxx:role/deploy'
    )
    expect(f.traps).not.toContain('role-self-assumption')
  })
})
