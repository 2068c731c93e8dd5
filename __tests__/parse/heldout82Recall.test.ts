// heldout82–84's refusals the engine missed or misread on their unseen score (issue 10, session
// 40): Terraform's role it could not assume and the chain's reason below it, the SSO token behind
// an S3 backend's missing credentials, the SDKs for Rust, Swift and C++, an RDS snapshot's key left
// unprinted, a dump's code above its message, a writer's bracketed principal; each with a counter-case.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'
import { analysedOne } from '../diagnose/traps/analysed.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, 3)}.jsonl`, id)
const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.grammar, f.code, f.service, f.detail.cause ?? null])

describe('heldout82–84: read now', () => {
  it.each([
    [
      'h83-016',
      'credentials',
      'terraform-no-credentials',
      'SSOProviderInvalidToken',
      null,
      'sso-expired'
    ],
    ['h83-038', 'denial', 'ec2-images-not-authorized', 'AuthFailure', 'ec2', null],
    ['h84-005', 'credentials', 'terraform-role-not-assumed', null, null, 'assume-role-failed'],
    ['h84-022', 'denial', 'rds-kms-key-not-accessible', 'KMSKeyNotAccessibleFault', 'rds', null],
    ['h84-028', 'credentials', 'sdk-imds-token-failed', null, null, 'imds-error'],
    ['h84-031', 'credentials', 'sdk-imds-token-failed', null, null, 'imds-error'],
    ['h84-034', 'denial', 'cpp-client-status-403', null, 's3', null],
    ['h84-035', 'denial', 'cpp-unparsed-exception-name', 'UnauthorizedOperation', null, null],
    ['h85-012', 'denial', 'presigned-download-403', null, 's3', null],
    ['h85-007', 'credentials', 'signature-mismatch', 'SignatureDoesNotMatch', 's3', 'signature']
  ])('%s: %s %s', (id, kind, grammar, code, service, cause) => {
    expect(read(h(id))[0]).toEqual([kind, grammar, code, service, cause])
  })

  it('h82-035: a writer’s bracketed principal with spaces is one value', () => {
    expect(parseText(h('h82-035'))[0]?.principal).toBe(
      '[ROLE CREATED BY CrossAccountZoneDelegationRecord]'
    )
  })

  it('h83-014: a role profile without its source is the profile, not half a key', () => {
    const [f] = parseText(h('h83-014'))
    expect(f?.detail.cause).toBe('role-profile-no-source')
    expect(f?.explanation).toContain('source_profile')
  })

  it('h65-037: Terraform’s unexplained `cannot be assumed` folds into the chain’s reason below it', () => {
    const found = parseText(corpusText('heldout65.jsonl', 'h65-037'))
    expect(found.map((f) => [f.kind, f.code])).toEqual([['credentials', 'NoCredentialProviders']])
  })

  it('h83-004: a layer is shared with an account, even when the caller is unknown', () => {
    const { f, statements } = analysedOne(h('h83-004'))
    // Its owner shares it (the command, to an account, in the explanation); the draft is the
    // caller's side only (heldout150 review h150-071, h150-077).
    expect(f.explanation).toMatch(/add-layer-version-permission .* --principal ACCOUNT_ID/)
    expect(statements.map((s) => s.Principal)).toEqual([undefined])
  })
})

describe('counter-cases', () => {
  it('h82-027: a registry on localhost answering 403 is no ECR refusal', () => {
    expect(read(h('h82-027'))).toEqual([])
  })

  it('a mirror on a private address (172.16/12 too) is no ECR either; ECR itself still is', () => {
    const pull = (host: string) =>
      `failed to pull and unpack image "${host}/app:1": failed to resolve reference "${host}/app:1": pulling from host ${host} failed with status code [manifests 1]: 403 Forbidden`
    expect(read(pull('172.20.0.5:5000'))).toEqual([])
    expect(read(pull('10.0.0.7'))).toEqual([])
    expect(read(pull('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).map(([k]) => k)).toEqual([
      'denial'
    ])
  })

  it.each([
    // The Rust SDK's Region lookup at IMDS is no credentials failure (h65-005 keeps one finding).
    'failed to load region from IMDS err=failed to load IMDS session token: dispatch failure (FailedToLoadToken(FailedToLoadToken))',
    // A code the C++ SDK could not parse that is no refusal.
    'Unable to parse ExceptionName: ThrottlingException'
  ])('%s', (text) => {
    expect(read(text)).toEqual([])
  })

  it('a role Terraform could not assume, with STS’s answer on the lines below, is one finding', () => {
    const found = read(
      'Error: IAM Role (arn:aws:iam::123456789012:role/deploy) cannot be assumed.\noperation error STS: AssumeRole, https response error StatusCode: 403, RequestID: 1, api error AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/deploy'
    )
    expect(found.map(([, grammar]) => grammar)).not.toContain('terraform-role-not-assumed')
  })
})
