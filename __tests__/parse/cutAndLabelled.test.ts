// Issue 10 round 7: a message with part of its frame cut off or glued on — the CLI's message
// without `An error occurred `, the Java SDK v2 label glued to its message, a Ruby error class as
// the heading over the IAM sentence, the iOS SDK's unknown-key message, S3's own response
// headers naming the service. Sources in the titles; `own` cases are ours.
import { parseText } from './parseText.js'

describe('found, with the code and service the text states', () => {
  it('aws-samples/amazon-s3-resumable-upload#8: the CLI message cut before its code', () => {
    const found = parseText(
      'Error msg:\n(AccessDenied) when calling the CreateMultipartUpload operation: Access Denied'
    )
    expect(found.map((f) => [f.kind, f.code, f.operation])).toEqual([
      ['denial', 'AccessDenied', 'CreateMultipartUpload']
    ])
  })

  it('own: a cut CLI message whose code is not a refusal says nothing', () => {
    expect(
      parseText('(ThrottlingException) when calling the PutObject operation: Rate exceeded')
    ).toEqual([])
  })

  it('AutoMQ/automq#458: Java SDK v2 label glued to `Access Denied`', () => {
    const found = parseText('S3Exception: Access Denied(Service: S3, Status Code: 403)')
    expect(found.map((f) => [f.kind, f.service])).toEqual([['denial', 's3']])
  })

  it('own: the glued label of another status is not a refusal', () => {
    expect(parseText('S3Exception: Access Denied(Service: S3, Status Code: 404)')).toEqual([])
  })

  it('exercism/website#7991: the Ruby error class over the sentence gives the sentence its code', () => {
    const text = [
      '**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**',
      'User: arn:aws:sts::681735686245:assumed-role/sidekiq-ecs/466439b90c4e4cbb9048b1485491fece is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::exercism-v3-attachments/raqwg7iryspy8bdw2s9am95cbqj3" because no identity-based policy allows the s3:DeleteObject action'
    ].join('\n')
    const found = parseText(text)
    expect(found.map((f) => [f.grammar, f.code, f.action])).toEqual([
      ['iam-sentence', 'AccessDenied', 's3:DeleteObject']
    ])
  })

  it('own: a Ruby class two lines above, past a line of its own, is another error', () => {
    const text = [
      'Aws::S3::Errors::NoSuchKey in PurgeJob',
      'retrying in 5s',
      'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::b/k"'
    ].join('\n')
    const sentence = parseText(text).find((f) => f.grammar === 'iam-sentence')
    expect(sentence?.code).toBeNull()
  })

  it('aws-amplify/aws-sdk-ios#5371: the iOS SDK’s unknown access key, without `AWS `', () => {
    const text = [
      'Message=The Access Key Id you provided does not exist in our records.',
      'Failed to upload file: Error Domain=com.amazonaws.AWSServiceErrorDomain Code=13 "(null)"'
    ].join('\n')
    expect(parseText(text).map((f) => f.kind)).toEqual(['credentials'])
  })

  it('own: the same message from MinIO is MinIO’s', () => {
    expect(
      parseText(
        'mc: <ERROR> Unable to list minio/backups. The Access Key Id you provided does not exist in our records.'
      )
    ).toEqual([])
  })

  it('mozilla/sccache#1825: S3’s own response headers name the service of a bare code', () => {
    const text = [
      'error: Server startup failed: cache storage failed to read: PermissionDenied (permanent) at read => S3Error { code: "AccessDenied", message: "Access Denied", resource: "", request_id: "3064FNJM6EWP7RTV" }',
      '  ',
      '  Context:',
      '      response: Parts { status: 403, version: HTTP/1.1, headers: {"x-amz-request-id": "3064FNJM6EWP7RTV", "x-amz-id-2": "7/gTOvi6k0rQALaarXAK7vwyJF97kKDIPLEa5p/BV1o3R8velMcNQfn8r2B0HK1DSJlQEE7g/78=", "content-type": "application/xml", "transfer-encoding": "chunked", "date": "Thu, 06 Jul 2023 11:09:06 GMT", "server": "AmazonS3"} }'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code, f.service])).toEqual([
      ['denial', 'AccessDenied', 's3']
    ])
  })

  it('own: a short request id in the header is no extended S3 id', () => {
    const text =
      'S3Error { code: "AccessDenied", message: "Access Denied" } headers: {"x-amz-id-2": "abc", "server": "nginx"}'
    expect(parseText(text).map((f) => f.service)).toEqual([null])
  })
})
