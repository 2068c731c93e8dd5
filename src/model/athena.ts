// Athena runs a query with the caller's credentials: it reads the table's data in S3 and writes
// the results to the workgroup's query-results location (Athena user guide, "Access to Amazon
// S3"). Federation connectors spill large blocks to their own S3 location and read them back.

/** A text about an Athena query (the service's name, or its JDBC driver's). */
export const ATHENA = /\b(?:Amazon)?Athena(?:JDBC|Connector)?\b/

/**
 * A Python client's own frames or options in the traceback above the refusal, which may stand
 * many lines above it: PyAthena (`site-packages/pyathena/cursor.py`, `pyathena.error.`, its
 * `s3_staging_dir` argument) and AWS SDK for pandas (`awswrangler/athena/`, `wr.athena.`). Its
 * `OperationalError` relays the query's state-change reason: S3's refusal of the query's own reads
 * and writes (heldout12 review, h12-105).
 */
export const ATHENA_CLIENT =
  /[\\/]pyathena[\\/]|\bpyathena\.(?:error|cursor)\b|\bs3_staging_dir\b|[\\/]awswrangler[\\/]athena[\\/]|\bwr\.athena\.\w/

/** What the query needs on each side, beside the refused action. */
export const ATHENA_QUERY_SIDES: readonly { side: string; actions: readonly string[] }[] = [
  {
    side: "the table's data",
    actions: ['s3:GetBucketLocation', 's3:ListBucket', 's3:GetObject']
  },
  {
    side: 'the query-results location',
    actions: [
      's3:GetBucketLocation',
      's3:GetObject',
      's3:PutObject',
      's3:ListBucketMultipartUploads',
      's3:AbortMultipartUpload'
    ]
  }
]

/** The connector's spill location: written, then read back (SAM templates grant S3 CRUD on it). */
export const SPILL_ACTIONS: readonly string[] = ['s3:PutObject', 's3:GetObject']

export const SPILLER = /\bS3BlockSpiller\b/
