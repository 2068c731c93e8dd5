// Issue 10: a message behind a prefix every line of it carries (comments, quotes, gutters, line
// numbers) reads as the message; a lone prefixed line keeps its prefix.
import { Line } from '../../src/scan/Line.js'
import { buildRecord } from '../../src/scan/buildRecord.js'
import { QUOTE_PREFIXES, quotePrefixLengths } from '../../src/scan/quotePrefixes.js'
import { parseText } from '../parse/parseText.js'

const lines = (texts: string[]) =>
  texts.map((t, i) => new Line(i, i + 1, Buffer.from(t), false, false))

const all = (texts: string[]) =>
  quotePrefixLengths(
    texts,
    texts.map(() => true)
  )

describe('quotePrefixLengths', () => {
  it.each<[string, string[], number[]]>([
    ['hash-comment', ['# a', '# b'], [2, 2]],
    ['hash-comment (mixed depth)', ['#### a', '### b', '#'], [5, 4, 1]],
    ['slash-comment', ['    // a', '    // b'], [7, 7]],
    ['block-comment', [' * a', ' * b'], [3, 3]],
    ['dash-comment', ['-- a', '-- b'], [3, 3]],
    ['blockquote', ['> a', '>> b', '> > c'], [2, 3, 4]],
    ['pipe', ['| a', '| b'], [2, 2]],
    ['compose-service', ['api_1  | a', 'api_1  | b'], [9, 9]],
    ['buildkit-step', ['#8 1.203 a', '#8 1.204 b'], [9, 9]],
    ['line-number', ['12 | a', '13 | b', '14: c'], [5, 5, 4]]
  ])('%s', (id, texts, lengths) => {
    expect(QUOTE_PREFIXES.some((p) => p.id === id.split(' ')[0])).toBe(true)
    expect(all(texts)).toEqual(lengths)
  })

  it('leaves a prefix no neighbour shares: a Markdown heading, a count, a lone quote', () => {
    expect(all(['Some notes.', '', '### Deployment error: `denied: …`', '', 'Text'])).toEqual([
      0, 0, 0, 0, 0
    ])
    expect(all(['12 files uploaded', '14 files skipped'])).toEqual([0, 0])
    expect(all(['> a', '# b', '// c'])).toEqual([0, 0, 0])
    expect(all(['**bold** text', '**more** text'])).toEqual([0, 0])
    expect(all(['--- a/x', '--- b/x'])).toEqual([0, 0])
  })

  it('leaves doc comments (`///`, `//!`) as code: they document a program, nobody pastes a log there', () => {
    expect(all(['/// AWS rejects with "Access Denied"', '/// when the key is wrong'])).toEqual([
      0, 0
    ])
    expect(all(['//! a', '//! b'])).toEqual([0, 0])
  })

  it('never strips a line that is not whole from its start', () => {
    expect(quotePrefixLengths(['# a', '# b'], [true, false])).toEqual([0, 0])
  })

  it('maps positions in a stripped line back to the line as printed', () => {
    const r = buildRecord(lines(['# User: x', '# is not authorized']), 1, 100)
    expect(r.text).toBe('User: x\nis not authorized')
    expect(r.position(r.text.indexOf('is'))).toEqual({ seq: 1, off: 2, no: 2 })
  })
})

describe('messages behind a shared prefix', () => {
  it('github-file:find_string#54725041393 (Terraform TODO comment, each phrase on its own `#` line)', () => {
    const text = [
      '    trust_services = ["batch"]',
      '    # TODO:',
      '    # Add 030998640247:assumed-role/idseq-staging-batch-service/aws-batch',
      '    # is not authorized to perform: logs:DescribeLogGroups',
      '    # on resource: arn:aws:logs:us-west-2:030998640247:log-group::log-stream:',
      '    # because no identity-based policy allows the logs:DescribeLogGroups action',
      '    #',
      '    # │ Error: waiting for Batch Compute Environment (idseq-staging-minimap2-EC2-1-20260206003026951500000009)',
      "    # delete: unexpected state 'INVALID', wanted target ''. last error: CLIENT_ERROR -",
      '    # Access Denied during delete ECS cluster',
      '    # arn:aws:ecs:us-west-2:030998640247:cluster/idseq-staging-minimap2-EC2-1-20260206003026951500000009_Batch_00f49724-c894-3571-b87f-6a5fb996beea',
      '    # with error User: arn:aws:sts::030998640247:assumed-role/idseq-staging-batch-service/aws-batch is not authorized to perform:',
      '    # ecs:DeleteCluster on resource: arn:aws:ecs:us-west-2:030998640247:cluster/idseq-staging-minimap2-EC2-1-20260206003026951500000009_Batch_00f49724-c894-3571-b87f-6a5fb996beea',
      '    # because no identity-based policy allows the ecs:DeleteCluster action',
      '  })'
    ].join('\n')
    const found = parseText(text).map((f) => [f.action, f.resource, f.layer, f.deny])
    expect(found).toEqual([
      [
        'logs:DescribeLogGroups',
        'arn:aws:logs:us-west-2:030998640247:log-group::log-stream:',
        'identity',
        'implicit'
      ],
      [
        'ecs:DeleteCluster',
        'arn:aws:ecs:us-west-2:030998640247:cluster/idseq-staging-minimap2-EC2-1-20260206003026951500000009_Batch_00f49724-c894-3571-b87f-6a5fb996beea',
        'identity',
        'implicit'
      ]
    ])
  })

  it('github-file:find_string#43503369974 (boto3 error pasted as Python comments, one phrase a line)', () => {
    const text = [
      'topic.subscribe(Protocol="application")',
      '# botocore.errorfactory.AuthorizationErrorException:',
      '# An error occurred (AuthorizationError) when calling the Subscribe operation:',
      '# User: arn:aws:iam::867209682223:user/austin',
      '# is not authorized to perform: SNS:Subscribe',
      '# on resource: arn:aws:sns:us-east-1:928094251383:gdelt-csv',
      '```'
    ].join('\n')
    const [f, ...rest] = parseText(text)
    expect(rest).toEqual([])
    expect([f!.code, f!.action, f!.principal, f!.resource]).toEqual([
      'AuthorizationError',
      'SNS:Subscribe',
      'arn:aws:iam::867209682223:user/austin',
      'arn:aws:sns:us-east-1:928094251383:gdelt-csv'
    ])
  })

  const SENTENCE = [
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/ci',
    'is not authorized to perform: s3:PutObject on resource:',
    'arn:aws:s3:::my-bucket/app.zip because no identity-based policy',
    'allows the s3:PutObject action'
  ]

  it.each([
    ['### ', SENTENCE.map((l) => `### ${l}`)],
    ['> ', SENTENCE.map((l) => `> ${l}`)],
    ['>> (a quote of a quote)', SENTENCE.map((l) => `>> ${l}`)],
    ['| ', SENTENCE.map((l) => `| ${l}`)],
    ['// (indented)', SENTENCE.map((l) => `        // ${l}`)],
    // Behind the gutter alone: inside `/** … */` the text is a comment of source code, which
    // quotes (see __tests__/parse/sourceComments.test.ts).
    [' * ', SENTENCE.map((l) => ` * ${l}`)],
    ['-- ', SENTENCE.map((l) => `-- ${l}`)],
    ['docker compose', SENTENCE.map((l) => `web-1  | ${l}`)],
    ['line numbers', SENTENCE.map((l, i) => `${String(41 + i).padStart(4)} | ${l}`)],
    ['numbered list', SENTENCE.map((l, i) => `${i + 1}. ${l}`)]
  ])('a wrapped denial behind %s reads whole', (_prefix, texts) => {
    const [f, ...rest] = parseText(texts.join('\n'))
    expect(rest).toEqual([])
    expect([f!.code, f!.action, f!.principal, f!.resource, f!.layer, f!.deny]).toEqual([
      'AccessDenied',
      's3:PutObject',
      'arn:aws:iam::123456789012:user/ci',
      'arn:aws:s3:::my-bucket/app.zip',
      'identity',
      'implicit'
    ])
  })

  it('a lone Markdown heading that names an error still documents it', () => {
    const text = [
      '+## Troubleshooting',
      '+',
      '+### Deployment error: `denied: Your authorization token has expired. Reauthenticate and try again.`',
      '+',
      "+This can occur if you're not logged in, or you have old state, in docker."
    ].join('\n')
    expect(parseText(text)).toEqual([])
  })
})
