// What the same job needs next, drafted beside the refused step (heldout151 review's companion
// class, session 52): Transcribe reads the media with the caller's S3 permissions, App Runner's
// CreateService passes its roles, a Budgets change is read back, s3-deploy uploads after its
// check, Kinesis and DynamoDB stream consumers read the whole way; a companion that names no
// resource goes on "*" alone.
import { grantsOf as grants } from '../support/grants.js'
import { corpusText } from '../support/corpusRecords.js'

/** A Kinesis consumer's whole read set, as drafted. */
const KINESIS_READS = [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards'
]

describe('the next step of the same job', () => {
  it("heldout152 h152-093 (Transcribe): the media file's s3:GetObject beside the job", () => {
    const g = grants(corpusText('heldout152.jsonl', 'h152-093'))
    expect(g['transcribe:StartTranscriptionJob']).toEqual(['*'])
    expect(g['s3:GetObject']).toEqual(['arn:aws:s3:::<BUCKET_NAME>/<KEY_PREFIX>*'])
  })

  it('heldout153 h153-013 (App Runner): iam:PassRole for the roles CreateService hands over', () => {
    const g = grants(corpusText('heldout153.jsonl', 'h153-013'))
    expect(Object.keys(g).sort()).toEqual(['apprunner:CreateService', 'iam:PassRole'])
    expect(g['iam:PassRole']).not.toContain('*')
  })

  it.each(['h154-012', 'h154-013'])(
    'heldout154 %s (Budgets): ModifyBudget with the ViewBudget that reads it back',
    (id) => {
      const g = grants(corpusText('heldout154.jsonl', id))
      expect(Object.keys(g).sort()).toEqual(['budgets:ModifyBudget', 'budgets:ViewBudget'])
    }
  )

  it("heldout152 h152-038 (s3-deploy's check): the upload and its ACL after the HEAD", () => {
    const g = grants(corpusText('heldout152.jsonl', 'h152-038'))
    expect(Object.keys(g).sort()).toEqual([
      's3:GetObject',
      's3:ListBucket',
      's3:PutObject',
      's3:PutObjectAcl'
    ])
  })

  it('heldout156 h156-026 (an MSK create): the network reads on "*", apart from the cluster\'s placeholder ARN', () => {
    const g = grants(corpusText('heldout156.jsonl', 'h156-026'))
    for (const a of ['ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs'])
      expect(g[a]).toEqual(['*'])
    expect(g['kafka:CreateCluster']).toHaveLength(1)
    expect(g['kafka:CreateCluster']![0]).toMatch(/^arn:aws:kafka:/)
  })

  it("heldout156 h156-057 (a Kinesis consumer): the stream's whole read set", () => {
    const g = grants(corpusText('heldout156.jsonl', 'h156-057'))
    expect(Object.keys(g).sort()).toEqual(KINESIS_READS)
    expect(new Set(Object.values(g).flat())).toEqual(
      new Set(['arn:aws:kinesis:us-east-2:473550159910:stream/stg_otel_source_data_stream'])
    )
  })

  it('heldout156 h156-002 (Flink on EKS): a consumer refused at its describe gets the read set', () => {
    // The writer says GetRecords and ListShards failed in turn once the describe was allowed.
    const g = grants(corpusText('heldout156.jsonl', 'h156-002'))
    expect(Object.keys(g).sort()).toEqual(KINESIS_READS)
  })

  it.each([
    ['KCL', '[ShardConsumer] software.amazon.kinesis.lifecycle.ShardConsumer - '],
    ['Flink', 'org.apache.flink.connector.kinesis.source.KinesisStreamsSource: ']
  ])('a describe refused under %s: the read set', (_, lead) => {
    const g = grants(
      lead +
        'User: arn:aws:sts::111122223333:assumed-role/app/s is not authorized to perform: kinesis:DescribeStreamSummary on resource: arn:aws:kinesis:us-east-1:111122223333:stream/s'
    )
    expect(g['kinesis:GetRecords']).toEqual(['arn:aws:kinesis:us-east-1:111122223333:stream/s'])
  })

  it('heldout156 h156-034 (a DynamoDB stream trigger): the reads on the stream, ListStreams on "*"', () => {
    const g = grants(corpusText('heldout156.jsonl', 'h156-034'))
    expect(g['dynamodb:ListStreams']).toEqual(['*'])
    for (const a of ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'])
      expect(g[a]).toEqual([
        'arn:aws:dynamodb:us-east-1:027087672282:table/agent_errors/stream/2026-02-23T07:46:15.921'
      ])
  })

  it.each([
    // own: a describe alone is also an admin tool's: no reads beside it
    [
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: kinesis:DescribeStreamSummary on resource: arn:aws:kinesis:us-east-1:111122223333:stream/s',
      ['kinesis:DescribeStreamSummary']
    ]
  ])('counter-case: %s', (text, actions) => {
    expect(Object.keys(grants(text))).toEqual(actions)
  })

  it.each([
    // own: a budget read alone is not a change: nothing more
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: budgets:ViewBudget on resource: arn:aws:budgets::111122223333:budget/monthly'
  ])('counter-case: %s', (text) => {
    expect(Object.keys(grants(text))).toEqual(['budgets:ViewBudget'])
  })
})
