// heldout15 (h15-050, h15-051, h15-053, h15-055): data tools that reach S3 through a client of
// their own and print its refusal in their own frame. Apache Arrow's S3 filesystem (WD851: its
// SDK error type in `AWS Error ACCESS_DENIED during OP operation`, before Arrow 7 `AWS Error
// [code 15]`) and ClickHouse's S3 client (WD854: `S3 exception: \`AccessDenied\``, S3's words
// as the exception's text, a HEAD's bodiless 403, each with its S3_ERROR name).
import { corpusText } from '../support/corpusRecords.js'
import { only, parseText } from './parseText.js'

const fields = (text: string) => {
  const f = only(text)
  return [f.kind, f.grammar, f.code, f.operation, f.service]
}

describe("Arrow's S3 filesystem (WD851)", () => {
  it.each([
    ['h15-050 (apache/arrow#37888)', corpusText('heldout15.jsonl', 'h15-050'), 'HeadObject'],
    ['h15-051 (ray-project/ray#50820)', corpusText('heldout15.jsonl', 'h15-051'), 'ListObjectsV2'],
    [
      'apache/arrow#45702 (a role from AWS_ROLE_ARN, quoted)',
      "> OSError: When getting information for key 'schemas/meta.db/trino_queries_iceberg/metadata/00000-41568416-bc76-4236-afab-a7bec772eb32.metadata.json' in bucket 'REDACTED-BUCKET': AWS Error ACCESS_DENIED during HeadObject operation: No response body.",
      'HeadObject'
    ],
    [
      'apache/arrow#38013 (aws sso credentials, a dataset write)',
      '  File "pyarrow/_dataset.pyx", line 3844, in pyarrow._dataset._filesystemdataset_write\n  File "pyarrow/error.pxi", line 115, in pyarrow.lib.check_status\nOSError: When testing for existence of bucket \'my-s3-bucket\': AWS Error ACCESS_DENIED during HeadBucket operation: No response body.',
      'HeadBucket'
    ]
  ])('%s', (_name, text, operation) => {
    expect(fields(text)).toEqual([
      'denial',
      'arrow-s3-access-denied',
      'ACCESS_DENIED',
      operation,
      's3'
    ])
  })

  it('apache/arrow#29912: before Arrow 7 the type is a number and the operation is left out', () => {
    const text =
      "  File \"pyarrow/error.pxi\", line 114, in pyarrow.lib.check_status\nOSError: When reading information for key 'some-existing-key' in bucket 'some-bucket-with-read-access': AWS Error [code 15]: No response body."
    expect(fields(text)).toEqual(['denial', 'arrow-s3-access-denied', null, null, 's3'])
  })

  it("apache/arrow#38421: S3's anonymous-request message after it stays the credentials grammar's", () => {
    const f = only(
      "OSError: When initiating multiple part upload for key 'resources/01HBTZN7DBR1BE62S5TJRQDZXP/data.parquet' in bucket 'my-bucket-name': AWS Error ACCESS_DENIED during CreateMultipartUpload operation: Anonymous users cannot initiate multipart uploads. Please authenticate."
    )
    expect([f.kind, f.grammar]).toEqual(['credentials', 's3-anonymous'])
  })

  it.each([
    // apache/arrow#38013 (a comment): a 400 during the Region lookup, no refusal.
    "OSError: When resolving region for bucket 's3': AWS Error UNKNOWN (HTTP status 400) during HeadBucket operation: No response body.",
    "OSError: When reading information for key 'a.parquet' in bucket 'b': AWS Error NETWORK_CONNECTION during HeadObject operation: curlCode: 28, Timeout was reached",
    // Other error types and other numbers are not the refusal.
    "OSError: When reading information for key 'k' in bucket 'b': AWS Error [code 99]: curlCode: 7, Couldn't connect to server",
    // Against MinIO, named in the log.
    "fs = S3FileSystem(endpoint_override='http://minio:9000')\nOSError: When getting information for key 'a.parquet' in bucket 'b': AWS Error ACCESS_DENIED during HeadObject operation: No response body."
  ])('silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe("ClickHouse's S3 client (WD854)", () => {
  it('h15-053 (ClickHouse/ClickHouse#59529): the code from its backticks, S3 from the query URL', () => {
    expect(fields(corpusText('heldout15.jsonl', 'h15-053'))).toEqual([
      'denial',
      'clickhouse-s3-error',
      'AccessDenied',
      null,
      's3'
    ])
  })

  it.each([
    [
      'h15-055 (aws-quickstart/quickstart-clickhouse-cluster#39)',
      corpusText('heldout15.jsonl', 'h15-055')
    ],
    [
      'ClickHouse/ClickHouse#39232 (22.1, an INSERT INTO FUNCTION s3)',
      'Received exception from server (version 22.1.2):\nCode: 499. DB::Exception: Received from 127.0.0.1:9000. DB::Exception: Access Denied. (S3_ERROR)'
    ],
    [
      'ClickHouse/clickhouse-academy#40 (a HEAD without a body)',
      'Received exception from server (version 25.6.1):\nCode: 499. DB::Exception: Received from localhost:9000. DB::Exception: Failed to get object info: No response body.. HTTP response code: 403: while reading datasets/crypto_prices.parquet: The table structure cannot be extracted from a Parquet format file. You can specify the structure manually. (S3_ERROR)'
    ]
  ])('%s: a denial, no code', (_name, text) => {
    const f = only(text)
    expect([f.kind, f.grammar, f.code]).toEqual(['denial', 'clickhouse-s3-error', null])
  })

  it.each([
    // ClickHouse/ClickHouse#80150: the same 403 from Oracle Object Storage, its host masked.
    "select * from s3 ('https://[namespace].compat.objectstorage.[region].oraclecloud.com/bucket-20250513-1211/logs.csv','access_key','security_key','CSV','ID Int64');\n\nReceived exception from server (version 25.4.3):\nCode: 499. DB::Exception: Received from localhost:9000. DB::Exception: Failed to get object info: No response body.. HTTP response code: 403: while reading logs.csv: While executing S3(_table_function.s3)Source. (S3_ERROR)",
    // Altinity/clickhouse-operator#973: an S3 error with an empty message, nothing refused.
    '2024.03.20 05:44:44.731265 [ 698 ] {} <Error> virtual void DB::IDisk::checkAccessImpl(const String &): Code: 499. DB::Exception: Message: , bucket archives, key /clickhouse_access_check_754b5b2b, object size 4. (S3_ERROR), Stack trace (when copying this message, always include the lines below):',
    // ClickHouse's own users and grants: ACCESS_DENIED is its code, not S3's.
    'Code: 497. DB::Exception: Received from localhost:9000. DB::Exception: default: Not enough privileges. To execute this query, it is necessary to have the grant SELECT ON db.t. (ACCESS_DENIED)',
    'Code: 516. DB::Exception: Access Denied: user reader has no access to table db.t. (AUTHENTICATION_FAILED)'
  ])('silent: %s', (text) => {
    expect(parseText(text)).toEqual([])
  })
})
