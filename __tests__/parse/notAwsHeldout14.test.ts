// Refusals from another cloud, an emulator's CLI wrapper or a store whose host the record names
// (heldout14's look-alikes, issues 10 and 17), each beside an AWS refusal of the same shape that
// must still be found.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { s3CompatibleIn } from '../../src/parse/s3Compatible.js'

const kinds = (text: string) => parseText(text).map((f) => [f.kind, f.code])

describe('another cloud, an emulator, a store named by its host: no finding', () => {
  it.each([
    // TencentCloud/tencentcloud-sdk-java#78
    ['h14-005 (Tencent Cloud Java SDK)', corpusText('heldout14.jsonl', 'h14-005')],
    // TencentCloudBase/CloudBase-AI-Toolkit#130: no SDK class, only CAM and the qcs resource
    [
      'TencentCloudBase/CloudBase-AI-Toolkit#130',
      [
        '[DescribeStaticStore] You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. [[request id:5f5d433e-74b5-43b3-8ae9-5d86f2753bbf]you are not authorized to perform operation (tcb:DescribeStaticStore)',
        'resource (qcs::tcb:ap-shanghai::env/cloud1-0gujv66edcf0591c) has no permission',
        ']'
      ].join('\n')
    ],
    // isb-cgc/examples-R#33
    ['h14-051 (BigQuery from R)', corpusText('heldout14.jsonl', 'h14-051')],
    // googlecodelabs/feedback#1066
    [
      'googlecodelabs/feedback#1066 (BigQuery from a notebook)',
      'Forbidden: 403 Access Denied: Table hcls-testing-data:fhir_20k_patients_analytics.Encounter: User does not have permission to query table hcls-testing-data:fhir_20k_patients_analytics.Encounter.'
    ],
    // kubernetes/k8s.io#2729
    [
      'kubernetes/k8s.io#2729 (BigQuery project permission)',
      '> Access Denied: Project kubernetes-public: User does not have bigquery.jobs.create permission in project kubernetes-public.'
    ],
    // docs.localstack.cloud/aws/iam/
    ['h14-127 (awslocal)', corpusText('heldout14.jsonl', 'h14-127')],
    // newdocs.runatlas.is/troubleshooting/s3-403-access-denied
    ['h14-163 (Atlas, s3.runatlas.is)', corpusText('heldout14.jsonl', 'h14-163')],
    // Own case, shaped as minio/minio-go#294's request dump: its Host: line names a store's host.
    [
      'own: an HTTP dump whose Host: is not AWS',
      [
        'PUT /postgresql/backup-latest.gz HTTP/1.1',
        'Host: s3.gateway.example.net',
        'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ]
  ])('%s gives no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('AWS refusals of the same shapes stay findings', () => {
  it('EC2 UnauthorizedOperation without another cloud around', () => {
    expect(
      kinds(
        'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation.'
      )
    ).toEqual([['denial', 'UnauthorizedOperation']])
  })

  it('a `Table` in an AWS message is not BigQuery', () => {
    expect(
      kinds(
        'An error occurred (AccessDeniedException) when calling the GetTable operation: User: arn:aws:iam::123456789012:user/etl is not authorized to perform: glue:GetTable on resource: arn:aws:glue:us-east-1:123456789012:table/db/t'
      )
    ).toEqual([['denial', 'AccessDeniedException']])
  })

  it('the plain AWS CLI after an awslocal command is AWS again', () => {
    const text = [
      '$ awslocal s3 ls',
      '$ aws s3 mb s3://test',
      'make_bucket failed: s3://test An error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })

  it.each([
    'https://s3.amazonaws.com',
    'https://my-bucket.s3.us-east-1.amazonaws.com',
    'https://s3.cn-north-1.amazonaws.com.cn',
    'https://s3-fips.us-gov-west-1.amazonaws.com',
    'https://s3.dualstack.eu-west-1.amazonaws.com',
    'https://bucket.vpce-1a2b3c4d-5e6f.s3.us-east-1.vpce.amazonaws.com',
    'https://s3.us-iso-east-1.c2s.ic.gov',
    'https://s3.console.aws.amazon.com/s3/buckets/my-bucket'
  ])('an AWS host (%s) is no other store', (host) => {
    expect(s3CompatibleIn(`403 Access Denied against ${host}`)).toBeNull()
    expect(
      kinds(
        `Host: ${host.replace(/^https:\/\//, '')}\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
      )
    ).toEqual([['denial', 'AccessDenied']])
  })

  it('names a store by a host of its own', () => {
    expect(s3CompatibleIn('returns 403 Access Denied against s3.runatlas.is.')).toBe(
      'a non-AWS S3 host'
    )
    expect(s3CompatibleIn('endpoint = "https://objects.s3.example.io:9000/"')).not.toBeNull()
  })

  it.each([
    // Code and file names that look like hosts: a boto3 call, a module, a file.
    'response = s3.meta.client.upload_file(path, bucket, key)',
    'File "/app/storage/s3.py", line 12, in upload',
    'from boto3.s3.transfer import S3Transfer'
  ])('reads no host in %s', (text) => {
    expect(s3CompatibleIn(text)).toBeNull()
  })

  it('a store named lines away from the refusal does not make it another store', () => {
    const text = [
      'We also mirror backups against s3.runatlas.is nightly.',
      ...Array.from({ length: 12 }, (_, i) => `step ${i} ok`),
      'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ].join('\n')
    expect(kinds(text)).toEqual([['denial', 'AccessDenied']])
  })
})
