// heldout146–147's cases the engine missed or misread on their unseen score (issue 10, session 49):
// the less common SDKs' words (Soto, AWS.jl, R's aws.s3), Pacu's and acme.sh's, SES through
// Symfony, DataSync's location test, Transfer Family's session log, Cloud9's membership, Amazon
// Q's account check, Java's URL connection, Cognito's SMS role, AWS Backup's role; codes in an
// app's own message and QuickSight's status; an ARN after a writer's `on "…"`; each with a
// counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services', tools' and libraries' own words", () => {
  it.each([
    ['h146-003', 'denial', 'bare-code', 'Access Denied', null],
    ['h146-015', 'credentials', 'soto-no-credential-provider', null, 'missing'],
    ['h146-017', 'credentials', 'aws-jl-no-credentials', null, 'missing'],
    ['h146-018', 'credentials', 'julia-imds-request-failed', null, 'credential-timeout'],
    ['h146-020', 'credentials', 'julia-imds-request-failed', null, 'imds-error'],
    ['h146-061', 'credentials', 'acme-sh-route53-no-keys', null, 'missing'],
    ['h146-075', 'denial', 'pacu-missing-permissions', null, null],
    [
      'h146-109',
      'credentials',
      'missing-token-code',
      'MissingAuthenticationTokenException',
      'missing'
    ],
    ['h147-058', 'denial', 'datasync-location-access-test', 'InvalidRequestException', null],
    ['h147-059', 'denial', 'datasync-location-access-test', null, null],
    ['h147-062', 'denial', 'transfer-family-access-denied', null, null],
    ['h147-063', 'denial', 'transfer-family-access-denied', null, null],
    ['h147-080', 'credentials', 'security-token-expired', null, 'expired'],
    ['h147-085', 'denial', 'cloud9-environment-member', null, null],
    ['h147-092', 'denial', 'account-not-authorized-call', null, null]
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const f = (id: string) => analyzeText(h(id)).findings[0]!
    expect([f('h147-058').action, f('h147-058').service]).toEqual(['s3:GetObject', 's3'])
    expect(f('h146-104').service).toBe('s3')
    expect(f('h146-105').code).toBe('InvalidSmsRoleAccessPolicyException')
    expect(f('h146-121').code).toBe('InvalidClientTokenId')
    expect(f('h146-030').code).toBe('PERMISSION_DENIED')
    expect(f('h147-035').principal).toBe('arn:aws:iam::674762530604:role/AWSBackupServiceRole')
    expect(f('h146-110').resource).toBe('arn:aws:ses:eu-west-1:123456789012:identity/example.com')
    // A writer's retyping of the CloudTrail event's fields below its JSON line.
    expect([f('h147-002').service, f('h147-002').operation]).toEqual([
      'ec2',
      'CreateNetworkInterface'
    ])
    // MinIO's JS client relaying AWS's own refusal, its reason clause AWS's words.
    expect([f('h147-065').action, f('h147-065').layer]).toEqual([
      's3:GetBucketLocation',
      'identity'
    ])
  })

  it('h146-029: the reason after a writer\'s `on "arn:…"` is still read', () => {
    const d = analyzeText(h('h146-029')).findings[0]!
    expect([d.layer, d.deny, d.resource]).toEqual(['resource', 'implicit', null])
  })

  it.each([
    // own: Soto finding its provider
    'SotoCore: using credential provider: environment',
    // own: an IMDS answer of 200
    'GET http://169.254.169.254/latest/meta-data/iam/info 200 OK',
    // own: DataSync's test that passed
    'DataSync location access test succeeded for bucket b.',
    // own: Transfer Family's successful close
    'u.39e9 CLOSE Path=/bucket/user/test.txt BytesIn=13',
    // own: Java's URL connection refused by a server that is not AWS's
    'java.io.IOException: Server returned HTTP response code: 403 for URL: https://repo.example.com/a.jar',
    // own: MinIO's own refusal through its JS client, no AWS words in it
    'S3Error: Access Denied.\n    at parseError (/app/node_modules/minio/dist/main/internal/xml-parser.js:35:13)'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})
