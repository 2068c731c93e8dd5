// Expired or unrecognised credentials a known program held: the advice speaks that program's
// words, not configure-aws-credentials' `role-duration-seconds` (heldout8 review, Minor).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'credential-client-refresh'

// hashicorp/vault#428: the dynamic-secrets tutorial, the engine's root keys refused by IAM.
const VAULT_428 = `> vault write aws/config/root \\
>     access_key=AKIAI4SGLQPBX6CSENIQ \\
>     secret_key=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
Success! Data written to: aws/config/root
> vault read aws/creds/deploy
Error reading aws/creds/deploy: Error making API request.

URL: GET http://127.0.0.1:8200/v1/aws/creds/deploy
Code: 400. Errors:

* Error creating IAM user: The security token included in the request is invalid.`

// 99designs/aws-vault#630: aws-vault's own error, the cached session expired.
const AWS_VAULT_630 = `now getting 
\`\`\`
aws-vault: error: exec: Failed to get credentials for vr-stage: ExpiredToken: The security token included in the request is expired

\`\`\``

describe(TRAP, () => {
  it.each([
    ['h8-168 (hashicorp/vault#228)', corpusText('heldout8.jsonl', 'h8-168')],
    ['hashicorp/vault#428', VAULT_428]
  ])("Vault's AWS secrets engine: its root configuration keys (%s)", (_source, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^Vault's AWS secrets engine made this call with the keys in its own root configuration \(`aws\/config\/root`\)/
    )
    expect(f.explanation).not.toContain('Check the secrets this job uses')
  })

  it('aws-vault: its cached sessions and the shell (99designs/aws-vault#630)', () => {
    const { f } = analysedOne(AWS_VAULT_630)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('aws-vault clear PROFILE')
    expect(f.explanation).toContain('AWS_SESSION_TOKEN')
  })

  it.each([
    [
      'h8-123 (ibi-group/datatools-ui#10)',
      corpusText('heldout8.jsonl', 'h8-123'),
      'the AWS SDK for Java'
    ],
    [
      'h8-124 (aws/aws-sdk-js#2415)',
      corpusText('heldout8.jsonl', 'h8-124'),
      'the AWS SDK for JavaScript'
    ]
  ])('an expired session: refresh it in the tool that holds it (%s)', (_source, text, words) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith(words.replace(/^t/, 'T'))).toBe(true)
    expect(f.explanation).not.toContain('role-duration-seconds')
  })

  it.each([
    // The text never names aws-sudo (only its issue tracker does).
    ['h8-122 (bustle/aws-sudo#11)', corpusText('heldout8.jsonl', 'h8-122')],
    [
      'own: a Go SDK program (aws-sdk-go is not the JavaScript SDK)',
      'github.com/aws/aws-sdk-go/aws/request.go:42: ExpiredToken: The security token included in the request is expired'
    ],
    [
      'own: configure-aws-credentials',
      'Run aws-actions/configure-aws-credentials@v4\nAn error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.'
    ]
  ])('no known program: the generic advice stays (%s)', (_source, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
    // configure-aws-credentials' input is named as its own, beside the stale-session check.
    expect(f.explanation).toContain('clear a stale `AWS_SESSION_TOKEN`')
    expect(f.explanation).not.toMatch(/request a longer `role-duration-seconds`/)
  })

  it("own: Vault's words for an expired token are not read as an invalid one", () => {
    const { f } = analysedOne(
      'Error reading aws/creds/deploy: Error making API request.\n* Error creating IAM user: The security token included in the request is expired'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('were temporary and have expired')
  })
})
