// heldout94–102's refusals the engine missed or half-read on their unseen score (issue 10, session
// 42): Lambda's event source checks, EventBridge Pipes' own reasons, MSK's IAM access control under
// Kafka clients' words, Amazon EMR's cluster reasons, a hyphen wrap inside an ARN, credentials
// read with stray characters, and codes a relaying service or a client printed its own way; each
// with a counter-case of our own.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('heldout94–99: real excerpts, read', () => {
  it.each([
    ['h94-001', 'denial', 'lambda-event-source-secret', 'InvalidRequest', 'secretsmanager', null],
    ['h94-002', 'denial', 'lambda-event-source-role', 'InvalidRequest', 'lambda', null],
    ['h94-003', 'denial', 's3-notification-destination', 'InvalidArgument', 's3', null],
    ['h94-005', 'denial', 'pipes-role-permission-named', null, 'ec2', null],
    ['h94-006', 'denial', 'pipes-target-refused', 'AccessDenied', 'states', null],
    ['h94-026', 'credentials', 'access-key-id-malformed', 'AuthFailure', null, 'key-id-malformed'],
    ['h95-013', 'credentials', 'docker-token-expired', null, 'ecr', 'registry-login'],
    ['h95-025', 'credentials', 'signature-expired', 'SignatureDoesNotMatch', null, 'clock-skew'],
    [
      'h96-007',
      'credentials',
      'profile-not-found',
      'SharedIniFileCredentialsProviderFailure',
      null,
      'missing'
    ],
    ['h97-002', 'denial', 'emr-bootstrap-read', null, 's3', null],
    ['h97-005', 'denial', 'emr-service-role-invalid', 'VALIDATION_ERROR', 'elasticmapreduce', null],
    [
      'h97-006',
      'denial',
      'emr-service-role-insufficient',
      'VALIDATION_ERROR',
      'elasticmapreduce',
      null
    ],
    ['h97-018', 'credentials', 'profile-not-found', null, null, 'missing'],
    ['h97-020', 'credentials', 'bare-code', 'MissingAuthenticationTokenException', 'lambda', null],
    ['h98-003', 'denial', 'msk-iam-kafka-authorization', null, null, null],
    ['h98-004', 'denial', 'msk-iam-kafka-authorization', null, null, null],
    ['h98-007', 'credentials', 'msk-iam-no-credentials', 'SaslException', null, 'missing'],
    ['h98-011', 'denial', 'bare-code', 'KMS.AccessDeniedException', 'kms', null],
    ['h98-015', 'denial', 'iam-sentence', 'KMS.AccessDeniedException', 'kms', null],
    ['h100-032', 'credentials', 'docker-login-prompt', null, 'ecr', 'registry-login'],
    ['h102-006', 'credentials', 'cli-login-expired', null, null, 'console-login-expired'],
    ['h102-023', 'credentials', 'cli-login-expired', null, null, 'sso-expired'],
    ['h102-025', 'credentials', 'sso-profile-incomplete', null, null, 'sso-profile-incomplete']
  ])('%s: %s by %s', (id, kind, grammar, code, service, cause) => {
    expect(read(h(id))[0]).toEqual([kind, grammar, code, service, cause])
  })

  it('h94-007: the topic ARN a writer wrapped after a hyphen is read whole', () => {
    expect(parseText(h('h94-007'))[0]!.resource).toBe(
      'arn:aws:sns:us-east-1:287250355862:aws-mp-entitlement-notification-XXXXXXXX'
    )
  })

  it('h94-002: the stream ARN a CloudFormation column wrapped inside its Region is joined', () => {
    expect(parseText(h('h94-002'))[0]!.resource).toBe(
      'arn:aws:kinesis:eu-west-1:*****:stream/*****'
    )
  })

  it("h100-017 (pulumi/pulumi-eks#418): Pulumi's text for an unresolved Output is the resource, whole", () => {
    expect(parseText(h('h100-017'))[0]!.resource).toBe(
      'Calling [toJSON] on an [Output<T>] is not supported.'
    )
  })

  it('h94-001 and h94-005: the action each prints is the action', () => {
    expect(parseText(h('h94-001'))[0]!.action).toBe('secretsmanager:GetSecretValue')
    expect(parseText(h('h94-005'))[0]!.action).toBe('ec2:DescribeSecurityGroups')
  })
})

describe('their own cases', () => {
  it.each([
    [
      'a Kafka Java client refused a group under MSK IAM',
      'bootstrap.servers=b-1.prod.abc123.c2.kafka.eu-west-1.amazonaws.com:9098\norg.apache.kafka.common.errors.GroupAuthorizationException: Not authorized to access group: billing-consumers',
      // The broker's host names the service.
      ['denial', 'msk-iam-kafka-authorization', null, 'kafka', null]
    ],
    [
      "botocore's words for a profile's missing SSO settings",
      'botocore.exceptions.InvalidConfigError: Missing the following required SSO configuration values: sso_start_url, sso_region',
      ['credentials', 'sso-profile-incomplete', null, null, 'sso-profile-incomplete']
    ],
    [
      'a key ID read with its quotes from a YAML value',
      `IncompleteSignature: Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"AKIAEXAMPLE"'`,
      ['credentials', 'access-key-id-malformed', 'IncompleteSignature', null, 'key-id-malformed']
    ],
    [
      "a Pipes target's state machine refusing the pipe's role, printed alone",
      'Target invocation failed with error from States. Not allowed to invoke arn:aws:states:us-east-1:123456789012:stateMachine:orders.',
      ['denial', 'pipes-target-refused', null, 'states', null]
    ]
  ])('%s', (_what, text, expected) => {
    expect(read(text)[0]).toEqual(expected)
  })
})

describe('their counter-cases', () => {
  it.each([
    // A Kafka cluster with SCRAM logins refusing a topic: its ACLs, not IAM.
    'sasl.mechanism=SCRAM-SHA-512\nkafka server: The client is not authorized to access this topic',
    // Azure Service Bus's AMQP status for an expired SAS token.
    'System.UnauthorizedAccessException: Put token failed. status-code: 401, status-description: ExpiredToken: .',
    // A Pipes target failing for another reason than a refusal.
    '{"message": "Target invocation failed with error from States. Execution Already Exists", "awsService": "states"}',
    // Another registry's login prompt under an old Docker.
    'docker push registry.example.com/app:1\nPlease login prior to push:\nUsername: EOF',
    // A web app's own session, not the CLI's sign-in.
    'Your session has expired. Please log in again to continue.',
    // EMR's words for a role in a sentence about something else.
    'The EMR service role arn:aws:iam::123456789012:role/EMR_DefaultRole is valid and attached.'
  ])('no finding: %s', (text) => {
    expect(read(text)).toEqual([])
  })

  it('a scope cut short after a real key ID stays a malformed signature', () => {
    expect(
      read(
        "IncompleteSignature: Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKIAEXAMPLE/20170117/us-east-1/iam'"
      )[0]![4]
    ).toBeNull()
  })
})
