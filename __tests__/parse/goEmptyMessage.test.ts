// The Go SDK v1 prints an error with an empty message as `CODE: ` and `\tstatus code: 403, request
// id: …` on the next line. Quoted by a logger or a YAML condition, the break is escaped (`\n\t`) and
// the line may be folded between `status` and `code` (issue 10, held-out h8-040).
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('a Go SDK v1 refusal with an empty message', () => {
  it('Crossplane provider-aws condition, escaped and folded (held-out h8-040)', () => {
    const [f, ...rest] = parseText(corpusText('heldout8.jsonl', 'h8-040'))
    expect(rest).toEqual([])
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException', action: null })
  })

  it('driftctl’s expected error string, escaped once (github-file:find_string#5373557787)', () => {
    const [f] = parseText(
      '"error scanning resource type aws_dynamodb_table: AccessDeniedException: \\n\\tstatus code: 403, request id: \\ncaused by: "'
    )
    expect(f).toMatchObject({ kind: 'denial', code: 'AccessDeniedException' })
  })

  it('appleboy/lambda-action#18, the break as printed', () => {
    const found = parseText(
      '2020/10/25 00:44:49 AccessDeniedException: \n\tstatus code: 403, request id: 3b0efa8d-e5b9-44d1-b5e9-4d8b4f7ab97c'
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ kind: 'denial', code: 'AccessDeniedException' })
  })

  it.each([
    [
      'own: words between the code and the status',
      'AccessDenied: see the \\n\\tstatus code: 403 table'
    ],
    [
      'own: an escaped break then other text',
      'UnauthorizedOperation: \\n\\tretrying with status code: 403'
    ]
  ])('%s: no finding', (_, text) => {
    expect(parseText(text)).toEqual([])
  })
})
