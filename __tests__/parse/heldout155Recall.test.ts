// heldout155–156's cases the engine missed or misread on their unseen score (issue 10, session 52):
// package, cache and connector tools' own words (MSK's `Session too short`, the Kinesis Producer
// Library's and amazonka's missing credentials, poetry's CodeArtifact refusal, a Kafka cluster
// refusing a Lambda poller, Firehose unable to assume its role), S3's malformed Credential, a 403 by
// the response's own headers, after an AWS URL and from ECR Public, a subject the writer elided,
// `on resource` broken before its ARN, SES's own quoting without a subject, a code on the status
// line above its message, and a PHP SDK call to a host the writer replaced; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("tools' and services' own words", () => {
  it.each([
    ['h155-003', 'denial', 'http-403-storage-target', null, null],
    ['h155-028', 'denial', 'http-403-storage-target', null, null],
    ['h155-036', 'denial', 'http-403-storage-target', null, null],
    ['h155-020', 'credentials', 'codeartifact-authorization-error', null, 'codeartifact-token'],
    ['h155-076', 'credentials', 'amazonka-credentials-file-missing', null, 'missing'],
    ['h156-019', 'credentials', 'msk-iam-session-too-short', null, 'msk-session-short'],
    ['h156-035', 'denial', 'service-cannot-use-role', null, null],
    ['h156-052', 'credentials', 'kpl-no-credentials', null, 'missing'],
    ['h156-059', 'denial', 'kafka-esm-cluster-authorization', null, null],
    ['h156-080', 'credentials', 'access-key-unknown', 'InvalidAccessKeyId', 'invalid'],
    ['h156-103', 'denial', 'php-sdk-http-403', 'AccessDenied', null],
    [
      'h156-104',
      'credentials',
      's3-credential-malformed',
      'AuthorizationHeaderMalformed',
      'header-key-empty'
    ]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const f = (id: string) => analyzeText(h(id)).findings[0]!
    expect(f('h155-003').service).toBe('s3')
    expect(f('h155-028').service).toBe('s3')
    expect(f('h155-036').service).toBe('ecr-public')
    expect(f('h155-020').service).toBe('codeartifact')
    expect(f('h155-059').principal).toBe('bk-runner-queue-small-pr-Role ...')
    expect([f('h156-003').principal, f('h156-003').resource]).toEqual([
      'Role ...',
      'arn:aws:kinesis:us-east-1:.../grid-sensor-pipeline-telemetry'
    ])
    expect(f('h156-035').detail.role).toMatch(/^arn:aws:iam::<account-id>:role\/service-role\//)
    expect([f('h156-136').action, f('h156-136').resource]).toEqual([
      'ses:SendRawEmail',
      'arn:aws:ses:us-west-2:414852377253:identity/jessitron@gmail.com'
    ])
    expect(f('h156-104').service).toBe('s3')
    expect(f('h156-059').explanation).toContain('kafka-cluster:DescribeGroup')
  })

  it.each([
    // own: a curl of a page whose response names another server, the request's host not AWS's
    'curl -IL "https://downloads.example.org/pkg.tar.gz"\n\nHTTP/1.1 403 Forbidden\nContent-Type: text/html\nServer: nginx',
    // own: a status after a URL that is not AWS's
    'Error uploading to https://uploads.example.org/assets: 403',
    // own: a Kafka client refused by a cluster with no MSK request id (SCRAM, any Kafka)
    'ERROR Connection to node 1 failed authentication due to: Session too short',
    // own: poetry refused by a registry that is not CodeArtifact
    'Source (private): Authorization error accessing https://pypi.example.org/simple/requests/',
    // own: the PHP SDK calling a MinIO host with a port: another store's 403
    'Error executing "PutObject" on "http://minio:9000/b/k"; AWS HTTP error: Client error: `PUT http://minio:9000/b/k` resulted in a `403 Forbidden` response:\n AccessDenied (client): Access Denied'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })

  it.each([
    // own: a label before the elision is no subject (the writer's mark stands for all of it)
    [
      'StatusCode: 403, AccessDenied: ... is not authorized to perform: rds:DescribeDBInstances on resource: arn:aws:rds:us-east-1:111122223333:db:*',
      null
    ],
    // own: prose trailing off before the sentence is no subject either
    ['the deploy failed ... is not authorized to perform: s3:GetObject', null]
  ])('an elided subject only where a name stands: %s', (text, principal) => {
    const [d] = reported(text)
    expect(d?.principal ?? null).toBe(principal)
  })

  it('`on resource` without a colon takes the next line only when it is an ARN', () => {
    const [d] = reported(
      'Role ... is not authorized to perform: kinesis:DescribeStream on resource\nAzure: the next section'
    )
    expect(d!.resource).toBeNull()
  })
})
