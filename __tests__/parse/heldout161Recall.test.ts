// heldout161–164's cases the engine missed or misread on their unseen score (issue 10, session 54):
// Amplify's app libraries, Roles Anywhere, STS's MFA and federation words, the CRT and Rust SDKs'
// credential errors, an unreadable IRSA token, the Pod Identity agent out of reach, credential
// tools refusing a profile, AppSync's real-time refusals, Vagrant's box downloads from S3, the
// iOS SDK's response dump, sccache's client, S3's per-key DeleteObjects errors, a shortened Go v2
// line, ECS's platform refusal, a sops gutter, Markdown italics, tutorial and troubleshooting
// prose, a Go test table and a Python print; each with a counter-case.
import { analyzeText } from '../../src/engine/Analysis.js'
import {
  firstReading as first,
  heldoutText as h,
  reportedFindings as reported
} from '../support/recallCase.js'

const one = (text: string) => analyzeText(text).findings[0]!

describe('credentials, in the words of the client that had none', () => {
  it.each([
    ['h163-017', 'amplify-app-no-credentials', null, 'amplify-app-no-credentials'],
    ['h163-041', 'amplify-app-no-credentials', null, 'amplify-app-no-credentials'],
    ['h163-042', 'amplify-app-no-credentials', null, 'amplify-app-no-credentials'],
    [
      'h161-072',
      'roles-anywhere-untrusted-certificate',
      'AccessDeniedException',
      'roles-anywhere-certificate'
    ],
    ['h161-054', 'sts-mfa-code-missing', 'AccessDenied', 'mfa-code-missing'],
    ['h161-058', 'federated-login-token-type', null, 'federated-login-long-term'],
    ['h161-042', 'crt-provider-source-failure', null, 'credential-process'],
    ['h163-070', 'irsa-token-unreadable', null, 'web-identity-token-file'],
    ['h164-046', 'rust-sdk-no-credentials', null, 'missing'],
    ['h164-047', 'rust-sdk-no-credentials', null, 'credential-timeout'],
    ['h164-048', 'rust-sdk-no-credentials', null, 'missing'],
    ['h161-034', 'container-credentials-request-failed', null, 'credential-timeout'],
    ['h161-059', 'credential-tool-profile-refused', null, 'missing'],
    ['h161-063', 'credential-tool-profile-refused', null, 'missing'],
    ['h163-051', 'vagrant-aws-access-key-required', null, 'missing'],
    ['h163-018', 'access-key-unknown', null, 'invalid']
  ])('%s: credentials by %s', (id, grammar, code, cause) => {
    expect(first(h(id))).toEqual(['credentials', grammar, code, cause])
  })

  it('what they name', () => {
    expect(one(h('h161-072')).service).toBe('rolesanywhere')
    expect(one(h('h161-054')).service).toBe('sts')
    // STS's own code inside the Terraform box, across its gutter (h161-023).
    expect([one(h('h161-023')).code, one(h('h161-023')).detail.cause]).toEqual([
      'ValidationError',
      'session-tags'
    ])
    // The Pod Identity agent's answer carries STS's code (h161-033).
    expect(one(h('h161-033')).code).toBe('ExpiredTokenException')
  })

  it("counter-case: the CRT's IMDS words stay the IMDS rule's", () => {
    expect(first('Valid credentials could not be sourced by the IMDS provider')).toEqual([
      'credentials',
      'no-credentials-sdk',
      null,
      'imds-error'
    ])
  })

  it('their explanations say what to check, not a grant', () => {
    expect(one(h('h163-017')).explanation).toMatch(/identity pool/)
    expect(one(h('h161-072')).explanation).toMatch(/trust anchor/)
    expect(one(h('h161-054')).explanation).toMatch(/mfa_serial/)
    expect(one(h('h161-058')).explanation).toMatch(/GetFederationToken or AssumeRole/)
  })

  it.each([
    // own: a profile aws-vault found, and a token file read fine
    'aws-vault: using credentials from the master credentials of profile ci',
    'Reading /var/run/secrets/eks.amazonaws.com/serviceaccount/token: ok',
    // own: the Pod Identity agent answering
    'GET http://169.254.170.23/v1/credentials 200 OK',
    // own: a certificate trusted
    'aws_signing_helper: created session with trusted signing certificate'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })
})

describe('refusals in the words of the service or tool that relayed them', () => {
  it.each([
    ['h163-001', 'UnauthorizedException', 'appsync'],
    ['h163-002', 'com.amazonaws.deepdish.graphql.auth#UnauthorizedException', 'appsync'],
    ['h163-020', null, 's3'],
    ['h163-064', null, 's3'],
    ['h163-065', null, 's3'],
    ['h163-066', null, 's3'],
    ['h163-067', null, 's3'],
    ['h164-076', null, 's3'],
    ['h164-009', 'AccessDenied', 's3'],
    ['h164-044', 'AccessDenied', 's3'],
    ['h162-061', 'AccessDeniedException', null],
    ['h162-062', null, 'sqs']
  ])('%s: a denial, code %s, service %s', (id, code, service) => {
    const f = one(h(id))
    expect([f.kind, f.code, f.service]).toEqual(['denial', code, service])
  })

  it('the action they name', () => {
    expect(one(h('h163-064')).action).toBe('s3:GetBucketLocation')
    // sops wraps the short STS sentence under its gutter (h161-001).
    expect(one(h('h161-001')).action).toBe('sts:AssumeRoleWithWebIdentity')
    // An email's italics close after the action (h162-039).
    expect(one(h('h162-039')).action).toBe('sts:AssumeRole')
    // The Java SDK v2's label for IAM Identity Center's OIDC API (h161-050).
    expect(one(h('h161-050')).service).toBe('sso-oauth')
  })

  it.each([
    // own: AppSync's words with nothing of AppSync, GraphQL or Amplify around
    '{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}',
    // own: a Vagrant box from another host refused
    '    default: Downloading: https://boxes.example.com/b.box\nAn error occurred while downloading the remote file. The error\nmessage, if any, is reproduced below. Please fix this error and try\nagain.\n\nThe requested URL returned error: 403 Forbidden',
    // own: an iOS response dump from a server that is not S3
    '{ status code: 403, headers {\n    Server = nginx;\n}',
    // own: DeleteObjects with no errors
    "{'Deleted': [{'Key': 'a'}], 'Errors': []}",
    // own: the SQS words with no SQS named
    'Access to the resource is denied.'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })

  it('counter-case: a wildcard action with no italics opened above keeps its star', () => {
    expect(
      one(
        'User: arn:aws:iam::111122223333:user/u is not authorized to perform: sts:AssumeRole* on resource: arn:aws:iam::111122223333:role/r'
      ).action
    ).toBe('sts:AssumeRole*')
  })
})

describe('prose and source that quote a refusal', () => {
  it.each([
    // a troubleshooting heading that is the message (as h159-049)
    'h162-064',
    // a tutorial's "You try to … and get …"
    'h161-070',
    // a Go test table's rows and a Python script's print
    'h161-069',
    'h161-035'
  ])('%s: no finding', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: the writer's own attempt stays theirs
    'I try to assume the role and get AccessDenied: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/deploy',
    // own: a log line with braces is no test row (a JSON object has keys)
    '{"level":"error","msg":"An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"}',
    // own: a log line ending in a colon above a printed error is no Python block
    'Deploying stack prod:\nAn error occurred (AccessDenied) when calling the CreateStack operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: cloudformation:CreateStack'
  ])('counter-case, still read: %s', (text) => {
    expect(reported(text)).toHaveLength(1)
  })
})

describe('heldout165–167 (the second round of session 54)', () => {
  it.each([
    ['h166-001', 'bearer-token-invalid', 'AccessDeniedException', 'invalid'],
    ['h165-049', 'authorization-header-incomplete', null, 'signature-incomplete']
  ])('%s: credentials by %s', (id, grammar, code, cause) => {
    expect(first(h(id))).toEqual(['credentials', grammar, code, cause])
  })

  it.each([
    // a pytest's mocked body under its `async def`, a pull request foretelling an error
    'h166-045',
    'h166-058'
  ])('%s: no finding', (id) => {
    expect(reported(h(id))).toEqual([])
  })

  it.each([
    // own: a bearer token refused by a gateway that is not AWS's words stays unread
    'Error: the bearer token is invalid',
    // own: an Authorization header a proxy requires, in other words
    'Proxy-Authorization header required'
  ])('counter-case: %s', (text) => {
    expect(reported(text)).toEqual([])
  })

  it('counter-case: a line opening with `async` in a log is no code by itself', () => {
    expect(
      reported(
        'async job 42 failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      )
    ).toHaveLength(1)
  })
})
