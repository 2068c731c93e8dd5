// heldout78–81's refusals the engine missed on their unseen score (issue 10, session 40): AWS IoT
// Core refusing devices, Java SDK v2 classes over a bare 403, Lake Formation's and Athena's own
// words, MSK's brokers through librdkafka, Mountpoint's credentials, App Runner's and c7n-org's
// roles, OpenSearch's fine-grained access control, ElastiCache's IAM tokens, Q Business's
// identity-aware sessions; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, 3)}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('heldout78–81: services’ own words, read', () => {
  it.each([
    ['h78-013', 'denial', 'athena-results-location', null, 's3', null],
    ['h78-014', 'denial', 'lake-formation-insufficient', null, null, null],
    ['h78-030', 'denial', 'sdk-v2-model-refusal', 'GreengrassV2DataException', 'greengrass', null],
    ['h78-031', 'denial', 'iot-connect-not-authorized', null, 'iot', null],
    ['h78-032', 'denial', 'iot-connect-hangup', null, 'iot', null],
    ['h78-033', 'denial', 'sdk-v2-model-refusal', 'IotDataPlaneException', 'iot', null],
    ['h78-036', 'denial', 'iot-connect-not-authorized', null, 'iot', null],
    ['h79-001', 'denial', 'msk-iam-sasl-denied', null, null, null],
    ['h79-002', 'denial', 'msk-iam-sasl-denied', null, null, null],
    ['h79-007', 'denial', 'elasticache-iam-wrongpass', null, 'elasticache', null],
    [
      'h79-026',
      'denial',
      'apprunner-role-not-assumable',
      'InvalidRequestException',
      'apprunner',
      null
    ],
    ['h79-034', 'denial', 'c7n-org-account-denied', null, null, null],
    ['h80-031', 'credentials', 'no-signing-credentials-crt', null, null, 'missing'],
    ['h80-034', 'credentials', 'mountpoint-invalid-credentials', null, null, 'invalid'],
    ['h81-017', 'denial', 'lex-dependency-denied', 'DependencyFailedException', null, null],
    ['h81-022', 'denial', 'opensearch-fgac-no-permissions', 'AuthorizationException', 'es', null],
    ['h81-025', 'credentials', 'no-valid-credentials-found', null, null, 'missing'],
    [
      'h81-014',
      'credentials',
      'qbusiness-identity-aware-required',
      'AccessDeniedException',
      'qbusiness',
      'identity-aware-required'
    ]
  ])('%s: %s %s', (id, kind, grammar, code, service, cause) => {
    expect(read(h(id))[0]).toEqual([kind, grammar, code, service, cause])
  })

  it('h78-035: a run’s error told as it came (`something like this happens:`) is read', () => {
    expect(read(h('h78-035'))[0]).toEqual([
      'credentials',
      'credential-scope-region',
      'ForbiddenException',
      'iot',
      'scope-region'
    ])
  })

  it('h80-003: the Java suffix glued to the resource is no part of it', () => {
    expect(parseText(h('h80-003'))[0]?.resource).toBe('*')
  })

  it('their explanations name the document that decides', () => {
    expect(parseText(h('h78-031'))[0]?.explanation).toContain('iot:Connect')
    expect(parseText(h('h81-022'))[0]?.fixTarget.kind).toBe('resource-attribute')
    expect(parseText(h('h79-026'))[0]?.explanation).toContain('build.apprunner.amazonaws.com')
    expect(parseText(h('h81-014'))[0]?.explanation).toContain('sts:SetContext')
  })
})

describe('counter-cases', () => {
  it.each([
    // Any Redis server answers a bad password so; MQTT words with no AWS IoT named.
    'redis: WRONGPASS invalid username-password pair or user is disabled.',
    'mosquitto: Connect Status: AUTHORIZATION_ERROR for client sensor-1',
    // A self-managed cluster's security plugin, its own user.
    'security_exception: no permissions for [indices:data/read/search] and User [name=admin, backend_roles=[]]',
    // A Java v2 class over a 403 whose message names its cause is read by that cause's rule.
    'software.amazon.awssdk.services.batch.model.BatchException: The security token included in the request is expired (Service: Batch, Status Code: 403, Request ID: 1)'
  ])('%s', (text) => {
    const found = read(text)
    expect(found.filter(([kind]) => kind === 'denial')).toEqual([])
  })

  it('`something like this` still marks a sample', () => {
    expect(
      read(
        'You will see something like this:\nAn error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
      )
    ).toEqual([])
  })
})
