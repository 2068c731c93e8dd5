import fc from 'fast-check'
import type { Denial } from '../../src/model/Denial.js'
import { MAX_LINE_BYTES, Scanner } from '../../src/scan/Scanner.js'
import type { ScannerOptions } from '../../src/scan/Scanner.js'
import { RepeatContext } from '../../src/scan/RepeatContext.js'

const SENTENCE =
  'User: arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::artifacts/app.zip" because no identity-based policy allows the s3:GetObject action'

interface Seen {
  line: number
  key: string
}

function scan(
  chunks: (Uint8Array | string)[],
  options?: ScannerOptions
): { seen: Seen[]; scanner: Scanner } {
  const seen: Seen[] = []
  const scanner = new Scanner((d: Denial, line) => seen.push({ line, key: keyOf(d) }), options)
  for (const c of chunks) scanner.write(c)
  scanner.end()
  return { seen, scanner }
}

function keyOf(d: Denial): string {
  return `${d.kind}|${d.code}|${d.action}|${d.principal}|${d.resource}|${d.layer}|${d.deny}|${d.encodedMessage}`
}

/** `buf` in pieces of at most `size` bytes. */
function pieces(buf: Buffer, size: number): Buffer[] {
  const out: Buffer[] = []
  for (let at = 0; at < buf.length; at += size) out.push(buf.subarray(at, at + size))
  return out
}

function splitAt(buf: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let prev = 0
  for (const p of points) {
    out.push(buf.subarray(prev, p))
    prev = p
  }
  out.push(buf.subarray(prev))
  return out
}

const LOG = Buffer.from(
  [
    '2024-05-01T10:00:00.0000000Z Step 1/9 : FROM node:20',
    '\x1b[36m#5 [2/9] RUN npm ci\x1b[0m',
    'An error occurred (AccessDenied) when calling the GetObject operation:',
    SENTENCE,
    'Retrying in 2s',
    `An error occurred (AccessDenied) when calling the GetObject operation: ${SENTENCE}`,
    'A client error (UnauthorizedOperation) occurred when calling the RunInstances operation:',
    'You are not authorized to perform this operation. Encoded authorization failure message:',
    // A whole blob's length (hundreds of characters: src/parse/blobCut.ts), wrapped at one width.
    'oGsbAaIV7wlfj8zUqebHUANHzFbmkzILlxyj__y9xwhIHk99U_cUq1FIeZnskWDjQ1wSHStVfdCEyZILGoccGpCiCIhORq3Xk9PzLm2Tb7VwYc4Hs8NdJf6Ge1RaUo5KiW0',
    'ceWF9rRwFTnEcRJ3N9iTrPAE1WHveC5Z54ALPaWlEjHlLg8wCaB8d8lCKmxQuylCm0r1Bf2fHJRUjAYopMVmga8olFmKAlZt4Qm8XvBn2Lc7Jd5Kw1Py9Hs3Gf6Ue0RaTo4Ni',
    'jeA5o7TembBR-Jvowq6mNim0',
    'Error: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
    'done \u00e9\u4e2d\u{1F600}'
  ].join('\r\n') + '\r\n'
)

describe('Scanner', () => {
  const whole = scan([LOG]).seen

  it('finds every failure once, on its first line', () => {
    expect(whole.map((s) => s.line)).toEqual([3, 6, 7, 12, 13])
    expect(whole[0]!.key).toBe(whole[1]!.key)
    expect(whole[2]!.key).toMatch(/^encoded\|UnauthorizedOperation\|/)
    expect(whole[2]!.key).toContain('oGsbAaIV7wlfj8zUqeb')
    expect(whole[2]!.key).toContain('9rRwFTnEcRJ3N9iTrPAE1WHveC5Z54ALPa')
    expect(whole[2]!.key).toMatch(/jeA5o7TembBR-Jvowq6mNim0$/)
  })

  it('gives the same findings for every single split point', () => {
    for (let cut = 0; cut <= LOG.length; cut += 7) {
      expect(scan([LOG.subarray(0, cut), LOG.subarray(cut)]).seen).toEqual(whole)
    }
  })

  it('gives the same findings for byte-at-a-time input', () => {
    const bytes = [...LOG].map((b) => Uint8Array.of(b))
    expect(scan(bytes).seen).toEqual(whole)
  })

  it('gives the same findings for arbitrary splits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (cuts) => {
        expect(scan(splitAt(LOG, cuts)).seen).toEqual(whole)
      }),
      { numRuns: 150 }
    )
  })

  it('gives the same findings when the caller reuses one buffer for every write (property)', () => {
    // feedFile reads a file into the same buffer again and again: the scanner must copy what it keeps.
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.integer({ min: 1, max: 600 }),
        (cuts, size) => {
          const seen: Seen[] = []
          const { scanner } = {
            scanner: new Scanner((d, line) => seen.push({ line, key: keyOf(d) }))
          }
          const reused = Buffer.alloc(LOG.length)
          for (const piece of splitAt(LOG, cuts).flatMap((p) => pieces(p, size))) {
            piece.copy(reused)
            scanner.write(reused.subarray(0, piece.length))
            reused.fill(0x41)
          }
          scanner.end()
          expect(seen).toEqual(whole)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('reads a line longer than the segment size in segments and still finds a denial across a cut', () => {
    const options = { maxLineBytes: 256, neighbourChars: 256 }
    const filler = 'x'.repeat(1000)
    // The sentence straddles the 256-byte segment boundaries.
    const line = `${filler.slice(0, 200)} {"message":"${SENTENCE}"} ${filler}\n`
    const { seen, scanner } = scan([line], options)
    expect(seen).toHaveLength(1)
    expect(seen[0]!.key).toContain(
      's3:GetObject|arn:aws:sts::111122223333:assumed-role/deploy/GitHubActions'
    )
    expect(scanner.stats.longLines).toBe(1)
    expect(scanner.stats.lines).toBe(1)
    for (const cut of [1, 100, 199, 256, 300, 511]) {
      const b = Buffer.from(line)
      expect(scan([b.subarray(0, cut), b.subarray(cut)], options).seen).toEqual(seen)
    }
  })

  it('never splits a UTF-8 character when it cuts a long line', () => {
    const options = { maxLineBytes: 64 }
    const line = '\u4e2d'.repeat(100) + ` ${SENTENCE}\n`
    const { seen } = scan([line], options)
    expect(seen).toHaveLength(1)
  })

  it('counts lines, bytes and NUL bytes', () => {
    const { scanner } = scan(['a\nb\n\0\0c', 'd\ne'])
    expect(scanner.stats).toMatchObject({ lines: 4, bytes: 10, binaryBytes: 2, longLines: 0 })
  })

  it('holds bounded memory on a large generated log with one endless line in it', () => {
    const retained: number[] = []
    const scanner = new Scanner(() => undefined)
    const noise = Buffer.from(
      Array.from(
        { length: 400 },
        (_, i) => `  + resource "aws_s3_object" "o${i}" { key = "k${i}" }`
      ).join('\n') + '\n'
    )
    const dense = Buffer.from(`noise\n${SENTENCE}\n`.repeat(200))
    const endless = Buffer.from('User: '.repeat(10_000))
    // 30 times the bound is enough to show that nothing accumulates; 50 MB took 30 s alone, and
    // each mutation-testing run of a scanner mutant the quick tests miss paid it again.
    for (let i = 0; i < 250; i++) {
      scanner.write(i % 10 === 0 ? dense : i % 10 === 5 ? endless : noise)
      retained.push(scanner.retainedBytes())
    }
    scanner.end()
    expect(scanner.stats.bytes).toBeGreaterThan(30 * 13 * MAX_LINE_BYTES)
    // The window holds at most behind + 1 + ahead lines or segments of at most MAX_LINE_BYTES each.
    expect(Math.max(...retained)).toBeLessThan(13 * MAX_LINE_BYTES)
  })

  it('counts what it holds: the partial line, then the lines kept for context', () => {
    const scanner = new Scanner(() => undefined)
    expect(scanner.retainedBytes()).toBe(0)
    scanner.write('abc')
    expect(scanner.retainedBytes()).toBe(3)
    // The denial waits for its lines of look-ahead, with the line before it as context.
    scanner.write(`\n${SENTENCE}\n`)
    expect(scanner.retainedBytes()).toBe(3 + SENTENCE.length)
  })

  it('reads an unterminated last line as if it ended with a newline', () => {
    // A long line cut in segments and ending exactly on a segment boundary leaves nothing to
    // carry but a line still open.
    for (const text of ['x'.repeat(128), `${SENTENCE}`, 'y'.repeat(100)]) {
      const open = scan([text], { maxLineBytes: 64 })
      const closed = scan([text + '\n'], { maxLineBytes: 64 })
      expect(open.seen).toEqual(closed.seen)
      expect(open.scanner.stats).toEqual({ ...closed.scanner.stats, bytes: text.length })
    }
    expect(scan(['x'.repeat(128)], { maxLineBytes: 64 }).scanner.stats.lines).toBe(1)
    // A registry mentioned 200 lines back is still the context of the last line, not 201.
    const services = (filler: number, end: string) => {
      const lines = [
        'The push refers to repository [111122223333.dkr.ecr.eu-west-1.amazonaws.com/app]',
        ...Array.from({ length: filler }, () => 'layer: Preparing'),
        'no basic auth credentials'
      ]
      const found: Array<string | null> = []
      const scanner = new Scanner((d) => found.push(d.service))
      scanner.write(lines.join('\n') + end)
      scanner.end()
      return found
    }
    for (const filler of [197, 198, 199, 200]) {
      expect(services(filler, '')).toEqual(services(filler, '\n'))
    }
    expect(services(198, '')).toEqual(['ecr'])
    expect(services(199, '')).not.toContain('ecr')
  })

  it('reads a line of the segment size or longer in segments, and nothing of it is lost', () => {
    const opts = { maxLineBytes: 64 }
    const longLines = (text: string) => scan([text], opts).scanner.stats.longLines
    expect(longLines('x'.repeat(63) + '\n')).toBe(0)
    expect(longLines('x'.repeat(64) + '\n')).toBe(1)
    expect(longLines('x'.repeat(64))).toBe(1)
    // A refusal whose one trigger is cut by a segment boundary, at every offset; and one in
    // the last, shorter piece of a long line.
    const refusal = 'no basic auth credentials'
    for (let pad = 30; pad <= 64; pad++) {
      const text = `${'x'.repeat(pad)} ${refusal}\n`
      expect(scan([text], opts).seen).toHaveLength(1)
    }
    expect(scan([`${'x'.repeat(150)} ${refusal}\n`], opts).seen).toHaveLength(1)
  })

  it('reads each context fragment of a long line once, however the line is cut or chunked', () => {
    // A bare refusal takes its service from the call the EB CLI announced above it (the debug
    // line of __tests__/scan/announcedCallReach.test.ts), kept among the last 32 announcements
    // read. The long line below holds three ` s3://` per 128-byte segment, all in the segment's
    // last 40 bytes: the refusal's look-ahead (8 segments) holds 24, and the announcement stays
    // kept only if none is read twice, by the block and then by its segments, or again as the
    // next segment's overlap. A small record keeps the refusal from reading the URLs itself.
    const announce =
      '2016-08-11 23:11:57,514 (DEBUG) ebcli.lib.aws : Making api call: (elasticbeanstalk, describe_environments)'
    const between = Array<string>(4).fill('2016-08-11 23:11:57,600 (DEBUG) ebcli.core : retrying')
    const expired =
      'An error occurred (ExpiredToken) when calling the DescribeEnvironments operation: The provided token has expired.'
    const segment = `${'x'.repeat(107)} s3://a s3://b s3://c`
    expect(segment).toHaveLength(128)
    const text = Buffer.from([announce, ...between, expired, segment.repeat(20)].join('\n') + '\n')
    const services = (chunks: Buffer[]) => {
      const found: Array<string | null> = []
      const options = { maxLineBytes: 128, neighbourChars: 100 }
      const scanner = new Scanner((d) => found.push(d.service), options)
      for (const c of chunks) scanner.write(c)
      scanner.end()
      return found
    }
    expect(services([text])).toEqual(['elasticbeanstalk'])
    for (const size of [1, 50, 128, 200, 1000]) {
      expect(services(pieces(text, size))).toEqual(['elasticbeanstalk'])
    }
  })

  it('reads a step line whose mark a segment boundary cuts, once, from the mark on', () => {
    // The script line's `[36;1m` straddles the first cut of a long line: it is read from the
    // next segment with the previous one's last 40 bytes, not from the whole previous segment
    // (whose text would end before the mark).
    const text = Buffer.from(
      `##[group]Run deploy\n${' '.repeat(MAX_LINE_BYTES - 3)}\u001b[36;1maws s3 ls s3://b\u001b[0m\n${SENTENCE}\n`
    )
    const commands = (chunks: Buffer[]) => {
      const found: Array<string | null> = []
      const scanner = new Scanner((_d, _line, context) => found.push(context.command))
      for (const c of chunks) scanner.write(c)
      scanner.end()
      return found
    }
    expect(commands([text])).toEqual(['deploy\naws s3 ls s3://b'])
    expect(commands(pieces(text, 5000))).toEqual(['deploy\naws s3 ls s3://b'])
  })

  it("keeps a line that only holds context (a traced command) as the next denial's line before", () => {
    const befores: string[] = []
    const scanner = new Scanner((_d, _line, context) => befores.push(context.before))
    scanner.write(`plain line\n+ aws s3 cp app.zip s3://artifacts/app.zip\n${SENTENCE}\n`)
    scanner.end()
    expect(befores).toEqual(['plain line\n+ aws s3 cp app.zip s3://artifacts/app.zip'])
  })

  it('refuses writes after end', () => {
    const scanner = new Scanner(() => undefined)
    scanner.end()
    expect(() => scanner.write('x')).toThrow(/after end/)
  })
})

describe('a line counted as a repeat', () => {
  // An `aws s3 sync` refusing file after file: from the fifth such line on, the scanner reuses
  // the first's findings instead of parsing (see RepeatCache). What it hands the sink must not
  // depend on that: the context is built lazily, and must read what a parse would have read.
  const lines: string[] = ['##[group]Run aws s3 sync ./public s3://b', '##[endgroup]']
  for (let i = 0; i < 14; i++) {
    lines.push(
      `upload failed: ./public/a${i}.js to s3://b/a${i}.js An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    )
    lines.push('retrying later')
  }
  const text = lines.join('\n') + '\n'

  function contexts(options: ScannerOptions) {
    const out: Array<Record<string, unknown>> = []
    let lazy = 0
    const scanner = new Scanner((d, line, context) => {
      if (context instanceof RepeatContext) lazy++
      out.push({
        no: line,
        key: keyOf(d),
        // What the collector keeps: a JSON copy (a repeat's context builds itself for it) ...
        ...(JSON.parse(JSON.stringify(context)) as Record<string, unknown>),
        // ... and what a reader asks of it in place, field by field.
        asked: [context.line, context.before, context.after, context.command, context.announced]
      })
    }, options)
    scanner.write(text)
    scanner.end()
    return { out, lazy }
  }

  it('gets the context a parse would give it: its line, the lines around it, its step', () => {
    const parsed = contexts({ repeats: false })
    const reused = contexts({})
    // Only repeats take the lazy path: without them this test would compare parses with parses.
    expect(parsed.lazy).toBe(0)
    expect(reused.lazy).toBeGreaterThan(3)
    expect(parsed.out).toHaveLength(14)
    expect(reused.out).toEqual(parsed.out)
    expect(reused.out[9]).toMatchObject({
      line: expect.stringMatching(/^upload failed: \.\/public\/a9\.js /),
      before: expect.stringMatching(/\/a8\.js .*\nretrying later$/),
      after: expect.stringMatching(/^retrying later\nupload failed: \.\/public\/a10\.js /),
      command: expect.stringContaining('aws s3 sync ./public s3://b')
    })
  })
})

describe('hard-wrap joining', () => {
  const denial =
    'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: codecommit:ListRepositories'
  const seen = (text: string) => scan([text]).seen

  it('does not glue a line of the same width that starts like a log line of its own', () => {
    const rule = '-'.repeat(denial.length)
    expect(seen(`${denial}\n${rule}\n`)[0]!.key).toContain('|codecommit:ListRepositories|')
    const json = `{"level":"info","msg":"${'x'.repeat(denial.length - 25)}"}`
    expect(json).toHaveLength(denial.length)
    expect(seen(`${denial}\n${json}\n`)[0]!.key).toContain('|codecommit:ListRepositories|')
  })

  it('does not glue one message printed twice behind prefixes that differ', () => {
    // Two matrix legs' errors pasted side by side (held-out corpus h3-022, text as printed): both
    // lines are as long as each other, and the first is not wrapped into the second's `t2`.
    const text = [
      't1  2026-10-05T22:07:41Z  ##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      't2  2026-10-05T22:06:06Z  ##[error]Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      '```'
    ].join('\n')
    const actions = seen(text + '\n').map((s) => s.key.split('|')[2])
    expect(actions).toEqual(['sts:AssumeRoleWithWebIdentity', 'sts:AssumeRoleWithWebIdentity'])
  })

  it('does not glue lines whose equal width is not adjacent', () => {
    const other = 'y'.repeat(denial.length)
    expect(seen(`${other}\nshort\n${denial}\nnext\n`)[0]!.key).toContain(
      '|codecommit:ListRepositories|'
    )
  })
})
