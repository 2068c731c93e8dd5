// Credential failures heldout15 read as refusals or missed (issue 10, session 17): DuckDB's own
// "no credentials" hint after S3's 403 (WD860), botocore's SSO token missing from its cache
// (WD861), STS refusing a malformed role ARN (WD862), S3's clock-skew refusal (WD863), and Hadoop
// S3A wrapping a credential failure in its AccessDeniedException (WD718 yields). Sources in the
// titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammarRule, f.detail.cause ?? null, f.code, f.service])

describe('DuckDB httpfs: S3 answered a request DuckDB sent without credentials (WD860)', () => {
  it.each<[string, string, string | null, string | null]>([
    [
      'h15-056 (duckdb/duckdb-httpfs#327, the hint printed twice: one finding)',
      corpusText('heldout15.jsonl', 'h15-056'),
      'AccessDenied',
      's3'
    ],
    [
      'duckdb/duckdb-httpfs#46 (no code line)',
      [
        'HTTP Error:',
        "HTTP GET error reading 'https://test-s3-lineitem.s3.amazonaws.com/lineitem_sf10_partitioned_shipdate/l_shipdate%3D1992-01-02/data_0.parquet' in region 'us-east-1' (HTTP 403 Forbidden)",
        '',
        'Authentication Failure - this is usually caused by invalid or missing credentials.',
        '* No credentials are provided.',
        '* See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html'
      ].join('\n'),
      null,
      's3'
    ],
    [
      'duckdb/duckdb-httpfs#169 (one line, as Superset printed it)',
      "`Data error: Error: HTTP Error: HTTP GET error reading 's3://parquet/?encoding-type=url&list-type=2&prefix=' in region '' (HTTP 403 Forbidden) Authentication Failure - this is usually caused by invalid or missing credentials. * No credentials are provided. * See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html LINE 3: FROM read_parquet('s3://parquet/*/*/*/*.parquet')`",
      null,
      's3'
    ],
    [
      "szarnyasg/ducklake-web docs/preview/duckdb/guides/access_control.md (DuckLake's header)",
      [
        '```console',
        'HTTP Error:',
        'Unable to connect to URL "https://ducklake-access-control.s3.amazonaws.com/main/other_table_in_main/ducklake-01992ec2-d9f7-745e-88e8-708e659a70be.parquet": 403 (Forbidden).',
        '',
        'Authentication Failure - this is usually caused by invalid or missing credentials.',
        '* No credentials are provided.',
        '* See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html',
        '```'
      ].join('\n'),
      null,
      's3'
    ]
  ])('%s', (_title, text, code, service) => {
    expect(read(text)).toEqual([['credentials', 'WD860', 'duckdb-no-credentials', code, service]])
  })

  it.each([
    [
      'duckdb/duckdb-aws#96 (credentials were provided: the hint names no cause)',
      [
        "HTTP GET error on 'https://<redacted>/test%252B.parquet.zst' (HTTP 403)",
        '',
        'Authentication Failure - this is usually caused by invalid or missing credentials.',
        '* Credentials are provided, but they did not work.',
        '* See https://duckdb.org/docs/stable/extensions/httpfs/s3api.html'
      ].join('\n')
    ],
    [
      "own: Cloudflare R2's hint (DuckDB's R2 provider)",
      [
        "HTTP GET error reading 'r2://bucket/file.parquet' in region 'auto' (HTTP 403 Forbidden)",
        '',
        'Authentication Failure - R2 authentication failed.',
        '* No credentials are provided.',
        '* Create an R2 secret with account_id, key_id, and secret.'
      ].join('\n')
    ],
    [
      "own: an s3_endpoint of MinIO's in the header",
      [
        "HTTP GET error reading 'http://192.168.1.85:19000/lakehouse/main/a/b.parquet' in region '' (HTTP 403 Forbidden)",
        '',
        'AccessDenied: Access Denied',
        '',
        'Authentication Failure - this is usually caused by invalid or missing credentials.',
        '* No credentials are provided.'
      ].join('\n')
    ]
  ])('%s: no credentials finding of WD860', (_title, text) => {
    expect(read(text).filter((f) => f[1] === 'WD860')).toEqual([])
  })
})

describe("botocore's SSO token not loaded (WD861)", () => {
  it.each<[string, string, string]>([
    ['h15-098 (odayakalife.dev)', corpusText('heldout15.jsonl', 'h15-098'), 'sso-no-token'],
    [
      'github.opai.space/tekumara/notes/blob/main/aws-sso.md (the token expired)',
      [
        '```',
        'botocore.exceptions.SSOTokenLoadError: Error loading SSO Token: The SSO access token has either expired or is otherwise invalid',
        '```'
      ].join('\n'),
      'sso-expired'
    ],
    [
      'own: the CLI with its [ERROR] prefix',
      'aws: [ERROR]: Error loading SSO Token: Token for corp does not exist',
      'sso-no-token'
    ]
  ])('%s', (_title, text, cause) => {
    expect(read(text)).toEqual([['credentials', 'WD861', cause, null, null]])
  })
})

describe('STS refused the role ARN as malformed (WD862)', () => {
  it.each<[string, string, string]>([
    [
      'h15-116 (thehumble.dev, GitLab CI)',
      corpusText('heldout15.jsonl', 'h15-116'),
      'ValidationError'
    ],
    [
      'physera/onelogin-aws-cli#12 (a SAML provider ARN in the role slot)',
      'botocore.exceptions.ClientError: An error occurred (ValidationError) when calling the AssumeRoleWithSAML operation: Request ARN is invalid',
      'ValidationError'
    ],
    [
      'oktadev/okta-aws-cli-assume-role#307 (Java SDK v1)',
      'Exception in thread "main" com.amazonaws.services.securitytoken.model.AWSSecurityTokenServiceException: Request ARN is invalid (Service: AWSSecurityTokenService; Status Code: 400; Error Code: ValidationError; Request ID: 76b154dd-8c86-11e9-b9dd-6d97c7eb77da)',
      'ValidationError'
    ],
    [
      'mmmorris1975/aws-runas#80 (an empty role ARN, Go SDK v2)',
      "2022/04/20 10:23:16 operation error STS: AssumeRoleWithSAML, https response error StatusCode: 400, RequestID: a02e53a0-db50-464c-92bc-5011b14bd3cd, api error ValidationError: 4 validation errors detected: Value '' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+; Value '' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value '' at 'principalArn' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+; Value '' at 'principalArn' failed to satisfy constraint: Member must have length greater than or equal to 20.",
      'ValidationError'
    ]
  ])('%s', (_title, text, code) => {
    const found = read(text)
    expect(found[0]).toEqual(['credentials', 'WD862', 'role-arn-malformed', code, 'sts'])
  })

  it("leaves configure-aws-credentials' own wording to WD749", () => {
    expect(read('Error: Could not assume role with OIDC: Request ARN is invalid')).toEqual([
      ['credentials', 'WD749', 'role-arn-invalid', null, null]
    ])
  })
})

describe("S3's clock-skew refusal (WD863), in every client's words", () => {
  it.each<[string, string]>([
    ['h15-068 (boot2docker/boot2docker#469, boto 2)', corpusText('heldout15.jsonl', 'h15-068')],
    [
      'aws/aws-sdk-php#612 (the PHP SDK: not its generic 403 reading)',
      `Fatal error: Uncaught exception 'Aws\\S3\\Exception\\S3Exception' with message 'Error executing "PutObject" on "https://s3.amazonaws.com/backupebrain/my-backupfile"; AWS HTTP error: Client error: 403 RequestTimeTooSkewed (client): The difference between the request time and the current time is too large. - <?xml version="1.0" encoding="UTF-8"?> <Error><Code>RequestTimeTooSkewed</Code><Message>The difference between the request time and the current time is too large.</Message><RequestTime>20150604T232559Z</RequestTime><ServerTime>2015-06-04T22:26:16Z</ServerTime><MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>9E09E2E8D09D863C</RequestId><HostId>CQl85Ol1ejSfxwCFffw880W3OsDNI+FtTYPrQFjJVtM6vmd4pWJaOCuNEWtZPUfjhYRHByziBxg=</HostId></Error>'`
    ],
    [
      'andrewrk/node-s3-client#59 (JS SDK v2)',
      'Error: {"message":"The difference between the request time and the current time is too large.","code":"RequestTimeTooSkewed","time":"2014-11-03T06:12:08.476Z","statusCode":403,"retryable":false}RequestTimeTooSkewed: The difference between the request time and the current time is too large.'
    ]
  ])('%s', (_title, text) => {
    expect(read(text)).toEqual([
      ['credentials', 'WD863', 'clock-skew', 'RequestTimeTooSkewed', 's3']
    ])
  })

  it.each([
    [
      "koderover/zadig#1660 (MinIO's wording: `the server's time`)",
      "500 : Internal Error: RequestTimeTooSkewed: The difference between the request time and the server's time is too large. status code: 403, request id: , host id:"
    ],
    [
      'aliyun/ossutil#27 (Alibaba Cloud OSS)',
      [
        'root@has:~# ossutil ls',
        'Error: oss: service returned error: StatusCode=403, ErrorCode=RequestTimeTooSkewed, ErrorMessage=The difference between the request time and the current time is too large., RequestId=598338A88CEE3190462CAA94!'
      ].join('\n')
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("Hadoop S3A's AccessDeniedException around a credential failure", () => {
  it('h15-059 (trinodb/trino#25626): S3A found no credentials, whatever class wraps it', () => {
    expect(read(corpusText('heldout15.jsonl', 'h15-059')).map((f) => f.slice(0, 3))).toEqual([
      ['credentials', 'WD830', 'missing']
    ])
  })

  it("own: S3's InvalidAccessKeyId in the SDK suffix is the credentials', not a refusal", () => {
    const text =
      'java.nio.file.AccessDeniedException: s3a://b/k: getFileStatus on s3a://b/k: com.amazonaws.services.s3.model.AmazonS3Exception: The AWS Access Key Id you provided does not exist in our records. (Service: Amazon S3; Status Code: 403; Error Code: InvalidAccessKeyId; Request ID: 0123456789ABCDEF)'
    expect(read(text).map((f) => [f[0], f[3]])).toEqual([['credentials', 'InvalidAccessKeyId']])
  })

  it("own: S3's 403 Forbidden stays S3A's refusal (WD718)", () => {
    const text =
      'java.nio.file.AccessDeniedException: s3a://b/k: getFileStatus on s3a://b/k: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: 0123456789ABCDEF)'
    expect(read(text)).toEqual([['denial', 'WD718', null, '403 Forbidden', 's3']])
  })
})
