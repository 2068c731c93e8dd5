// heldout15's look-alikes (issue 10, session 17): Tencent COS answering in S3's XML, a self-hosted
// registry's empty 403, DuckDB reading from another store's endpoint; each beside the AWS answer
// of the same shape that must still be found (a registry whose S3 backend answered).
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammarRule, f.code, f.service])

describe('Tencent Cloud COS: its S3-style refusals are not AWS findings', () => {
  it.each([
    [
      'h15-127 (its troubleshooting page, the lead-in in Chinese)',
      corpusText('heldout15.jsonl', 'h15-127')
    ],
    [
      'tencentyun/cos-wx-sdk-v5#34 (its XML body: <TraceId>)',
      [
        '## 使用版本：',
        '',
        'cos-wx-sdk-v5.1.js',
        '',
        '## 结果',
        '',
        'statusCode: 403',
        '',
        '```xml',
        '<Error>',
        '\t<Code>AccessDenied</Code>',
        '\t<Message>Access Denied.</Message>',
        '\t<ServerTime>2019-07-19T11:10:53Z</ServerTime>',
        '\t<Resource>XXX</Resource>',
        '\t<RequestId>NWQzMWE1M2RfMTlhYTk0MGFfYjc1Zl8yODc3ZDA=</RequestId>',
        '\t<TraceId>OGVmYzZiMmQzYjA2OWNhODk0NTRkMTBiOWVmMDAxODc0OWRkZjk0ZDM1NmI1M2E2MTRlY2MzZDhmNmI5MWI1OTQyYWVlY2QwZTk2MDVmZDQ3MmI2Y2I4ZmI5ZmM4ODFjYjEzMGU3N2I0OTJjYTAwYWExNjJhODI1NTRkOGZlM2Y=</TraceId>',
        '</Error>',
        '```'
      ].join('\n')
    ],
    [
      "own: COS named in English above the CLI's words",
      [
        'Uploading the build to COS:',
        'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ]
  ])('%s gives no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it.each([
    [
      'own: a variable named COS_BUCKET is no store named',
      [
        'export COS_BUCKET=artifacts',
        'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ],
    [
      'own: COS named far above the record does not reach it',
      [
        'Mirroring to COS as well',
        ...Array(12).fill('step output'),
        'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ].join('\n')
    ]
  ])('%s: still an AWS refusal', (_title, text) => {
    expect(parseText(text).map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })
})

describe("docker's empty 403 on a push: whose registry answered", () => {
  it('h15-128 (gitlab-org/gitlab-ce#19963): a self-hosted registry, no finding', () => {
    expect(parseText(corpusText('heldout15.jsonl', 'h15-128'))).toEqual([])
  })

  it("own: docker's own line naming another registry's host", () => {
    const text = [
      'The push refers to repository [registry.example.com:5000/team/app]',
      '5f70bf18a086: Pushing [==================================================>] 1.024 kB',
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })

  it('h15-104 (gitlab-org/gitlab-ce#19356): the capture shows S3 answered, a bare S3 refusal', () => {
    expect(read(corpusText('heldout15.jsonl', 'h15-104'))).toEqual([
      ['denial', 'WD845', null, 's3']
    ])
  })

  it('own: an ECR push stays ECR’s', () => {
    const text = [
      'The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/app]',
      'error parsing HTTP 403 response body: unexpected end of JSON input: ""'
    ].join('\n')
    expect(read(text)).toEqual([['denial', 'WD845', null, 'ecr']])
  })
})
