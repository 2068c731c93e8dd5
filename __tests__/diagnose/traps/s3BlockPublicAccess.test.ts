import { only } from '../analyze.js'

const TRAP = 's3-block-public-access'
const CALLER = 'arn:aws:sts::111122223333:assumed-role/ci/GitHubActions'

describe(TRAP, () => {
  it.each([
    [
      's3:PutObjectAcl',
      'because public ACLs are prevented by the BlockPublicAcls setting in S3 Block Public Access.'
    ],
    [
      's3:PutBucketPolicy',
      'because public policies are prevented by the BlockPublicPolicy setting in S3 Block Public Access.'
    ],
    [
      's3:PutObject',
      'because this bucket has blocked upload requests that specify Server Side Encryption with Customer provided keys (SSE-C). Please specify a different server-side encryption type'
    ]
  ])(
    'applies to %s refused by an S3 setting (IAM User Guide phrases), and proposes no policy',
    (action, reason) => {
      const f = only(
        `User: ${CALLER} is not authorized to perform: ${action} on resource: "arn:aws:s3:::site/index.html" ${reason}`
      )
      expect(f.traps).toContain(TRAP)
      expect(f.title).toContain('by S3 settings')
      expect(f.fixTarget.kind).toBe('workflow')
      expect(f.fixTarget.kind).not.toBe('identity-policy')
      expect(f.explanation).toMatch(/^S3 refused the request because /)
      expect(f.explanation).toContain('not from a policy statement')
      // The role's exact ARN does not matter for a bucket setting.
      expect(f.explanation).not.toContain('without its path')
      expect(f.explanation).not.toContain('identity policy is the usual place')
    }
  )

  it('does not apply to ordinary S3 denials', () => {
    const f = only(
      `User: ${CALLER} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::site/index.html" because no identity-based policy allows the s3:PutObject action`
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
