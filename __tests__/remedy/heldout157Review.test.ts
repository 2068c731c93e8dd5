// The expert review of heldout157–158 (session 53, issue 17; docs/reviews/2026-12-07-heldout157.md):
// the fixes for what it found wrong or missing, each on the reviewed case and with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import { grantsOf as grants } from '../support/grants.js'
import { heldoutText as h } from '../support/recallCase.js'

describe('the call a request line names', () => {
  it("h157-062 (Medusa's urllib3 log): POST …?uploads is CreateMultipartUpload, s3:PutObject", () => {
    const [f] = analyzeText(h('h157-062')).findings
    expect(f!.inferredAction).toBe('s3:PutObject')
    expect(grants(h('h157-062'))['s3:PutObject']).toEqual([
      'arn:aws:s3:::prod-k8ssandra2-s3-bucket/prod-k8ssandra-dc1-us-east-1b-sts-0.prod-k8ssandra-dc1-service.default.svc.cluster.local/test/meta/*'
    ])
  })

  it.each([
    // own: a GET of a key on a virtual-hosted bucket is a read
    [
      'DEBUG:urllib3.connectionpool:https://bkt.s3.us-east-1.amazonaws.com:443 "GET /k/a.txt HTTP/1.1" 403 None',
      's3:GetObject'
    ],
    // own: another host's request line names no S3 call
    [
      'DEBUG:urllib3.connectionpool:https://example.org:443 "POST /b/k?uploads= HTTP/1.1" 403 None',
      null
    ]
  ])('counter-case: %s', (text, action) => {
    expect(analyzeText(text).findings[0]?.inferredAction ?? null).toBe(action)
  })
})

describe('the calls that come next', () => {
  it("h158-009 (Fault Injection Service): the log delivery's resource-policy reads and write", () => {
    expect(Object.keys(grants(h('h158-009'))).sort()).toEqual([
      'logs:CreateLogDelivery',
      'logs:DescribeLogGroups',
      'logs:DescribeResourcePolicies',
      'logs:PutResourcePolicy'
    ])
  })

  it('h158-038 (the Redshift Data API): the statement polled and its result fetched, on "*"', () => {
    const g = grants(h('h158-038'))
    expect(g['redshift-data:ExecuteStatement']).toEqual([
      'arn:aws:redshift:us-east-1:148928884632:cluster:abdw-dev-rs-01'
    ])
    expect(g['redshift-data:DescribeStatement']).toEqual(['*'])
    expect(g['redshift-data:GetStatementResult']).toEqual(['*'])
  })

  it('counter-case: a log group created by hand is no delivery', () => {
    const g = grants(
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:111122223333:log-group:g'
    )
    expect(Object.keys(g)).toEqual(['logs:CreateLogGroup'])
  })
})

describe('a refusal after the client found no credentials', () => {
  it("h157-075 (Dragonfly): the C++ SDK's empty chain makes the upload's refusal an unsigned request's", () => {
    const [creds, denial] = analyzeText(h('h157-075')).findings
    expect(creds!.kind).toBe('credentials')
    expect(denial!.traps).toContain('unsigned-request-refused')
    expect(denial!.explanation).toMatch(/^The request was sent unsigned/)
    expect(grants(h('h157-075'))).toEqual({})
  })

  it("counter-case: a refusal that names its signed caller stays that caller's", () => {
    const [, f] = analyzeText(
      '12:35:07.025364 27888 credentials_provider_chain.cc:41] aws: failed to load credentials; no credential provider found\n' +
        'User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::bkt/k"'
    ).findings
    expect(f!.principal).toBe('arn:aws:iam::111122223333:user/u')
    expect(f!.traps).not.toContain('unsigned-request-refused')
  })
})

describe('the runtime the log shows', () => {
  it("h157-059 (TiKV): a cluster's service address makes the runtime a pod, not an ECS task", () => {
    const [f] = analyzeText(h('h157-059')).findings
    expect(f!.inferred?.runtime?.value).toBe('a Kubernetes pod (service account role)')
  })

  it.each([
    // own: a Pod Identity agent address
    [
      'Error retrieving credentials from container-role: http://169.254.170.23/v1/credentials: Unable to locate credentials',
      'a Kubernetes pod (service account role)'
    ],
    // own: ECS's variable with no cluster address stays an ECS task's
    [
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/abc\nUnable to locate credentials',
      'ECS task (task role)'
    ]
  ])('%s', (text, runtime) => {
    expect(analyzeText(text).findings[0]!.inferred?.runtime?.value).toBe(runtime)
  })
})
