// A grammar that throws (a defect of ours) costs its own reading of one record: the other
// grammars still read it, the fault is counted, and the report says so (h28-014 first crashed the
// whole file: a grammar change read a match group that one of its alternatives leaves unset).
import { parseRecord } from '../../src/parse/parseRecord.js'
import { GRAMMARS } from '../../src/parse/grammars/index.js'
import type { Grammar } from '../../src/parse/Candidate.js'
import { statsNotices } from '../../src/report/markdownSections.js'

const TEXT =
  'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/deploy/ci is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:PutObject action'

const broken: Grammar = {
  id: 'broken',
  rule: 'WD000',
  find() {
    throw new TypeError("Cannot read properties of undefined (reading 'endsWith')")
  }
}

describe('a grammar that throws', () => {
  it('the other grammars still read the record, and the fault is counted', () => {
    const faults = { count: 0 }
    const found = parseRecord(TEXT, { ecrRegistry: null }, [broken, ...GRAMMARS], { faults })
    expect(found.map((c) => c.denial.action)).toContain('s3:PutObject')
    expect(faults.count).toBe(1)
  })

  it('counter-case: no fault, no count', () => {
    const faults = { count: 0 }
    parseRecord(TEXT, { ecrRegistry: null }, GRAMMARS, { faults })
    expect(faults.count).toBe(0)
  })

  it('the report asks for a bug report, and says nothing when there was none', () => {
    const base = { bytes: 10, lines: 1, longLines: 0, droppedFindings: 0, binaryBytes: 0 }
    expect(statsNotices({ ...base, unreadRecords: 2 }).join('\n')).toMatch(
      /2 stretches of text hit an internal error .* please report it/
    )
    expect(statsNotices(base).join('\n')).not.toMatch(/internal error/)
  })
})
