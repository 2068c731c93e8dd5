// configure-aws-credentials and STS on the web identity token (WD855, heldout14 issues 10 and 17):
// the action found no source at all, the job's OIDC token could not be fetched, STS refused the
// token for its audience, its validity or its issuer's keys. Credentials failures all, none a
// denial, each with the cause its words give.
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const read = (text: string) =>
  parseText(text).map((f) => [f.kind, f.code, f.detail.cause ?? null, f.title])

describe('WD855: the web identity token and the action that asks for it', () => {
  it('h14-037: no source of credentials at all names the inputs the action was given (configure-aws-credentials#817)', () => {
    const [f, ...rest] = parseText(corpusText('heldout14.jsonl', 'h14-037'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.detail.cause]).toEqual(['credentials', 'missing'])
    expect(f!.grammarRule).toBe('WD855')
    expect(f!.traps).toContain('configure-credentials-no-source')
    expect(f!.explanation).toContain(
      'inputs as the log shows them ("aws-region" in the log) hold no `role-to-assume`'
    )
  })

  it('h14-121: the OIDC token could not be fetched: the job lacks id-token: write', () => {
    expect(read(corpusText('heldout14.jsonl', 'h14-121'))).toEqual([
      ['credentials', null, 'oidc-id-token-permission', 'Job cannot request a GitHub OIDC token']
    ])
  })

  it('h14-160: both lines say audience, neither a missing provider', () => {
    const found = read(corpusText('heldout14.jsonl', 'h14-160'))
    // One failure on two lines: one finding (src/engine/credentialRepeats.ts).
    expect(found.map((r) => r[2])).toEqual(['oidc-audience'])
  })

  it('h14-161: an AccessDenied whose message is the token itself is a credentials failure, fixed on the role side', () => {
    const found = parseText(corpusText('heldout14.jsonl', 'h14-161'))
    expect(found.map((f) => [f.kind, f.code, f.detail.cause])).toEqual([
      ['credentials', 'AccessDenied', 'oidc-token-invalid']
    ])
    expect(found[0]!.explanation).toContain('no identity policy can help')
    expect(found[0]!.explanation).toContain('trust policy')
  })

  it.each([
    // aws/aws-cli#7194
    [
      'aws/aws-cli#7194',
      "An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    ],
    // meta-pytorch/torchx#386
    [
      'meta-pytorch/torchx#386',
      "botocore.errorfactory.InvalidIdentityTokenException: An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements"
    ]
  ])('%s: STS could not fetch the issuer keys: no missing provider', (_, text) => {
    const [f, ...rest] = parseText(text)
    expect(rest).toEqual([])
    expect([f!.kind, f!.code, f!.detail.cause]).toEqual([
      'credentials',
      'InvalidIdentityToken',
      'oidc-verification-key'
    ])
    expect(f!.title).not.toContain('No GitHub OIDC provider')
  })

  it.each([
    // Look-alikes: prose about the wordings, another vendor's token, a denial naming the role.
    'Token audience mismatches are explained in the docs section below.',
    'vault: failed to fetch OIDC token: 500 Internal Server Error',
    'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity'
  ])('reads no token failure in %s', (text) => {
    expect(parseText(text).filter((f) => f.grammarRule === 'WD855')).toEqual([])
  })
})

describe('WD746 beside the Go SDK wrapper: the reason, not "no credentials" (heldout14 review, h14-032)', () => {
  it('h14-032: an IRSA token with a masked issuer: the cluster provider is missing', () => {
    const [f, ...rest] = parseText(corpusText('heldout14.jsonl', 'h14-032'))
    expect(rest).toEqual([])
    expect([f!.kind, f!.code, f!.detail.cause]).toEqual([
      'credentials',
      'InvalidIdentityToken',
      'oidc-provider-missing-eks'
    ])
    expect(f!.explanation).toContain('eksctl utils associate-iam-oidc-provider')
    expect(f!.explanation).not.toContain('found no credentials')
  })

  it("aws.amazon.com/premiumsupport/knowledge-center/eks-troubleshoot-oidc-and-irsa/: an EKS issuer names the cluster's provider", () => {
    const [f] = parseText(
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.region.amazonaws.com/id/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    )
    expect(f!.detail.cause).toBe('oidc-provider-missing-eks')
  })

  it("GitHub's issuer keeps the GitHub provider advice (counter-case, configure-aws-credentials#598)", () => {
    const [f] = parseText(
      'Error: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com/'
    )
    expect(f!.detail.cause).toBe('oidc-provider-missing')
    expect(f!.title).toBe('No GitHub OIDC provider in the AWS account')
  })
})
