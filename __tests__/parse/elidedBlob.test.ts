// Issue 10 point 2 (heldout6 h6-157; h2-004, h2-065, h2-066, h4-186, h5-095): an EC2 refusal whose
// blob a writer elided or replaced with a placeholder is still an encoded message (the blob is
// what the log lost, see `encodedTruncated`), wrapped however the writer wrapped it; an IAM
// sentence the writer set after it says what the blob would have, and the two are one finding.
import { corpusText } from '../support/corpusRecords.js'
import { parseText } from './parseText.js'

describe('an elided or placeholder blob', () => {
  it.each([
    [
      // github-file:find_string#1265633367 (a blog post's Terraform output, box-drawing gutter kept)
      'a placeholder in angle brackets with spaces',
      '│ Error: Error launching source instance: UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: <encoded error message>\n│       status code: 403, request id: cc586b96-11b7-4a68-a54c-24bf4bce5419',
      'UnauthorizedOperation'
    ],
    [
      'own: an elision mark',
      'An error occurred (UnauthorizedOperation) when calling the CreateTags operation: You are not authorized to perform this operation. Encoded authorization failure message: ...',
      'UnauthorizedOperation'
    ],
    [
      'own: a bracketed elision',
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: […]',
      'UnauthorizedOperation'
    ],
    [
      // heldout5 h5-095 (arpadt.com): the writer wrapped the message with shell line continuations
      'shell line continuations between the words',
      'An error occurred (UnauthorizedOperation) when calling the AuthorizeSecurityGroupIngress\\\n operation: You are not authorized to perform this operation. Encoded authorization\\\n  failure message: <ENCODED MESSAGE>',
      'UnauthorizedOperation'
    ]
  ])('%s', (_name, text, code) => {
    const found = parseText(text)
    expect(found).toHaveLength(1)
    expect([found[0]!.kind, found[0]!.code, found[0]!.encodedMessage ?? null]).toEqual([
      'encoded',
      code,
      null
    ])
    expect(found[0]!.detail.encodedTruncated).toBe('cut')
  })

  it('counter-case: nothing at all after the marker is no encoded message (corpus rule)', () => {
    const f = parseText(
      'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message:'
    )
    expect(f.map((x) => x.kind)).toEqual(['denial'])
  })

  it('joins the writer’s IAM sentence after the elided blob into one encoded finding', () => {
    // heldout6 h6-157 (stackengine.dev): the explainer's `Raw error output:` block.
    const found = parseText(
      [
        'Raw error output:',
        '',
        'An error occurred (UnauthorizedOperation) when calling the RunInstances operation:',
        'You are not authorized to perform this operation.',
        'Encoded authorization failure message: ...',
        "federated user 'arn:aws:sts::123456789012:assumed-role/MyFederatedRole/session-name'",
        'is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:...'
      ].join('\n')
    )
    expect(found).toHaveLength(1)
    const f = found[0]!
    expect([f.kind, f.code, f.action, f.principal, f.resource]).toEqual([
      'encoded',
      'UnauthorizedOperation',
      'ec2:RunInstances',
      'arn:aws:sts::123456789012:assumed-role/MyFederatedRole/session-name',
      'arn:aws:ec2:us-east-1:...'
    ])
  })

  it('counter-case: a full blob and a later, separate refusal stay two findings', () => {
    // A whole blob's length (hundreds of characters, src/parse/blobCut.ts).
    const blob =
      'Kqrv7rqm0Iuv30uKGOeEfqeHthvKBrqMfT9Ny5f5yKBqMjAXkP7Q5dtvbmTb91Lrx50zcLF2jOO1Hf9s7QEb8Snn'.repeat(
        4
      )
    const found = parseText(
      `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: ${blob}\n` +
        'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'
    )
    expect(found.map((f) => [f.kind, f.action])).toEqual([
      ['encoded', null],
      ['denial', 's3:GetObject']
    ])
  })
})

describe('filler words in the writer’s own script standing for the blob (heldout7 h7-135)', () => {
  it('a CloudTrail errorMessage whose blob is Japanese filler is still an encoded message', () => {
    const found = parseText(corpusText('heldout7.jsonl', 'h7-135'))
    expect(found.map((f) => [f.kind, f.detail.encodedTruncated])).toEqual([['encoded', 'cut']])
  })

  it('counter-case: prose in that script after the marker does not close a value', () => {
    const text =
      'You are not authorized to perform this operation. Encoded authorization failure message: が表示されたら decode-authorization-message で中身を確認します。'
    expect(parseText(text).map((f) => f.kind)).not.toContain('encoded')
  })
})
