// The facade over scan → parse → diagnose: several sources, a scan done elsewhere (a worker
// thread's) merged in, the statistics summed and the finding limit. Expectations are counted
// from the inputs written here.
import { Analysis, analyzeText } from '../../src/engine/Analysis.js'
import { Scan } from '../../src/engine/Scan.js'

const sentence = (bucket: string) =>
  `User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${bucket}/k" because no identity-based policy allows the s3:GetObject action\n`

describe('Analysis', () => {
  it('reports version 1, no remedies yet, and one finding per distinct denial', () => {
    const report = analyzeText(sentence('a') + 'noise\n' + sentence('b') + sentence('a'), 'ci.log')
    expect(report.version).toBe(1)
    expect(report.remedies).toEqual([])
    expect(report.findings.map((f) => [f.resource, f.line, f.occurrences])).toEqual([
      ['arn:aws:s3:::a/k', 1, 2],
      ['arn:aws:s3:::b/k', 3, 1]
    ])
    expect(report.stats.droppedFindings).toBe(0)
  })

  it('marks text dense with refusal phrases as budget-limited, and only such text', () => {
    // Lines of one refusal phrase over and over (the bench's hostile rows): hundreds of
    // candidates a record, past the budget of full readings.
    const hostile = Array.from({ length: 40 }, () =>
      'AccessDenied: Access Denied '.repeat(30).trimEnd()
    ).join('\n')
    const report = analyzeText(hostile + '\n', 'x.log')
    expect(report.stats.budgetLimited).toBeGreaterThan(0)
    // Every phrase is still counted: one bare-code reading of each.
    const counted = report.findings.reduce((n, f) => n + f.occurrences, 0)
    expect(counted).toBe(40 * 30)
    const ordinary = analyzeText(sentence('a') + sentence('b'), 'ci.log')
    expect('budgetLimited' in ordinary.stats).toBe(false)
  })

  it('sums the statistics of every source', () => {
    const analysis = new Analysis({ scanner: { maxLineBytes: 64 } })
    const a = analysis.source('a.log')
    const b = analysis.source('b.log')
    const first = 'short line\n' + 'x'.repeat(100) + '\n'
    // NUL bytes are what the scanner counts as binary.
    const second = 'one\ntw\0o\nthr\0\0ee\n'
    a.write(first)
    b.write(second)
    a.end()
    b.end()
    const { stats } = analysis.report()
    expect(stats).toMatchObject({
      bytes: Buffer.byteLength(first) + Buffer.byteLength(second),
      lines: 5,
      longLines: 1,
      binaryBytes: 3,
      droppedFindings: 0
    })
  })

  it('takes in a scan done elsewhere after its own findings, statistics and drops included', () => {
    const worker = new Scan({ maxFindings: 1 })
    const w = worker.source('big.log')
    w.write(sentence('w1') + sentence('w2') + sentence('a'))
    w.end()
    const done = worker.snapshot()
    expect(done.collected.map((c) => c.denial.resource)).toEqual(['arn:aws:s3:::w1/k'])
    expect(done.dropped).toBe(2)
    expect(done.stats).toMatchObject({ lines: 3 })

    const analysis = new Analysis()
    const own = analysis.source('small.log')
    own.write(sentence('a') + 'noise\n')
    own.end()
    analysis.merge(done)
    analysis.merge(done)
    const report = analysis.report()
    expect(report.findings.map((f) => [f.file, f.resource, f.occurrences])).toEqual([
      ['small.log', 'arn:aws:s3:::a/k', 1],
      ['big.log', 'arn:aws:s3:::w1/k', 2]
    ])
    expect(report.stats).toMatchObject({
      lines: 2 + 3 + 3,
      bytes: Buffer.byteLength(sentence('a') + 'noise\n') + 2 * done.stats.bytes,
      droppedFindings: 4
    })
  })

  it('keeps 500 distinct findings by default and counts the rest', () => {
    const text = Array.from({ length: 503 }, (_, i) => sentence(`b${i}`)).join('')
    const report = analyzeText(text)
    expect(report.findings).toHaveLength(500)
    expect(report.findings.at(-1)!.resource).toBe('arn:aws:s3:::b499/k')
    expect(report.stats.droppedFindings).toBe(3)
  })
})
