// An `s3://` URL in the record names the bucket of an S3 request, not the service of every
// refusal printed near it: the hint holds only when the refused operation is one of S3's (issue
// 17). An STS or KMS refusal under an `aws s3 cp` line stays STS's or KMS's.
import { parseText } from './parseText.js'

const services = (text: string) => parseText(text).map((f) => [f.operation, f.service])

describe('the s3:// hint fits the refused operation', () => {
  it('aws/aws-cli#463: a copy failure with no operation takes the URL as S3', () => {
    const text =
      '```\ncopy failed: s3://source-bucket/key to s3://target-bucket/key\nA client error (AccessDenied) occurred: Access Denied\n```'
    expect(services(text)).toEqual([[null, 's3']])
  })

  it('own: an S3 operation under the URL is S3', () => {
    const text =
      '+ aws s3 cp ./app.zip s3://my-artifacts/app.zip\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(services(text)).toEqual([['PutObject', 's3']])
  })

  it.each([
    [
      'own: the profile role refused before the copy',
      '+ aws s3 cp ./app.zip s3://my-artifacts/app.zip --profile deploy\nAn error occurred (AccessDenied) when calling the AssumeRole operation: Access denied',
      'AssumeRole'
    ],
    [
      'own: a KMS refusal printed under the copy',
      '+ aws s3 cp s3://my-artifacts/secret.enc ./secret.enc\nAn error occurred (AccessDeniedException) when calling the Decrypt operation: Access denied',
      'Decrypt'
    ]
  ])('%s: not S3', (_t, text, operation) => {
    const [f, ...rest] = parseText(text)
    expect(rest).toEqual([])
    expect(f!.operation).toBe(operation)
    expect(f!.service).not.toBe('s3')
  })
})
