// WD5006 (heldout125, h125-018 and h125-019): VM Import's one sentence for its service role.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'vmimport-service-role'

describe(TRAP, () => {
  it('h125-018 (aws/aws-cli#8873): the named role checked in order, iam:PassRole last, no statement', () => {
    const { findings, statements } = analysed(corpusText('heldout125.jsonl', 'h125-018'))
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`aws iam get-role --role-name VMImportRole002`')
    expect(f.explanation).toContain('vmie.amazonaws.com')
    expect(f.explanation).toMatch(
      /iam:PassRole` on `VMImportRole002` \(a role not named vmimport always needs it\)/
    )
    expect(f.fixTarget.description).toContain('VMImportRole002')
    expect(statements).toEqual([])
  })

  it('h125-019 (nanovms/ops#396): EC2’s own typo, the default role in angle brackets', () => {
    const { findings } = analysed(corpusText('heldout125.jsonl', 'h125-019'))
    expect(findings[0]!.traps).toContain(TRAP)
    expect(findings[0]!.explanation).toContain('`aws iam get-role --role-name vmimport`')
  })
})
