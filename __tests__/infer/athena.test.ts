// S3 refusals behind Athena: a query needs its data read and its results written; a federation
// connector writes its spill location and reads it back. One statement each side, not one action.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { corpusText } from '../support/corpusRecords.js'

function drafted(text: string): { actions: string[]; notes: string } {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  const statements = remedies.flatMap((r) => r.statements)
  return {
    actions: statements.flatMap((s) => [s.Action].flat() as string[]).sort(),
    notes: remedies.flatMap((r) => r.notes).join('\n')
  }
}

// Source: awslabs/aws-athena-query-federation#1318 (SQL Server connector, logged at WARN).
const FEDERATION_1318 = `INFO  S3BlockSpiller:359 - write: Started spilling block of size 16009592 bytes
2023-06-08 08:58:41  WARN S3BlockSpiller:379 - write: Encountered error while writing block.

com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: GY622WXRRH4RPT0Q; S3 Extended Request ID: bKaA45EbG8UAmfJfjujscshu4brkrW7HvVuhuRpZxuL/CMws+ywLahtVKVkOt9qerxy8UTkqzCsMYpdcxBgabA==; Proxy: null)`

// Source: aws/context-ontology-accelerator#38 (PR description, escaped backticks kept).
const ACCELERATOR_38 =
  'The serve runtime role lacked required S3 actions causing all Tier 2 structured queries to fail with \\`PERMISSION_DENIED: Access Denied (Service: S3, Status Code: 403)\\`. This blocked the entire NL→SQL→Athena execution path, causing every query to fall through to Tier 3 with empty context.'

// Source: LBHackney-IT/Data-Platform#2777 (the connector's message names action and object).
const DATA_PLATFORM_2777 = `> AmazonAthenaConnector: The query failed: 'PERMISSION_DENIED: User: arn:aws:iam::365719730767:user/fme-user is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::dataplatform-prod-raw-zone/child-fam-services/latest_partition/mosaic/addresses/20260629_062338_00160_si9zh_b32234fb-ecd7-4d85-ae6b-21e6db0f16cb" because no identity-based policy allows the s3:GetObject action (Service: S3, Status Code: 403, Request ID: YXC4P8SQF8ZTGYG8, Extended Request ID: o7LHbNAMIKPR3XChMW0IK90K4H1IwT8ArP+xr7nwsXSIXSvuu++aRcsTFWpE5tUVZx4WD/2sMQc=)'`

// octopus-energy/tentaclio#102 (a PyAthena traceback whose S3 answer is a missing key, not a refusal).
const TENTACLIO_102 = `~/.pyenv/versions/3.6.8/envs/data-analysis/lib/python3.6/site-packages/pyathena/result_set.py in _as_pandas(self)
    424             _logger.exception('Failed to download csv.')
--> 425             raise_from(OperationalError(*e.args), e)
    426         else:

~/.pyenv/versions/3.6.8/envs/data-analysis/lib/python3.6/site-packages/future/utils/__init__.py in raise_from(exc, cause)
    399         execstr = "raise __python_future_raise_from_exc from __python_future_raise_from_cause"
--> 400         exec(execstr, myglobals, mylocals)
    401 

~/.pyenv/versions/3.6.8/envs/data-analysis/lib/python3.6/site-packages/pyathena/result_set.py in <module>

OperationalError: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.`

const ATHENA_SET = [
  's3:AbortMultipartUpload',
  's3:GetBucketLocation',
  's3:GetObject',
  's3:ListBucket',
  's3:ListBucketMultipartUploads',
  's3:PutObject'
]

describe('Athena', () => {
  it('federation#1318: the spill write is s3:PutObject, read back with s3:GetObject', () => {
    const { actions, notes } = drafted(FEDERATION_1318)
    expect(actions).toEqual(['s3:GetObject', 's3:PutObject'])
    expect(notes).toContain("the Athena connector's spill write (S3BlockSpiller)")
    expect(notes).toContain('reads it back')
    // A connector's spill is its own location, not a query's two.
    expect(analyzeText(FEDERATION_1318).findings[0]!.explanation).not.toContain('Athena query')
  })

  it('accelerator#38: the query gets both sides of the documented S3 set', () => {
    const { actions, notes } = drafted(ACCELERATOR_38)
    expect(actions).toEqual([
      's3:AbortMultipartUpload',
      's3:GetBucketLocation',
      's3:GetObject',
      's3:ListBucket',
      's3:ListBucketMultipartUploads',
      's3:PutObject'
    ])
    expect(notes).toContain("Athena reads the table's data and writes the query-results location")
  })

  it("h12-105: PyAthena's frame eight lines above the refusal makes it the query's: both sides", () => {
    const text = corpusText('heldout12.jsonl', 'h12-105')
    const { actions, notes } = drafted(text)
    expect(actions).toEqual(ATHENA_SET)
    // The explanation opens on the query's two places, not on S3's generic causes.
    expect(analyzeText(text).findings[0]!.explanation).toMatch(
      /^The refusal is S3's answer to an Athena query \(an Athena client's frame above the refusal\)[^]*query-result location \(the workgroup's output location, or the client's `s3_staging_dir`\)/
    )
    expect(notes).toContain('an Athena query needs it on the query-results location')
    expect(notes).toContain("an Athena query needs it on the table's data")
  })

  it("awswrangler's frame counts as well", () => {
    const text = corpusText('heldout12.jsonl', 'h12-105').replace(
      /\/pyathena\/cursor\.pyc in execute\([^)]*\)/,
      '/awswrangler/athena/_read.py in read_sql_query(sql, database)'
    )
    expect(text).toContain('awswrangler/athena/')
    expect(drafted(text).actions).toEqual(ATHENA_SET)
  })

  it('tentaclio#102: a missing key under PyAthena is no refusal at all', () => {
    expect(analyzeText(TENTACLIO_102).findings.filter((f) => f.kind === 'denial')).toEqual([])
  })

  it('data-platform#2777: a message naming its action and object is drafted as printed', () => {
    const { actions } = drafted(DATA_PLATFORM_2777)
    expect(actions).toEqual(['s3:GetObject'])
  })

  it.each([
    [
      'a spiller that read, not wrote',
      FEDERATION_1318.replace(/write/g, 'read').replace('writing', 'reading')
    ],
    ['the same refusal without Athena', ACCELERATOR_38.replace('Athena', 'Presto')],
    [
      'the same traceback from another database client',
      corpusText('heldout12.jsonl', 'h12-105')
        .replace(/pyathena/g, 'pymysql')
        .replace(/s3_staging_dir, /, '')
    ],
    [
      // A package named like it (`pyathena_tools`) is not its frame.
      'a look-alike package path',
      corpusText('heldout12.jsonl', 'h12-105')
        .replace(/\/pyathena\//g, '/pyathena_tools/')
        .replace(/s3_staging_dir, /, '')
    ]
  ])('%s: no Athena set', (_, text) => {
    const { actions } = drafted(text)
    expect(actions).not.toContain('s3:ListBucketMultipartUploads')
    expect(actions.join(',')).not.toBe('s3:GetObject,s3:PutObject')
  })
})
