// heldout64–65's refusals the engine missed or misread on their unseen score (issue 10, session
// 38): SimpleDB's own refusal, docker-machine's status in the code slot, the Rust SDK's chain that
// found no credentials, the object_store crate's PermissionDenied; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h64 = (id: string) => corpusText('heldout64.jsonl', id)
const h65 = (id: string) => corpusText('heldout65.jsonl', id)

describe('services’ and clients’ own words', () => {
  it('h64-001 (celery/kombu#108): SimpleDB’s action and resource in parentheses', () => {
    const [f] = parseText(h64('h64-001'))
    expect([f?.kind, f?.grammar, f?.code, f?.action, f?.resource]).toEqual([
      'denial',
      'sdb-authorization-failure',
      'AuthorizationFailure',
      'sdb:CreateDomain',
      'arn:aws:sdb:eu-west-1:461068518106:domain/kombu_'
    ])
  })

  it('own: the same words without an ARN are not read', () => {
    expect(
      parseText('Session does not have permission to perform (edit) on resource (page 4).\n')
    ).toEqual([])
  })

  it('h64-036 (rancher/rancher#372): docker-machine’s `code=401` is the code', () => {
    const [f] = parseText(h64('h64-036'))
    expect([f?.kind, f?.code]).toEqual(['credentials', '401'])
  })

  it.each(['h65-004', 'h65-005'])('%s: the Rust SDK’s chain found no credentials', (id) => {
    const [f] = parseText(h65(id))
    expect([f?.kind, f?.grammar, f?.detail.cause]).toEqual([
      'credentials',
      'rust-credentials-not-loaded',
      'missing'
    ])
  })

  it('h65-006 (lance-format/lance#3549): object_store’s PermissionDenied with its 403', () => {
    const [f] = parseText(h65('h65-006'))
    expect([f?.kind, f?.grammar]).toEqual(['denial', 'object-store-permission-denied'])
  })

  it('own: the same words where the record names Google Cloud Storage are not AWS’s', () => {
    expect(
      parseText(
        'reading gs://bucket/data.lance\nOSError: LanceError(IO): The operation lacked the necessary privileges to complete for path data.lance/x.txn: Client error with status 403 Forbidden\n'
      )
    ).toEqual([])
  })
})

describe('the service a request names above its answer', () => {
  it('h64-002 (boto/boto#3740): boto 2’s `SQSError` names SQS', () => {
    const [f] = parseText(h64('h64-002'))
    expect([f?.kind, f?.service, f?.code]).toEqual(['credentials', 'sqs', 'SignatureDoesNotMatch'])
  })

  it('own: the Go SDK’s debug heading a few lines above names the service', () => {
    const [f] = parseText(
      [
        '2018/03/21 19:06:17 DEBUG: Response dynamodb/Scan Details:',
        '---[ RESPONSE ]--------------------------------------',
        'HTTP/1.1 400 Bad Request',
        '2018/03/21 19:06:17 {"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}'
      ].join('\n') + '\n'
    )
    expect([f?.kind, f?.service]).toEqual(['credentials', 'dynamodb'])
  })

  it('own: a client of no AWS service in the same heading names none', () => {
    const [f] = parseText(
      'DEBUG: Response widgets/List Details:\n{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}\n'
    )
    expect(f?.service).toBeNull()
  })
})

const h66 = (id: string) => corpusText('heldout66.jsonl', id)

describe('heldout66’s misses (issue 10, session 38)', () => {
  it('h66-003 (awslabs/amazon-bedrock-agent-samples#161): an event stream’s lower-camel code', () => {
    const [f] = parseText(h66('h66-003'))
    expect([f?.kind, f?.code, f?.operation]).toEqual([
      'denial',
      'accessDeniedException',
      'InvokeAgent'
    ])
  })

  it('own: a lower-case word that is no exception’s name is not a code', () => {
    expect(parseText('{"error":{"code":"forbidden","message":"Not authorized"}}\n')).toEqual([])
  })

  it('h66-004 (lobehub/lobehub#4100): the JSON error’s `type` after its message', () => {
    const [f] = parseText(h66('h66-004'))
    expect([f?.kind, f?.code]).toEqual(['denial', 'AccessDeniedException'])
  })

  it('h66-012 (outline/outline#7065): S3’s empty key ID, the sentence’s second half alone', () => {
    const [f] = parseText(h66('h66-012'))
    expect([f?.kind, f?.grammar, f?.detail.cause]).toEqual([
      'credentials',
      'authorization-header-empty-key',
      'header-key-empty'
    ])
  })

  it('h66-017 (mattermost/mattermost#22433): the metadata service’s token request timed out', () => {
    const [f] = parseText(h66('h66-017'))
    expect([f?.kind, f?.grammar, f?.detail.cause]).toEqual([
      'credentials',
      'imds-request-failed',
      'credential-timeout'
    ])
  })

  it('own: a connection refused by the metadata service is its error, not a timeout', () => {
    const [f] = parseText(
      'upload failed: Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/": dial tcp 169.254.169.254:80: connect: connection refused\n'
    )
    expect([f?.grammar, f?.detail.cause]).toEqual(['imds-request-failed', 'imds-error'])
  })

  it('h66-024 (Aiven-Open/tiered-storage-for-apache-kafka#674): the Java SDK’s half pair, no wrapper code', () => {
    const [f] = parseText(h66('h66-024'))
    expect([f?.kind, f?.grammar, f?.detail.cause, f?.code]).toEqual([
      'credentials',
      'no-credentials-java-system-settings',
      'partial-credentials',
      null
    ])
  })

  it('h66-027 (CrunchyData/postgres-operator#4006): pgBackRest found no result in STS’s answer', () => {
    const [f] = parseText(h66('h66-027'))
    expect([f?.kind, f?.grammar]).toEqual(['credentials', 'pgbackrest-web-identity-refused'])
  })

  it('h66-032 (middyjs/middy#748): the IAM sentence’s second half, its caller left out', () => {
    const [f] = parseText(h66('h66-032'))
    expect([f?.grammar, f?.action, f?.layer, f?.deny]).toEqual([
      'iam-sentence-without-caller',
      'ssm:GetParameters',
      'identity',
      'implicit'
    ])
  })

  it('own: the whole sentence stays the IAM sentence’s, read once', () => {
    const found = parseText(
      'User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:123456789012:parameter/x because no identity-based policy allows the ssm:GetParameters action\n'
    )
    expect(found.map((f) => f.grammar)).toEqual(['iam-sentence'])
  })
})

describe('pgBackRest’s repository put on AWS in words', () => {
  it('own: `Amazon S3` named in the same record makes its bare 403 S3’s', () => {
    const [f] = parseText(
      'backing up to our Amazon S3 repository:\nERROR: [039]: HTTP request failed with 403 (Forbidden):\n'
    )
    expect([f?.grammar, f?.service]).toEqual(['pgbackrest-s3-403', 's3'])
  })

  it('own: no store named, no finding', () => {
    expect(parseText('ERROR: [039]: HTTP request failed with 403 (Forbidden):\n')).toEqual([])
  })
})

const h67 = (id: string) => corpusText('heldout67.jsonl', id)

describe('heldout67’s misses (issue 10, session 38)', () => {
  it('h67-021 (christophgysin/aws-sdk-js-v3#38): the JS SDK v3 signer’s `Credential is missing`', () => {
    const [f] = parseText(h67('h67-021'))
    expect([f?.kind, f?.grammar, f?.detail.cause]).toEqual([
      'credentials',
      'js-sdk-credential-missing',
      'missing'
    ])
  })

  it('own: the same words from an app of its own are not the SDK’s', () => {
    expect(parseText('Error: Credential is missing from the form\n')).toEqual([])
  })

  it('h67-022 (cloudydeno/aws-api#40): Deno’s aws-api found no credentials', () => {
    const [f] = parseText(h67('h67-022'))
    expect([f?.kind, f?.grammar]).toEqual(['credentials', 'deno-aws-api-no-credentials'])
  })

  it('h67-032 (carbonplan/extreme-heat#1): S3’s error page with its tags gone', () => {
    const [f] = parseText(h67('h67-032'))
    expect([f?.kind, f?.grammar, f?.code, f?.service]).toEqual([
      'denial',
      's3-error-page-text',
      'AccessDenied',
      's3'
    ])
  })

  it('h67-037 (SlideRuleEarth/sliderule#131): a chain ending in the path the tool appends', () => {
    const [f] = parseText(h67('h67-037'))
    expect([f?.kind, f?.grammar]).toEqual(['denial', 'go-chain-access-denied'])
  })

  it('own: a parenthesis that is no path does not end the value', () => {
    expect(
      parseText('level=error msg="failed to read S3 data: Access Denied (retrying in 5s)"\n').map(
        (f) => f.grammar
      )
    ).not.toContain('go-chain-access-denied')
  })
})

const h68 = (id: string) => corpusText('heldout68.jsonl', id)

describe('heldout68’s misses (issue 10, session 38)', () => {
  it('h68-001 (caddy-dns/route53#23): the Go SDK v2’s empty static credentials', () => {
    const [f] = parseText(h68('h68-001'))
    expect([f?.kind, f?.grammar, f?.detail.cause, f?.service]).toEqual([
      'credentials',
      'go-sdk-static-credentials-empty',
      'missing',
      'route53'
    ])
  })

  it('h68-011: Redshift’s refusal of a role, its accounts masked', () => {
    const [f] = parseText(h68('h68-011'))
    expect([f?.grammar, f?.principal, f?.resource]).toEqual([
      'redshift-assume-iam-role',
      'arn:aws-cn:redshift:cn-northwest-1:xxx:dbuser:xxx/xxx',
      'arn:aws-cn:iam::xxx:role/myRedshiftRole'
    ])
  })

  it('h68-012: Redshift’s older words for the same refusal, its exception name the code', () => {
    const [f] = parseText(h68('h68-012'))
    expect([f?.grammar, f?.code, f?.resource]).toEqual([
      'redshift-assume-iam-role',
      'UnauthorizedException',
      'arn:aws:iam::088356671508:role/amazonredshiftfullaccessbigdata'
    ])
  })

  it('h68-025 (openmm/openmm#1835): Travis dpl’s words for a refused bucket write', () => {
    const [f] = parseText(h68('h68-025'))
    expect([f?.kind, f?.grammar, f?.service, f?.operation]).toEqual([
      'denial',
      'dpl-s3-bucket-refused',
      's3',
      'PutObject'
    ])
  })

  it('h68-030 (gravitational/teleport#7939): words set in underscores are one placeholder each', () => {
    const [f] = parseText(h68('h68-030'))
    expect([f?.principal, f?.resource]).toEqual(['_my role_', '_teleport dynamodb table_'])
  })

  it('own: a name with underscores and no space stays a name', () => {
    const [f] = parseText(
      'User: arn:aws:iam::123456789012:user/ci_deploy_bot is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::my_legacy_bucket/k\n'
    )
    expect([f?.principal, f?.resource]).toEqual([
      'arn:aws:iam::123456789012:user/ci_deploy_bot',
      'arn:aws:s3:::my_legacy_bucket/k'
    ])
  })
})
