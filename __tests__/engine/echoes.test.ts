// One finding per distinct denial (issue 17, heldout5 review "duplicates and noise"): a wrapper's
// generic line next to the full refusal is its echo, folded into it; two refusals stay two.
import { findingsOf } from '../diagnose/analyze.js'
import { corpusRecords } from '../support/corpusRecords.js'

const text = (id: string) => corpusRecords().find((r) => r.id === id)!.text

describe('echoes fold into the refusal they wrap', () => {
  it('h5-028 (exercism/website#7991): the Ruby error class line and the IAM sentence are one', () => {
    const findings = findingsOf(text('h5-028'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.action).toBe('s3:DeleteObject')
    expect(findings[0]!.code).toBe('AccessDenied')
    expect(findings[0]!.explanation).not.toMatch(/without saying who/)
  })

  it("h5-098 (test-kitchen/kitchen-ec2#120): the summary, the log's copy and the nested exception are one", () => {
    const findings = findingsOf(text('h5-098'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.code).toBe('UnauthorizedOperation')
    expect(findings[0]!.service).toBe('ec2')
  })

  it('h5-095 (arpadt.com): a wrapped EC2 message is one finding', () => {
    expect(findingsOf(text('h5-095'))).toHaveLength(1)
  })

  it("h4-127: CDK's could-not-assume warning adds no empty finding beside the refusal", () => {
    const findings = findingsOf(text('h4-127'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.action).toBe('cloudformation:DescribeStacks')
    expect(findings[0]!.inferred?.cdkRoleNotAssumed).toBeDefined()
  })
})

describe('distinct refusals stay distinct', () => {
  const full =
    'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:GetObject action'

  it('a generic line of another service next to it', () => {
    // Our own: a KMS refusal's bare code beside an S3 sentence.
    const findings = findingsOf(
      `${full}\nAn error occurred (AccessDeniedException) when calling the Decrypt operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access it.`
    )
    expect(findings.length).toBeGreaterThanOrEqual(2)
  })

  it('a generic line far from it', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `step ${i} ok`).join('\n')
    const findings = findingsOf(
      `An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\n${filler}\n${full}`
    )
    expect(findings).toHaveLength(2)
  })

  it('a generic line naming another operation', () => {
    const findings = findingsOf(
      `An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n${full.replace('s3:GetObject on', 's3:GetObject on')}\nAn error occurred (AccessDenied) when calling the GetObject operation: ${full}`
    )
    expect(findings.map((f) => f.operation ?? f.action)).toContain('PutObject')
  })

  it('two generic lines that say as much as each other', () => {
    const findings = findingsOf(
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(findings).toHaveLength(2)
  })
})
