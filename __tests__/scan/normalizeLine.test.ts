import { normalizeLine } from '../../src/scan/normalizeLine.js'

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

  it('leaves ordinary text alone', () => {
    const s = 'arn:aws:s3:::bucket/key with spaces & C:\\path'
    expect(normalizeLine('plain text, nothing to do')).toBe('plain text, nothing to do')
    expect(normalizeLine(s)).toBe(s)
  })
})
