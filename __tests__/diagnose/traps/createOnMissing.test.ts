// WD930: CreateBucket refused from a client that creates the bucket only when it finds none.
// heldout13 review h13-156: a backup job's sync (phpbu) was told to grant s3:CreateBucket; an
// expert first checks the bucket's name, Region and existence and creates it beforehand.
import { analysedOne } from './analysed.js'
import { createOnMissingClientIn } from '../../../src/model/createOnMissingClients.js'
import { corpusText } from '../../support/corpusRecords.js'

// aws-samples/aws-python-sample#7, as printed: a script that means to create its bucket.
const PYTHON_SAMPLE_7 = `    create_bucket('Leo_bucket')
  File "D:\\aws-python-sample-master\\test_s3.py", line 28, in create_bucket
    s3.create_bucket(Bucket=bucket_name)
  File "c:\\Python34\\lib\\site-packages\\botocore\\client.py", line 312, in _api_cal
l
    return self._make_api_call(operation_name, kwargs)
  File "c:\\Python34\\lib\\site-packages\\botocore\\client.py", line 601, in _make_ap
i_call
    raise error_class(parsed_response, operation_name)
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling t
he CreateBucket operation: Access Denied`

describe('create-on-missing', () => {
  it('h13-156: the backup job (phpbu) first, the statement an alternative', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout13.jsonl', 'h13-156'))
    expect(f.traps).toContain('create-on-missing')
    expect(f.explanation).toMatch(
      /^The backup job's S3 sync \(phpbu\) calls CreateBucket only when it decides `torquest-backup` is missing/
    )
    expect(f.explanation).toMatch(/aws s3api head-bucket --bucket torquest-backup/)
    expect(f.explanation).toMatch(
      /Grant s3:CreateBucket only if the job is meant to create buckets/
    )
    expect(statements.map((s) => s.Action)).toEqual(['s3:CreateBucket'])
    expect(notes.split('\n')[0]).toMatch(/^Only if the job is meant to create buckets/)
  })

  it('h7-003 (Miserlou/Zappa#1972): "Does that bucket already exist?" beside the refused create', () => {
    const { f, statements } = analysedOne(corpusText('heldout7.jsonl', 'h7-003'))
    expect(f.traps).toContain('create-on-missing')
    expect(f.explanation).toMatch(
      /^The client calls CreateBucket only when it decides the bucket is missing/
    )
    expect(f.explanation).toMatch(/point it at the existing bucket/)
    expect(statements.map((s) => s.Action)).toEqual(['s3:CreateBucket'])
  })

  // fsspec/s3fs#616, as printed: pandas writing to another environment's bucket.
  const S3FS_616 = `>>> df.to_csv('s3://d1g1t-dataloader-us/test1.txt', storage_options={"s3_additional_kwargs": {"ACL": "bucket-owner-full-control"}})
Traceback (most recent call last):
  File "/usr/local/lib/python3.8/dist-packages/s3fs/core.py", line 282, in _call_s3
    out = await method(**additional_kwargs)
  File "/usr/local/lib/python3.8/dist-packages/aiobotocore/client.py", line 228, in _make_api_call
    raise error_class(parsed_response, operation_name)
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied`

  it.each([
    [
      'h159-001 (pandas-dev/pandas#45495): to_csv on an s3:// path',
      corpusText('heldout159.jsonl', 'h159-001')
    ],
    ['fsspec/s3fs#616: s3fs frames above the refused create', S3FS_616]
  ])('%s: s3fs asked for the bucket because its listing was refused', (_, text) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain('create-on-missing')
    expect(f.explanation).toMatch(
      /^s3fs \(what pandas, fsspec and dask write `s3:\/\/` paths through\) calls CreateBucket only when it decides/
    )
    expect(f.explanation).toMatch(/`s3:ListBucket` on the bucket ARN, not only on a prefix/)
    expect(statements.map((s) => s.Action)).toEqual(['s3:CreateBucket'])
    expect(notes.split('\n')[0]).toMatch(/^Only if the job is meant to create buckets/)
  })

  it('the s3fs-fuse mount is not s3fs the library', () => {
    expect(
      createOnMissingClientIn('s3fs-fuse mounted; boto3 create_bucket: AccessDenied')
    ).toBeNull()
    expect(createOnMissingClientIn("df.to_parquet('s3://b/k.parquet')")?.id).toBe('s3fs')
  })

  it.each([
    // counter-cases: a script, Terraform and CloudFormation that mean to create the bucket; an
    // explicit deny; a backup named in the bucket only.
    ['aws-samples/aws-python-sample#7: a script creating its bucket', PYTHON_SAMPLE_7],
    [
      'Terraform creating a bucket named for backups (own case)',
      'Error: creating S3 Bucket (acme-backups): operation error S3: CreateBucket, https response error StatusCode: 403, RequestID: 1, HostID: 2, api error AccessDenied: Access Denied\n\n  with aws_s3_bucket.backups,'
    ],
    [
      'CloudFormation creating it (own case, after acantril/learn-cantrill-io-labs#109)',
      'Logical ID: backupbucket  | Status: Create_Failed  | Status Reason: API: s3:CreateBucket Access Denied\nrclone is used later to fill it'
    ],
    [
      'an explicit deny (own case)',
      '2021/01/08 14:03:16 ERROR : a.zip: Failed to copy: AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::acme-backups with an explicit deny in a service control policy\n\tstatus code: 403, request id: FD0F32C389F36BE6, host id: x\nrclone v1.53'
    ]
  ])('not for %s', (_, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain('create-on-missing')
  })

  it('a HeadBucket refused before the create names the existence check', () => {
    expect(
      createOnMissingClientIn(
        'botocore.exceptions.ClientError: An error occurred (403) when calling the HeadBucket operation: Forbidden\nDuring handling of the above exception, another exception occurred:'
      )?.id
    ).toBe('head-bucket-first')
    expect(createOnMissingClientIn('a bucket named acme-backups')).toBeNull()
    expect(createOnMissingClientIn('Need to transfer - File not found at Destination')?.id).toBe(
      'rclone'
    )
  })
})
