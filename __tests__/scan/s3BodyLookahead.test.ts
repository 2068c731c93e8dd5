// An S3-style XML error body is read with a longer look-ahead (issue 10 round 7): clients that
// dump one print the host or configured endpoint a dozen lines below, and an S3-compatible store
// named there makes the body not AWS's. Bounded: a name further down says nothing.
import { parseText } from '../parse/parseText.js'

const BODY =
  '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><RequestId>1638DF6E60AB82E0</RequestId></Error>'

function filler(n: number): string[] {
  return Array.from({ length: n }, (_, k) => `2020/09/28 08:42:13 DEBUG : line ${k}`)
}

describe('the step below an XML error body', () => {
  it('rclone/rclone#4633: the MinIO host printed ten lines below the body', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><BucketName>bucket</BucketName><Resource>/bucket</Resource><RequestId>1638DF6E60AB82E0</RequestId><HostId>ed1c8f31-29f6-437f-82b5-6c585da9ddfa</HostId></Error>',
      '2020/09/28 08:42:13 DEBUG : <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<',
      '2020/09/28 08:42:13 ERROR : mc: Failed to copy: AccessDenied: Access Denied.',
      '        status code: 403, request id: 1638DF6E60AB82E0, host id:',
      '2020/09/28 08:42:13 ERROR : Attempt 1/3 failed with 1 errors and: AccessDenied: Access Denied.',
      '        status code: 403, request id: 1638DF6E60AB82E0, host id:',
      '2020/09/28 08:42:13 DEBUG : >>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>',
      '2020/09/28 08:42:13 DEBUG : HTTP REQUEST (req 0xc00030c800)',
      '2020/09/28 08:42:13 DEBUG : HEAD /bucket/folder/folder/test.bin HTTP/1.1',
      'Host: test.minio.io',
      'User-Agent: rclone/v1.53.1'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('own: a Scaleway endpoint fourteen lines below (quickwit-oss/quickwit#1897 layout)', () => {
    const text = [BODY, ...filler(13), 'QW_S3_ENDPOINT=https://***.s3.fr-par.scw.cloud'].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('own: an AWS endpoint below keeps the body AWS’s', () => {
    const text = [
      BODY,
      ...filler(13),
      'endpoint: https://my-bucket.s3.eu-west-1.amazonaws.com'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })

  it('own: a store named further below than the bound says nothing about this body', () => {
    const text = [BODY, ...filler(30), 'Host: test.minio.io'].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })
})
