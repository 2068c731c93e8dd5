// A refused web identity token is explained by what STS said, not by its code alone (heldout15
// review): `Missing a required claim: aud` is a token made for no audience (h15-094: a GitLab
// CI_JOB_TOKEN, fixed with `id_tokens:` and `aud:`), `Couldn't retrieve verification key` is STS
// failing to fetch the issuer's keys (h15-100), not a missing GitHub provider or a thumbprint.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

function refused(text: string) {
  const { findings } = analyzeText(text.endsWith('\n') ? text : `${text}\n`)
  expect(findings).toHaveLength(1)
  const f = findings[0]!
  return { f, notes: buildRemedies(findings).flatMap((r) => r.notes) }
}

const CALL =
  'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation:'

describe("STS's words for a refused web identity token", () => {
  it('h15-094: a GitLab job token with no aud claim → id_tokens with aud, no provider to create', () => {
    const { f, notes } = refused(corpusText('heldout15.jsonl', 'h15-094'))
    expect([f.kind, f.code, f.detail.cause]).toEqual([
      'credentials',
      'InvalidIdentityToken',
      'oidc-aud-missing'
    ])
    expect(f.title).toBe(
      'The web identity token has no audience (aud) claim (InvalidIdentityToken)'
    )
    expect(f.explanation).toMatch(/^STS refused the token because it carries no `aud` claim/)
    expect(f.explanation).toMatch(
      /On GitLab, `CI_JOB_TOKEN` is no such token: declare one in the job with `id_tokens:`/
    )
    expect(f.explanation).not.toMatch(/token\.actions\.githubusercontent\.com/)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/^Not a permissions problem and not a missing provider/)
  })

  it("h15-100: STS could not fetch the issuer's keys (a curly apostrophe) → the JWKS, not the thumbprint", () => {
    const { f, notes } = refused(corpusText('heldout15.jsonl', 'h15-100'))
    expect(f.detail.cause).toBe('oidc-verification-key')
    expect(f.inferred?.webIdentityRefusal?.from).toBe('STS\'s "Couldn’t retrieve verification key"')
    expect(f.explanation).toMatch(
      /^STS could not retrieve the keys that verify the token's signature/
    )
    expect(f.explanation).toMatch(/the IAM provider's thumbprint is not what failed/)
    expect(f.explanation).not.toMatch(/Create the provider/)
    expect(notes[0]).toMatch(
      /^Not a permissions problem: STS could not fetch the issuer's signing keys/
    )
  })

  it.each([
    [
      'IDPCommunicationError (its code alone)',
      'An error occurred (IDPCommunicationError) when calling the AssumeRoleWithWebIdentity operation: The request could not be fulfilled because the identity provider (IdP) that was asked to verify the incoming identity token could not be reached.',
      'oidc-verification-key',
      /^STS could not fetch the identity provider's signing keys/
    ],
    [
      'a thumbprint that no longer matches',
      `${CALL} OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint`,
      'oidc-thumbprint',
      /^The IAM OIDC provider's thumbprint does not match the issuer's certificate/
    ],
    [
      'another claim missing (a token minted by hand)',
      `${CALL} Missing a required claim: sub`,
      'oidc-claim-missing',
      /^The web identity token lacks a claim STS requires/
    ]
  ])('our own: %s', (_name, text, cause, title) => {
    const { f } = refused(text)
    expect(f.kind).toBe('credentials')
    expect(f.detail.cause).toBe(cause)
    expect(f.title).toMatch(title)
  })

  it.each([
    [
      'no provider, as STS says it',
      `${CALL} No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com`,
      'oidc-provider-missing'
    ],
    ['a wrong audience', `${CALL} Incorrect token audience`, 'oidc-audience']
  ])("a grammar's own cause stays: %s", (_name, text, cause) => {
    const { f } = refused(text)
    expect(f.detail.cause).toBe(cause)
    expect(f.inferred?.webIdentityRefusal).toBeUndefined()
  })
})
