// S3 clients other than the AWS CLI, and S3-compatible services that are not AWS (issue 10).
import { parseText } from './parseText.js'

describe('s3cmd', () => {
  it('s3-actions/s3cmd#2: `S3 error: 403 (AccessDenied)` is an S3 denial', () => {
    const text = [
      'Run s3cmd info s3://XXX',
      '  shell: /usr/bin/bash -e {0}',
      '  env:',
      '    AWS_ACCESS_KEY_ID: ***',
      '    AWS_SECRET_ACCESS_KEY: ***',
      '    AWS_DEFAULT_REGION: us-east-1',
      "ERROR: Access to bucket 'XXX' was denied",
      'ERROR: S3 error: 403 (AccessDenied): Access Denied',
      'Error: Process completed with exit code 77.'
    ].join('\n')
    expect(parseText(text).map((f) => [f.kind, f.code, f.service, f.line])).toEqual([
      ['denial', 'AccessDenied', 's3', 8]
    ])
  })
})

describe('S3-compatible services that are not AWS', () => {
  it('coollabsio/coolify#4806: DigitalOcean Spaces answering AccessDenied gives no AWS finding', () => {
    const text = [
      "Unable to list contents for '', shallow listing",
      '',
      'Reason: Error executing "ListObjectsV2" on "https://nyc3.digitaloceanspaces.com/?list-type=2&prefix=&delimiter=%2F"; AWS HTTP error: Client error: `GET https://nyc3.digitaloceanspaces.com/?list-type=2&prefix=&delimiter=%2F` resulted in a `403 Forbidden` response:',
      '<Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>not available</Request (truncated...)',
      ' AccessDenied (client): Access Denied. - <Error><Code>AccessDenied</Code><Message>Access Denied.</Message><Resource>/</Resource><RequestId>not available</RequestId></Error>'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('remembers the endpoint a tool printed lines before its error', () => {
    const text = [
      'Setting up s3cmd config...',
      'host_base = fra1.digitaloceanspaces.com',
      ...Array.from(
        { length: 20 },
        (_, k) => `upload: './dist/file${k}.js' -> 's3://site/file${k}.js'`
      ),
      'ERROR: S3 error: 403 (AccessDenied): Access Denied'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it.each([
    [
      'MinIO',
      'mc: <ERROR> Unable to upload to minio/backups: Access Denied.\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    [
      'Cloudflare R2',
      'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (endpoint https://0123.r2.cloudflarestorage.com)'
    ],
    [
      'Wasabi',
      'Error: AccessDenied: Access Denied\n\tstatus code: 403, request id: 1, host id: s3.wasabisys.com'
    ]
  ])('%s: no AWS finding', (_name, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('still reports an IAM sentence naming an AWS principal next to such a service', () => {
    const text =
      'mirroring minio/backups to AWS\nUser: arn:aws:iam::111122223333:user/backup is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::backups/x'
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:PutObject'])
  })
})
