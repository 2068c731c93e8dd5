// The AWS CLI's status-only message (`An error occurred (403) when calling the HeadObject
// operation: Forbidden`) wrapped by a mail client before `operation`, so the `Forbidden` that made
// it a trigger line stands on the next line (issue 10, heldout13 h13-046). Sources in the titles;
// `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.operation])
}

describe('a 403 whose `operation: Forbidden` a mail client wrapped', () => {
  it.each<[string, string]>([
    [
      'heldout13 h13-046 (MetOffice/aws-earth-examples#2)',
      corpusText('heldout13.jsonl', 'h13-046')
    ],
    [
      'aws-samples/non-profit-blockchain#3 (quoted in an emailed reply)',
      '> I get this when running: aws s3 cp\n> s3://managedblockchain-beta/service-2.json .\n>\n> fatal error: An error occurred (403) when calling the HeadObject\n> operation: Forbidden\n>\n> Any ideas?'
    ]
  ])('%s', (_title, text) => {
    // The operation past the wrap is not read (a wrapped code and message of two causes stay apart,
    // __tests__/engine/echoes.test.ts): the 403 is the finding.
    expect(fields(text)).toEqual([['denial', '403', null]])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      'own: a web client echoing a status, no CLI sentence',
      'Upload: An error occurred (403). Please retry later.'
    ],
    [
      'own: a 404 wrapped the same way',
      'fatal error: An error occurred (404) when calling the HeadObject\noperation: Not Found'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text).filter(([kind]) => kind === 'denial')).toEqual([])
  })
})
