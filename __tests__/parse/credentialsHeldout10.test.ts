// Credential failures heldout10 missed (issue 10): STS's expired or invalid token retold inside a
// writer's sentence (WD734/WD735). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.detail.cause, f.code])
}

describe('the security token message retold mid-sentence', () => {
  it.each<[string, string, string, string]>([
    [
      'heldout10 h10-151 (aws/aws-sdk-php#1307, lowercase after `It says that`)',
      corpusText('heldout10.jsonl', 'h10-151'),
      'security-token-expired',
      'expired'
    ],
    [
      'cloud-custodian/cloud-custodian#4689 (`the Security token`, capitalised mid-sentence)',
      'I configured aws credentials like "aws_access_key_id" , "aws_secret_access_key" and "default region" etc. Even then its saying that the Security token included in the request is invalid.',
      'security-token-invalid',
      'invalid'
    ]
  ])('%s', (_title, text, grammar, cause) => {
    expect(fields(text)).toEqual([['credentials', grammar, cause, null]])
  })

  it.each<[string, string]>([
    [
      'own: a word glued on (`expiredAt`)',
      'the security token included in the request is expiredAt: 2024-01-01'
    ],
    ['own: `is valid`', 'Checks whether the security token included in the request is valid.'],
    [
      'own: a guide naming the message for any reader',
      'When you see the error "the security token included in the request is expired", refresh your session.'
    ]
  ])('%s: no finding', (_title, text) => {
    expect(parseText(text)).toEqual([])
  })
})
