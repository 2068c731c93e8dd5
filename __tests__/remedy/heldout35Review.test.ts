// heldout35's expert review (issue 17, session 34): classes it found wrong or missing that this
// round fixed, from their real excerpts, with counter-cases of our own. Detection fixes are in
// __tests__/parse/heldout35Recall.test.ts.
import { analysed, analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h35 = (id: string) => corpusText('heldout35.jsonl', id)

describe("an error's body printed before the SDK's exception on one line", () => {
  it('h35-036 (brefphp/laravel-bridge#67): the InvalidAccessKeyId body, then the PHP exception: one credentials finding, no Allow', () => {
    const { findings, statements } = analysed(h35('h35-036'))
    expect(findings.map((f) => [f.kind, f.code])).toEqual([['credentials', 'InvalidAccessKeyId']])
    expect(statements).toEqual([])
  })

  it('own: an AccessDenied body before the same exception keeps the refusal', () => {
    const { findings } = analysed(
      '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>KFZADDG3V6QX8AAA</RequestId></Error> {"exception":"[object] (Aws\\\\S3\\\\Exception\\\\S3Exception(code: 0): Error executing \\"PutObject\\" on \\"https://b.s3.amazonaws.com/k.png\\"; AWS HTTP error: Client error: `PUT https://b.s3.amazonaws.com/k.png` resulted in a `403 Forbidden` response:'
    )
    expect(findings.every((f) => f.kind === 'denial')).toBe(true)
  })
})

describe('a getter named in the plural, refused with no resource', () => {
  it('h35-022 (prowler-cloud/prowler#5952): glue:GetMLTransforms on "*"; the backup plan printed stays scoped', () => {
    const { statements, notes } = analysed(h35('h35-022'))
    expect(statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Action: 'glue:GetMLTransforms', Resource: '*' }),
        expect.objectContaining({
          Action: 'backup:GetBackupSelection',
          Resource: expect.stringMatching(/^arn:aws:backup:eu-west-2:<ACCOUNT_ID>:backup-plan:/)
        })
      ])
    )
    expect(notes.join('\n')).toContain('it lists every one it returns')
  })

  it('own: a singular getter with no resource keeps its placeholder ARN', () => {
    const { statements } = analysedOne(
      'User: arn:aws:sts::210987654321:assumed-role/ci/s is not authorized to perform: glue:GetMLTransform because no identity-based policy allows the glue:GetMLTransform action'
    )
    expect(statements[0]!.Resource).not.toBe('*')
  })
})

describe('MFA the log shows was used', () => {
  it("h35-001 (99designs/aws-vault#849): `GetSessionToken (with MFA)`, a code typed: no 'made without an MFA session'", () => {
    const { f } = analysedOne(h35('h35-001'))
    expect(f.traps).not.toContain('guardrail-condition')
    expect(f.explanation).not.toContain('without an MFA session')
    expect(f.explanation).toContain('does not exist')
  })

  it('h35-007 (mmmorris1975/aws-runas#1): an MFA prompt left empty still leads with MFA', () => {
    const { f } = analysedOne(h35('h35-007'))
    expect(f.traps).toContain('guardrail-condition')
  })
})

describe('SignatureDoesNotMatch from the AWS CLI on a dotted bucket name', () => {
  it('h35-037 (benrady/learnjs#14): no rename of a website bucket; the key pair first', () => {
    const { f } = analysedOne(h35('h35-037'))
    expect(f.traps).not.toContain('signature-client-signer')
    expect(f.explanation).toMatch(/^The secret access key does not match/)
  })

  it("own: a bucket name with capitals under the CLI is still the signer's", () => {
    const { f } = analysedOne(
      'make_bucket failed: s3://Learnjs.Example/ An error occurred (SignatureDoesNotMatch) when calling the CreateBucket operation: The request signature we calculated does not match the signature you provided. Check your key and signing method.'
    )
    expect(f.traps).toContain('signature-client-signer')
  })
})

describe("S3's error document saved on its own", () => {
  it('h35-020 (buildkite/agent#197): anonymous most likely, and the signed case named', () => {
    const { f } = analysedOne(h35('h35-020'))
    expect(f.explanation).toContain('most likely the request carried no AWS credentials')
    expect(f.explanation).toContain('the identity policy of its credentials')
    expect(f.explanation).not.toContain("No statement in your account's identity policies")
  })
})

describe("a static-site deploy plugin's public-read uploads", () => {
  it('h35-033 (gatsby-uc/gatsby-plugin-s3#38): s3:PutObjectAcl beside s3:PutObject on the bucket’s objects', () => {
    const { statements, notes } = analysedOne(h35('h35-033'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: ['s3:PutObject', 's3:PutObjectAcl'],
        Resource: 'arn:aws:s3:::mybucket/*'
      })
    ])
    expect(notes).toContain('public-read ACL')
  })

  it('own: the same failure with no plugin named gets no ACL action', () => {
    const { statements } = analysedOne(
      '$ aws s3 cp yarn.lock s3://mybucket\nupload: ./yarn.lock to s3://mybucket/yarn.lock\n$ npm run deploy\n\n    Deploying to bucket: mybucket\n? OK? Yes\nUpload failure for object chunk-map.json\n  AccessDenied: Access Denied'
    )
    expect(statements.map((s) => s.Action)).toEqual(['s3:PutObject'])
  })
})

describe("an uploader's words with the object's whole s3:// URL", () => {
  it('h35-012 (kubernetes/k8s.io#4913): `error uploading "s3://…"`: s3:PutObject on the keys’ prefix', () => {
    const { statements } = analysedOne(h35('h35-012'))
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::test-artifacts-k8s-io-ap-southeast-1/binaries/kops/1.25.4/*'
      })
    ])
  })
})

describe('missing credentials inside an image build', () => {
  it('h35-011 (vllm-project/vllm#7914): BuildKit’s `#34 147.0` prefix leads with build secrets', () => {
    const { f } = analysedOne(h35('h35-011'))
    expect(f.inferred?.signals?.['docker-build-step']?.value).toBe('docker build')
    expect(f.explanation).toMatch(/^This ran inside an image build/)
    expect(f.explanation).toContain('--secret')
  })

  it('own: the same failure outside a build gets no build lead', () => {
    const { f } = analysedOne(
      'sccache: error: cache storage failed to read: PermissionDenied (permanent) at stat => no valid credential found and anonymous access is not allowed\n\nContext:\n   service: s3\n   path: .sccache_check'
    )
    expect(f.inferred?.signals?.['docker-build-step']).toBeUndefined()
  })
})

describe('a trust statement for a caller whose session had MFA', () => {
  it('h35-001 (review 2): the drafted trust statement keeps aws:MultiFactorAuthPresent', () => {
    const { statements, notes } = analysedOne(h35('h35-001'))
    expect(statements).toEqual([
      expect.objectContaining({
        Principal: { AWS: 'arn:aws:iam::111111111111:user/me' },
        Action: 'sts:AssumeRole',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }
      })
    ])
    expect(notes).toContain('--role-name MySpecialRole')
  })

  it('own: with no MFA shown, no MFA condition', () => {
    const { statements } = analysedOne(
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111111111111:user/me is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111111111111:role/Deployer'
    )
    expect(statements.every((s) => s.Condition === undefined)).toBe(true)
  })
})
