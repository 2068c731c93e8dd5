// Property (issue 6): arbitrary bytes never make the scanner throw, and the findings do not
// depend on how the input is cut into chunks, even inside a UTF-8 character, a CRLF, an ANSI
// sequence or a trigger word, and across the segments of lines too long to hold whole.
import fc from 'fast-check'
import { Analysis } from '../../src/engine/Analysis.js'
import type { AnalysisOptions } from '../../src/engine/Analysis.js'

/** Pieces that make random bytes reach the interesting paths (triggers, escapes, wraps). */
const PIECES = [
  'User: arn:aws:sts::111122223333:assumed-role/deploy/gha is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:GetObject action\n',
  'An error occurred (AccessDenied) when calling the PutObject operation: Access Denied\n',
  'An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg_-0123456789\n',
  '{"__type":"AccessDeniedException","Message":"User: anonymous is not authorized to perform: cognito-identity:GetId on resource: * with an explicit deny in a resource control policy"}\n',
  'Error: Not authorized to perform sts:AssumeRoleWithWebIdentity\n',
  'Unable to locate credentials\n',
  '\x1b[31m',
  '\x1b[0m',
  '2026-11-23T13:45:01.1234567Z ',
  '\\"',
  '\\\\\\"',
  '\\u003c',
  '\r\n',
  '\n',
  '│ ',
  'é',
  '中',
  '😀',
  'User: ',
  'arn:aws:',
  'is not authorized to perform: ',
  'Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261123/us-east-1/s3/aws4_request',
  '123456789012.dkr.ecr.eu-west-1.amazonaws.com/app',
  'denied',
  'x'.repeat(70)
].map((s) => Buffer.from(s, 'utf8'))

const input = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }) },
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      // Invalid UTF-8: lone continuation bytes, truncated sequences, surrogates, 0xff.
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...[
            [0x80],
            [0xc3],
            [0xe4, 0xb8],
            [0xf0, 0x9f, 0x98],
            [0xed, 0xa0, 0x80],
            [0xff, 0xfe],
            [0]
          ].map((b) => Buffer.from(b))
        )
      }
    ),
    { maxLength: 40 }
  )
  .map((parts) => Buffer.concat(parts))

/** Segment sizes: the default, and small ones so long lines are read in several segments. */
const options = fc.constantFrom<AnalysisOptions | undefined>(
  undefined,
  { scanner: { maxLineBytes: 64 } },
  { scanner: { maxLineBytes: 301 } }
)

function analyse(chunks: Uint8Array[], opts: AnalysisOptions | undefined): string {
  const analysis = new Analysis(opts)
  const source = analysis.source('ci.log')
  for (const chunk of chunks) source.write(chunk)
  source.end()
  const report = analysis.report()
  return JSON.stringify({ findings: report.findings, stats: report.stats })
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

/** A denial line naming one action on one resource. */
const denialLine = (action: string, resource: string) =>
  `User: arn:aws:sts::111122223333:assumed-role/deploy/gha is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action\n`

describe('chunking never changes the findings', () => {
  it('finds each distinct denial once, counted, in order of first appearance, however cut', () => {
    // The expectation is counted here from the generated lines, not by running the engine again:
    // two lines that differ only by action or by resource are two findings.
    const pick = fc.record({
      action: fc.constantFrom('s3:GetObject', 's3:PutObject'),
      resource: fc.constantFrom('arn:aws:s3:::b/k', 'arn:aws:s3:::b/k2', 'arn:aws:s3:::other/k')
    })
    fc.assert(
      fc.property(
        fc.array(pick, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 16 }),
        options,
        (picks, cuts, opts) => {
          const expected: { action: string; resource: string; occurrences: number }[] = []
          for (const p of picks) {
            const seen = expected.find((e) => e.action === p.action && e.resource === p.resource)
            if (seen) seen.occurrences++
            else expected.push({ ...p, occurrences: 1 })
          }
          const buf = Buffer.from(
            picks.map((p) => denialLine(p.action, p.resource)).join('noise\n')
          )
          const findings = (
            JSON.parse(analyse(splitAt(buf, cuts), opts)) as {
              findings: { action: string; resource: string; occurrences: number }[]
            }
          ).findings
          expect(
            findings.map((f) => ({
              action: f.action,
              resource: f.resource,
              occurrences: f.occurrences
            }))
          ).toEqual(expected)
        }
      ),
      { numRuns: 100 }
    )
  })

  it('for random cut points', () => {
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 16 }), options, (buf, cuts, opts) => {
        expect(analyse(splitAt(buf, cuts), opts)).toEqual(analyse([buf], opts))
      }),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })

  it('byte by byte (every multi-byte character and CRLF is cut)', () => {
    fc.assert(
      fc.property(input, options, (buf, opts) => {
        const bytes = [...buf].map((b) => Uint8Array.of(b))
        expect(analyse(bytes, opts)).toEqual(analyse([buf], opts))
      }),
      { numRuns: 40, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })

  it('the same text written as a string or as bytes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(...PIECES),
        (noise, piece) => {
          const text = noise + piece.toString('utf8') + noise
          expect(analyse([Buffer.from(text, 'utf8')], undefined)).toEqual(
            (() => {
              const analysis = new Analysis()
              const source = analysis.source('ci.log')
              source.write(text)
              source.end()
              const report = analysis.report()
              return JSON.stringify({ findings: report.findings, stats: report.stats })
            })()
          )
        }
      ),
      { numRuns: 60, seed: Number(process.env.FC_SEED ?? 20261123) }
    )
  })
})
