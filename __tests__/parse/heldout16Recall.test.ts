// heldout16's refusals the parse missed or half-read on its unseen score (issue 10, session 18),
// each with its own cases beside the corpus's.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const read = (text: string) => parseText(text).map((f) => [f.kind, f.code, f.service])

describe('codes where the tool printed them', () => {
  it.each<[string, string, string]>([
    // Fluent Bit's out_s3: `PutObject API responded with error='InvalidAccessKeyId', message='…'`.
    [
      'h16-050 (fluent/fluent-bit#11891)',
      corpusText('heldout16.jsonl', 'h16-050'),
      'InvalidAccessKeyId'
    ],
    [
      "own: Fluent Bit's Kinesis output",
      "[2026/06/02 20:24:00.338] [error] [output:kinesis_streams:kinesis_streams.0] PutRecords API responded with error='AccessDeniedException', message='User: arn:aws:sts::111122223333:assumed-role/fb/i-0abc is not authorized to perform: kinesis:PutRecords on resource: arn:aws:kinesis:us-east-1:111122223333:stream/logs'",
      'AccessDeniedException'
    ],
    // The .NET SDK printing the body it could not unmarshal: its root element is the code.
    [
      'h16-072 (aws/aws-sdk-net#885)',
      corpusText('heldout16.jsonl', 'h16-072'),
      'AccessDeniedException'
    ],
    // The Java SDK's suffix wrapped right after `Error Code:` by a mailing list.
    [
      'h16-108 (HADOOP-15781 via mail-archive.com)',
      corpusText('heldout16.jsonl', 'h16-108'),
      'AccessDenied'
    ]
  ])('%s', (_title, text, code) => {
    expect(read(text)[0]?.[1]).toBe(code)
  })

  it("h10-109: boto's own code slot stays the code beside the body's root element", () => {
    expect(read(corpusText('heldout10.jsonl', 'h10-109'))[0]?.[1]).toBe('403')
  })
})

describe('failures read that were not', () => {
  it("h16-052 (vectordotdev/vector#9291): rusoto's empty provider chain is missing credentials", () => {
    const [f] = parseText(corpusText('heldout16.jsonl', 'h16-052'))
    expect([f?.kind, f?.detail.cause]).toEqual(['credentials', 'missing'])
  })

  it("h16-079 (hashicorp/vault#2852): the Go SDK's request error printed with %#v, status 403", () => {
    const [f] = parseText(corpusText('heldout16.jsonl', 'h16-079'))
    expect([f?.kind, f?.grammar, f?.inferredAction]).toEqual([
      'denial',
      'go-request-error-403',
      'iam:GetRole'
    ])
  })

  it.each([
    [
      'own: status 404 is no refusal',
      '&awserr.requestError{awsError:(*awserr.baseError)(0xc426ae5c00), statusCode:404, requestID:"x"}'
    ],
    ['own: a 403 of another struct', '&http.Response{statusCode:403}']
  ])('%s', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})

describe('a principal the writer wrapped right after its separator', () => {
  it('h16-048: `…:assumed-role/` then the role and session on the next line', () => {
    const [f] = parseText(corpusText('heldout16.jsonl', 'h16-048'))
    expect(f?.principal).toBe(
      'arn:aws:sts::8752XXXXXXXX:assumed-role/AWSReservedSSO_AdministratorAccess_.../david.petrocelli@caylent.com'
    )
  })

  it('own: a wrapped principal followed by prose on the next line is cut at the separator', () => {
    const [f] = parseText(
      'User: arn:aws:sts::111122223333:assumed-role/\nthe job could not continue\nis not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
    )
    expect(f?.action).toBe('s3:GetObject')
    expect(f?.principal ?? '').not.toContain('the job')
  })
})

describe('look-alikes named in the text', () => {
  it.each([
    [
      'h16-120 (CSDN, Alibaba Cloud OSS with an STS token)',
      corpusText('heldout16.jsonl', 'h16-120')
    ],
    [
      "own: OSS's refusal of a token's policy alone",
      "ErrorCode: AccessDenied\nErrorMessage: Access denied by authorizer's policy.\nRequestId: 5C3A2B4D"
    ]
  ])('%s: no AWS finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })

  it('own counter-case: OSS as open-source software in English prose keeps an AWS refusal', () => {
    expect(
      read(
        'Building the OSS release failed:\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
      ).map(([kind, code]) => [kind, code])
    ).toEqual([['denial', 'AccessDenied']])
  })
})

describe("a tool's sentence whose last word is a service's name", () => {
  // heldout16 review h16-004 (secdevops-cuse/CyberRange#42), h16-102 (pastebin CcidjiZE):
  // Terraform's S3 backend listing workspaces, not Amazon WorkSpaces.
  it.each([
    ['h16-004', corpusText('heldout16.jsonl', 'h16-004')],
    ['h16-102', corpusText('heldout16.jsonl', 'h16-102')]
  ])('%s: `Failed to get existing workspaces: AccessDenied` is the S3 backend', (_id, text) => {
    const [f] = parseText(text)
    expect(f?.service).not.toBe('workspaces')
    expect(f?.inferredAction).toBe('s3:ListBucket')
  })

  it("hashicorp/terraform-provider-aws#12570 (h11-012): lego's `route53:` label still names Route 53", () => {
    expect(parseText(corpusText('heldout11.jsonl', 'h11-012'))[0]?.service).toBe('route53')
  })
})

describe('STS refusing a SAML assertion', () => {
  it.each([
    // heldout16 review h16-110 (the IAM User Guide's SAML troubleshooting page)
    ['h16-110', corpusText('heldout16.jsonl', 'h16-110')],
    [
      'own: the session name of the wrong shape',
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithSAML operation: RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}'
    ]
  ])('%s: the assertion, not a GitHub OIDC provider', (_title, text) => {
    const [f] = parseText(text)
    expect([f?.kind, f?.detail.cause]).toEqual(['credentials', 'saml-assertion'])
    expect(f?.title).not.toMatch(/GitHub/)
  })
})
