// Terraform's S3 backend with no credentials: the Go SDK v1 chain's code at the end of the line
// (`Error creating AWS session: NoCredentialProviders`, 0.x) and the backend's own sentence, lower-
// cased since 1.x (`no valid credential sources for S3 Backend found.`).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('the S3 backend without credentials', () => {
  it('a blog listing the three backend errors (held-out h7-105): each its own finding', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-105'))
    expect(found.map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'NoCredentialProviders'],
      ['credentials', null],
      ['denial', 'AccessDenied']
    ])
  })

  it('terraform init, 1.x wording (github-file:find_string#21854627094)', () => {
    const [f] = parseText(
      'Initializing the backend...\n╷\n│ Error: error configuring S3 Backend: no valid credential sources for S3 Backend found.\n│ \n│ Please see https://www.terraform.io/docs/language/settings/backends/s3.html\n│ for more information about providing credentials.'
    )
    expect(f).toMatchObject({ kind: 'credentials' })
  })

  it.each([
    [
      'own: prose about the code, not at a line end',
      'The NoCredentialProviders error means the chain found nothing.'
    ],
    ['own: a code in a sentence', 'Error creating AWS session: NoCredentialProvidersXYZ']
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
