// A bare refusal takes its service from a call announced up to 10 lines above it (see
// parse/requestTarget). Each line reads its own reach, however the scanner groups lines: an
// announcement printed further down is remembered (look-ahead) before the lines above it are
// parsed, and a run of refusals is parsed as one record. Found by the repeat-cache property
// (seed 20261203): a run crossing the end of the reach took its first line's service, and a
// second announcement in the look-ahead hid the first.
import { Analysis } from '../../src/engine/Analysis.js'

const ANNOUNCE =
  '2016-08-11 23:11:57,514 (DEBUG) ebcli.lib.aws : Making api call: (s3, list_objects)'
const EXPIRED =
  'An error occurred (ExpiredToken) when calling the ListObjects operation: The provided token has expired.'

function services(text: string, repeats: boolean): [string | null, number, number][] {
  const analysis = new Analysis({ maxFindings: 1_000, scanner: { repeats } })
  const source = analysis.source('x.log')
  source.write(text)
  source.end()
  return analysis.report().findings.map((f) => [f.service, f.line, f.occurrences])
}

describe.each([true, false])(
  'a call announced above a run of refusals (repeat cache %s)',
  (repeats) => {
    it('reaches the ten lines below it and no further', () => {
      const text = [ANNOUNCE, ...Array<string>(17).fill(EXPIRED)].join('\n') + '\n'
      expect(services(text, repeats)).toEqual([
        ['s3', 2, 10],
        [null, 12, 7]
      ])
    })

    it('is not hidden by a second announcement printed further down', () => {
      const text =
        [ANNOUNCE, ...Array<string>(17).fill(EXPIRED), ANNOUNCE, EXPIRED].join('\n') + '\n'
      expect(services(text, repeats)).toEqual([
        ['s3', 2, 11],
        [null, 12, 7]
      ])
    })
  }
)
