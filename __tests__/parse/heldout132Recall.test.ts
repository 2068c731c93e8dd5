// heldout132–135's refusals the engine missed on their unseen score (issue 10, session 47): tools'
// and services' own words (SageMaker, Amplify Hosting and the Amplify CLI, Auto Scaling, AWS
// Backup, nf-schema, Face Liveness), credential helpers (saml2aws, granted, the Java SDK's static
// provider), CloudTrail's KMS check with masked names, PHP's cut response body, and the
// look-alikes (MinIO's client, Riak CS, AList's S3 server); each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services' and tools' own words", () => {
  it.each([
    ['h132-042', 'denial', 'service-unable-to-perform', 'InvalidInputException', null],
    ['h133-053', 'denial', 'access-denied-assuming-role', null, null],
    ['h134-043', 'denial', 'amplify-hosting-service-role', null, null],
    ['h134-044', 'denial', 'amplify-hosting-service-role', null, null],
    ['h132-037', 'denial', 'sagemaker-studio-sso-assignment', null, null],
    ['h132-046', 'denial', 'face-liveness-not-authorized', null, null],
    ['h134-005', 'denial', 'default-cmk-not-accessible', null, null],
    ['h134-046', 'denial', 'amplify-publish-upload', null, null],
    ['h134-047', 'denial', 'amplify-publish-upload', null, null],
    ['h132-013', 'denial', 's3-url-access-denied', null, null],
    ['h134-006', 'denial', 'cloudtrail-kms-policy', 'InsufficientEncryptionPolicyException', null],
    ['h132-004', 'credentials', 'static-credentials-null', null, 'missing'],
    ['h135-037', 'credentials', 'stored-aws-credentials-expired', null, 'expired'],
    ['h135-056', 'credentials', 'credential-process-failed', null, 'credential-process']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const [sm] = analyzeText(h('h132-042')).findings
    expect([sm!.action, sm!.service]).toEqual(['sts:AssumeRole', 'sts'])
    const [asg] = analyzeText(h('h133-053')).findings
    expect(asg!.resource).toBe(
      'arn:aws:iam::XXXXXXX:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling'
    )
    expect(analyzeText(h('h132-013')).findings[0]!.service).toBe('s3')
    // CloudFormation's handler prints only its own code: that one, not the service's (h134-007).
    expect(analyzeText(h('h134-007')).findings[0]!.code).toBe('InvalidRequest')
    // Secrets Manager's label names the service that answered (h134-002).
    expect(analyzeText(h('h134-002')).findings[0]!.service).toBe('secretsmanager')
  })

  it.each([
    // own: a person saying a service cannot do something is no refusal
    'Note that SageMaker is unable to perform distributed training on this instance type.',
    // own: Amplify's publish succeeding, an Access Denied of another tool below it
    'Your app is published successfully.\nnpm ERR! 403 Forbidden - Access Denied',
    // own: nf-schema failing on a URL of another scheme
    "could not validate file format of 'gs://bucket/path/': Access Denied",
    // own: another library's null check
    'java.lang.IllegalArgumentException: credentials cannot be null\n\tat org.apache.kafka.common.security.Login.<init>(Login.java:12)',
    // own: a credential_process named in prose, nothing failed
    'The profile uses credential_process to call granted; no error in credential_process output was seen.'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe("a PHP SDK 403 whose code follows Guzzle's cut body", () => {
  it("h134-050: CloudFront's signature expired is the credentials', not a denial", () => {
    expect(first(h('h134-050'))?.[0]).toBe('credentials')
  })
})

describe('look-alikes: S3-compatible stores', () => {
  it.each([
    ['h135-005', "MinIO's client"],
    ['h135-014', "AList's S3 server"],
    ['h135-018', 'Riak CS, its request id empty']
  ])('%s (%s): nothing reported', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: mc against an AWS alias shows AWS's host: still AWS's refusal
    'mc: <ERROR> Unable to list folder. Access Denied. (https://s3.amazonaws.com/my-bucket)\nAn error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
    // own: S3's error with its request id
    '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>'
  ])('counter-case: %s', (text) => {
    expect(reported(text).length).toBeGreaterThan(0)
  })
})

// The second wave: heldout136–137 (build caches, Systems Manager, data transfer, account-level APIs).
describe("heldout136–137's wordings", () => {
  it.each([
    ['h136-003', 'credentials', 'reqsign-load-credential', null, 'missing'],
    ['h136-004', 'credentials', 'reqsign-load-credential', null, 'missing'],
    ['h136-036', 'credentials', 'shared-credentials-already-expired', null, 'expired'],
    ['h136-033', 'denial', 'ssm-control-channel-unauthorized', null, null],
    ['h137-060', 'denial', 'budgets-linked-account', 'AccessDeniedException', null]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('the codes and services they print', () => {
    expect(analyzeText(h('h136-004')).findings[0]!.service).toBe('s3')
    expect(analyzeText(h('h136-034')).findings[0]!.code).toBe('AuthorizationFailureException')
    expect(analyzeText(h('h137-028')).findings[0]!.code).toBe('NoCredentialProviders')
    expect(analyzeText(h('h137-030')).findings[0]!.code).toBe('PERMISSION_ERROR')
    const [scp] = analyzeText(h('h137-021')).findings
    expect([scp!.layer, scp!.deny]).toEqual(['scp', 'explicit'])
  })

  it.each([
    ['h136-040', 'the metadata service refusing an IMDSv2 token'],
    ['h137-011', 'the AWS CLI with `--endpoint=`'],
    ['h137-013', 'the Go SDK with an empty request and host id'],
    ['h137-023', "Scality's replication engine"]
  ])('%s (%s): nothing reported', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: the AWS CLI with --endpoint at AWS's own host stays AWS's
    'aws s3 --endpoint=https://s3.eu-west-1.amazonaws.com sync . s3://b/\nfatal error: An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied',
    // own: the Go SDK with its ids filled is AWS's
    'operation error S3: PutObject, https response error StatusCode: 403, RequestID: 4442587FB7D0A2F9, HostID: x5i8ExMLabc=, api error AccessDenied: Access Denied',
    // own: a 403 from STS after the metadata fallback is AWS's
    'failed to get session token, falling back to IMDSv1\nAn error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/a/i-0abc is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/b'
  ])('counter-case: %s', (text) => {
    expect(reported(text).length).toBeGreaterThan(0)
  })
})
