// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import type { PolicyStatement } from '../../../src/model/Remedy.js'
import { corpus, only } from '../analyze.js'

// Source: RiotGames/cloud-inquisitor#150 (the fix was iam:PassRole), text as printed.
const CLOUD_INQUISITOR_150 =
  'botocore.exceptions.ClientError: An error occurred (UnauthorizedOperation) when calling the CreateFlowLogs operation: You are not authorized to perform this operation.'
// Source: aws-samples/aws-security-hub-response-and-remediation#4 (its fix: iam:PassRole), as printed.
const SECURITY_HUB_4 =
  'An error occurred (UnauthorizedOperation) when calling the CreateFlowLogs operation: You are not authorized to perform this operation.'

const passRoleOf = (statements: PolicyStatement[]) =>
  statements.find((s) => [s.Action].flat().includes('iam:PassRole'))

const TRAP = 'iam-passrole'

describe(TRAP, () => {
  // Terraform passing a role to Bedrock's invocation logging (alphagov/govuk-infrastructure#2439).
  it("applies to iam:PassRole and points at the caller's policy with the passed role's ARN", () => {
    const f = only(
      'operation error Bedrock: PutModelInvocationLoggingConfiguration, https response error StatusCode: 403, User: arn:aws:sts::210287912431:assumed-role/terraform-cloud/terraform-run-h7rD1XcGWxHMDCG7 is not authorized to perform: iam:PassRole on resource: arn:aws:iam::210287912431:role/govuk-chat-bedrock-access-role because no identity-based policy allows the iam:PassRole action'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain(
      '`arn:aws:iam::210287912431:role/govuk-chat-bedrock-access-role`'
    )
    expect(f.explanation).toContain("in the caller's own identity policy")
    expect(f.explanation).toContain('`iam:PassedToService`')
    expect(f.fixTarget.kind).toBe('identity-policy')
  })

  // The CDK deploy role passing a custom role is fixed in the bootstrap (cdk-deploy-role-pass-role).
  it('gives way to the CDK bootstrap deploy role passing a custom role (corpus d060)', () => {
    const f = corpus('d060')
    expect(f.traps).not.toContain(TRAP)
    expect(f.traps).toContain('cdk-deploy-role-pass-role')
  })

  it('does not apply to other IAM actions', () => {
    expect(corpus('d044').traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny of iam:PassRole', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app with an explicit deny in an identity-based policy'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(f.fixTarget.kind).toBe('explicit-deny')
  })

  it.each([
    ['RiotGames/cloud-inquisitor#150', CLOUD_INQUISITOR_150],
    ['aws-samples/aws-security-hub-response-and-remediation#4', SECURITY_HUB_4]
  ])(
    '%s: a refused CreateFlowLogs may be a missing iam:PassRole on the delivery role',
    (_s, text) => {
      const f = only(text)
      expect(f.traps).toContain(TRAP)
      expect(f.explanation).toContain('`vpc-flow-logs.amazonaws.com`')
      expect(f.explanation).toContain("in the caller's own identity policy")
      // Both halves of the fix, in words as in the statements: the call, and PassRole limited to
      // the service the role is handed to.
      expect(f.explanation).toContain(
        "The caller needs both: the call, and `iam:PassRole` on the role's ARN limited with `iam:PassedToService` `vpc-flow-logs.amazonaws.com`"
      )
      const remedies = buildRemedies([f])
      const statements = remedies.flatMap((r) => r.statements)
      const passRole = passRoleOf(statements)!
      expect(passRole.Condition).toEqual({
        StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' }
      })
      // The role is not in the message: a placeholder ARN, never "*".
      expect(passRole.Resource).toMatch(/^arn:aws:iam::[^:]+:role\/<[A-Z_]+>$/)
      expect(statements.flatMap((s) => [s.Action].flat())).toContain('ec2:CreateFlowLogs')
      expect(validateRemedies(remedies, [f])).toEqual([])
    }
  )

  it('RunInstances with an instance profile in the log: PassRole limited to ec2.amazonaws.com', () => {
    const f = only(
      'API: ec2:RunInstances You are not authorized to perform this operation.\n  IamInstanceProfile: web-profile'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('launch template')
    const passRole = passRoleOf(buildRemedies([f]).flatMap((r) => r.statements))!
    expect(passRole.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    })
  })

  it('RunInstances with no instance profile in the log: PassRole is named, not drafted (h5-037)', () => {
    const f = only('API: ec2:RunInstances You are not authorized to perform this operation.')
    expect(f.traps).toContain(TRAP)
    const remedies = buildRemedies([f])
    expect(passRoleOf(remedies.flatMap((r) => r.statements))).toBeUndefined()
    expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(
      /also needs iam:PassRole on that role .*none is drafted/
    )
  })

  it('an encoded refusal says PassRole may be it, and proposes nothing before decoding', () => {
    const f = only(
      'An error occurred (UnauthorizedOperation) when calling the CreateFlowLogs operation: You are not authorized to perform this operation. Encoded authorization failure message: AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdEfGhIjKlMnOpQrStUvWxYz'
    )
    expect(f.kind).toBe('encoded')
    expect(f.traps).toContain(TRAP)
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })

  it('does not apply to calls that hand over no role', () => {
    const f = only(
      'An error occurred (UnauthorizedOperation) when calling the DescribeFlowLogs operation: You are not authorized to perform this operation.'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(passRoleOf(buildRemedies([f]).flatMap((r) => r.statements))).toBeUndefined()
  })

  it('reads the operation from the Go SDK v2 form Terraform prints', () => {
    const f = only(
      '│ Error: creating Flow Log (vpc-0abc123): operation error EC2: CreateFlowLogs, https response error StatusCode: 403, RequestID: 5f1, api error UnauthorizedOperation: You are not authorized to perform this operation.\n│\n│   with aws_flow_log.main,'
    )
    expect(f.traps).toContain(TRAP)
    const passRole = passRoleOf(buildRemedies([f]).flatMap((r) => r.statements))!
    expect(passRole.Condition).toEqual({
      StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' }
    })
  })
})

// heldout8 review (h8-167): a launch refused without an encoded message may be any of the checks
// RunInstances makes, not only the passed role.
describe(`${TRAP}: what else RunInstances is checked against`, () => {
  it.each([
    // cattle-ops/terraform-aws-gitlab-runner#70 (the runner's syslog line, as printed).
    'gitlab-runner[2517]: #033[31;1mERROR: Error creating machine: Error in driver during machine creation: Error launching instance: UnauthorizedOperation: You are not authorized to perform this operation.',
    // hashicorp/terraform#23918 without its blob: Terraform's wording for the same call.
    'Error: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation.'
  ])('names CreateTags, the volume key and where to read which failed: %s', (text) => {
    const f = only(text)
    expect(f.inferredAction).toBe('ec2:RunInstances')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`ec2:CreateTags`')
    expect(f.explanation).toContain('`kms:CreateGrant`')
    expect(f.explanation).toContain('aws sts decode-authorization-message')
  })

  it('counter-case: a flow log’s refusal gets only the passed role (RiotGames/cloud-inquisitor#150)', () => {
    const f = only(CLOUD_INQUISITOR_150)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('`ec2:CreateTags`')
  })
})
