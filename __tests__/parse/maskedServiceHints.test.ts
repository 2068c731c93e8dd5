// Service hints a reporter's mask hid (issue 10, heldout13): the Go SDK's S3-only `host id:` field
// masked with a capitalised word, and an S3 endpoint whose bucket label is a bracketed
// placeholder. Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function services(text: string) {
  return parseText(text).map((f) => [f.code, f.service])
}

describe('masked S3 hints', () => {
  it.each<[string, string]>([
    [
      'heldout13 h13-035 (hashicorp/terraform#16710, `host id: FOOBAR`)',
      corpusText('heldout13.jsonl', 'h13-035')
    ],
    [
      'heldout13 h13-105 (thephpleague/flysystem#1784, `https://[bucketname].s3.amazonaws.com/`)',
      corpusText('heldout13.jsonl', 'h13-105')
    ],
    [
      'own: an angle-bracket placeholder for the bucket',
      'Error executing "GetObject" on "https://<my-bucket>.s3.eu-west-1.amazonaws.com/key"; AWS HTTP error: Client error: `GET https://<my-bucket>.s3.eu-west-1.amazonaws.com/key` resulted in a `403 Forbidden` response:\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
    ]
  ])('%s', (_title, text) => {
    expect(services(text)).toEqual([['AccessDenied', 's3']])
  })
})

describe('what is no S3 hint', () => {
  it('own: a lower-case word in the host id slot (an S3-compatible store) names no service', () => {
    expect(
      services(
        'AccessDenied: Access Denied\n\tstatus code: 403, request id: 17A2B, host id: dd9025bab4ad'
      )
    ).toEqual([['AccessDenied', null]])
  })

  it('own: a bracketed placeholder for a whole host names no service', () => {
    expect(
      services(
        'Error executing "PutObject" on "https://[endpoint].amazonaws.com/b/k"; AWS HTTP error: Client error: 403\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>'
      )
    ).toEqual([['AccessDenied', null]])
  })
})
