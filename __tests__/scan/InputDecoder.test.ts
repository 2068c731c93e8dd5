// The encoding decision at its edges: magic numbers cut short, NUL ratios at their thresholds,
// the 64-byte look-ahead, and what reaches the sink (never an empty piece, never a reused buffer).
// The whole path through the engine is in __tests__/engine/inputEncoding.test.ts.
import { describe, expect, it } from '@jest/globals'
import { InputDecoder, UnreadableInputError, sniffEncoding } from '../../src/scan/InputDecoder.js'

const bytes = (...b: number[]) => Buffer.from(b)

/** `total` pairs of bytes: the second byte NUL in the first `oddNul`, the first byte NUL in the first `evenNul`. */
function pairs(total: number, oddNul: number, evenNul = 0): Buffer {
  const out: number[] = []
  for (let i = 0; i < total; i++) {
    out.push(i < evenNul ? 0 : 0x41, i < oddNul ? 0 : 0x42)
  }
  return Buffer.from(out)
}

function decode(chunks: Array<Uint8Array | string>, end = true) {
  const got: Array<Uint8Array | string> = []
  const decoder = new InputDecoder((c) => got.push(c))
  for (const c of chunks) decoder.write(c)
  if (end) decoder.end()
  return got
}

const text = (got: Array<Uint8Array | string>) =>
  got.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'))).join('')

describe('sniffEncoding', () => {
  it.each([
    ['gzip', [0x1f, 0x8b], /gzip-compressed \(decompress it first, e\.g\. with gunzip\)/],
    ['zip', [0x50, 0x4b, 0x03, 0x04], /a zip archive \(extract the log files first\)/],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd], /zstd-compressed \(decompress it first\)/],
    ['bzip2', [0x42, 0x5a, 0x68], /bzip2-compressed \(decompress it first\)/],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], /xz-compressed \(decompress it first\)/]
  ])('refuses %s from its magic number alone, and says what to do', (_name, magic, message) => {
    expect(() => sniffEncoding(bytes(...magic))).toThrow(UnreadableInputError)
    expect(() => sniffEncoding(bytes(...magic, 0x41, 0x41))).toThrow(message)
    expect(() => sniffEncoding(bytes(...magic))).toThrow(/^the input is /)
  })

  it.each([
    ['a magic number cut short', [0x50, 0x4b, 0x03]],
    ['its first byte only', [0x1f]],
    ['its first byte, then text', [0x1f, 0x41, 0x42]],
    ['its last bytes without the first', [0x41, 0x8b, 0x08]],
    ['xz without its final NUL', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x41]]
  ])('reads %s as text', (_name, head) => {
    expect(sniffEncoding(bytes(...head))).toBe('utf8')
  })

  it('takes a byte-order mark at its word, however short the rest', () => {
    expect(sniffEncoding(bytes(0xff, 0xfe))).toBe('utf-16le')
    expect(sniffEncoding(bytes(0xfe, 0xff))).toBe('utf-16be')
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('utf-16le')
    expect(sniffEncoding(bytes(0xfe))).toBe('utf8')
    expect(sniffEncoding(bytes(0xff, 0x41))).toBe('utf8')
  })

  it('needs four pairs before it calls a head without a mark UTF-16', () => {
    expect(sniffEncoding(Buffer.from('abc', 'utf16le'))).toBe('utf8')
    expect(sniffEncoding(Buffer.from('abcd', 'utf16le'))).toBe('utf-16le')
    // An odd trailing byte is not a pair.
    expect(sniffEncoding(Buffer.concat([Buffer.from('abc', 'utf16le'), bytes(0x41)]))).toBe('utf8')
    expect(sniffEncoding(Buffer.from('abcd', 'utf16le').swap16())).toBe('utf-16be')
  })

  it('calls it UTF-16 from three-quarters NUL on one side and at most one in twenty on the other', () => {
    expect(sniffEncoding(pairs(20, 15))).toBe('utf-16le')
    expect(sniffEncoding(pairs(20, 14))).toBe('utf8')
    expect(sniffEncoding(pairs(20, 20, 1))).toBe('utf-16le')
    expect(sniffEncoding(pairs(20, 20, 2))).toBe('utf8')
    // The same, big-endian: the NUL comes first in each pair.
    const be = (b: Buffer) => Buffer.from(b).swap16()
    expect(sniffEncoding(be(pairs(20, 15)))).toBe('utf-16be')
    expect(sniffEncoding(be(pairs(20, 14)))).toBe('utf8')
    expect(sniffEncoding(be(pairs(20, 20, 1)))).toBe('utf-16be')
    expect(sniffEncoding(be(pairs(20, 20, 2)))).toBe('utf8')
  })

  it('counts every pair of the head, the last one too, and no byte past the pairs', () => {
    // Fifteen UTF-16 pairs after five of text: three-quarters exactly, if the last pair counts.
    const late = Buffer.concat([pairs(5, 0), Buffer.from('x'.repeat(15), 'utf16le')])
    expect(sniffEncoding(late)).toBe('utf-16le')
    // An odd trailing NUL is not the first byte of a pair: it does not make the even side NUL.
    const trailing = Buffer.concat([Buffer.from('abcd', 'utf16le'), bytes(0)])
    expect(sniffEncoding(trailing)).toBe('utf-16le')
  })

  it('reads a head of NUL bytes as text, not as either UTF-16', () => {
    expect(sniffEncoding(Buffer.alloc(64))).toBe('utf8')
  })
})

describe('InputDecoder', () => {
  it('holds the first bytes until 64 have come, then passes them on in one piece', () => {
    const got: Array<Uint8Array | string> = []
    const decoder = new InputDecoder((c) => got.push(c))
    const line = Buffer.from('x'.repeat(63) + '\n')
    for (let i = 0; i < 63; i++) decoder.write(line.subarray(i, i + 1))
    expect(got).toEqual([])
    decoder.write(line.subarray(63))
    expect(got.map((c) => Buffer.from(c).toString())).toEqual([line.toString()])
    decoder.write(Buffer.from('after\n'))
    expect(got).toHaveLength(2)
  })

  it('passes UTF-8 through byte for byte, invalid bytes and NULs included', () => {
    const input = Buffer.concat([
      Buffer.from('a\u0000é\n'),
      bytes(0xc3, 0x28, 0xff),
      Buffer.alloc(70, 0x41)
    ])
    for (const size of [1, 5, 64, input.length]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < input.length; at += size) chunks.push(input.subarray(at, at + size))
      const got = decode(chunks)
      expect(got.every((c) => typeof c !== 'string')).toBe(true)
      expect(Buffer.concat(got as Uint8Array[]).equals(input)).toBe(true)
    }
  })

  it('copies the bytes it holds: a caller may reuse its buffer once write returns', () => {
    const got: Array<Uint8Array | string> = []
    const decoder = new InputDecoder((c) => got.push(c))
    const buffer = Buffer.from('first\n')
    decoder.write(buffer)
    buffer.fill(0x7a)
    decoder.end()
    expect(text(got)).toBe('first\n')
  })

  it('decides only at the end for a short input, and sends nothing for an empty one', () => {
    expect(decode([Buffer.from('short\n')], false)).toStrictEqual([])
    expect(text(decode([Buffer.from('short\n')]))).toBe('short\n')
    expect(decode([])).toStrictEqual([])
    expect(decode([Buffer.alloc(0)])).toStrictEqual([])
  })

  it('transcodes UTF-16 to text in pieces that are never empty, however it is cut', () => {
    const log = 'PS C:\\> aws s3 ls — ✓\r\n'
    const input = Buffer.concat([bytes(0xff, 0xfe), Buffer.from(log.repeat(4), 'utf16le')])
    for (const size of [1, 3, 64, input.length]) {
      const chunks: Buffer[] = []
      for (let at = 0; at < input.length; at += size) chunks.push(input.subarray(at, at + size))
      const got = decode(chunks)
      expect(got.every((c) => typeof c === 'string' && c.length > 0)).toBe(true)
      expect(got.join('')).toBe(log.repeat(4))
    }
  })

  it('ends a UTF-16 input cut inside a character with a replacement character', () => {
    const input = Buffer.concat([Buffer.from('abcd', 'utf16le'), bytes(0x41)])
    const got = decode([input])
    expect(got.join('')).toBe('abcd\ufffd')
  })

  it('takes text given as a string as text, and keeps the bytes it held in front of it', () => {
    // UTF-16-looking bytes before a string are not sniffed: the caller has said it is text.
    const head = Buffer.from('abcdef', 'utf16le')
    expect(sniffEncoding(head)).toBe('utf-16le')
    const got = decode([head, 'then text\n', Buffer.from('cd', 'utf16le')])
    expect(got).toHaveLength(3)
    expect(Buffer.from(got[0] as Uint8Array).equals(head)).toBe(true)
    expect(got[1]).toBe('then text\n')
    expect(Buffer.from(got[2] as Uint8Array).equals(Buffer.from('cd', 'utf16le'))).toBe(true)
    // Compressed-looking text given as a string is text too.
    expect(decode(['\u001f\u008b text'])).toEqual(['\u001f\u008b text'])
  })

  it('decides once: bytes after the first 64 are never sniffed again', () => {
    const head = Buffer.from('x'.repeat(63) + '\n')
    const gzipLike = Buffer.concat([bytes(0x1f, 0x8b), Buffer.from('\n')])
    const utf16Like = Buffer.from('abcdefgh\n', 'utf16le')
    const got = decode([head, gzipLike, utf16Like])
    expect(got.every((c) => typeof c !== 'string')).toBe(true)
    expect(
      Buffer.concat(got as Uint8Array[]).equals(Buffer.concat([head, gzipLike, utf16Like]))
    ).toBe(true)
  })

  it('refuses compressed input as soon as it has seen enough, and at the end when it is short', () => {
    const decoder = new InputDecoder(() => undefined)
    expect(() => decoder.write(Buffer.concat([bytes(0x1f, 0x8b), Buffer.alloc(62, 0x41)]))).toThrow(
      UnreadableInputError
    )
    expect(() => decode([bytes(0x1f, 0x8b)])).toThrow(/gzip/)
  })
})
