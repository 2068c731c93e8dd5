// heldout42's refusals the engine missed or misread on its unseen score (issue 10, session 35):
// services' own records and a wrap that was none, each with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h42 = (id: string) => corpusText('heldout42.jsonl', id)

describe('heldout42: services’ records and a resource that ends at its line', () => {
  it('h42-007 (serverless-operations/serverless-lambda-edge-pre-existing-cloudfront#36): Lambda@Edge names the action and the version', () => {
    expect(parseText(h42('h42-007')).map((f) => [f.grammar, f.action, f.resource])).toEqual([
      [
        'lambda-edge-replication',
        'lambda:EnableReplication*',
        'arn:aws:lambda:us-east-1:xxxxxxxxxx:function:XXXZZZZYYYYY:2'
      ]
    ])
  })

  it('h42-013 (aws/aws-cdk#22184): a resource at its line’s end is not continued by the next sentence’s subject', () => {
    expect(parseText(h42('h42-013')).map((f) => f.resource)).toEqual([
      'arn:aws:kinesis:ap-southeast-2:00000000:stream/my-application/consumer/my-consumer',
      'arn:aws:kinesis:ap-southeast-2:00000000:stream/application-logs-adrianbaker/consumer/my-application/consumer/my-consumer:1663667921'
    ])
  })

  it('h42-014 (CloudSnorkel/CloudWatch2S3#5): Firehose’s error record, the writer’s bold around its code', () => {
    expect(parseText(h42('h42-014')).map((f) => [f.kind, f.code])).toEqual([
      ['denial', 'Kinesis.AccessDenied']
    ])
  })

  it('h42-021 (awslabs/mountpoint-s3#927): the CRT’s 403 with its S3 client below, a listing by its request line', () => {
    expect(parseText(h42('h42-021')).map((f) => [f.service, f.operation])).toEqual([
      ['s3', 'ListObjectsV2']
    ])
  })

  it('own: a wrap inside a caller still joins; another CRT client’s 403 stays silent', () => {
    expect(
      parseText(
        'An error occurred (AccessDenied): User: arn:aws:sts::111122223333:assumed-role/Stack-Writer-1TVU/DNSS\ntack-Writer-XVqk is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
      ).map((f) => f.principal)
    ).toEqual(['arn:aws:sts::111122223333:assumed-role/Stack-Writer-1TVU/DNSStack-Writer-XVqk'])
    expect(
      parseText(
        '2024-07-05T12:02:31.679368Z DEBUG awscrt::http-stream: id=0x7f: Client request complete, response status: 403 (Forbidden).'
      )
    ).toEqual([])
  })
})
