// S3 clients other than the AWS CLI, and S3-compatible services that are not AWS (issue 10).
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

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

  // Ceph's gateway names itself in its request ids alone: `tx` + 21 hex digits, time, instance, zone.
  it.each<[string, string]>([
    [
      'velero-io/velero#3581 (h7-050): Velero against IONOS S3',
      corpusText('heldout7.jsonl', 'h7-050')
    ],
    [
      'github-file:find_string#37455106776: Trino against OpenShift Data Foundation, labelled Amazon S3',
      'Query 20210521_213743_00081_ct7yn failed: null (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: tx0000000000000000843e9-0060a82827-aca0bc-ocs-storagecluster-cephobjectstore; S3 Extended Request ID: aca0bc-ocs-storagecluster-cephobjectstore-ocs-storagecluster-cephobjectstore; Proxy: null)'
    ]
  ])('a Ceph gateway request id: %s, no AWS finding', (_name, text) => {
    expect(parseText(text)).toEqual([])
  })

  it("zerocracy/farm#2205: AWS S3's own request id keeps the finding", () => {
    const text =
      'Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: D2162D8C2A320A43; S3 Extended Request ID: FEG/PB55a9EPXnhBa8kOMQw4vzOMPWOJ4cPUbGApvKcYpacYAXqEQfRwTYXslAFl7Wt5qrKJcLc=), S3 Extended Request ID: FEG/PB55a9EPXnhBa8kOMQw4vzOMPWOJ4cPUbGApvKcYpacYAXqEQfRwTYXslAFl7Wt5qrKJcLc='
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'InvalidAccessKeyId']
    ])
  })

  it('still reports an IAM sentence naming an AWS principal next to such a service', () => {
    const text =
      'mirroring minio/backups to AWS\nUser: arn:aws:iam::111122223333:user/backup is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::backups/x'
    expect(parseText(text).map((f) => f.action)).toEqual(['s3:PutObject'])
  })
})

// heldout4 (issue 10): stores named the way notes and code name them, further from the error.
describe('S3-compatible services named in headings, notes and client code', () => {
  it.each<[string, string]>([
    [
      // github-file:find_string#60675704249 (h4-011): a Hebrew runbook whose heading says R2.
      'a heading naming R2 above the error block',
      [
        '## בעיה 3: `S3: CreateBucket, StatusCode: 403, AccessDenied` בהעלאה ל-R2',
        '',
        '**שגיאה מלאה**:',
        '```',
        'ERROR : Failed to copy: failed to prepare upload: operation error S3: CreateBucket, https response error StatusCode: 403, api error AccessDenied: Access Denied',
        '```'
      ].join('\n')
    ],
    [
      // github-file:find_string#745132521 (h4-195): Cloudflare R2 named a section before.
      'Cloudflare R2 named in the note before',
      [
        '### Erro de autenticação no backend R2/S3',
        '```',
        'Error: Failed to get existing workspaces: S3 bucket does not exist',
        '```',
        '**Solução**: Verifique se o bucket existe no Cloudflare R2 e se as credenciais `R2_ACCESS_KEY` e `R2_ACCESS_SECRET` estão corretas.',
        '',
        '### Erro de permissão no backend',
        '```',
        'Error: AccessDenied: Access Denied',
        '```'
      ].join('\n')
    ],
    [
      // github-file:find_string#46297655317 (h4-015): an endpoint resolver to Naver Cloud.
      'a Go endpoint resolver to Naver Cloud Object Storage, 20 lines before',
      [
        '\tncpResolver := aws.EndpointResolverWithOptionsFunc(func(service, region string, options ...interface{}) (aws.Endpoint, error) {',
        '\t\treturn aws.Endpoint{',
        '\t\t\tURL:           "https://kr.object.ncloudstorage.com",',
        '\t\t\tSigningRegion: "kr-standard",',
        '\t\t}, nil',
        '\t})',
        ...Array.from({ length: 16 }, (_, k) => `\t// step ${k}`),
        '```shell',
        'operation error S3: CreateBucket, https response error StatusCode: 403, RequestID: 1a44f9c6-5aac-4e62-8c7a-fc42e1f522d0, HostID: , api error AccessDenied: Access Denied',
        '```'
      ].join('\n')
    ],
    [
      'a boto3 client given an endpoint_url of its own',
      [
        "s3 = boto3.client('s3', endpoint_url='http://localhost:4566')",
        'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ]
  ])('%s: no AWS finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it.each<[string, string]>([
    [
      'a Windows Server 2012 R2 AMI',
      [
        'Launching Windows_Server-2012-R2_RTM-English-64Bit-Base',
        'Launching Windows Server 2012 R2 Base',
        'Error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: 403, api error AccessDenied: Access Denied'
      ].join('\n')
    ],
    [
      "an endpoint_url on one of AWS's own hosts",
      [
        "s3 = boto3.client('s3', endpoint_url='https://bucket.vpce-0a1b.s3.us-east-1.vpce.amazonaws.com')",
        'botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ],
    ['R2 inside a longer token', 'R2D2 build 7\nError: AccessDenied: Access Denied'],
    [
      'a store named by a record far above',
      [
        '## Mirror to R2',
        'Error: AccessDenied: Access Denied',
        ...Array.from({ length: 250 }, (_, k) => `step ${k} done`),
        'Error: AccessDenied: Access Denied (s3://aws-bucket)'
      ].join('\n')
    ]
  ])('%s: still an AWS finding', (_title, text) => {
    expect(parseText(text).map((f) => f.code)).toEqual(['AccessDenied'])
  })
})

describe("boto3's managed-transfer errors name S3", () => {
  it('bridgecrewio/bridgecrew-action#2: `S3UploadFailedError` on the line above is S3', () => {
    // The issue body as printed, its inline-code backticks kept.
    const text =
      '``boto3.exceptions.S3UploadFailedError: Failed to upload ...\n' +
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied``'
    expect(parseText(text).map((f) => [f.kind, f.code, f.operation, f.service])).toEqual([
      ['denial', 'AccessDenied', 'PutObject', 's3']
    ])
  })

  it('counter-case (own): a look-alike class of another library names no service', () => {
    const text =
      'mylib.errors.UploadFailedError: Failed to upload ...\n' +
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    expect(parseText(text).map((f) => f.service)).toEqual([null])
  })
})
