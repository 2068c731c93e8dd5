// heldout36's refusals the engine missed on its unseen score (issue 10, session 34), each with
// counter-cases of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h36 = (id: string) => corpusText('heldout36.jsonl', id)

describe("S3's bare message quoted by a tool that names the bucket or endpoint", () => {
  it.each([
    [
      "h36-003 (tbarbugli/cassandra_snapshotter#44): boto 2’s `Response: u'Access Denied'`",
      'h36-003'
    ],
    [
      'h36-006 (rancher-archives/rke#2209): `err:Access Denied.` beside `s3-endpoint=s3.amazonaws.com`',
      'h36-006'
    ]
  ])('%s', (_title, id) => {
    const findings = parseText(h36(id))
    expect(findings.map((f) => [f.kind, f.grammar, f.service, f.code])).toEqual([
      ['denial', 's3-named-access-denied', 's3', null]
    ])
  })

  it('own: the same words with no S3 named, or another store named, are not S3’s', () => {
    expect(
      parseText(
        'time="2020-08-20T01:45:48Z" level=error msg="failed to check bucket:xxxx, err:Access Denied."'
      )
    ).toEqual([])
    expect(
      parseText(
        "$ backup --gcs-bucket b\nWARNING:root:Response: u'Access Denied' manifest_path: u'm/1/manifest.json'"
      )
    ).toEqual([])
  })
})

describe("the Go SDK v2's request ID wrapped by a terminal", () => {
  it('h36-022 (anomalyco/sst#5741): `AccessDeniedException: Authentication failed` is a credentials failure of KeyValueStore', () => {
    const findings = parseText(h36('h36-022'))
    expect(findings.map((f) => [f.kind, f.code, f.service])).toEqual([
      ['credentials', 'AccessDeniedException', 'cloudfront-keyvaluestore']
    ])
  })

  it('own: the same code with an IAM message stays a refusal', () => {
    const [f] = parseText(
      'operation error Lambda: GetFunction, https response error StatusCode: 403, RequestID: 46321cb1-6f5f-43ca-b731-5\nfe73ce8d26d, AccessDeniedException: User: arn:aws:iam::210987654321:user/ci is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:210987654321:function:f'
    )
    expect([f!.kind, f!.action]).toEqual(['denial', 'lambda:GetFunction'])
  })
})

describe('an ECR host whose `dkr` label the writer masked', () => {
  it('h36-026 (caprover/caprover#1848): `no basic auth credentials` at `xxxx.xxxxx.ecr.us-east-2.amazonaws.com`', () => {
    const findings = parseText(h36('h36-026'))
    expect(findings.map((f) => [f.kind, f.service])).toEqual([['credentials', 'ecr']])
  })

  it('own: another registry’s host keeps it no AWS finding', () => {
    expect(
      parseText(
        'Error: (HTTP code 500) server error - Head "https://registry.example.com/v2/app/manifests/latest": no basic auth credentials'
      )
    ).toEqual([])
  })
})
