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

// A code printed alone folds into the message of the same failure beside it, even when the two
// state as many fields (issue 17, heldout7 review, noise: h7-011, h7-177).
describe('a lone code and its message are one finding', () => {
  it('h7-011 (aws/chalice#807): the wrap cut the code from its message; the code is kept', () => {
    const findings = findingsOf(text('h7-011'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.kind).toBe('credentials')
    expect(findings[0]!.code).toBe('InvalidClientTokenId')
  })

  it("h7-177 (Amazon Q's error chain): the chain's code lines and its Error struct are one", () => {
    const findings = findingsOf(text('h7-177'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.code).toBe('AccessDeniedException')
  })

  it('b161 (aws/aws-sdk-js-v3#2778): the error JSON names its code apart from its message', () => {
    const findings = findingsOf(text('b161'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.code).toBe('AccessDenied')
  })

  it('own: the message before its lone code folds the same way', () => {
    const findings = findingsOf(
      'An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.\nError: InvalidClientTokenId'
    )
    expect(findings).toHaveLength(1)
  })

  // h7-011's first line, cut where the wrap cut it
  const lone = 'An error occurred (InvalidClientTokenId) when calling the CreateRole'

  it('counter-case: a lone code beside the message of another cause stays apart', () => {
    const findings = findingsOf(
      `${lone}\noperation: The request signature we calculated does not match the signature you provided.`
    )
    expect(findings.map((f) => f.code)).toEqual(['InvalidClientTokenId', null])
    const expired = findingsOf(`${lone}\nThe security token included in the request is expired`)
    expect(expired).toHaveLength(2)
  })

  it('counter-case: a lone code far from the message is another failure', () => {
    const filler = Array.from({ length: 30 }, (_, i) => `step ${i} ok`).join('\n')
    const findings = findingsOf(
      `${lone}\n${filler}\nThe security token included in the request is invalid.`
    )
    expect(findings).toHaveLength(2)
  })
})

describe('a short restatement of the IAM sentence, naming its action (heldout14 review, h14-153)', () => {
  it('h14-153: `AccessDenied: Not authorized to perform sts:AssumeRole` under the full sentence is one finding', () => {
    // heldout14 h14-153 (an error guide page quoting the full message and its short form).
    const findings = findingsOf(text('h14-153'))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.principal).toBe('arn:aws:iam::111111111111:user/my-user')
    expect(findings[0]!.occurrences).toBe(2)
  })

  it('the short form alone stays a finding (uswitch/kiam#33)', () => {
    // uswitch/kiam#33, as printed: the kiam server's refusal with nothing fuller around it.
    const findings = findingsOf('AccessDenied: Not authorized to perform sts:AssumeRole')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.action).toBe('sts:AssumeRole')
  })

  it('a short form naming another action stays its own finding', () => {
    // Our own counter-case: the full AssumeRole sentence, then a tag-session refusal in short form.
    const findings = findingsOf(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111111111111:user/my-user is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/target-role\nAccessDenied: Not authorized to perform sts:TagSession'
    )
    expect(findings.map((f) => f.action)).toEqual(['sts:AssumeRole', 'sts:TagSession'])
  })
})

describe('an echo that is part of the printed error counts once (heldout36 h36-024, heldout38 h38-022)', () => {
  it('h36-024 (architect/architect#174): the JS SDK error object’s `code:` field is no second refusal', () => {
    const findings = findingsOf(text('h36-024'))
    expect(findings.map((f) => [f.code, f.occurrences])).toEqual([['AccessDenied', 1]])
  })

  it('h38-022 (kubernetes-sigs/aws-fsx-csi-driver#214): the code a wrap cut from its sentence counts with it', () => {
    const findings = findingsOf(text('h38-022'))
    expect(findings.map((f) => [f.action, f.code, f.occurrences])).toEqual([
      ['fsx:TagResource', 'AccessDeniedException', 1]
    ])
  })

  it('own: h36-024’s error printed three times is one finding of three, each copy with its field', () => {
    const once = text('h36-024').trimEnd() + '\n'
    const findings = findingsOf(once.repeat(3))
    expect(findings.map((f) => [f.grammar, f.occurrences])).toEqual([['sdk-stack-denied', 3]])
  })

  it('own: a code with its own message on the line above is a print of its own', () => {
    const findings = findingsOf(
      'Error: AccessDenied: Access Denied\nUser: arn:aws:iam::111122223333:user/a is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/a'
    )
    expect(findings.reduce((n, f) => n + f.occurrences, 0)).toBe(2)
  })
})
