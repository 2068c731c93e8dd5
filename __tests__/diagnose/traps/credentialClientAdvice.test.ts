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

describe(`${TRAP}: Terraform's S3 backend on an S3-compatible store (heldout13 review h13-034)`, () => {
  // Own: a MinIO server as the backend, its endpoint passed to `terraform init` on the line above.
  const MINIO_INIT = `$ terraform init -backend-config="endpoints={s3=\\"https://minio.example.com:9000\\"}"
Initializing the backend...
Error: Retrieving AWS account details: AWS account ID not previously found and failed retrieving via all available methods. Errors: 1 error occurred:
\t* retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 7f1c, api error InvalidClientTokenId: The security token included in the request is invalid.`

  it.each([
    [
      'heldout13 h13-034 (terrakube-io/terrakube#580, MinIO)',
      corpusText('heldout13.jsonl', 'h13-034')
    ],
    ['own: MinIO, its endpoint on the init command', MINIO_INIT]
  ])('the backend settings that stop the AWS checks (%s)', (_s, text) => {
    const { f } = analysedOne(text)
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation.startsWith('Not an AWS credentials problem')).toBe(true)
    for (const setting of [
      'skip_requesting_account_id = true',
      'skip_credentials_validation = true',
      'skip_metadata_api_check = true',
      'use_path_style = true',
      'endpoints = { s3 ='
    ])
      expect(f.explanation).toContain(setting)
  })

  it.each([
    [
      'hashicorp/terraform-provider-aws#28443 (real AWS, no store named)',
      '│ Error: configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: b16fc6b2-becc-46e0-8c3b-37b58e5f4202, api error InvalidClientTokenId: The security token included in the request is invalid.'
    ],
    [
      'own: an endpoint to AWS itself',
      'endpoint = "https://s3.eu-west-1.amazonaws.com"\nInitializing the backend...\nError: error using credentials to get account ID: error calling sts:GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.'
    ],
    [
      'own: MinIO behind the backend, but the keys expired (no store advice for an expired session)',
      'endpoints = { s3 = "http://minio.internal:9000" }\nInitializing the backend...\nError: Retrieving AWS account details: retrieving caller identity from STS: operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 1, api error ExpiredToken: The security token included in the request is expired'
    ]
  ])('not for %s', (_s, text) => {
    const { f } = analysedOne(text)
    expect(f.explanation).not.toContain('skip_requesting_account_id = true')
  })
})
