// Logs as they reach us: UTF-16 from Windows PowerShell, compressed files. None of them may read
// as "no AWS authorization failures".
import { analyzeText, Analysis } from '../../src/engine/Analysis.js'
import { UnreadableInputError, sniffEncoding } from '../../src/scan/InputDecoder.js'

// Corpus d066 (source: https://gist.github.com/eugeneteo/95e1bc1d4efb4e460e99).
const DENIAL =
  'A client error (AccessDenied) occurred when calling the GetUser operation: User: arn:aws:iam::548698731369:user/emr is not authorized to perform: iam:GetUser on resource: arn:aws:iam::548698731369:user/emr'

function scanBytes(bytes: Buffer, chunk = bytes.length) {
  const analysis = new Analysis()
  const source = analysis.source('x.log')
  for (let at = 0; at < bytes.length; at += chunk) source.write(bytes.subarray(at, at + chunk))
  source.end()
  return analysis.report()
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16()
const log = `PS C:\\build> aws iam get-user\n${DENIAL}\r\nPS C:\\build> echo done — ✓\n`

describe('UTF-16 logs', () => {
  it.each([
    [
      'LE with a BOM (PowerShell 5 `>`)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(log, 'utf16le')])
    ],
    ['LE without a BOM', Buffer.from(log, 'utf16le')],
    ['BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(log)])],
    ['BE without a BOM', utf16be(log)]
  ])('finds the denial in %s, however chunked', (_name, bytes) => {
    for (const chunk of [1, 3, 7, 64, bytes.length]) {
      const { findings, stats } = scanBytes(bytes, chunk)
      expect(findings.map((f) => [f.action, f.principal, f.line])).toEqual([
        ['iam:GetUser', 'arn:aws:iam::548698731369:user/emr', 2]
      ])
      expect(stats.binaryBytes).toBe(0)
    }
  })

  it('leaves UTF-8 alone, stray NUL bytes and all', () => {
    const bytes = Buffer.from(`a\u0000b\n${DENIAL}\n`)
    expect(sniffEncoding(bytes)).toBe('utf8')
    expect(scanBytes(bytes, 5).findings).toHaveLength(1)
  })

  it('does not take a binary head for UTF-16', () => {
    expect(sniffEncoding(Buffer.from([0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0]))).toBe('utf8')
  })
})

describe('compressed input reaching the engine', () => {
  it.each([
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], /gzip-compressed/],
    ['zip', [0x50, 0x4b, 0x03, 0x04], /zip archive/],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd], /zstd/]
  ])('is refused with a clear error for %s, never read as a clean log', (_n, magic, message) => {
    const bytes = Buffer.concat([Buffer.from(magic), Buffer.alloc(100, 0x41)])
    expect(() => scanBytes(bytes)).toThrow(UnreadableInputError)
    expect(() => scanBytes(bytes, 1)).toThrow(message)
    // Shorter than what is looked at before deciding: refused at the end.
    expect(() => scanBytes(Buffer.from(magic))).toThrow(message)
  })

  it('takes text given as a string as text', () => {
    expect(analyzeText(`\u001f\u008b${DENIAL}\n`).findings).toHaveLength(1)
  })
})
