// The S3 REST request a 403 answered names the call: method and subresource → action (issue 17,
// heldout11 review: h11-148). Checked against the Service Authorization Reference's S3 table.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { s3RestCallOf } from '../../src/infer/s3RestCall.js'
import { corpusText } from '../support/corpusRecords.js'

describe('S3 REST request on the failing line', () => {
  it('h11-148: POST …?uploads is CreateMultipartUpload → s3:PutObject on the key folder', () => {
    // heldout11 h11-148, bradleyg/django-s3direct#167 (EvaporateJS console log), as printed.
    const { f, statements } =
      analysedOne(`bundled.js:3017 initiate signature: 17e3a1481c3e994e27b47b5bbdf5a7d74b3b844db60a91aa5fa741cdb9cfe66b
bundled.js:3585 initiate getPayloadSha256Content: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
s3-eu-west-1.amazonaws.com/regamma/uploads/media/our-masters4.png?uploads:1 POST https://s3-eu-west-1.amazonaws.com/regamma/uploads/media/our-masters4.png?uploads 403 (Forbidden)`)
    expect(f.inferred?.action?.value).toBe('s3:PutObject')
    expect(f.inferred?.action?.from).toMatch(/CreateMultipartUpload/)
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::regamma/uploads/media/*')
    expect(statements[0]).toMatchObject({
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::regamma/uploads/media/*'
    })
  })

  it('a second real form: the JS SDK v3 names the call in x-id (virtual-hosted URL)', () => {
    // aws-amplify/amplify-js#9334 (browser console), as printed.
    const { f } = analysedOne(
      'xhr.js:187 PUT https://teststoragedevbuck42016-staging.s3.us-east-1.amazonaws.com/public/dr.jpeg?x-id=PutObject 403 (Forbidden)'
    )
    expect(f.inferred?.action?.value ?? f.action).toBe('s3:PutObject')
    expect(f.inferred?.resource?.value ?? f.resource).toBe(
      'arn:aws:s3:::teststoragedevbuck42016-staging/public/dr.jpeg'
    )
  })

  it.each([
    ['PUT https://bkt.s3.amazonaws.com/k/a.png?partNumber=2&uploadId=abc', 's3:PutObject'],
    ['DELETE https://bkt.s3.amazonaws.com/k/a.png?uploadId=abc', 's3:AbortMultipartUpload'],
    ['GET https://bkt.s3.amazonaws.com/k/a.png?uploadId=abc', 's3:ListMultipartUploadParts'],
    ['GET https://bkt.s3.amazonaws.com/?uploads', 's3:ListBucketMultipartUploads'],
    ['PUT https://s3.eu-west-1.amazonaws.com/bkt/k.txt?acl', 's3:PutObjectAcl'],
    ['PUT https://s3.eu-west-1.amazonaws.com/bkt?acl', 's3:PutBucketAcl'],
    ['GET https://bkt.s3.amazonaws.com/k.txt?tagging', 's3:GetObjectTagging'],
    ['PUT https://bkt.s3.amazonaws.com/?versioning', 's3:PutBucketVersioning'],
    ['DELETE https://bkt.s3.amazonaws.com/?policy', 's3:DeleteBucketPolicy'],
    ['GET https://bkt.s3.amazonaws.com/?location', 's3:GetBucketLocation'],
    [
      'GET https://bkt.s3.amazonaws.com/k.txt?X-Amz-Credential=AK%2F&X-Amz-Signature=ab',
      's3:GetObject'
    ],
    ['GET https://bkt.s3.amazonaws.com/', 's3:ListBucket'],
    ['GET https://bkt.s3.amazonaws.com/?list-type=2&prefix=logs%2F&max-keys=1000', 's3:ListBucket']
  ])('%s → %s', (line, action) => {
    expect(s3RestCallOf(`${line} 403 (Forbidden)`)?.action).toBe(action)
  })

  it.each([
    // A subresource the table does not know: no guess.
    'PUT https://bkt.s3.amazonaws.com/?cors 403 (Forbidden)',
    // POST without a subresource is a browser form upload, not a REST call the table maps.
    'POST https://bkt.s3.amazonaws.com/ 403 (Forbidden)',
    // Not S3: an S3-like path on another host.
    'PUT https://minio.example.com/b1/k.txt?acl 403 (Forbidden)',
    // ?uploads on a bucket URL with POST names no call.
    'POST https://bkt.s3.amazonaws.com/?uploads 403 (Forbidden)',
    // A method word without a request after it.
    'GET object https://bkt.s3.amazonaws.com/k.txt failed'
  ])('negative: %s', (line) => {
    expect(s3RestCallOf(line)).toBeNull()
  })

  it('negative: a refusal of another service on the same line keeps its own action', () => {
    const { f } = analysedOne(
      'PUT https://bkt.s3.amazonaws.com/k.txt?acl failed: AccessDeniedException: Access to KMS is not allowed'
    )
    expect(f.inferred?.action?.value).toBe('kms:Decrypt')
  })
})

describe('S3 REST request on a line just above the refusal (heldout13 review h13-097)', () => {
  it("h13-097: a console GET /?prefix= answered 403, then the SDK's list error: s3:ListBucket on the bucket", () => {
    // heldout13 h13-097, aws-amplify/amplify-js#4887 (also aws-amplify/amplify-cli#4454), as printed.
    const { f, statements } = analysedOne(corpusText('heldout13.jsonl', 'h13-097'))
    expect(f.inferred?.action?.value).toBe('s3:ListBucket')
    // Amplify's own `list error` names the call first (src/infer/s3Wrappers.ts); the request line
    // above still names the bucket.
    expect(f.inferred?.action?.from).toMatch(/AWSS3Provider/)
    expect(f.inferred?.resource?.from).toMatch(/line above/)
    expect(statements[0]).toMatchObject({
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::my-bucket'
    })
  })

  it('own variant: a path-style upload request above the SDK error names PutObject on the key', () => {
    const { f } = analysedOne(
      'PUT https://s3.eu-west-1.amazonaws.com/media-bkt/uploads/a.png 403 (Forbidden)\nAWSS3Provider - error uploading AccessDenied: Access Denied'
    )
    expect(f.inferred?.action).toEqual({
      value: 's3:PutObject',
      from: 'the request PUT on the object on the line above'
    })
  })

  it.each([
    // Own: the request above was answered 200; the refusal is another call's.
    'GET https://my-bucket.s3.amazonaws.com/?prefix=public%2F 200 (OK)\nAWSS3Provider - list error AccessDenied: Access Denied',
    // Own: a request logged before it was sent, no answer on its line.
    'DEBUG sending GET https://my-bucket.s3.amazonaws.com/?prefix=public%2F\nAWSS3Provider - list error AccessDenied: Access Denied'
  ])('counter-case: %s', (text) => {
    const { f } = analysedOne(text)
    expect(f.inferred?.action?.from ?? '').not.toMatch(/line above/)
    expect(f.inferred?.resource?.value).not.toBe('arn:aws:s3:::my-bucket')
  })
})
