// Property (issue 10): in a log where every line is a refusal, every occurrence is counted
// exactly, whatever the lines hold and however the bytes are chunked.
import fc from 'fast-check'
import '../support/fastCheckSeed.js'
import { Analysis } from '../../src/engine/Analysis.js'

/** One refusal per line; `{}` takes a generated name, so lengths vary (or coincide). */
const SHAPES = [
  'upload failed: ./{} to s3://b/{} An error occurred (AccessDenied) when calling the PutObject operation: Access Denied',
  'download failed: s3://b/{} to ./{} An error occurred (403) when calling the HeadObject operation: Forbidden',
  'User: arn:aws:iam::111122223333:user/{} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/{}',
  'An error occurred (ExpiredToken) when calling the ListObjects operation: The provided token has expired.',
  'An error occurred (UnauthorizedOperation) when calling the DescribeInstances operation: You are not authorized to perform this operation.',
  '2026-11-23T10:00:00.1234567Z Error: AccessDenied: Access Denied\n\tstatus code: 403, request id: {}'
]

const line = fc
  .tuple(fc.integer({ min: 0, max: SHAPES.length - 1 }), fc.stringMatching(/^[a-z0-9]{1,12}$/))
  .map(([k, name]) => SHAPES[k]!.replaceAll('{}', name))

function count(text: string, cuts: number[]): number {
  const analysis = new Analysis({ maxFindings: 10_000 })
  const source = analysis.source('x.log')
  const bytes = Buffer.from(text)
  let at = 0
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, cut)
    if (to > at) source.write(bytes.subarray(at, to))
    at = Math.max(at, to)
  }
  source.write(bytes.subarray(at))
  source.end()
  const report = analysis.report()
  return report.findings.reduce((n, f) => n + f.occurrences, 0) + report.stats.droppedFindings
}

describe('every-line logs', () => {
  it('count one occurrence per refusal line, under any chunking', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 120 }),
        fc.array(fc.nat({ max: 20_000 }), { maxLength: 12 }),
        (lines, cuts) => {
          const text = lines.join('\n') + '\n'
          expect(count(text, cuts)).toBe(lines.length)
        }
      ),
      { numRuns: 60 }
    )
  })
})
