// Data tools that reach S3 through a client of their own and print its refusal in their own
// frame: Apache Arrow's S3 filesystem (pyarrow, pandas, Ray Data, PyIceberg, Polars through it)
// and ClickHouse's S3 table function, table engine and disks. Neither frame names AWS: an
// S3-compatible store named in the log (MinIO, GCS, OCI...) makes the finding its own
// (parseRecord's s3Compatible check), like any other bare S3 refusal.
import { PRIORITY } from '../Candidate.js'
import type { PhraseRule } from '../phraseRule.js'

/** S3 named in the record: a location, its endpoint, the crate's own S3 error kind, the word. */
const OBJECT_STORE_S3 = /\bs3a?:\/\/|\bamazonaws\.com\b|\bGeneric S3 error\b|\bS3\b/
/** Another cloud's store named in the record. */
const OTHER_CLOUD_STORE =
  /\bgs:\/\/|\bgcs\b|googleapis\.com|\baz(?:ure)?:\/\/|\babfss?:\/\/|blob\.core\.windows\.net|\bAzure\b|\bR2\b|\bMinIO\b/i

export const dataToolS3Rules: PhraseRule[] = [
  {
    // Arrow's ErrorToStatus (cpp/src/arrow/filesystem/s3_internal.h): `AWS Error <type> during
    // <operation> operation: <message>`, the type the C++ SDK's S3Errors enum name
    // (S3ErrorToString), after Arrow's own context (`When getting information for key 'K' in
    // bucket 'B': `). A HEAD request's 403 has no body: the SDK types it ACCESS_DENIED and the
    // message is `No response body.` (apache/arrow#37888, #38013). Before Arrow 7 the type was
    // printed as its number and the operation left out: `AWS Error [code 15]: No response body.`
    // (apache/arrow#29912), 15 being ACCESS_DENIED. The enum name is the only code printed, and
    // is kept as the code; the numeric form prints none. S3's anonymous-request message after it
    // (`Anonymous users cannot initiate multipart uploads`) is the credentials grammar's.
    id: 'arrow-s3-access-denied',
    rule: 'WD851',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['AWS Error ACCESS_DENIED during ', 'AWS Error [code 15]: '],
    // Also with nothing after the operation, a reporter's line cut there (apache/arrow#49643).
    re: /\bAWS Error (?:(ACCESS_DENIED) during ([A-Z][A-Za-z0-9]{2,60}) operation|\[code 15\])(?=: |[ \t]*(?:\r?\n|$))(?!: Anonymous users cannot\b)/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
      if (m[2]) d.operation = m[2]
      // Arrow's context names the bucket (`in bucket 'B'`, `of bucket 'B'`): its S3 filesystem's.
      const lineStart = m.input.lastIndexOf('\n', m.index - 1) + 1
      if (/\bbucket '[^'\n]{1,255}'/.test(m.input.slice(lineStart, m.index))) d.service = 's3'
    }
  },
  {
    // GDAL's /vsis3/ (rasterio, fiona, pyogrio, GeoPandas and QGIS through it) types S3's 403 as
    // CPLE_AWSAccessDeniedError and keeps S3's message (`rasterio._err.CPLE_AWSAccessDeniedError:
    // Access Denied`, cogeotiff/rio-tiler#52); rasterio re-raises it under its own class
    // (`RasterioIOError: Access Denied`, rasterio/rasterio#1706; `RasterioIOError('Access Denied')`
    // in a wrapper's message, Element84/earth-search#20). The error type is GDAL's S3 driver's.
    id: 'gdal-s3-access-denied',
    rule: 'WD7049',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['CPLE_AWSAccessDeniedError', 'RasterioIOError'],
    re: /\bCPLE_AWSAccessDeniedError\b(?:[:(][ \t]*'?Access Denied\b)?|\bRasterioIOError(?:: |\(')Access Denied\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // GDAL's HTTP layer warning of a refused read of a sidecar file (`RuntimeWarning: HTTP response
    // code on https://B.s3.eu-west-2.amazonaws.com/K.gpkg-journal: 403`, geopandas/pyogrio#413):
    // S3's bodiless 403, AWS's only with an S3 endpoint of AWS's as the URL.
    id: 'gdal-http-403',
    rule: 'WD7050',
    kind: 'denial',
    priority: PRIORITY.bareCode,
    needs: ['HTTP response code on '],
    re: /\bHTTP response code on https?:\/\/(?:[\w.-]+\.)?s3(?:[.-][\w-]+)*\.amazonaws\.com(?:\.cn)?\/[^\s:]*: 403\b/g,
    facts: (_m, d) => {
      d.service = 's3'
    }
  },
  {
    // The Rust object_store crate's PermissionDenied (Lance, Polars, DataFusion, delta-rs): `The
    // operation lacked the necessary privileges to complete for path P: Client error with status
    // 403 Forbidden: <?xml …` (lance-format/lance#3549, S3 named only in the writer's prose
    // above). Its words are every store's: never AWS's where the record names another cloud's
    // store, S3's where it names S3.
    id: 'object-store-permission-denied',
    rule: 'WD7056',
    kind: 'denial',
    priority: PRIORITY.bareCode,
    needs: ['lacked the necessary privileges to complete for path'],
    re: /\bThe operation lacked the necessary privileges to complete for path [^\s:]{1,400}: Client error with status 403\b/g,
    when: (text) => !OTHER_CLOUD_STORE.test(text),
    facts: (m, d) => {
      if (OBJECT_STORE_S3.test(m.input)) d.service = 's3'
    }
  },
  {
    // S3's XML error page as a browser renders it, its tags gone and its fields run together
    // (`AccessDeniedAccess Denied5YS14V1EEZ59D59N…`, carbonplan/extreme-heat#1): the code, the
    // message, then S3's 16-character request ID.
    id: 's3-error-page-text',
    rule: 'WD7065',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['AccessDeniedAccess Denied'],
    re: /\b(AccessDenied)Access Denied(?=[0-9A-Z]{16}(?![0-9A-Z]))/g,
    facts: (m, d) => {
      d.code = m[1]!
      d.service = 's3'
    }
  },
  {
    // ClickHouse's S3 client (src/IO/S3, ErrorCodes::S3_ERROR, code 499) relaying S3's refusal:
    // with the S3 error's name in backticks and its message quoted (`Could not list objects in
    // bucket 'B' with prefix 'P', S3 exception: \`AccessDenied\`, message: 'Access Denied'.`,
    // ClickHouse/ClickHouse#59529); S3's message alone as the exception's text (`DB::Exception:
    // Access Denied. (S3_ERROR)`, ClickHouse#39232; `Access Denied: While executing S3.`,
    // aws-quickstart/quickstart-clickhouse-cluster#39); or a HEAD request's bodiless 403 (`Failed
    // to get object info: No response body.. HTTP response code: 403`, ClickHouse/clickhouse-academy#40).
    // The bare forms are ClickHouse's only with its S3_ERROR name (or code 499) on the line: its
    // other errors (`ACCESS_DENIED` for its own users) are not AWS's.
    id: 'clickhouse-s3-error',
    rule: 'WD854',
    kind: 'denial',
    priority: PRIORITY.message,
    needs: ['S3 exception: `AccessDenied`', 'DB::Exception: '],
    re: /\bS3 exception: `(AccessDenied)`, message: '[^'\n]{0,200}'|\bDB::Exception: (?:Access Denied(?=[.:])|Failed to get object info: No response body\.\.? HTTP response code: 403\b)(?=[^\n]{0,600}\((?:S3_ERROR)\)|(?<=\bCode: 499[.,][^\n]{0,200}))/g,
    facts: (m, d) => {
      if (m[1]) d.code = m[1]
    }
  }
]
