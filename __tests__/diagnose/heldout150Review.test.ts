// heldout150's expert review (docs/reviews/2026-12-07-heldout150.md): programs that hold the
// credentials in their own store (aws-vault's keyring, Jenkins' credentials and its S3 plugin's
// session) are fixed there, not with `aws configure` or `aws sso login`; another account's Lambda
// layer is its owner's to share; each with a case of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { corpusText } from '../support/corpusRecords.js'

const h150 = (id: string) => corpusText('heldout150.jsonl', id)
const one = (text: string) => {
  const findings = analyzeText(text).findings
  expect(findings).toHaveLength(1)
  return findings[0]!
}
const notesOf = (text: string) =>
  buildRemedies(analyzeText(text).findings)
    .flatMap((r) => r.notes)
    .join('\n')

describe("aws-vault's own stores", () => {
  it("h150-058: its Identity Center token is in its keyring, which `aws sso login` doesn't refresh", () => {
    const f = one(h150('h150-058'))
    expect(f.traps).toContain('credential-client-refresh')
    expect(f.explanation).toMatch(/aws-vault clear/)
    expect(notesOf(h150('h150-058'))).not.toMatch(/aws sso login --profile/)
  })

  it('h150-059: keys missing from its keyring are added with `aws-vault add`', () => {
    const f = one(h150('h150-059'))
    expect(f.explanation).toMatch(/aws-vault add PROFILE/)
    expect(f.explanation).not.toMatch(/aws configure/)
  })

  it('own: an expired SSO session with no aws-vault in sight keeps the CLI login', () => {
    const text = 'Error when retrieving token from sso: Token has expired and refresh failed'
    expect(one(text).traps).not.toContain('credential-client-refresh')
    expect(notesOf(text)).toMatch(/aws sso login/)
  })
})

describe("Jenkins' credential lookups", () => {
  it('h150-088: an `ecr:REGION:ID` with no Jenkins credential of that id', () => {
    const f = one(h150('h150-088'))
    expect(f.detail.cause).toBe('jenkins-credential-id')
    expect(f.explanation).toMatch(/AWS Credentials entry with exactly that id/)
  })

  it('h150-091: Artifact Manager on S3 refuses long-term keys: a role, not other keys', () => {
    const f = one(h150('h150-091'))
    expect(f.detail.cause).toBe('jenkins-session-credentials')
    expect(f.explanation).toMatch(/IAM role/)
    expect(f.explanation).not.toMatch(/aws configure/)
  })
})

describe("another account's Lambda layer", () => {
  it.each(['h150-071', 'h150-077'])(
    '%s: its owner decides: the version and the share lead, the draft is the caller side',
    (id) => {
      const findings = analyzeText(h150(id)).findings
      expect(findings[0]!.traps).toContain('owner-side-resource')
      expect(findings[0]!.explanation).toMatch(/publish your own copy of the layer/)
      expect(findings[0]!.explanation).toMatch(/add-layer-version-permission/)
      const remedies = buildRemedies(findings)
      expect(remedies.map((r) => r.target.kind)).toEqual(['identity-policy'])
      expect(remedies[0]!.standing).toBe('also-needed')
    }
  )

  it("own: the caller's own layer stays the caller's identity policy", () => {
    const f = one(
      'User: arn:aws:sts::111122223333:assumed-role/fn-role/fn is not authorized to perform: lambda:GetLayerVersion on resource: arn:aws:lambda:eu-west-1:111122223333:layer:deps:7 because no identity-based policy allows the lambda:GetLayerVersion action'
    )
    expect(f.traps).not.toContain('owner-side-resource')
  })
})
