// AWS Tools for PowerShell cmdlets relaying a bare refusal (WD847, issue 10, heldout13 h13-017).
// Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.grammar, f.service])
}

describe('a cmdlet-prefixed refusal', () => {
  it('heldout13 h13-017 (aws-quickstart/quickstart-microsoft-activedirectory#152)', () => {
    expect(fields(corpusText('heldout13.jsonl', 'h13-017'))).toEqual([
      ['denial', 'powershell-cmdlet-refusal', 's3']
    ])
  })

  it.each<[string, string, string]>([
    [
      "own: PowerShell 7's form without the space, in aws-tools-for-powershell#281's cmdlet",
      'Get-S3Bucket: Access Denied',
      's3'
    ],
    [
      'own: the error record with its position lines (the shape of aws/aws-sdk-net#1201)',
      'Get-SSMParameter : Access Denied\nAt line:1 char:1\n+ Get-SSMParameter -Name /app/db\n    + CategoryInfo          : InvalidOperation: (:) [Get-SSMParameter], InvalidOperationException',
      'ssm'
    ],
    ['own: CloudWatch Logs prefix read whole', 'Get-CWLLogGroup : Forbidden', 'logs']
  ])('%s', (_title, text, service) => {
    expect(fields(text)).toEqual([['denial', 'powershell-cmdlet-refusal', service]])
  })
})

describe('look-alikes stay silent', () => {
  it.each<[string, string]>([
    [
      "own: Windows' own refusal in the same shape",
      "Get-ChildItem : Access to the path 'C:\\Windows\\System32\\config' is denied."
    ],
    ['own: a non-AWS module cmdlet', 'Get-ADUser : Access Denied'],
    ['own: an AWS cmdlet failing another way', 'Read-S3Object : The specified key does not exist.']
  ])('%s', (_title, text) => {
    expect(fields(text).filter(([, grammar]) => grammar === 'powershell-cmdlet-refusal')).toEqual(
      []
    )
  })
})
