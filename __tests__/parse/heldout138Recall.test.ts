// heldout138–139's refusals the engine missed on their unseen score (issue 10, session 48): tools'
// and services' own words (efs-utils, FSx, an IoT rule's OpenSearch action, Metaflow, s3fs-fuse,
// jclouds), SDKs and helpers with no credentials (the Ruby SDK's signer, the CRT, the Go SDK v1's
// web identity provider, botocore timing out on the metadata service), and the look-alikes
// (STACKIT's object storage, a pull request foreseeing errors); each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

describe("services' and tools' own words", () => {
  it.each([
    ['h139-016', 'denial', 'unauthorized-to-perform-operation', null, null],
    ['h139-024', 'denial', 'service-linked-role-not-created', 'BadRequest', null],
    ['h139-041', 'denial', 'iot-rule-action-forbidden', null, null],
    ['h138-028', 'denial', 'metaflow-s3-access-denied', null, null],
    ['h139-026', 'credentials', 's3fs-invalid-credentials', null, 'invalid'],
    ['h138-032', 'credentials', 'jclouds-aws-unauthorized', null, 'invalid'],
    ['h138-053', 'credentials', 'jclouds-aws-unauthorized', null, 'invalid'],
    ['h138-002', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h138-009', 'credentials', 'no-credentials-sdk', null, 'missing'],
    ['h139-030', 'credentials', 'no-credentials-sdk', null, 'credential-timeout'],
    ['h139-008', 'credentials', 'no-credentials-sdk', null, 'imds-error'],
    // The code names the provider that failed: the web identity token's.
    ['h139-085', 'credentials', 'no-credentials-sdk', 'WebIdentityErr', 'oidc-id-token-permission'],
    ['h138-034', 'credentials', 'no-credentials-sdk', null, 'missing']
  ])('%s: %s by %s', (id, kind, grammar, code, cause) => {
    expect(first(h(id))).toEqual([kind, grammar, code, cause])
  })

  it('what they name', () => {
    const [efs] = analyzeText(h('h139-016')).findings
    expect(efs!.operation).toBe('DescribeAvailabilityZones')
    expect(analyzeText(h('h139-024')).findings[0]!.service).toBe('fsx')
    expect(analyzeText(h('h139-041')).findings[0]!.service).toBe('es')
    expect(analyzeText(h('h138-028')).findings[0]!.service).toBe('s3')
    expect(analyzeText(h('h139-026')).findings[0]!.service).toBe('s3')
    expect(analyzeText(h('h138-032')).findings[0]!.service).toBe('ec2')
    // The Ruby SDK's message printed once per attachment is one finding, counted twice.
    const mastodon = analyzeText(h('h138-002')).findings
    expect(mastodon.map((f) => f.occurrences)).toEqual([2])
  })

  it.each([
    // own: a person saying an operation is unauthorized in general
    'Note: users are never unauthorized to perform operations on their own drafts.',
    // own: FSx making its role just fine
    'Amazon FSx created the service-linked role AWSServiceRoleForAmazonFSx.',
    // own: an IoT rule's OpenSearch action failing for another reason
    'Failed to index document in OpenSearch.  The error received was ServiceUnavailable.',
    // own: jclouds answered 401 by another cloud's endpoint
    'org.jclouds.rest.AuthorizationException: POST https://compute.example.net/ HTTP/1.1 -> HTTP/1.1 401 Unauthorized',
    // own: jclouds answered 403 by AWS is a refusal, not this rule's 401
    'org.jclouds.rest.AuthorizationException: POST https://ec2.us-east-1.amazonaws.com/ HTTP/1.1 -> HTTP/1.1 404 Not Found',
    // own: botocore reaching the metadata service but timing out on another host
    'Connect timeout on endpoint URL: "http://example.internal/latest/api/token"',
    // own: s3fs checking the service successfully
    's3fs.cpp:s3fs_check_service(3806): check services.'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('look-alikes', () => {
  it.each([
    ['h138-018', "STACKIT's object storage behind GitLab's registry"],
    ['h138-020', 'a pull request foreseeing the errors a setting avoids']
  ])('%s (%s): nothing reported', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: an AccessDenied pasted from a run, then what the writer expects next
    'upload failed: ./a to s3://b/a An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
    // own: the same words in a run's own line, no quotes, past tense
    '"AccessDenied: Access Denied" errors ended up in the log after the deploy.'
  ])('counter-case: %s', (text) => {
    expect(reported(text).length).toBeGreaterThan(0)
  })
})
