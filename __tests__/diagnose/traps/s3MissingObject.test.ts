import { only } from '../analyze.js'

const TRAP = 's3-missing-object-without-listbucket'

describe(TRAP, () => {
  it('applies to a bare 403 on HeadObject from `aws s3 cp` (corpus d064 shape)', () => {
    // Same shape as corpus d064 (github aws/aws-cli#2041): the s3:// command line gives the service.
    const f = only(
      '$ aws s3 cp s3://my-bucket/my-not-existing-key /tmp\nA client error (403) occurred when calling the HeadObject operation: Forbidden'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.title).toMatch(/the object may not exist$/)
    expect(f.explanation).toContain('`s3:ListBucket` on the bucket ARN (not `bucket/*`)')
  })

  it('applies to GetObject from the Go SDK and without any service label', () => {
    expect(
      only(
        'operation error S3: GetObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied'
      ).traps
    ).toContain(TRAP)
    expect(
      only('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')
        .traps
    ).toContain(TRAP)
  })

  it('does not apply when the message names a policy layer', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to writes or to other services', () => {
    expect(
      only('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied')
        .traps
    ).not.toContain(TRAP)
    expect(
      only(
        'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/x'
      ).traps
    ).not.toContain(TRAP)
  })

  it('does not apply to NoSuchBucket, which is kind not-found', () => {
    const f = only(
      'An error occurred (NoSuchBucket) when calling the GetObject operation: The specified bucket does not exist'
    )
    expect(f.kind).toBe('not-found')
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny', () => {
    const f = only(
      'User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" with an explicit deny'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})

describe(`${TRAP}: a secondary check when the message names the action`, () => {
  it('h6-047: the headline says GetObject is denied, the missing key comes after', () => {
    // heldout6 h6-047 (a blog post quoting an ECS task's error).
    const f = only(
      'the container is healthy, the service is green, the app starts… and then your logs say:\nAccessDeniedException: User is not authorized to perform s3:GetObject\nAt that point, most teams do the classic panic dance.'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.title).not.toMatch(/may not exist/)
    expect(f.title).toMatch(/^s3:GetObject denied/)
    expect(f.explanation.indexOf('identity policy')).toBeLessThan(f.explanation.indexOf('403'))
  })
})
