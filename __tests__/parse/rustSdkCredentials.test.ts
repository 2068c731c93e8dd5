// The AWS SDK for Rust with no credentials to sign with (WD804, issue 10 round 9): its error's
// name and both of its messages are a credentials failure. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause])
}

describe('no auth scheme: nothing to sign with', () => {
  it.each<[string, string]>([
    [
      'heldout7 h7-093 (awslabs/aws-sdk-rust#901, a Debug dump)',
      corpusText('heldout7.jsonl', 'h7-093')
    ],
    [
      'awslabs/aws-sdk-rust#864 (the old message, with `no_credentials()`)',
      'errors with "no auth scheme matched auth scheme options. This is a bug. Please file an issue."'
    ],
    [
      'awslabs/aws-sdk-rust#978 (the error name in a Lambda log)',
      'sdk_apimanagement for a Websocket in Lambda - Error: NoMatchingAuthScheme'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([['credentials', 'rust-sdk-no-auth-scheme', 'missing']])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: an HTTP client choosing among auth schemes (not the SDK)',
      'DEBUG httpclient: no auth scheme matched the challenge, falling back to Basic'
    ],
    [
      'own: a longer identifier holding the name',
      'enum AuthErrorKind { NoMatchingAuthSchemeForRealm, Expired }'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })
})
