// Issue 17 (heldout4 review, part 1 class 6 and part 2 class 6): masks of one value unify into one
// remedy, and no note refers to a statement that was not drafted.
import { analysed } from '../diagnose/traps/analysed.js'
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'

describe('one principal behind two masks of its account', () => {
  it('heldout4 h4-026: 123567890 and 1234567890 for one user are one remedy', () => {
    // github-file:find_string#18629831696 (a blog about an ECR push that "never ends")
    const { findings, statements } = analysed(
      '```\ndenied: User: arn:aws:iam::123567890:user/my-user-name is not authorized to perform: ecr:InitiateLayerUpload on resource: ...\n```\n\nSo I added `ecr:InitiateLayerUpload` to the policy. Rerun. It never ends:\n\n```\ndenied: User: arn:aws:iam::1234567890:user/my-user-name is not authorized to perform: ecr:UploadLayerPart on resource: ...\n```\n'
    )
    // Two denials of two actions stay two findings...
    expect(findings.map((f) => f.action)).toEqual([
      'ecr:InitiateLayerUpload',
      'ecr:UploadLayerPart'
    ])
    // ...and one remedy for the one user, whose statement covers both.
    const remedies = buildRemedies(findings)
    expect(remedies).toHaveLength(1)
    expect(remedies[0]!.findings).toEqual([0, 1])
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toEqual(
      expect.arrayContaining(['ecr:InitiateLayerUpload', 'ecr:UploadLayerPart'])
    )
  })

  it.each<[string, string, string, number]>([
    ['own: *** and xxxx are one hidden value', '***', 'xxxx', 1],
    ['own: two real accounts stay two', '111122223333', '444455556666', 2],
    ['own: two named placeholders may be two accounts', '<PROD_ACCOUNT>', '<DEV_ACCOUNT>', 2]
  ])('%s', (_t, a, b, n) => {
    const line = (acct: string, action: string) =>
      `User: arn:aws:iam::${acct}:user/ci is not authorized to perform: ${action} on resource: arn:aws:sqs:eu-west-1:111122223333:q because no identity-based policy allows the ${action} action\n`
    const { findings } = analyzeText(line(a, 'sqs:SendMessage') + line(b, 'sqs:ReceiveMessage'))
    expect(buildRemedies(findings).filter((r) => r.id.startsWith('identity-policy:'))).toHaveLength(
      n
    )
  })
})

describe('notes that point at a statement', () => {
  it('heldout4 h4-188: an encoded RunInstances refusal gets no "replace the PassRole ARN" note', () => {
    // github-file:find_string#48274476796 (a run-instances --dry-run with no instance profile)
    const { statements, notes } = analysed(
      '# AWS CLI:\naws ec2 run-instances --dry-run --image-id ami-020caff809d5a5307 --instance-type t2.micro\n\n# Error\nAn error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: m-yNX1GWpvhAQbNfWjiqQrxo9wFerxnJD63lNghsGxQ-EnQltKQVzbXXJIRyUxJut33pczHMxrEmBJOSQwwYHf3xPfnFm1gIew6uLQCF8Hr-_j5uY4vGddQIIyGD7IntewAaxHpjQ16qAHmd2s9Q569wQazjNjS27miyr-z-XSkLDqwU7btVCJ6tWvgnIcQaUlcVdz1VpqJ6G\n'
    )
    expect(statements).toEqual([])
    expect(notes.join('\n')).not.toMatch(/placeholder role ARN of iam:PassRole/)
  })

  it('own: with the RunInstances statement drafted, the PassRole note stays', () => {
    const { statements, notes } = analysed(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* because no identity-based policy allows the ec2:RunInstances action\n  IamInstanceProfile: ci-profile\n'
    )
    expect(statements.map((s) => s.Action)).toContain('iam:PassRole')
    expect(notes.join('\n')).toMatch(/placeholder role ARN of iam:PassRole/)
  })
})
