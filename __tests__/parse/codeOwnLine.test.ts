// A credentials code on a line of its own, right over its message (a browser's view of S3's
// answer to a pre-signed URL, copied by a reporter), is the finding's code.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

const codes = (text: string) => parseText(text).map((f) => [f.kind, f.code])

describe('a credentials code on its own line over the message', () => {
  it('h8-055 (aws/aws-sdk-ruby#425): SignatureDoesNotMatch, then the message', () => {
    expect(codes(corpusText('heldout8.jsonl', 'h8-055'))).toEqual([
      ['credentials', 'SignatureDoesNotMatch']
    ])
  })

  it('own: an expired-token code over the STS message', () => {
    expect(codes('ExpiredToken\nThe security token included in the request is expired')).toEqual([
      ['credentials', 'ExpiredToken']
    ])
  })

  it.each([
    [
      'own: a code two lines up, a sentence between',
      'SignatureDoesNotMatch\nWe retried the upload twice.\nThe request signature we calculated does not match the signature you provided.'
    ],
    [
      'own: a code inside a sentence above',
      'The logs mention SignatureDoesNotMatch sometimes\nThe request signature we calculated does not match the signature you provided.'
    ]
  ])('no code: %s', (_source, text) => {
    expect(codes(text)).toEqual([['credentials', null]])
  })
})
