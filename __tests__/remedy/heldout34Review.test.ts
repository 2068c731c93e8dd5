// heldout34's expert review (issue 17, session 33): classes it found wrong that this round fixed,
// from their real excerpts, with counter-cases of our own. The CloudFormation role's policy pair
// (h34-007) is in __tests__/infer/cfnIamEntity.test.ts; Azure DevOps's own refusal (h34-029) in
// __tests__/parse/heldout34Recall.test.ts.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h34 = (id: string) => corpusText('heldout34.jsonl', id)

describe('a name a writer cut out is no unset variable', () => {
  it('h34-023 (a Korean note): KMS `key/` beside the made-up account 111111111111 goes to the key policy', () => {
    const { f } = analysedOne(h34('h34-023'))
    expect(f.traps).not.toContain('unset-name-in-arn')
    expect(f.traps).toContain('kms-key-policy')
    expect(f.fixTarget.kind).toBe('resource-policy')
  })

  it("h34-023 (review 2): kms:Decrypt beside the refused GenerateDataKey, as the writer's own policy has it; the cut key ID said so", () => {
    const { statements, notes } = analysedOne(h34('h34-023'))
    expect(statements).toEqual([
      expect.objectContaining({ Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' })
    ])
    expect(notes).toContain('reading it back')
    expect(notes).toContain('ends at `key/`: the writer cut the key ID')
    expect(notes).not.toContain('``')
  })

  it('own: a refused kms:Decrypt gets no GenerateDataKey (a reader need not write)', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::210987654321:assumed-role/reader/s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab because no identity-based policy allows the kms:Decrypt action'
    )
    expect(statements.map((s) => s.Action)).toEqual(['kms:Decrypt'])
  })

  it('own: an empty role name under a real-looking account is still the unset name', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::210987654321:assumed-role/ci/s is not authorized to perform: iam:GetRole on resource: arn:aws:iam::210987654321:role/ because no identity-based policy allows the iam:GetRole action'
    )
    expect(f.traps).toContain('unset-name-in-arn')
  })
})

describe("an AWS Academy lab's note naming Cloud9", () => {
  it('h34-024: the lab role refused in the IAM console: no Cloud9 credentials lead', () => {
    const { f } = analysedOne(h34('h34-024'))
    expect(f.traps).toEqual(['managed-role'])
    expect(f.explanation).toMatch(/^voclabs is the role of an AWS Academy lab session/)
  })
})

describe("Session Manager's session printed as the caller's role session", () => {
  it("h34-021 (a Zenn post): the plugin first, the caller's own sessions by their tag, no typo, the masked permission set the target", () => {
    const { f, statements, notes } = analysedOne(h34('h34-021'))
    expect(f.explanation).toMatch(/^This came from `aws ssm start-session` \(in the log\)/)
    // No one user's name in a permission set every assigned user shares (review 2 of heldout34).
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'ssm:TerminateSession',
        Resource: 'arn:aws:ssm:<REGION>:000000000000:session/*',
        Condition: {
          StringLike: { 'ssm:resourceTag/aws:ssmmessages:session-id': '${aws:userid}' }
        }
      })
    ])
    expect(notes).not.toContain('check it for a typo')
    expect(f.fixTarget.description).toMatch(/^the permission set behind role AWSReservedSSO_/)
    expect(f.fixTarget.owner).toBe('org-admin')
  })

  it.each([
    [
      "a session's own ARN: the caller's sessions by their session-id tag, as before",
      'arn:aws:ssm:eu-west-1:210987654321:session/alice-0a1b2c3d4e5f6a7b8',
      'arn:aws:ssm:eu-west-1:210987654321:session/*'
    ],
    [
      'ResumeSession on the role-session form',
      'arn:aws:sts::210987654321:assumed-role/ops/alice-0a1b2c3d4e5f6a7b8',
      'arn:aws:ssm:<REGION>:210987654321:session/*'
    ]
  ])('own: %s', (_title, resource, expected) => {
    const action = resource.includes(':sts:') ? 'ResumeSession' : 'TerminateSession'
    const { statements } = analysedOne(
      `An error occurred (AccessDeniedException) when calling the ${action} operation: User: arn:aws:sts::210987654321:assumed-role/ops/alice is not authorized to perform: ssm:${action} on resource: ${resource} because no identity-based policy allows the ssm:${action} action`
    )
    expect(statements.map((s) => s.Resource)).toEqual([expected])
  })
})

describe("an AWS Academy lab's refused create", () => {
  it('h34-025 (a Polish README, Elastic Beanstalk in a lab): no PassRole paragraph, the lab role leads', () => {
    const { f } = analysedOne(h34('h34-025'))
    expect(f.traps).toEqual(['managed-role'])
    expect(f.explanation).not.toMatch(/iam:PassRole/)
  })
})

describe('a refused write that sets a public ACL on its own line', () => {
  it('h34-005 (kubernetes/kops#12628): kOps writing its discovery documents with ACL="public-read": Block Public Access first', () => {
    const { f } = analysedOne(h34('h34-005'))
    expect(f.inferred?.signals?.['public-acl-request']?.value).toBe('public-acl')
    expect(f.explanation).toMatch(/^The refused write sets a public canned ACL/)
  })

  it.each([
    [
      'the CLI’s flag',
      'upload failed: ./site/index.html to s3://b/index.html An error occurred (AccessDenied) when calling the PutObject operation: Access Denied --acl public-read',
      true
    ],
    [
      'a private ACL',
      'error writing s3://b/k (with ACL="private"): AccessDenied: Access Denied',
      false
    ]
  ])('own: %s', (_title, text, lead) => {
    const { f } = analysedOne(text)
    expect(f.inferred?.signals?.['public-acl-request'] !== undefined).toBe(lead)
  })
})

describe("a SageMaker create under an organization's Deny", () => {
  it('h34-018 (aws/amazon-sagemaker-feedback#203): the instance type is the first condition to check', () => {
    const { notes } = analysedOne(h34('h34-018'))
    expect(notes).toContain("Check the Deny's Condition first: `sagemaker:InstanceTypes`")
  })

  it('own: a SageMaker read under the same Deny carries no instance type', () => {
    const { notes } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the DescribeEndpoint operation: User: arn:aws:sts::210987654321:assumed-role/ds/s is not authorized to perform: sagemaker:DescribeEndpoint on resource: arn:aws:sagemaker:us-east-1:210987654321:endpoint/e with an explicit deny in a service control policy'
    )
    expect(notes).not.toContain('sagemaker:InstanceTypes')
  })
})
