// An S3 object call on an SSE-KMS bucket: the key, not the S3 action, is what to allow.
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 's3-sse-kms-key'
const actionsOf = (s: { Action: string | string[] }): string[] => [s.Action].flat()

// chadgeary/nifi#13: downloading a file from the deployment's bucket; S3's XML error carries
// KMS's own words.
const NIFI = `<Error>
<Code>AccessDenied</Code>
<Message>The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.</Message>
<RequestId>ZRZ47BQH6ENT1WB6</RequestId>
<HostId>XhatbJKMqo9F31Zzt2M/B6pyESgrBx86BPH9nGAUZH/G7O8cmJMl2olhhzhERkm/SX7MXJD48R0=</HostId>
</Error>`

describe(TRAP, () => {
  it('a multipart upload with --sse aws:kms refused at UploadPart: kms:GenerateDataKey and kms:Decrypt on the key, not s3:PutObject (review h5-167)', () => {
    const { f, statements, notes } = analysedOne(reviewed('h5-167'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('The object is encrypted with SSE-KMS')).toBe(true)
    expect(f.explanation).toContain('The key policy must allow the caller too')
    const actions = statements.flatMap(actionsOf)
    expect(actions.sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey'])
    expect(actions).not.toContain('s3:PutObject')
    // The key ARN in the command is masked (`arn:aws:kms:xxxxxxxxx:key/…`): a placeholder, never "*".
    expect(statements[0]!.Resource).toBe('arn:aws:kms:<REGION>:<ACCOUNT_ID>:key/<KEY_ID>')
    expect(notes).toContain('not s3:PutObject')
    expect(notes).not.toContain('No statement is proposed')
  })

  it('a download answered with KMS words: kms:Decrypt only (review h5-169)', () => {
    const { f, statements } = analysedOne(reviewed('h5-169'))
    expect(f.traps).toContain(TRAP)
    expect(statements.flatMap(actionsOf)).toEqual(['kms:Decrypt'])
  })

  it('an S3 XML error with the ciphertext message gets no S3 statement (chadgeary/nifi#13, with the command)', () => {
    const { findings, statements } = analysed(
      `+ aws s3api get-object --bucket nifi-secrets-bucket --key admin/admin_cert.p12 admin_cert.p12\nAn error occurred (AccessDenied) when calling the GetObject operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.\n${NIFI}`
    )
    expect(findings.some((f) => f.traps.includes(TRAP))).toBe(true)
    const actions = statements.flatMap(actionsOf)
    expect(actions).toContain('kms:Decrypt')
    expect(actions).not.toContain('s3:GetObject')
  })

  it('uses the key ARN the command prints whole', () => {
    const { statements, f } = analysedOne(
      'aws s3 cp big.tar s3://backups-222233334444/2026/big.tar --sse aws:kms --sse-kms-key-id arn:aws:kms:eu-west-1:222233334444:key/0a1b2c3d-1111-2222-3333-444455556666\nupload failed: ./big.tar to s3://backups-222233334444/2026/big.tar An error occurred (AccessDenied) when calling the CompleteMultipartUpload operation: Access Denied'
    )
    expect(f.traps).toContain(TRAP)
    expect(statements.map((s) => s.Resource)).toContain(
      'arn:aws:kms:eu-west-1:222233334444:key/0a1b2c3d-1111-2222-3333-444455556666'
    )
  })

  it('a bare PutObject refusal with the key ARN printed: the key, whole, beside s3:PutObject', () => {
    const key = 'arn:aws:kms:eu-west-1:222233334444:key/0a1b2c3d-1111-2222-3333-444455556666'
    const { f, statements } = analysedOne(
      `aws s3 cp small.txt s3://backups-222233334444/small.txt --sse aws:kms --sse-kms-key-id ${key}\nupload failed: ./small.txt to s3://backups-222233334444/small.txt An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    )
    expect(f.traps).toContain(TRAP)
    const kms = statements.filter((s) => actionsOf(s).some((a) => a.startsWith('kms:')))
    expect(kms.map((s) => s.Resource)).toEqual([key])
    expect(statements.flatMap(actionsOf)).toContain('s3:PutObject')
  })

  it("reads s3api's own flag (--server-side-encryption aws:kms)", () => {
    const { f } = analysedOne(
      '+ aws s3api put-object --bucket b --key k --body k --server-side-encryption aws:kms\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('a bare PutObject refusal with SSE-KMS in the command keeps the S3 action and adds the key beside it', () => {
    const { f, statements, notes } = analysedOne(
      '+ aws s3 cp site.zip s3://deploy-bucket/site.zip --sse aws:kms\nupload failed: ./site.zip to s3://deploy-bucket/site.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('The log shows SSE-KMS')
    const actions = statements.flatMap(actionsOf)
    expect(actions).toEqual(
      expect.arrayContaining(['s3:PutObject', 'kms:GenerateDataKey', 'kms:Decrypt'])
    )
    expect(notes).toContain('The log shows SSE-KMS')
  })

  it('does not apply without KMS in the text, nor to bucket calls, nor to explicit denies', () => {
    expect(
      analysedOne(
        'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ).f.traps
    ).not.toContain(TRAP)
    expect(
      analysedOne(
        '+ aws s3 ls s3://b --sse aws:kms\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
      ).f.traps
    ).not.toContain(TRAP)
    const { f, statements } = analysedOne(
      'aws s3 cp a s3://b/a --sse aws:kms\nAn error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/ci/s is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/a" with an explicit deny in a resource-based policy'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements.filter((s) => s.Effect === 'Allow')).toEqual([])
  })
})
