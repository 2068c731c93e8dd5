import { Line } from '../../src/scan/Line.js'
import { buildRecord } from '../../src/scan/buildRecord.js'

const lines = (texts: string[], cont: boolean[] = []) =>
  texts.map((t, i) => new Line(i, i + 1, Buffer.from(t), cont[i] ?? false, false))

describe('buildRecord', () => {
  it('keeps the centre whole and a shared budget of characters on each side, nearest first', () => {
    const ls = lines([
      'a'.repeat(10),
      'b'.repeat(10),
      'CENTRE-'.repeat(5),
      'c'.repeat(10),
      'd'.repeat(10)
    ])
    const r = buildRecord(ls, 2, 15)
    expect(r.text).toBe(
      ['a'.repeat(5), 'b'.repeat(10), 'CENTRE-'.repeat(5), 'c'.repeat(10), 'd'.repeat(5)].join('\n')
    )
  })

  it('leaves out lines past the budget, and maps positions back to each line', () => {
    const ls = lines(['far away', 'near', 'centre', 'next', 'far ahead'])
    const r = buildRecord(ls, 2, 4)
    expect(r.text).toBe('\nnear\ncentre\nnext\n')
    const at = r.text.indexOf('centre')
    expect(r.position(at)).toEqual({ seq: 2, off: 0, no: 3 })
    expect(r.position(r.text.indexOf('ear'))).toEqual({ seq: 1, off: 1, no: 2 })
  })

  it('maps a position in a cut line to its place in the whole line', () => {
    const ls = lines(['0123456789', 'centre'])
    const r = buildRecord(ls, 1, 4)
    expect(r.text).toBe('6789\ncentre')
    expect(r.position(0)).toEqual({ seq: 0, off: 6, no: 1 })
  })
})

// A terminal's hard wrap: full-width lines, then the shorter rest, read as one line. Each guard
// below keeps lines that only look like that apart (docs/mutation.md: the open buildRecord.ts
// survivors). The message is cut at a width of 64 into lines that start and end in mid-word.
describe('hard-wrap joining, guard by guard', () => {
  const text = (texts: string[]) => buildRecord(lines(texts), 0, 10_000).text
  const message =
    'An error occurred (AccessDenied) when calling the PutObject operation: the caller ci-deploy ' +
    'is not authorized to perform s3:PutObject on the bucket named assets-prod in this account'
  const cut = (s: string, width: number) =>
    Array.from({ length: Math.ceil(s.length / width) }, (_, i) =>
      s.slice(i * width, (i + 1) * width)
    )

  it('joins full-width lines that end on a shorter one', () => {
    const wrapped = cut(message, 64)
    expect(wrapped.map((l) => l.length)).toEqual([64, 64, 53])
    expect(text(wrapped)).toBe(message)
  })

  it('from a width of 60 on: narrower equal lines are coincidence', () => {
    expect(text(cut(message.slice(0, 150), 60))).toBe(message.slice(0, 150))
    const narrow = cut(message.slice(0, 140), 59)
    expect(text(narrow)).toBe(narrow.join('\n'))
  })

  it('not at padding: a line ending in two spaces, or a next one starting with two', () => {
    const [a, b, c] = cut(message, 64) as [string, string, string]
    const padded = [a.slice(0, 62) + '  ', b, c]
    expect(text(padded)).toBe(`${padded[0]}\n${b}${c}`)
    const indented = [a, '  ' + b.slice(2), c]
    expect(text(indented)).toBe(`${a}\n${indented[1]}${c}`)
  })

  it('not a lone long line: the full-width lines stand next to each other', () => {
    const lone = [message.slice(0, 70), message.slice(70, 100)]
    expect(text(lone)).toBe(lone.join('\n'))
  })

  it('not without a shorter line after them in the window, nor before a longer one', () => {
    const [a, b] = cut(message, 64) as [string, string]
    expect(text([a, b])).toBe(`${a}\n${b}`)
    const longer = message.slice(128) + ' and more words to make it longer than the wrap width'
    expect(longer.length).toBeGreaterThan(64)
    expect(text([a, b, longer])).toBe(`${a}\n${b}\n${longer}`)
  })

  it('not before a line that starts as a log line or message of its own', () => {
    const [a, b] = cut(message, 64) as [string, string]
    const own = 'Error: ' + b.slice(7)
    expect(text([a, own, 'the rest'])).toBe(`${a}\n${own}the rest`)
  })

  it('joins a run of dashes the wrap cut in two, and not a rule under a line', () => {
    // Found by the grammar property (seed 20261206): a session name of dashes cut at width 60
    // left `--- is not authorized…` on the next line, which read as a `--- PASS` line of its own.
    const denial =
      'User: arn:aws-us-gov:sts::111122223333:assumed-role/aaa/a------ is not authorized to perform: s3:GetObject on resource: * with an explicit deny'
    const wrapped = cut(denial, 60)
    expect(wrapped[1]).toMatch(/^--- is not authorized/)
    expect(text(wrapped)).toBe(denial)
    // Seed 20261209: a repository name cut before its last three dashes, at width 92.
    const ecr =
      'denied: User arn:aws-us-gov:sts::111122223333:assumed-role/a0-a/a--aaa-a0a0- is not authorized to perform: sts:AssumeRole on resource: arn:aws:ecr:eu-west-1:***:repository/a0----aa--aa--- because no identity-based policy allows the sts:AssumeRole action'
    const pieces = cut(ecr, 92)
    expect(pieces[2]).toMatch(/^--- because no /)
    expect(text(pieces)).toBe(ecr)
    // A rule, or a go test line, under a full-width line stays apart.
    const [a, b] = cut(message, 60) as [string, string]
    const owns = [
      '-'.repeat(60),
      '--- PASS: TestUpload (0.01s) ' + 'x'.repeat(31),
      '=== RUN   TestUpload ' + 'x'.repeat(39)
    ]
    for (const own of owns) {
      expect(text([a, own, 'rest'])).toBe(`${a}\n${own}rest`)
      expect(text([b, own, 'rest'])).toBe(`${b}\n${own}rest`)
    }
  })

  it('joins a placeholder cut before its `>`, and not a quoted line', () => {
    // Found by the grammar property (seeds 20261212, 20261213): a masked account
    // `<Log Archive Account>` cut before its `>` read as a quoted line of its own.
    const denial =
      'denied: User anonymous is not authorized to perform: ssm:GetParameter on resource: arn:aws-eusc:ecr:eu-west-1:<Log Archive Account>:repository/a00'
    const wrapped = cut(denial, 65)
    expect(wrapped[2]).toBe('>:repository/a00')
    expect(text(wrapped)).toBe(denial)
    // A Markdown quote, nested or not, under a full-width line stays apart.
    const [a] = cut(message, 64) as [string]
    for (const quote of ['> ' + 'q'.repeat(62), '>> ' + 'q'.repeat(61)]) {
      expect(text([a, quote, 'rest'])).toBe(`${a}\n${quote}rest`)
    }
  })

  it('compares the start of the wrapped text, not of a piece that begins mid-text', () => {
    // Found by the grammar property (seed 20261206): the action printed twice, 120 characters
    // apart, put both cuts of a 120-wide wrap before `:GetParameter`, and the last two pieces
    // read as two lines of one shape.
    const denial =
      'An error occurred (AccessDenied) when calling the GetObject operation: User: anonymous is not authorized to perform: ssm:GetParameter on resource: * because no VPC endpoint policy transitively through a service control policy allows the ssm:GetParameter action'
    const wrapped = cut(denial, 120)
    expect(wrapped.map((l) => l.slice(0, 13))).toEqual([
      'An error occu',
      ':GetParameter',
      ':GetParameter'
    ])
    expect(text(wrapped)).toBe(denial)
  })

  it('not between two lines that start or end alike: one message printed twice', () => {
    // Mid-message cuts: neither line starts like a log line of its own.
    const a = message.slice(20, 84)
    const sameStart = message.slice(20, 40) + message.slice(120, 164)
    expect(sameStart.length).toBe(64)
    expect(text([a, sameStart, 'rest'])).toBe(`${a}\n${sameStart}rest`)
    const sameEnd = message.slice(100, 140) + a.slice(-24)
    expect(sameEnd.length).toBe(64)
    expect(text([a, sameEnd, 'rest'])).toBe(`${a}\n${sameEnd}rest`)
    // Lines of one shape, however many share the width, stay apart.
    const shape = (c: string, width: number) =>
      `copying artifact ./${c}.js to s3://b/${c}.js `.padEnd(width, c)
    const rows = [shape('a', 64), shape('b', 64), shape('c', 40)]
    expect(text(rows)).toBe(rows.join('\n'))
    // Each pair is joined once the start or the end differs.
    const other = message.slice(110, 174)
    expect(text([a, other, 'rest'])).toBe(`${a}${other}rest`)
  })
})
