// A refusal printed after a command aimed at another store or registry is that service's (issue
// 10): `aws --endpoint-url`, rclone remotes and endpoints, private Docker registries. The next
// command aimed at AWS is AWS's again.
import { FOREIGN_TARGETS, foreignTargetAt } from '../../src/parse/foreignTargets.js'
import { parseText } from './parseText.js'

describe('a command aimed elsewhere gives no AWS finding', () => {
  it.each<[string, string]>([
    [
      // gaul/s3proxy#522: the AWS CLI through a local S3 proxy, then without it
      'aws-endpoint-url',
      [
        'aws --endpoint-url  http://0.0.0.0:8080 s3 cp /tmp/trotro s3://mybucket/                                                                                                                                                            0 [15:53:01]',
        'upload failed: ../../../../../tmp/trotro to s3://mybucket/trotro An error occurred (InvalidAccessKeyId) when calling the PutObject operation: Forbidden ❌ ',
        '// without the proxy AND the same credentials',
        'aws s3 cp /tmp/trotro s3://mybucket/ '
      ].join('\n')
    ],
    [
      // duckdb/duckdb#22396: rclone given an endpoint of its own (an R2 bucket), masked by the runner
      'rclone-endpoint',
      [
        '+ rclone copyto --no-traverse --s3-acl public-read --s3-provider AWS --s3-endpoint *** --s3-access-key-id *** --s3-secret-access-key *** /tmp/extension/azure.duckdb_extension.compressed :s3:duckdb-extensions-nightly/ca97226bd8/windows_amd64/azure.duckdb_extension.gz',
        '2026/04/30 09:24:10 NOTICE: Config file "/home/runner/.config/rclone/rclone.conf" not found - using defaults',
        '2026/04/30 09:24:11 ERROR : azure.duckdb_extension.compressed: Failed to copy: failed to prepare upload: operation error S3: CreateBucket, https response error StatusCode: 403, RequestID: , HostID: , api error AccessDenied: Access Denied'
      ].join('\n')
    ],
    [
      // github-file:find_string#9895028355 (a private registry's README)
      'docker-registry',
      [
        '  docker push public-push.aml-repo.cms.waikato.ac.nz:443/yolact/yolactpp:2020-02-11',
        '  ```',
        '',
        '  If error `no basic auth credentials` occurs, then run (enter user/password when prompted):'
      ].join('\n')
    ],
    [
      'own: rclone to a remote named for Backblaze',
      [
        '$ rclone -vv --config rclone.conf copy ./dist my-b2:site-assets/',
        '2024/05/02 10:01:02 ERROR : index.html: Failed to copy: AccessDenied: Access Denied',
        '\tstatus code: 403, request id: 7a1b, host id: '
      ].join('\n')
    ],
    [
      // rclone/rclone#4913 (shortened): Wasabi's own IAM words its refusals as AWS's, ARN and all
      'own: Wasabi refusing in IAM words, to a remote named for it',
      [
        '$ rclone copy ./a my-wasabi:b',
        'ERROR : a: Failed to copy: AccessDenied: User: arn:aws:iam::100000025565:user/backups is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::b'
      ].join('\n')
    ],
    [
      'own: the AWS CLI against a local MinIO through a variable',
      [
        '+ aws --endpoint-url "$S3_ENDPOINT" s3 ls s3://backups/',
        '',
        'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
      ].join('\n')
    ]
  ])('%s', (_rule, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('the next command aimed at AWS counts again', () => {
  it.each<[string, string, string]>([
    [
      'aws s3 cp to AWS after an --endpoint-url one',
      [
        '+ aws --endpoint-url http://localhost:4566 s3 mb s3://fixtures',
        'make_bucket: fixtures',
        '+ aws s3 cp report.json s3://prod-reports/report.json',
        'upload failed: ./report.json to s3://prod-reports/report.json An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'an --endpoint-url that is AWS itself',
      [
        '+ aws s3 ls s3://logs/ --endpoint-url https://s3.eu-west-1.amazonaws.com',
        'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'rclone to a remote named for AWS',
      [
        '$ rclone copy test/test.5 s3:bucket',
        '2021/03/12 22:40:20 ERROR : test.5: Failed to copy: AccessDenied: Access Denied',
        '\tstatus code: 403, request id: 4E3D, host id: Zm9v'
      ].join('\n'),
      'AccessDenied'
    ],
    [
      'a push to ECR without a login',
      [
        'The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]',
        'no basic auth credentials'
      ].join('\n'),
      'docker-no-basic-auth'
    ],
    [
      // A store with no IAM of its own: an IAM sentence naming an AWS principal is AWS's.
      'an AWS principal refused next to a Backblaze remote (kept, as for every store without an IAM)',
      [
        '$ rclone copy ./a my-b2:b',
        'ERROR : a: Failed to copy: AccessDenied: User: arn:aws:iam::100000025565:user/backups is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::b'
      ].join('\n'),
      's3:CreateBucket'
    ]
  ])('%s', (_title, text, expected) => {
    const found = parseText(text)
    expect(found).toHaveLength(1)
    expect([found[0]!.code, found[0]!.action, found[0]!.grammar]).toContain(expected)
  })
})

describe('foreignTargetAt', () => {
  it('reads the nearest command only, within reach', () => {
    const text = [
      '+ aws --endpoint-url http://minio:9000 s3 ls',
      ...Array.from({ length: 14 }, (_, i) => `line ${i}`),
      'AccessDenied: Access Denied'
    ].join('\n')
    expect(foreignTargetAt(text, text.indexOf('AccessDenied'), 'bare-code')).toBeNull()
    const near = '+ aws --endpoint-url http://minio:9000 s3 ls\nAccessDenied: Access Denied'
    expect(foreignTargetAt(near, near.indexOf('AccessDenied'), 'bare-code')).toBe(
      'aws-endpoint-url'
    )
  })

  it('applies the registry rule to registry logins only', () => {
    const text = 'docker push registry.example.com/app:1\nAccessDenied: Access Denied'
    expect(foreignTargetAt(text, text.indexOf('Access'), 'bare-code')).toBeNull()
    const login = 'docker push registry.example.com/app:1\nno basic auth credentials'
    expect(foreignTargetAt(login, login.indexOf('no basic'), 'docker-no-basic-auth')).toBe(
      'docker-registry'
    )
  })

  it('has one rule object per target', () => {
    const ids = FOREIGN_TARGETS.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
