// WD984 aws-academy-lab and the lab role's own target: the expert review of heldout33 found the
// lab's refusals sent to "you (the caller's account)" and "narrow the Deny", a policy nobody in the
// lab may edit (h33-023, a Learner Lab's RunInstances; h33-027, Terraform as voclabs).
import { corpusText } from '../../support/corpusRecords.js'
import { analysed } from './analysed.js'

const h33 = (id: string) => corpusText('heldout33.jsonl', id)

describe('aws-academy-lab', () => {
  it("h33-023: a Learner Lab's shell and key pair, the caller not printed", () => {
    const { findings, statements } = analysed(h33('h33-023'))
    const f = findings[0]!
    expect(f.traps).toContain('aws-academy-lab')
    expect(f.explanation).toMatch(
      /^The log shows an AWS Academy lab \("@runweb45275:" in the log\)/
    )
    expect(f.fixTarget.description).toMatch(/^what the job asks of the lab/)
    expect(statements).toEqual([])
  })

  it('h33-027: the lab role voclabs under an explicit Deny: no "narrow the Deny", no policy to change', () => {
    const { findings, statements } = analysed(h33('h33-027'))
    const f = findings[0]!
    expect(f.traps).toEqual(['managed-role'])
    expect(f.explanation).toMatch(/^voclabs is the role of an AWS Academy lab session/)
    expect(f.explanation).not.toMatch(/narrowed or removed|What to change/)
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.fixTarget.description).toMatch(/^what the job asks of the lab/)
    expect(statements).toEqual([])
  })

  it('corpus d141: the lab role refused iam:GetRole under its Pvoclabs2 policy: the policy named, not to be edited', () => {
    const { findings, statements } = analysed(corpusText('dev.jsonl', 'd141'))
    const f = findings[0]!
    expect(f.fixTarget.kind).toBe('workflow')
    expect(f.explanation).toContain(
      'The denying policy is arn:aws:iam::002996184293:policy/Pvoclabs2.'
    )
    expect(f.explanation).not.toMatch(/narrowed or removed/)
    expect(statements).toEqual([])
  })

  it.each([
    ['h33-027', corpusText('heldout33.jsonl', 'h33-027')],
    [
      'h2-076 (a write-up of the same lab: "create the bucket with the CLI")',
      corpusText('heldout2.jsonl', 'h2-076')
    ]
  ])(
    "%s: Terraform's own Object Lock read on every aws_s3_bucket refresh, denied by the lab",
    (_id, text) => {
      const { findings } = analysed(text)
      expect(findings[0]!.explanation).toContain(
        "Terraform's AWS provider reads it (s3:GetBucketObjectLockConfiguration) on every refresh of an `aws_s3_bucket`"
      )
      expect(findings[0]!.explanation).toContain('refer to it with a `data "aws_s3_bucket"` block')
    }
  )

  it('own: another refusal in the lab keeps the lab-wide advice', () => {
    const { findings } = analysed(
      'User: arn:aws:sts::111122223333:assumed-role/voclabs/user1=X is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k with an explicit deny in an identity-based policy'
    )
    expect(findings[0]!.explanation).toContain('pass the lab')
    expect(findings[0]!.explanation).not.toContain('aws_s3_bucket')
  })

  it.each([
    [
      'own: GitLab and a "lab" environment are no AWS Academy lab',
      '$ echo "deploying to the lab environment from GitLab"\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
    ],
    [
      'own: a role named like the lab role is not it',
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/voclabs-deployer/ci is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action'
    ]
  ])('%s', (_title, text) => {
    const { findings, statements } = analysed(text)
    expect(findings[0]!.traps).not.toContain('aws-academy-lab')
    expect(findings[0]!.fixTarget.kind).toBe('identity-policy')
    expect(statements.length).toBeGreaterThan(0)
  })
})
