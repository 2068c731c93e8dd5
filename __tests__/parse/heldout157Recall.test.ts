// heldout157–158's cases the engine missed or misread on their unseen score (issue 10, session 53):
// tools' and services' own words (EKS Pod Identity without an association, as pgBackRest and the
// agent say it; the C++ SDK's empty chain; CloudWatch Logs' export check; Redpanda's S3 client;
// s3cmd's per-file line; a Fault Injection Service role's missing privilege; the Redshift drivers'
// expired IAM token; an ECR credential helper's failure; a registry refusing an image on a masked
// AWS host), S3's wrong-Region message with the Go SDK v1's code before it, and a resource ended by
// a curly quote or glued to its reason; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("tools' and services' own words", () => {
  it.each([
    ['h157-030', 'denial', 'logs-export-bucket-access', null, null],
    ['h157-031', 'denial', 'redpanda-s3-client-refused', 'AccessDenied', null],
    [
      'h157-047',
      'credentials',
      's3-signing-region',
      'AuthorizationHeaderMalformed',
      'signing-region'
    ],
    [
      'h157-065',
      'credentials',
      'container-credentials-env-unset',
      null,
      'pod-identity-association'
    ],
    ['h157-075', 'credentials', 'cpp-chain-no-provider', null, 'missing'],
    ['h158-009', 'denial', 'role-insufficient-privileges', null, null],
    ['h158-026', 'credentials', 'redshift-iam-token-expired', null, 'redshift-db-token-expired'],
    ['h158-058', 'credentials', 'ecr-helper-no-credentials', null, 'ecr-helper-token'],
    ['h158-071', 'credentials', 'ecr-client-unauthorized', null, 'registry-login']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const f = (id: string) => analyzeText(h(id)).findings[0]!
    expect(f('h157-030').action).toBe('s3:PutObject')
    expect([f('h158-009').principal, f('h158-009').action, f('h158-009').service]).toEqual([
      'arn:aws:iam::830201763396:role/FisCpuStress-FISRole-8IDIG0BP8O1',
      'logs:CreateLogDelivery',
      'logs'
    ])
    expect([f('h157-039').code, f('h157-039').service]).toEqual(['AccessDenied', 's3'])
    expect(f('h157-004').resource).toBe('arn:aws:s3:::<BUCKET>')
    expect([f('h157-056').resource, f('h157-056').deny]).toEqual([
      'arn:aws:kms:eu-central-1:...',
      'explicit'
    ])
    expect(f('h158-058').service).toBe('ecr')
    // The review (session 53): the helper's own failure names GetAuthorizationToken, not a login;
    // the driver's password is not the AWS session.
    expect(f('h158-058').explanation).toContain('ecr:GetAuthorizationToken')
    expect(f('h158-058').explanation).not.toMatch(/not a permissions problem/i)
    expect(f('h158-026').explanation).toContain('GetClusterCredentials')
    expect(f('h158-071').service).toBe('ecr')
    // The agent's own answer, two lines under botocore's: its code and its cause.
    const agent = analyzeText(h('h157-063')).findings.find(
      (x) => x.code === 'ResourceNotFoundException'
    )
    expect(agent?.detail.cause).toBe('pod-identity-association')
    expect(agent?.explanation).toContain('create-pod-identity-association')
    // The C++ SDK's empty chain comes first; the refusal after it is of an unsigned request.
    expect(analyzeText(h('h157-075')).findings.map((x) => x.kind)).toEqual([
      'credentials',
      'denial'
    ])
  })

  it.each([
    // own: a registry's unauthorized for an image on another host stays Docker Hub's
    'Failed to publish Artifact[id=hub, artifactPlanConfig={"Image":"registry.example.org/app"}]: java.lang.RuntimeException: unauthorized: authentication required',
    // own: a Redpanda REST error that is not a refusal
    'unexpected REST API error "" detected, code: SlowDown',
    // own: an option the tool reads that is set
    'AWS_CONTAINER_CREDENTIALS_FULL_URI is set to http://169.254.170.23/v1/credentials',
    // own: a privilege sentence of a database, not a role ARN
    'User "app" does not have sufficient privileges to perform SELECT on table t'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })

  it.each([
    // own: a straight closing quote keeps the same value
    [
      'AccessDenied: User: arn:aws:iam::111122223333:user/u is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::b" with an explicit deny in an identity-based policy',
      'arn:aws:s3:::b'
    ],
    // own: a name that merely ends in "with" is not cut without an elision before it
    [
      'User: arn:aws:iam::111122223333:user/u is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:111122223333:q-with because no identity-based policy allows the sqs:SendMessage action',
      'arn:aws:sqs:us-east-1:111122223333:q-with'
    ]
  ])('counter-case for the resource: %s', (text, resource) => {
    expect(analyzeText(text).findings[0]!.resource).toBe(resource)
  })
})
