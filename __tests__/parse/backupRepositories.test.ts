// Issue 10 (heldout12 review, h12-101): pgBackRest's bare 403 from its S3 repository (WD843),
// AWS's only where the text puts the repository on AWS.
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

/** The 2.3x wording (pgbackrest/pgbackrest#1623's title), after the options line it follows. */
function pgBackRest(endpoint: string): string {
  return [
    `2023-02-15 10:00:00.000 P00   INFO: stanza-create command begin 2.44: --repo1-s3-endpoint=${endpoint} --repo1-s3-region=us-east-1 --repo1-type=s3 --stanza=testdb`,
    '2023-02-15 10:00:00.500 P00  ERROR: [039]: HTTP request failed with 403 (Forbidden):'
  ].join('\n')
}

describe('pgBackRest’s `S3 request failed with 403: Forbidden` (WD843)', () => {
  it('h12-101 (pgbackrest/pgbackrest#1089): the configured endpoint is AWS’s', () => {
    const f = only(corpusText('heldout12.jsonl', 'h12-101'))
    expect([f.kind, f.grammar, f.service, f.code]).toEqual([
      'denial',
      'pgbackrest-s3-403',
      's3',
      null
    ])
  })

  it('pgbackrest/pgbackrest#669 (journal lines, S3’s own body printed above): one finding, its code', () => {
    const found = parseText(
      [
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        server: AmazonS3',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        transfer-encoding: chunked',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        x-amz-id-2: <redacted>',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        x-amz-request-id: <redacted>',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        *** Response Content ***:',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        <?xml version="1.0" encoding="UTF-8"?>',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        <Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>redacted</RequestId><HostId>redacted</HostId></Error>',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        ProtocolError: S3 request failed with 403: Forbidden',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        *** URI/Query ***:',
        'Feb 08 00:58:10 shaganappi-staging postgresql@11-main[30871]:        /pgbackrest/shaganappi-staging/archive/main/archive.info.copy'
      ].join('\n')
    )
    expect(found.map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })

  it('own variant: the endpoint set in the environment (the Crunchy operator’s form)', () => {
    const f = only(
      'PGBACKREST_REPO1_S3_ENDPOINT=s3.eu-west-1.amazonaws.com\nERROR: [039]: S3 request failed with 403: Forbidden'
    )
    expect(f.service).toBe('s3')
  })

  it('own variant: the 2.3x wording with the endpoint of pgbackrest/pgbackrest#1998', () => {
    const f = only(pgBackRest('s3.us-east-1.amazonaws.com'))
    expect([f.grammar, f.service]).toEqual(['pgbackrest-s3-403', 's3'])
  })

  it.each([
    [
      'the endpoint of pgbackrest/pgbackrest#1899 (an S3-compatible store)',
      pgBackRest('s3.cls.fr')
    ],
    [
      'a MinIO service (pgbackrest/pgbackrest#1021)',
      pgBackRest('minio-gateway.infra-system.svc.cluster.local.')
    ],
    [
      'CrunchyData/postgres-operator#987 (the endpoint left as a placeholder)',
      [
        'PGBACKREST_REPO1_S3_CA_FILE=/sshd/aws-s3-ca.crt',
        'PGBACKREST_LOG_PATH=/tmp',
        'PGBACKREST_REPO1_S3_ENDPOINT=<endpoint>',
        'PGBACKREST_PG1_PORT=5432',
        '```',
        'pgbackrest info',
        "ERROR: [039]: raised from remote-0 protocol on 'test-rest-backrest-shared-repo': S3 request failed with 403: Forbidden",
        '       *** URI/Query ***:'
      ].join('\n')
    ],
    [
      'no endpoint shown at all',
      '2023-02-15 10:00:00.500 P00  ERROR: [039]: HTTP request failed with 403 (Forbidden):'
    ],
    [
      'github-file:find_string#2403299632 (pgBackRest’s own test, a test host)',
      '        TEST_ERROR(storageListP(s3, strNew("/")), ProtocolError,\n            "S3 request failed with 403: Forbidden\\n"\n            "*** URI/Query ***:\\n"'
    ]
  ])('silent: %s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
