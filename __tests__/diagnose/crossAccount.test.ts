import { crossAccountOf } from '../../src/diagnose/crossAccount.js'
import { parsePrincipal } from '../../src/diagnose/Principal.js'
import { analysed, analysedOne } from './traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const caller = parsePrincipal('arn:aws:sts::111122223333:assumed-role/ci/GitHubActions')

describe('crossAccountOf', () => {
  it('is false when both accounts are known and equal', () => {
    expect(crossAccountOf(caller, 'arn:aws:ecr:us-east-1:111122223333:repository/app')).toBe(false)
  })

  it('is true when both accounts are known and differ', () => {
    expect(crossAccountOf(caller, 'arn:aws:ecr:us-east-1:444455556666:repository/app')).toBe(true)
  })

  it('is null for S3 ARNs, whose account field is empty', () => {
    expect(crossAccountOf(caller, 'arn:aws:s3:::artifacts/releases/app.zip')).toBeNull()
  })

  it('is null when the resource is *, absent or not an ARN', () => {
    expect(crossAccountOf(caller, '*')).toBeNull()
    expect(crossAccountOf(caller, null)).toBeNull()
    expect(crossAccountOf(caller, '<target-role>')).toBeNull()
  })

  it('is null when either account is masked', () => {
    expect(
      crossAccountOf(
        parsePrincipal('arn:aws:iam::***:user/x'),
        'arn:aws:sns:us-east-1:444455556666:t'
      )
    ).toBeNull()
    expect(crossAccountOf(caller, 'arn:aws:sns:us-east-1:<ACCOUNT_ID>:t')).toBeNull()
    expect(crossAccountOf(caller, 'arn:aws:kms:us-west-2:3915824****:key/k')).toBeNull()
  })

  it('is null for anonymous and missing principals', () => {
    expect(
      crossAccountOf(parsePrincipal('anonymous'), 'arn:aws:sns:us-east-1:444455556666:t')
    ).toBeNull()
    expect(crossAccountOf(null, 'arn:aws:sns:us-east-1:444455556666:t')).toBeNull()
  })
})

describe('masked or placeholder accounts on whole findings', () => {
  it('h9-001: `358974 REMOVED` beside `REMOVED` is not cross-account; identity fix only', () => {
    const { f, statements } = analysedOne(corpusText('heldout9.jsonl', 'h9-001'))
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toMatch(/both sides must allow/i)
    expect(statements.map((s) => s.Action)).toEqual(['ssm:GetParameter'])
    expect(JSON.stringify(statements)).not.toContain('Principal')
  })

  it('h9-105: 11- and 10-digit placeholders are not two accounts: no topic policy is drafted', () => {
    const { f, statements } = analysedOne(corpusText('heldout9.jsonl', 'h9-105'))
    expect(f.crossAccount).toBeNull()
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toBe('sns:CreateTopic')
    expect(statements[0]!.Principal).toBeUndefined()
  })

  it('aws-samples/eks-workshop-v2 (Pod IAM page): one placeholder on both sides is one account', () => {
    // As printed in the workshop's "Understanding Pod IAM" page (the carts service's log).
    const { f } = analysedOne(
      'User: arn:aws:sts::1234567890:assumed-role/eksctl-eks-workshop-nodegroup-defa-NodeInstanceRole-rjjGEigUX8KZ/i-01f378b057326852a is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-west-2:1234567890:table/eks-workshop-carts/index/idx_global_customerId because no identity-based policy allows the dynamodb:Query action (Service: DynamoDb, Status Code: 400, Request ID: PUIFHHTQ7SNQVERCRJ6VHT8MBBVV4KQNSO5AEMVJF66Q9ASUAAJG)'
    )
    expect(f.crossAccount).toBe(false)
  })

  it("h10-021: `<my account_id>` beside `<my_aws_account_id>` is one reporter's spelling, not two accounts", () => {
    const { f, notes } = analysedOne(corpusText('heldout10.jsonl', 'h10-021'))
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toMatch(/different accounts|both sides must allow/i)
    expect(notes).not.toMatch(/different accounts/i)
  })

  it('h10-105: the same `[ACCOUNT]` on both sides is one account, though the log says "Cross-account pass role" elsewhere', () => {
    const { findings } = analysed(corpusText('heldout10.jsonl', 'h10-105'))
    const f = findings.find((x) => x.action === 'cloudformation:UpdateTerminationProtection')!
    expect(f.crossAccount).toBe(false)
    expect(f.explanation).not.toMatch(/different accounts|both sides must allow/i)
  })

  it('counter-case: two real, different 12-digit IDs stay cross-account', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sns:Publish on resource: arn:aws:sns:us-east-1:444455556666:alerts'
    )
    expect(f.crossAccount).toBe(true)
  })
})

describe('placeholder accounts and the root caller (heldout12 review h12-174)', () => {
  it('h12-174: two typed blanks are unknown, and root gets no identity-policy draft', () => {
    const { findings, statements, notes } = analysed(corpusText('heldout12.jsonl', 'h12-174'))
    const f = findings[0]!
    expect(f.crossAccount).toBeNull()
    expect(f.explanation).not.toMatch(/different accounts|both sides must allow/i)
    expect(f.explanation).toMatch(/long-term root access keys: an IAM role or user/)
    // Only the topic policy: nothing to attach to root, no `<CALLER_ROLE_NAME>` to fill in.
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Principal).toEqual({ AWS: 'arn:aws:iam::<CALLER_ACCOUNT_ID>:root' })
    expect(statements[0]!.Resource).toBe(
      'arn:aws:sns:eu-west-1:<RESOURCE_ACCOUNT_ID>:gsg-signup-notifications'
    )
    const said = notes.join('\n')
    expect(said).not.toMatch(/CALLER_ROLE_NAME|Across accounts the caller's own identity policy/)
    expect(said).toMatch(/only an explicit Deny .* refuses it/)
    expect(said).toMatch(/delete the root access keys/)
  })

  it('a root caller across real accounts: the resource policy only (github-file:find_string#10145871603)', () => {
    // A Terraform fixture's comment quoting the CodeArtifact error, as printed.
    const { f, statements, notes } = analysedOne(
      '# │ Error: creating CodeArtifact Domain Permissions Policy: operation error codeartifact: PutDomainPermissionsPolicy, https response error StatusCode: 403, RequestID: 20ec61e0-2cbc-4a57-a837-62d7e2b80c80, AccessDeniedException: User: arn:aws:iam::836411270882:root is not authorized to perform: codeartifact:PutDomainPermissionsPolicy on resource: arn:aws:codeartifact:us-west-2:123456789012:domain/example-domain because no resource-based policy allows the codeartifact:PutDomainPermissionsPolicy action'
    )
    expect(f.crossAccount).toBe(true)
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Principal).toEqual({ AWS: 'arn:aws:iam::836411270882:root' })
    expect(notes).toMatch(
      /no identity-policy statement is needed \(or possible\) on the caller's side/
    )
    expect(notes).not.toMatch(/Across accounts the caller's own identity policy/)
  })

  it('counter-case: a role behind the same typed blanks keeps its own identity-policy draft', () => {
    const { f, statements } = analysedOne(
      'User: arn:aws:sts::YOUR-USER-NUMBER:assumed-role/app/s is not authorized to perform: SNS:Publish on resource: arn:aws:sns:eu-west-1:YOUR-INSTANCE-NUMBER:gsg-signup-notifications'
    )
    expect(f.crossAccount).toBeNull()
    expect(statements.some((s) => s.Principal === undefined && s.Action === 'sns:Publish')).toBe(
      true
    )
  })
})
