// heldout140–141's refusals the engine missed on their unseen score (issue 10, session 48): mobile
// SDKs and media services in their own words, DuckDB, Arrow and the AWS SDK for C++, s3fs under
// Dask, driftctl and Prowler's summaries, credential helpers' and libraries' words for no or bad
// credentials, and the look-alikes; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services', tools' and libraries' own words", () => {
  it.each([
    ['h140-005', 'denial', 'amplify-s3-provider-403', null, null],
    ['h140-034', 'denial', 'insufficient-permission-s3-bucket', null, null],
    ['h140-039', 'denial', 'permissions-needed-for-call', 'UnprocessableEntityException', null],
    ['h140-040', 'denial', 'kvs-service-call-not-authorized', null, null],
    ['h140-041', 'denial', 'access-denied-to-role', null, null],
    ['h141-050', 'denial', 'driftctl-listing-forbidden', null, null],
    ['h141-053', 'denial', 'prowler-describe-regions-denied', null, null],
    ['h141-071', 'denial', 'aws-sdk-cpp-http-403', null, null],
    ['h141-087', 'denial', 'duckdb-rest-forbidden', null, null],
    ['h141-089', 'denial', 's3fs-permission-error', null, null],
    ['h141-085', 'denial', 'arrow-s3-access-denied', 'ACCESS_DENIED', null],
    ['h140-018', 'credentials', 'signature-expired', null, 'clock-skew'],
    ['h140-038', 'credentials', 'credential-scope-service', null, 'scope-service'],
    ['h141-014', 'credentials', 'invalid-credential-date', null, 'credential-date'],
    ['h141-077', 'credentials', 'duckdb-s3-no-credentials', null, 'duckdb-no-credentials'],
    ['h141-070', 'credentials', 's3-anonymous', 'ACCESS_DENIED', 'anonymous'],
    ['h141-039', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h141-079', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h141-080', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h141-090', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h141-093', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h141-088', 'credentials', 'no-credentials-sdk', null, 'missing']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    expect(analyzeText(h('h141-087')).findings[0]!.service).toBe('glue')
    const [arrow] = analyzeText(h('h141-085')).findings
    expect(arrow!.operation).toBe('HeadObject')
    const [prowler] = analyzeText(h('h141-053')).findings
    expect([prowler!.operation, prowler!.service]).toEqual(['DescribeRegions', 'ec2'])
    // DuckDB's 403 and its hint that no credentials were sent are one error: the hint's.
    expect(reported(h('h141-077')).map((f) => f.grammar)).toEqual(['duckdb-s3-no-credentials'])
    expect(analyzeText(h('h140-014')).findings[0]!.code).toBe('NetworkingError')
  })

  it.each([
    // own: DuckDB's 403 from another store's host is that store's
    "HTTP Error: HTTP GET error on 'https://storage.googleapis.com/b/x.parquet' (HTTP 403)",
    // own: DuckDB's iceberg refused by a catalog that is not AWS's
    "Request to 'polaris.example.net/api/catalog/v1/config' returned a non-200 status code (Forbidden_403), with reason: ",
    // own: s3fs's PermissionError for a local path is the file system's
    "Exception: PermissionError('Access Denied') writing /mnt/data/out.csv",
    // own: driftctl naming what it could list
    'Listing aws_sqs_queue is complete.',
    // own: Arrow naming another error of the same call
    'AWS Error NETWORK_CONNECTION during HeadObject operation: curlCode: 6, Could not resolve host',
    // own: the AWS SDK for C++ tracing a 200
    '[DEBUG] 2023-07-17 15:44:56.102 AWSXmlClient [140598636412672] HTTP response code: 200'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('look-alikes', () => {
  it('h141-027 (Duplicati against a custom S3 service): nothing reported', () => {
    expect(reported(h('h141-027'))).toEqual([])
  })

  it('counter-case (own): a custom domain in front of AWS S3 is still AWS', () => {
    expect(
      reported(
        'upload failed: ./a to s3://my-custom-s3-bucket/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ).length
    ).toBeGreaterThan(0)
  })
})
