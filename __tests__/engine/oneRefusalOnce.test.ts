// Issue 10 point 3 (heldout6 review D7: h6-125, h6-167): one refusal is one finding. A
// controller's retries each take a new role session name; a page lists two alternative lines of
// one missing registry login. Occurrences count the repeats; different callers, actions or causes
// stay apart.
import { analyzeText } from '../../src/engine/Analysis.js'
import { corpusText } from '../support/corpusRecords.js'

function findings(text: string) {
  return analyzeText(text + '\n').findings
}

// heldout6 h6-125 (cert-manager/cert-manager#4061): klog lines, the same denial, two sessions.
const CERT_MANAGER_4061 = [
  'E0314 21:52:39.738514       1 controller.go:163] cert-manager/challenges "msg"="re-queuing item due to error processing" "error"="failed to change Route 53 record set: AccessDenied: User: arn:aws:sts::***:assumed-role/cert-manager.k8s.test.us-east-1.centrio.com/1647294759484156602 is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/*** because no identity-based policy allows the route53:ChangeResourceRecordSets action" "key"="default/foo-test-9q9pv-1595503603-3894136473"',
  'E0314 21:52:39.786142       1 controller.go:163] cert-manager/challenges "msg"="re-queuing item due to error processing" "error"="failed to change Route 53 record set: AccessDenied: User: arn:aws:sts::***:assumed-role/cert-manager.k8s.test.us-east-1.centrio.com/1647294759550110356 is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/*** because no identity-based policy allows the route53:ChangeResourceRecordSets action" "key"="default/foo-test-9q9pv-1595503603-2701034934"'
].join('\n')

// kubernetes-sigs/external-dns#4219: logfmt lines of external-dns, the session a number.
const externalDns = (session: string, role = '*****-ExternalDNS') =>
  `time="2024-01-28T09:41:17Z" level=error msg="records retrieval failed: failed to list hosted zones: AccessDenied: User: arn:aws:sts::xxxxxxxxxxxxxx:assumed-role/${role}/${session} is not authorized to perform: route53:ListHostedZones because no identity-based policy allows the route53:ListHostedZones action\\n\\tstatus code: 403, request id: b950a1aa-6e02-4ead-92a7-6a945e5f8ce4"`

describe('one role, many sessions', () => {
  it('folds the retries of one role into one finding, the first session shown', () => {
    const [f, ...rest] = findings(CERT_MANAGER_4061)
    expect(rest).toEqual([])
    expect(f!.occurrences).toBe(2)
    expect(f!.principal).toBe(
      'arn:aws:sts::***:assumed-role/cert-manager.k8s.test.us-east-1.centrio.com/1647294759484156602'
    )
  })

  it('folds logfmt retries that differ in session only', () => {
    const got = findings(
      [externalDns('1385464348772260040'), externalDns('1385464348772260041')].join('\n')
    )
    expect(got.map((f) => f.occurrences)).toEqual([2])
  })

  it('counter-case: two roles are two findings, however alike their lines', () => {
    const got = findings(
      [externalDns('1385464348772260040'), externalDns('1', 'other-role')].join('\n')
    )
    expect(got).toHaveLength(2)
  })

  it('own: an IAM user named like a session path is not a session', () => {
    const line = (user: string) =>
      `An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:iam::111122223333:user/${user} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k`
    expect(findings([line('ci/a'), line('ci/b')].join('\n'))).toHaveLength(2)
  })
})

describe('alternative lines of one credentials problem', () => {
  // heldout6 h6-167 (stackengine.dev): the push transcript and its `-- OR --` alternative.
  const STACKENGINE = [
    'docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-service:latest',
    'And receive:',
    'Using default tag: latest',
    'The push refers to repository [123456789012.dkr.ecr.us-east-1.amazonaws.com/my-service]',
    'erro: denied: Your authorization token has expired. Reauthenticate and try again.',
    '-- OR --',
    'error: no basic auth credentials'
  ].join('\n')

  it('reports one missing registry login, counted twice', () => {
    const got = findings(STACKENGINE)
    expect(got.map((f) => [f.kind, f.detail.cause, f.occurrences])).toEqual([
      ['credentials', 'registry-login', 2]
    ])
  })

  it('counter-case: two different credentials causes stay two findings', () => {
    const got = findings(
      [
        'error: no basic auth credentials',
        'An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired'
      ].join('\n')
    )
    expect(new Set(got.map((f) => f.detail.cause)).size).toBe(2)
    expect(got).toHaveLength(2)
  })
})

// heldout10 review h10-080: a credentials failure is the key pair refused, whichever call carried
// it; two operations refused the same way are one finding with two occurrences.
describe('one credentials failure across operations', () => {
  it('h10-080 (rancher/rancher#11328): DetachVolume and DescribeVolumes AuthFailure are one', () => {
    const [f, ...rest] = findings(corpusText('heldout10.jsonl', 'h10-080'))
    expect(rest).toEqual([])
    expect(f!.kind).toBe('credentials')
    expect(f!.code).toBe('AuthFailure')
    expect(f!.occurrences).toBe(2)
  })

  // own: the AWS CLI's ExpiredToken line (aws-samples/aws-iot-twinmaker-samples#147's wording) on
  // two operations of one run.
  const expired = (op: string) =>
    `An error occurred (ExpiredToken) when calling the ${op} operation: The security token included in the request is expired`

  it('the same expired token on two calls is one finding', () => {
    const all = findings([expired('CreateRole'), expired('GetRole')].join('\n'))
    expect(all.map((f) => [f.kind, f.occurrences])).toEqual([['credentials', 2]])
  })

  it('counter-case: two different credentials codes stay two findings', () => {
    const all = findings(
      [
        expired('CreateRole'),
        'An error occurred (AuthFailure) when calling the DescribeVolumes operation: AWS was not able to validate the provided access credentials'
      ].join('\n')
    )
    expect(all.map((f) => f.code).sort()).toEqual(['AuthFailure', 'ExpiredToken'])
  })

  it('counter-case: bare denials of two operations stay two findings', () => {
    const all = findings(
      [
        'An error occurred (AccessDenied) when calling the ListBuckets operation: Access Denied',
        'An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
      ].join('\n')
    )
    expect(all.map((f) => f.operation).sort()).toEqual(['GetObject', 'ListBuckets'])
  })
})
