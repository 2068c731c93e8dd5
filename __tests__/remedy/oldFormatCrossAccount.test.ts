// Issue 17 class 20: an old-format message (no "because ..." clause) names no policy layer. When
// the resource's account differs from the caller's, both sides must allow: the resource owner's
// policy is drafted next to the caller's, and ECR's may-not-exist check still comes first.
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { findingsOf, only } from '../diagnose/analyze.js'

// Source: ZhangYuanhan-AI/CelebASpoofChallengeSubmissionExample#9 (docker push), text as printed.
const CELEBA_9 =
  'After running **docker push 692230297653.dkr.ecr.us-west-2.amazonaws.com/celeba-spoof-challenge-<your_aws_id>:latest** got the error \n\n' +
  '> denied: User: arn:aws:iam::871259748386:root is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:692230297653:repository/celeba-spoof-challenge-871259748386\n\n' +
  'Have anyone got this error?? Please help me.'
// Source: alexcasalboni/aws-lambda-power-tuning#59 (the SDK's error object), message as printed.
const POWER_TUNING_59 =
  '"errorMessage": "User: arn:aws:sts::831967359561:assumed-role/serverlessrepo-aws-lambda-power-tu-initializerRole-KBWW5V1IY08N/serverlessrepo-aws-lambda-power-tuning-initializer-1D8H4M62LFR4T is not authorized to perform: lambda:GetFunctionConfiguration on resource: arn:aws:lambda:us-west-2:725462913924:function:dev-testResult-student-testresults-get-lambda",'

const sides = (text: string) => {
  const findings = findingsOf(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return { f: findings[0]!, remedies, kinds: remedies.map((r) => r.target.kind).sort() }
}

describe('old-format cross-account messages keep both sides', () => {
  it('ECR push across accounts (CelebASpoof#9): repository policy, existence check first', () => {
    const { f, remedies, kinds } = sides(CELEBA_9)
    expect(f.layer).toBeNull()
    expect(f.crossAccount).toBe(true)
    expect(f.traps).toContain('ecr-repository-may-not-exist')
    // The caller is root, which has no identity policy: its side is not drafted (h12-174).
    expect(kinds).toEqual(['resource-policy'])
    const repo = remedies.find((r) => r.target.kind === 'resource-policy')!
    expect(repo.id).toBe(
      'resource-policy:arn:aws:ecr:us-west-2:692230297653:repository/celeba-spoof-challenge-871259748386'
    )
    expect(repo.notes[0]).toContain(
      'aws ecr describe-repositories --registry-id 692230297653 --repository-names celeba-spoof-challenge-871259748386 --region us-west-2'
    )
    // The whole push set on the repository side, not only the refused step.
    expect(repo.statements[0]!.Action).toEqual(
      expect.arrayContaining(['ecr:InitiateLayerUpload', 'ecr:PutImage'])
    )
  })

  it('Lambda across accounts (power-tuning#59): function policy and the role', () => {
    const { f, kinds, remedies } = sides(POWER_TUNING_59)
    expect(f.crossAccount).toBe(true)
    expect(kinds).toEqual(['identity-policy', 'resource-policy'])
    const fn = remedies.find((r) => r.target.kind === 'resource-policy')!
    expect(JSON.stringify(fn.statements)).toContain(
      'arn:aws:iam::831967359561:role/serverlessrepo-aws-lambda-power-tu-initializerRole-KBWW5V1IY08N'
    )
  })

  it('KMS across accounts without a reason: key policy and caller', () => {
    const { kinds, f } = sides(
      'An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
    expect(f.layer).toBeNull()
    expect(kinds).toEqual(['identity-policy', 'resource-policy'])
  })

  it('the same account keeps the caller side only, and no existence check for ECR', () => {
    const f = only(
      'denied: User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/app'
    )
    expect(f.crossAccount).toBe(false)
    expect(f.traps).not.toContain('ecr-repository-may-not-exist')
    expect(buildRemedies([f]).map((r) => r.target.kind)).toEqual(['identity-policy'])
  })

  it('a masked account (unknown side) and a service without resource policies stay on the caller', () => {
    const masked = only(
      'denied: User: arn:aws:sts::***:assumed-role/ci/GitHubActions is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:444455556666:repository/app'
    )
    expect(masked.crossAccount).toBeNull()
    expect(masked.traps).not.toContain('ecr-repository-may-not-exist')
    const ec2 = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: ec2:DescribeImages on resource: arn:aws:ec2:us-east-1:444455556666:image/ami-0abc1234'
    )
    expect(buildRemedies([ec2]).some((r) => r.target.kind === 'resource-policy')).toBe(false)
  })

  it('an explicit deny across accounts still gets no Allow on either side', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/GitHubActions is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab with an explicit deny'
    )
    expect(buildRemedies([f]).flatMap((r) => r.statements)).toEqual([])
  })
})
