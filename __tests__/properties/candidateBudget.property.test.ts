// Property (issue 16): a record crafted from refusal phrases costs a bounded amount of candidate
// work, never throws, and reads its centre line as the unbounded parse does.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { parseRecord, CANDIDATE_BUDGET } from '../../src/parse/parseRecord.js'
import type { Candidate } from '../../src/parse/Candidate.js'

const PHRASES = [
  'AccessDenied: Access Denied ',
  'User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject ',
  'An error occurred (AccessDenied) when calling the GetObject operation: ',
  'Access Denied (Service: Amazon S3; Status Code: 403) ',
  'UnauthorizedOperation: You are not authorized to perform this operation. ',
  'denied: User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: ecr:InitiateLayerUpload ',
  'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity ',
  'is not authorized to perform: ',
  '{"__type":"AccessDeniedException","Message":"',
  'Error Code: AccessDenied; ',
  '\n'
]

/** A hostile record: phrases over and over, lines of a few hundred characters. */
const hostile = fc
  .array(fc.integer({ min: 0, max: PHRASES.length - 1 }), { minLength: 20, maxLength: 300 })
  .map((picks) => picks.map((i) => PHRASES[i]).join(''))

const ctx = { ecrRegistry: null }

/** What a report would hold of a candidate. */
const reading = (c: Candidate) =>
  [c.start, c.denial.code, c.denial.action, c.denial.service, c.denial.principal].join('|')

describe('per-record budget of candidate work', () => {
  it('keeps candidate work below a fixed multiple of the record length, and never throws', () => {
    fc.assert(
      fc.property(hostile, fc.nat(), (text, at) => {
        const start = at % text.length
        const work = { units: 0 }
        const found = parseRecord(text, ctx, undefined, {
          focus: { start, end: Math.min(text.length, start + 200) },
          work
        })
        expect(found.length).toBeLessThanOrEqual(CANDIDATE_BUDGET + 200)
        expect(work.units).toBeLessThanOrEqual(8 * text.length + 4 * CANDIDATE_BUDGET)
      }),
      { numRuns: 60 }
    )
  })

  it('stops growing past the budget, where the unbounded parse keeps growing with the record', () => {
    const work = (times: number, budget?: number) => {
      const w = { units: 0 }
      parseRecord(PHRASES.slice(0, 4).join('').repeat(times), ctx, undefined, { work: w, budget })
      return w.units
    }
    expect(work(240, Infinity)).toBeGreaterThan(3 * work(60, Infinity))
    expect(work(240)).toBe(work(60))
    expect(work(240)).toBeLessThan(work(60, Infinity))
  })

  it('reads the first candidates of a hostile record as the unbounded parse does', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const first = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')
        const focus = { start: 0, end: Math.min(first, 150) }
        const inFocus = (c: Candidate) => c.start < focus.end
        const bounded = parseRecord(text, ctx, undefined, { focus }).filter(inFocus)
        const unbounded = parseRecord(text, ctx, undefined, {
          budget: Infinity,
          readings: Infinity
        }).filter(inFocus)
        expect(bounded.map(reading)).toEqual(unbounded.map(reading))
      }),
      { numRuns: 60 }
    )
  })

  it('leaves an ordinary record alone', () => {
    const text =
      'Run aws s3 cp build.zip s3://artifacts/\nupload failed: ./build.zip to s3://artifacts/build.zip An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\nError: Process completed with exit code 1.'
    const work = { units: 0 }
    const bounded = parseRecord(text, ctx, undefined, { work })
    expect(bounded.map(reading)).toEqual(
      parseRecord(text, ctx, undefined, { budget: Infinity, readings: Infinity }).map(reading)
    )
    expect(bounded).toHaveLength(1)
    expect(bounded[0]!.denial.code).toBe('AccessDenied')
    expect(work.units).toBeLessThan(20)
  })
})
