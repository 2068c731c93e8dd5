// Benchmark guard (issue 16, seventh round), untimed: the checks run for every candidate of a
// record read what is the same for every candidate of a line once per line, and give what the
// per-candidate reading gave. Each test either compares the kept facts with a fresh reading on
// generated texts, or counts work (expression runs) on a line crafted from refusal phrases.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { emptyDenial } from '../../src/model/Denial.js'
import { HEAD_NEEDS, generalProseAt } from '../../src/parse/generalProse.js'
import type { ProseLine } from '../../src/parse/generalProse.js'
import { LineLiterals } from '../../src/parse/lineLiterals.js'
import { isTemplate } from '../../src/parse/templates.js'
import type { TemplateFacts } from '../../src/parse/templates.js'
import { inCodeLiteral, quotePositions } from '../../src/parse/codeListing.js'
import { parseRecord } from '../../src/parse/parseRecord.js'

/** ASCII capitals lowered: how the gated expressions (`i`, no `u`) fold case. */
const folded = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

describe('prose shapes: the head expressions are asked only when their words stand in the head', () => {
  // Words of every gate, near misses, quotes, spaces and sentence ends.
  const pieces = [
    ...HEAD_NEEDS.flatMap((h) => h.needs.flat()),
    'the ',
    'an ',
    'you ',
    'might ',
    'users ',
    'many developers ',
    'encounter ',
    'error ',
    'message ',
    ' like ',
    'Look for',
    'WHEN ',
    'E.G. ',
    'of ',
    'receiving ',
    'this ',
    ': ',
    '"',
    '“',
    "'",
    ' ',
    '. ',
    'AccessDenied ',
    'x',
    'İ',
    'ſ',
    'K'
  ]
  const head = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''))

  it('no expression matches a head without one of each of its lists', () => {
    fc.assert(
      fc.property(head, (h) => {
        for (const { re, needs } of HEAD_NEEDS) {
          if (!re.test(h)) continue
          for (const list of needs)
            expect([re.source, list.some((w) => folded(h).includes(w))]).toEqual([re.source, true])
        }
      }),
      { numRuns: 3000 }
    )
  })

  it('LineLiterals finds a literal inside [from, to) exactly when the stretch holds it', () => {
    const literals = [...new Set(HEAD_NEEDS.flatMap((h) => h.needs.flat()))]
    fc.assert(
      fc.property(head, fc.nat(), fc.nat(), fc.subarray(literals), (line, a, b, some) => {
        const facts = new LineLiterals(line)
        const from = a % (line.length + 1)
        const to = from + (b % (line.length - from + 1))
        const naive = some.some((w) => folded(line.slice(from, to)).includes(w))
        expect(facts.anyWithin(some, from, to)).toBe(naive)
      }),
      { numRuns: 3000 }
    )
  })

  it('runs no head expression on a line of refusal phrases that holds none of their words', () => {
    const line = Array.from({ length: 60 }, (_, k) =>
      k % 2
        ? 'AccessDenied: Access Denied '
        : 'Access Denied (Service: Amazon S3; Status Code: 403) '
    ).join('')
    let runs = 0
    const restore = HEAD_NEEDS.map(({ re }) => {
      const exec = re.exec
      re.exec = function (this: RegExp, s: string) {
        runs++
        return exec.call(this, s)
      }
      return () => delete (re as { exec?: unknown }).exec
    })
    const lines = new Map<number, ProseLine>()
    let candidates = 0
    try {
      for (let at = line.indexOf('Access'); at !== -1; at = line.indexOf('Access', at + 1)) {
        candidates++
        expect(
          generalProseAt(line, at, emptyDenial('denial', 'test'), 'Access', null, lines)
        ).toBeNull()
      }
    } finally {
      restore.forEach((r) => r())
    }
    expect(candidates).toBeGreaterThan(80)
    expect(runs).toBe(0)
    expect(lines.size).toBe(1)
  })

  it('gives the same shape with the line kept as with each candidate read afresh', () => {
    const words = [
      'When you call it, you get ',
      'a message like "',
      'The error message "',
      '" typically occurs. ',
      'many users encounter the error: ',
      'Look for: ',
      'We got ',
      'AccessDenied: Access Denied ',
      'User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject ',
      '\n',
      'The kind of error message:\n'
    ]
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 })
      .map((p) => p.join(''))
    fc.assert(
      fc.property(text, (t) => {
        const lines = new Map<number, ProseLine>()
        for (let at = t.indexOf('A'); at !== -1; at = t.indexOf('A', at + 1)) {
          const d = emptyDenial('denial', 'test')
          const span = t.slice(at, at + 12)
          expect([at, generalProseAt(t, at, d, span, 'Look for:', lines)]).toEqual([
            at,
            generalProseAt(t, at, d, span, 'Look for:')
          ])
        }
      }),
      { numRuns: 400 }
    )
  })
})

describe('template headings: read once per line, as the walk up from each candidate read them', () => {
  const HEADING = /^ {0,3}#{1,6}[ \t]/
  const PLACEHOLDER =
    /when calling the (?:[A-Z]{1,3}|<[^<>\n]{1,40}>|\{[^{}\n]{1,40}\}|\[[^[\]\n]{1,40}\]|\.{3}|…) operation/

  /** The walk the per-line facts replace: from the candidate's line up, 2 KiB at most. */
  function walkUp(text: string, at: number): boolean {
    let end = text.lastIndexOf('\n', at - 1)
    const stop = Math.max(0, at - 2048)
    let line = text.slice(
      end + 1,
      text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)
    )
    for (;;) {
      if (HEADING.test(line)) return PLACEHOLDER.test(line)
      if (end < stop || end <= 0) return false
      const from = text.lastIndexOf('\n', end - 1) + 1
      line = text.slice(from, end)
      end = from - 1
    }
  }

  const pieces = [
    '## when calling the X operation',
    '# An error occurred (AccessDenied) when calling the GetObject operation',
    '### Deploy',
    'AccessDenied',
    'x'.repeat(300),
    'y'.repeat(900),
    '\n',
    '\n',
    ' '
  ]
  const text = fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
    .map((p) => p.join(''))

  it('agrees with the walk at every position', () => {
    fc.assert(
      fc.property(text, (t) => {
        const facts: TemplateFacts = { lines: new Map() }
        const d = emptyDenial('denial', 'bare-code')
        for (let at = 0; at < t.length; at += 7) {
          // A denial naming nothing: a template's exactly when its heading is one and its line
          // names no real operation after it.
          const eol = t.indexOf('\n', at)
          const op = /when calling the (\S+) operation/.exec(
            t.slice(at, eol === -1 ? undefined : eol)
          )?.[1]
          const called = op !== undefined && !PLACEHOLDER.test(`when calling the ${op} operation`)
          const expected = t.includes(' operation') && walkUp(t, at) && !called
          expect([at, isTemplate(t, at, d, facts)]).toEqual([at, expected])
        }
      }),
      { numRuns: 120 }
    )
  })
})

describe("quoted literals: the record's quote positions answer as the search of each line did", () => {
  const pieces = [
    'const a = 1;\n',
    'msg = "',
    '"\n',
    "'",
    '`',
    'AccessDenied ',
    'x'.repeat(50),
    '\n',
    '"""\n',
    ' '
  ]
  const text = fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
    .map((p) => p.join(''))

  it('agrees at every position', () => {
    fc.assert(
      fc.property(text, (t) => {
        const quotes = quotePositions(t)
        const blocks = t.includes('"""') || t.includes("'''")
        for (let at = 0; at < t.length; at += 3) {
          expect([at, inCodeLiteral(t, at, blocks, quotes)]).toEqual([
            at,
            inCodeLiteral(t, at, blocks)
          ])
        }
      }),
      { numRuns: 300 }
    )
  })
})

describe('settling: a reading missing its service far up a record', () => {
  /** Expression runs of any kind while the record is parsed, and its readings' services. */
  function parsed(text: string): { runs: number; services: (string | null)[] } {
    const exec = RegExp.prototype.exec
    let runs = 0
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      runs++
      return exec.call(this, s)
    }
    try {
      const kept = parseRecord(text, { ecrRegistry: null })
      return { runs, services: kept.map((c) => c.denial.service) }
    } finally {
      RegExp.prototype.exec = exec
    }
  }
  const far =
    'Error: AccessDenied: Access Denied\n' +
    Array.from({ length: 40 }, (_, k) => `step ${k}: compiling module ${'x'.repeat(60)}`).join(
      '\n'
    ) +
    '\n'
  const phrases = (n: number) =>
    'AccessDenied: Access Denied (Service: Amazon S3; Status Code: 403) '.repeat(n)

  it('does not make every later candidate be settled (the extra work does not grow with them)', () => {
    const extra = (n: number) => parsed(far + phrases(n)).runs - parsed(phrases(n)).runs
    const with30 = parsed(far + phrases(30))
    // The far reading is kept without a service, the phrases with theirs.
    expect(with30.services[0]).toBeNull()
    expect(with30.services.slice(1).every((s) => s === 's3')).toBe(true)
    expect(extra(60)).toBeLessThanOrEqual(extra(30) + 20)
  })
})
