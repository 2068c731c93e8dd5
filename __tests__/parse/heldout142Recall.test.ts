// heldout142–143's refusals the engine missed on their unseen score (issue 10, session 48): AWS
// Config's delivery refusal and Security Hub's administrator check as codes, a CloudTrail alert's and
// c7n-org's words, TeamCity's S3 artifact upload, TileDB's bracketed fields, Symfony's `(code X)`,
// GDAL and Strapi without keys; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services', tools' and libraries' own words", () => {
  it.each([
    ['h142-027', 'denial', 'bare-code', 'InsufficientDeliveryPolicyException', null],
    ['h142-028', 'denial', 'bare-code', 'InsufficientDeliveryPolicyException', null],
    ['h142-034', 'denial', 'trail-alert-access-denied', null, null],
    ['h143-080', 'denial', 'c7n-org-access-denied', null, null],
    ['h143-021', 'denial', 'http-403-storage-target', null, null],
    ['h143-039', 'denial', 'bare-code', 'AccessDenied', null],
    ['h143-048', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h143-055', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h142-072', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h142-075', 'credentials', 'security-token-invalid', 'InvalidClientTokenId', 'invalid'],
    ['h142-076', 'credentials', 'security-token-invalid', '403', 'invalid']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const [alert] = analyzeText(h('h142-034')).findings
    expect([alert!.operation, alert!.service]).toEqual(['CreateNetworkInterface', 'ec2'])
    expect(analyzeText(h('h143-080')).findings[0]!.operation).toBe('SendMessage')
    expect(analyzeText(h('h143-021')).findings[0]!.service).toBe('s3')
    expect(analyzeText(h('h142-027')).findings[0]!.service).toBe('config')
  })

  it.each([
    // own: c7n's words outside Cloud Custodian's log
    'proxy: Access denied api:SendMessage for client 10.0.0.4',
    // own: an alert about a successful event
    'Console login on event ConsoleLogin occured in account 123456789012 by alice',
    // own: TeamCity's upload answered 200
    'Uploaded artifact a.zip to https://s3-eu-west-1.amazonaws.com/b/a.zip. Response code received: 200.',
    // own: TileDB's fields for a missing object
    '[HTTP Response Code: 404] [Exception: NoSuchKey] The specified key does not exist.',
    // own: GDAL told not to sign
    'Opening /vsis3/bucket/a.tif with AWS_NO_SIGN_REQUEST=YES'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})
