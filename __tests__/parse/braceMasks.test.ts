// A reporter's mask in braces inside a Markdown code span (`User: {user} is not authorized …`) is
// a value as printed, not a Python/Rust format field: only `${x}`/`#{x}` interpolate in backticks
// (issue 10 round 9, heldout7 h7-018). Sources in the titles; `own` cases are ours.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

function fields(text: string) {
  return parseText(text).map((f) => [f.kind, f.code, f.action, f.principal, f.resource])
}

describe('brace masks in a code span keep the finding, values as printed', () => {
  it('heldout7 h7-018 (aws/copilot-cli#1771)', () => {
    expect(fields(corpusText('heldout7.jsonl', 'h7-018'))).toEqual([
      ['denial', 'AccessDenied', 'sts:AssumeRole', '{user}', '{role}:{appname}-dev-EnvManagerRole']
    ])
  })

  it('own: a code span in a sentence of the report, a masked account in braces', () => {
    const text =
      'The pipeline stops with `User: arn:aws:iam::{account}:user/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::{bucket}/build.zip` and nothing else.'
    expect(fields(text)).toEqual([
      [
        'denial',
        null,
        's3:PutObject',
        'arn:aws:iam::{account}:user/ci',
        'arn:aws:s3:::{bucket}/build.zip'
      ]
    ])
  })
})

describe('counter-cases: source code formatting the sentence stays silent', () => {
  it.each<[string, string]>([
    [
      'own: a JS template literal with ${…} fields',
      'const message = `User: ${user} is not authorized to perform: ${action} on resource: ${arn}`'
    ],
    [
      'own: a Python f-string in double quotes',
      '        raise ClientError(f"User: {user} is not authorized to perform: {action} on resource: {arn}")'
    ]
  ])('%s', (_title, text) => {
    expect(fields(text)).toEqual([])
  })
})
