// A bucket or call a tool printed farther above a bare refusal than the record's own lines (the
// scanner's look-back), within the same run: the scanner remembers it (parse/requestTarget,
// `ctx.announced`) and the statement names it instead of `<BUCKET_NAME>` (issue 17, heldout9
// review class 4). Used only when one bucket is in reach and the refusal is S3's.
import { analyzeText } from '../../src/engine/Analysis.js'
import type { Finding } from '../../src/model/Finding.js'
import { corpusText } from '../support/corpusRecords.js'

function denials(text: string): Finding[] {
  return analyzeText(text).findings.filter((f) => f.kind === 'denial')
}

function one(text: string): Finding {
  const found = denials(text)
  expect(found).toHaveLength(1)
  return found[0]!
}

// treeverse/dvc#6293, `dvc push -v` as printed (heldout9 h9-016): the remote six lines up.
const DVC_6293 = corpusText('heldout9.jsonl', 'h9-016')

/** A dvc DEBUG line as dvc prints it (own, from the shape of treeverse/dvc#6293 and #6276). */
const debug = (msg: string) => `2021-07-06 15:53:18,125 DEBUG: ${msg}`
const HEAD_403 =
  '2021-07-06 15:53:18,543 ERROR: unexpected error - Forbidden: An error occurred (403) when calling the HeadObject operation: Forbidden'

describe('a bucket named above the record, in the same run', () => {
  it('treeverse/dvc#6293: the dvc remote six lines above the HeadObject 403', () => {
    const f = one(DVC_6293)
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::plumitifs-storage/datastore/*')
    expect(f.inferred?.resource?.from).toMatch(/named above the refusal/)
  })

  it("airbytehq/airbyte#29843: `Iterating S3 bucket 'NAME'` seven lines above ListObjectsV2", () => {
    const f = one(corpusText('heldout9.jsonl', 'h9-094'))
    expect(f.inferredAction).toBe('s3:ListBucket')
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::auth-airbyte-test')
  })

  it('counter-case (own): two buckets in reach keep the placeholder', () => {
    const text = [
      debug("Preparing to upload data to 's3://team-a-data/cache'"),
      debug('Preparing to collect status from s3://team-b-data/cache'),
      debug('Collecting information from local cache...'),
      debug('Collecting information from remote cache...'),
      debug('Matched 0 indexed hashes'),
      debug('Querying 2 hashes via object_exists'),
      HEAD_403
    ].join('\n')
    expect(one(text).inferred?.resource).toBeUndefined()
  })

  it('counter-case (own): a bucket more than ten lines up is another step', () => {
    const text = [
      debug("Preparing to upload data to 's3://team-a-data/cache'"),
      ...Array.from({ length: 10 }, (_, i) => debug(`Querying hash ${i} via object_exists`)),
      HEAD_403
    ].join('\n')
    const f = one(text)
    expect(f.inferredAction).toBe('s3:GetObject')
    expect(f.inferred?.resource).toBeUndefined()
  })

  it('counter-case (own): ten lines up is still in reach', () => {
    const text = [
      debug("Preparing to upload data to 's3://team-a-data/cache'"),
      ...Array.from({ length: 9 }, (_, i) => debug(`Querying hash ${i} via object_exists`)),
      HEAD_403
    ].join('\n')
    expect(one(text).inferred?.resource?.value).toBe('arn:aws:s3:::team-a-data/cache/*')
  })

  it("counter-case (own): another service's refusal below an s3:// URL names no bucket", () => {
    const text = [
      debug("Preparing to upload data to 's3://team-a-data/cache'"),
      debug('Collecting information from local cache...'),
      debug('Collecting information from remote cache...'),
      debug('Querying 2 hashes via object_exists'),
      debug('Refreshing credentials'),
      'An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/dvc'
    ].join('\n')
    const f = one(text)
    expect(f.action).toBe('sts:AssumeRole')
    expect(f.inferred?.resource).toBeUndefined()
  })

  it('counter-case (own): a URL printed below the refusal is not its bucket', () => {
    const text = [
      debug('Collecting information from remote cache...'),
      debug('Querying 2 hashes via object_exists'),
      HEAD_403,
      ...Array.from({ length: 4 }, (_, i) => `  frame ${i}`),
      debug("Preparing to upload data to 's3://team-a-data/cache'")
    ].join('\n')
    expect(one(text).inferred?.resource).toBeUndefined()
  })
})

// The EB CLI's debug label as printed (aws/aws-elastic-beanstalk-cli#68, heldout9 h9-040).
const EB_CALL =
  "2021-03-19 20:54:09,798 (DEBUG) ebcli.lib.aws : Making api call: (s3, list_multipart_uploads) to region: us-east-2 with args:{'Bucket': 'elasticbeanstalk-us-east-2-391516812325', 'Prefix': 'autumnfarris/app-a5b63-210319_205406.zip'}"
const EB_DENIED =
  "2021-03-19 20:54:09,896 (DEBUG) ebcli.lib.aws : Response: {'Error': {'Code': 'AccessDenied', 'Message': 'Access Denied'}, 'ResponseMetadata': {'RequestId': '7RMZJPYXX6M83RGM', 'HostId': 'eXLO9h99qt5GySVFmAt2zQ13i20eeYQJ2yM/d+UilWnSkt0mfziQz3wQkoCugK8moPe7/j6DKPA=', 'HTTPStatusCode': 403, 'date': 'Sat, 20 Mar 2021 03:54:09 GMT', 'RetryAttempts': 0}}"

describe('the call the EB CLI announced above its Response', () => {
  it('aws/aws-elastic-beanstalk-cli#68: list_multipart_uploads on the Bucket argument', () => {
    const f = one(`${EB_CALL}\n${EB_DENIED}\n`)
    expect(f.inferredAction).toBe('s3:ListBucketMultipartUploads')
    // A bucket action despite "MultipartUpload" in its name: the bucket, not `bucket/*`.
    expect(f.inferred?.resource?.value).toBe('arn:aws:s3:::elasticbeanstalk-us-east-2-391516812325')
  })

  it('counter-case (own): a call of another service names no S3 action', () => {
    const other =
      "2021-03-19 20:54:09,798 (DEBUG) ebcli.lib.aws : Making api call: (elasticbeanstalk, describe_events) to region: us-east-2 with args:{'ApplicationName': 'app'}"
    const f = one(`${other}\nERROR: S3 error: 403 (AccessDenied): Access Denied\n`)
    expect(f.service).toBe('s3')
    expect(f.inferredAction ?? null).toBeNull()
  })

  it('counter-case (own): a call more than three lines up names no operation', () => {
    const lines = ['Uploading: [#####-----] 10%', 'Uploading: [##########] 100%', 'Done.']
    const f = one(`${EB_CALL}\n${lines.join('\n')}\n${EB_DENIED}\n`)
    expect(f.service).toBe('s3')
    expect(f.inferredAction ?? null).toBeNull()
  })

  it('counter-case (own): an operation the service does not have names nothing', () => {
    const made = EB_CALL.replace('list_multipart_uploads', 'list_everything')
    expect(one(`${made}\n${EB_DENIED}\n`).inferredAction ?? null).toBeNull()
  })
})
