// A test title or test definition that quotes a denial is not a denial (issue 10).
import { QUOTING_LINES } from '../../src/parse/quotingLines.js'
import { parseText } from './parseText.js'
import { corpusText } from '../support/corpusRecords.js'

const SENTENCE =
  'User: arn:aws:iam::123456789012:user/ci is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k'

describe('quoting lines', () => {
  it.each([
    ['test-result-mark', `  ✓ reports AccessDenied when the bucket is private (5 ms)`],
    [
      'test-result-mark',
      `    ✕ maps An error occurred (AccessDenied) when calling the GetObject operation: Access Denied (12 ms)`
    ],
    ['test-result-mark', `  √ explains ${SENTENCE}`],
    ['test-definition', `    it('handles ${SENTENCE}', () => {`],
    [
      'test-definition',
      `  test.each([1, 2])("retries on ExpiredToken: The security token included in the request is expired", (n) => {`
    ],
    [
      'test-definition',
      '  describe(`Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied)`, () => {'
    ],
    [
      'tap-result',
      'ok 12 - An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    ],
    ['tap-result', 'not ok 13 - Unable to locate credentials is reported'],
    ['go-test-result', '--- FAIL: TestAccessDenied_ExpiredToken (0.01s)'],
    // marmotitude/s3-tester spec/022_… (h9-165) and spec/025_…
    [
      'shellspec-expectation',
      '    The stderr should include "An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied."'
    ],
    [
      'shellspec-expectation',
      '    The stderr should include "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied."'
    ],
    [
      'pytest-result',
      'tests/test_errors.py::test_parses[AccessDenied: Access Denied] PASSED [ 50%]'
    ]
  ])('%s: %s gives no finding', (id, line) => {
    expect(QUOTING_LINES.some((r) => r.id === id && r.re.test(line))).toBe(true)
    expect(parseText(line)).toEqual([])
  })

  it('still finds the real denial on the line after a test title', () => {
    const log = [
      '  ✕ uploads the artifact (812 ms)',
      '',
      '  ● uploads the artifact',
      '',
      '    AccessDenied: Access Denied',
      '        at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)'
    ].join('\n')
    expect(parseText(log).map((f) => [f.code, f.line])).toEqual([['AccessDenied', 5]])
  })

  it('does not take a denial that merely mentions "ok" or a test file for a title', () => {
    const found = parseText(
      `book 12 - An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nsrc/app.py: ${SENTENCE}`
    )
    expect(found.map((f) => f.line)).toEqual([1, 2])
  })
})

describe('ShellSpec expectations', () => {
  it('h9-165: a spec asserting the CLI error text is no finding', () => {
    expect(parseText(corpusText('heldout9.jsonl', 'h9-165'))).toEqual([])
  })

  it('still finds a sentence that starts with "The" and is a run (no `should`)', () => {
    const found = parseText(
      'The following error occurred: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied'
    )
    expect(found.map((f) => [f.kind, f.code])).toEqual([['denial', 'AccessDenied']])
  })

  it('still finds the refusal a failing spec run printed under its expectation', () => {
    const log = [
      '  When run aws s3api list-objects-v2 --bucket b',
      '  The status should be success',
      '',
      '    expected: success (zero)',
      '         got: failure (non-zero) [status: 254]',
      '',
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied'
    ].join('\n')
    expect(parseText(log).map((f) => [f.code, f.line])).toEqual([['AccessDenied', 7]])
  })
})
