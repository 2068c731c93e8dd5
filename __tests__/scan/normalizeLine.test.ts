import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { normalizeLine, runnerTimestampEnd } from '../../src/scan/normalizeLine.js'

describe('normalizeLine', () => {
  it('strips ANSI colour and cursor sequences', () => {
    expect(normalizeLine('\x1b[31mAccessDenied\x1b[0m: \x1b[1;33mUser\x1b[m')).toBe(
      'AccessDenied: User'
    )
    expect(normalizeLine('\x1b]8;;https://x\x07link\x1b]8;;\x07 ok')).toBe('link ok')
    expect(normalizeLine('a\x1b[2Kb\x1b[1Gc')).toBe('abc')
  })

  it('strips GitHub runner timestamps and workflow command prefixes', () => {
    expect(normalizeLine('2021-05-27T06:50:23.5660981Z npm ERR! code E403')).toBe(
      'npm ERR! code E403'
    )
    expect(normalizeLine('2024-01-02T03:04:05Z ##[error]An error occurred (AccessDenied)')).toBe(
      'An error occurred (AccessDenied)'
    )
    expect(normalizeLine('\uFEFF2024-01-02T03:04:05.1Z x')).toBe('x')
  })

  it('drops a CR left by CRLF line ends and turns syslog #011 into tabs', () => {
    expect(normalizeLine('Access Denied\r')).toBe('Access Denied')
    expect(normalizeLine('error:#011User: x')).toBe('error:\tUser: x')
  })

  it('unescapes JSON strings, nested escapes included', () => {
    expect(normalizeLine('{\\"Message\\":\\"User: a\\"}')).toBe('{"Message":"User: a"}')
    expect(normalizeLine('\\\\\\"deep\\\\\\" \\\\n next')).toBe('"deep" \n next')
    expect(normalizeLine('\\u003cCode\\u003eAccessDenied\\u003c/Code\\u003e')).toBe(
      '<Code>AccessDenied</Code>'
    )
    expect(normalizeLine('line\\nnext\\tcol\\r')).toBe('line\nnext\tcol')
  })

  it('decodes XML entities', () => {
    expect(normalizeLine('&lt;Message&gt;User: &quot;x&quot; &amp; y&#39;&lt;/Message&gt;')).toBe(
      '<Message>User: "x" & y\'</Message>'
    )
  })

  it('removes Terraform box gutters, at the start and flattened into a line', () => {
    expect(normalizeLine('│ Error: creating role')).toBe('Error: creating role')
    expect(normalizeLine('╷')).toBe('')
    expect(normalizeLine('[terraform]: │ Error: x')).toBe('[terraform]:   Error: x')
    expect(normalizeLine('invalid. │ status code: 403 │ │ with')).toBe(
      'invalid.   status code: 403     with'
    )
  })

  it('strips a gutter at the start after indentation only, never the text before one', () => {
    // Terraform indents its boxes inside a step's output; the leading gutter goes with the indent.
    expect(normalizeLine('  \t│ Error: creating role')).toBe('Error: creating role')
    // Text glued to a gutter is not indentation: the gutter becomes a space, the text stays.
    expect(normalizeLine('Error:│ creating role')).toBe('Error:  creating role')
  })

  it('leaves ordinary text alone', () => {
    const s = 'arn:aws:s3:::bucket/key with spaces & C:\\path'
    expect(normalizeLine('plain text, nothing to do')).toBe('plain text, nothing to do')
    expect(normalizeLine(s)).toBe(s)
  })
})

describe('runnerTimestampEnd', () => {
  const oracle = /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/
  const expected = (s: string) => oracle.exec(s)?.[0].length ?? 0

  it.each([
    '2026-11-23T10:00:00.1234567Z step',
    '2026-11-23T10:00:00Z',
    '\uFEFF2026-11-23T10:00:00.1Z  two spaces',
    '2026-11-23T10:00:00.Z no digits',
    '2026-11-23 10:00:00Z',
    '\uFEFFplain',
    '',
    '2026-11-23T10:00:0'
  ])('%j', (s) => {
    expect(runnerTimestampEnd(s)).toBe(expected(s))
  })

  it('agrees with the expression on timestamps with one character changed (property)', () => {
    const stamp = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,7})?Z? ?x?$/)
      )
      .map(([bom, t]) => (bom ? '\uFEFF' : '') + t)
    const mutated = fc
      .tuple(stamp, fc.nat(), fc.constantFrom('', '0', '-', 'T', ':', '.', 'Z', ' ', 'a', '\uFEFF'))
      .map(([s, at, c]) => s.slice(0, at % (s.length + 1)) + c + s.slice((at % (s.length + 1)) + 1))
    fc.assert(
      fc.property(fc.oneof(stamp, mutated), (s) => {
        expect(runnerTimestampEnd(s)).toBe(expected(s))
      }),
      { numRuns: 500 }
    )
  })
})

describe("a Markdown table's empty cells at a line's end (heldout21, h21-055)", () => {
  it.each([
    [
      'is not authorized to perform: cloudformation:DescribeStacks | |',
      'is not authorized to perform: cloudformation:DescribeStacks'
    ],
    [
      'because no identity-based policy allows the action |',
      'because no identity-based policy allows the action'
    ],
    // Own counter-cases: a bar glued to the text, a line of bars alone, a shell pipe mid-line.
    ['echo a|', 'echo a|'],
    [' | |', ' | |'],
    ['aws s3 ls | grep x', 'aws s3 ls | grep x']
  ])('%s', (raw, normalized) => {
    expect(normalizeLine(raw)).toBe(normalized)
  })

  it('reads crafted bars once: a long run of them before a glued bar is kept whole', () => {
    const crafted = `a${' |'.repeat(100_000)}x|`
    expect(normalizeLine(crafted)).toBe(crafted)
    expect(normalizeLine(`a${' |'.repeat(100_000)}`)).toBe('a')
  })
})
