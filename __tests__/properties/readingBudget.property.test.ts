// Property (issue 16): a record's candidates are read in full up to a budget, and repeats past it
// take the reading of their phrase. Work is counted (full readings, rival comparisons), never
// time: a record of N repeats costs O(N), and no crafted record reads more than its budget.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { parseRecord } from '../../src/parse/parseRecord.js'
import {
  EXACT_READINGS,
  EXACT_READINGS_PER_LINE,
  NOVEL_READING_CHARS
} from '../../src/parse/readingMemo.js'
import type { ReadingTally } from '../../src/parse/readingMemo.js'
import type { Candidate } from '../../src/parse/Candidate.js'

const PHRASES = [
  'AccessDenied: Access Denied ',
  'User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject ',
  'An error occurred (AccessDenied) when calling the GetObject operation: ',
  'Access Denied (Service: Amazon S3; Status Code: 403) ',
  'UnauthorizedOperation: You are not authorized to perform this operation. ',
  'denied: User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ecr:InitiateLayerUpload ',
  'is not authorized to perform: ',
  '{"__type":"AccessDeniedException","Message":"',
  'Error Code: AccessDenied; ',
  '\n'
]

const ctx = { ecrRegistry: null }

function parse(text: string, readings?: number) {
  const tally: ReadingTally = { read: 0, copied: 0, bare: 0 }
  const work = { units: 0 }
  const kept = parseRecord(text, ctx, undefined, { tally, work, readings, budget: Infinity })
  return { kept, tally, work: work.units }
}

/** The full readings a record may make, by its lines and length. */
const allowed = (text: string) =>
  EXACT_READINGS +
  EXACT_READINGS_PER_LINE * text.split('\n').length +
  Math.floor(text.length / NOVEL_READING_CHARS)

const reading = (c: Candidate) =>
  [c.denial.grammar, c.denial.code, c.denial.action, c.denial.service, c.denial.principal].join('|')

/** Lines of `phrase` repeated, `perLine` a line. */
const repeated = (phrase: string, times: number, perLine = 30) =>
  Array.from({ length: Math.ceil(times / perLine) }, (_, i) =>
    phrase.repeat(Math.min(perLine, times - i * perLine)).trimEnd()
  ).join('\n')

describe('per-record budget of full readings', () => {
  it.each(PHRASES.slice(0, 6))('a record of N repeats of %j costs O(N)', (phrase) => {
    const small = parse(repeated(phrase, 100))
    const large = parse(repeated(phrase, 800))
    // Past the exact readings, one phrase in one surrounding is read once more, not per repeat.
    const lines = Math.ceil(800 / 30)
    expect(large.tally.read).toBeLessThanOrEqual(
      EXACT_READINGS + EXACT_READINGS_PER_LINE * lines + 16
    )
    expect(large.tally.bare).toBe(0)
    // Eight times the repeats: at most ~eight times the rival comparisons (was the square).
    expect(large.work).toBeLessThanOrEqual(9 * small.work + 100)
    expect(large.work).toBeLessThanOrEqual(40 * 800)
  })

  it('counts every repeat of a phrase as the full reading of each does', () => {
    for (const phrase of PHRASES.slice(0, 6)) {
      const text = repeated(phrase, 400)
      const budgeted = parse(text)
      const full = parse(text, Infinity)
      expect(budgeted.tally.copied).toBeGreaterThan(0)
      expect(full.tally.copied + full.tally.bare).toBe(0)
      expect(budgeted.kept.map(reading)).toEqual(full.kept.map(reading))
    }
  })

  it('never reads more candidates in full than the budget of a crafted record allows', () => {
    const hostile = fc
      .array(fc.integer({ min: 0, max: PHRASES.length - 1 }), { minLength: 20, maxLength: 600 })
      .map((picks) => picks.map((i) => PHRASES[i]).join(''))
    fc.assert(
      fc.property(hostile, (text) => {
        const { tally } = parse(text)
        expect(tally.read).toBeLessThanOrEqual(allowed(text))
      }),
      { numRuns: 40 }
    )
  })

  it('bounds a record of distinct phrases too: past the budget, matches stay bare', () => {
    // Every IAM sentence names another user: no repeat to copy. Twenty on a line, 30 lines.
    const text = Array.from({ length: 30 }, (_, line) =>
      Array.from(
        { length: 20 },
        (_, i) =>
          `User: arn:aws:iam::1:user/u${line * 20 + i} is not authorized to perform: s3:GetObject `
      ).join('')
    ).join('\n')
    const { tally, kept } = parse(text)
    expect(tally.read).toBeLessThanOrEqual(allowed(text))
    expect(tally.bare).toBeGreaterThan(0)
    // Bare or not, every sentence is still a finding.
    expect(kept.filter((c) => c.denial.grammar === 'iam-sentence')).toHaveLength(600)
  })

  it('reads a run of 64 real refusal lines in full: an every-line sync log is no crafted text', () => {
    // The bench's every-line sync row (issue 16): one refusal a line, every key distinct.
    const text = Array.from({ length: 64 }, (_, i) => {
      const key = `assets/app-${i.toString(16).padStart(6, '0')}.js`
      return `upload failed: dist/${key} to s3://www-example-site/${key} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
    }).join('\n')
    const budgeted = parse(text)
    expect(budgeted.tally.copied + budgeted.tally.bare).toBe(0)
    expect(budgeted.kept).toHaveLength(64)
  })

  it('reads an ordinary record in full, as without a budget', () => {
    const text = [
      'Run aws s3 cp build.zip s3://artifacts/',
      'upload failed: ./build.zip to s3://artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
      'User: arn:aws:sts::123456789012:assumed-role/deploy/gh is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action',
      'Error: Process completed with exit code 1.'
    ].join('\n')
    const budgeted = parse(text)
    expect(budgeted.tally).toEqual({ read: budgeted.tally.read, copied: 0, bare: 0 })
    expect(budgeted.kept.map(reading)).toEqual(parse(text, Infinity).kept.map(reading))
    expect(budgeted.kept).toHaveLength(2)
  })
})
