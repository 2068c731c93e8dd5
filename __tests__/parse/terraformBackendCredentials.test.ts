// Terraform's S3 backend with no credentials: the Go SDK v1 chain's code at the end of the line
// (`Error creating AWS session: NoCredentialProviders`, Terraform 0.x). The backend's own sentence
// (`no valid credential sources for S3 Backend found.`) is read too (WD760): where Terraform prints
// it over the chain's `NoCredentialProviders` line the two are one error with that code (a049); in
// either order, as a page listing them one under the other does, they are one missing-credentials
// finding, not a generic duplicate beside it (issue 17, h7-105 noise).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('the S3 backend without credentials', () => {
  it('a blog listing the backend errors (held-out h7-105): the missing credentials once, then the refusal', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-105'))
    expect(found.map((f) => [f.kind, f.code])).toEqual([
      ['credentials', 'NoCredentialProviders'],
      ['denial', 'AccessDenied']
    ])
  })

  it('own: the chain code after a Terraform 0.x provider prefix', () => {
    const [f, ...rest] = parseText(
      '* provider.aws: Error creating AWS session: NoCredentialProviders'
    )
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'credentials', code: 'NoCredentialProviders' })
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
