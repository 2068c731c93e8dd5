// The PassRole trap's "scope it to the exact ARN, limit it with iam:PassedToService" note is
// dropped when the statement already does both (heldout7 review, minor: h7-113, h7-116, h7-117,
// h7-119); it stays when the statement lacks either.
import { analysed } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const SCOPE_NOTE = /^Scope iam:PassRole to the exact role ARN/

describe('PassRole notes that repeat the statement', () => {
  it.each(['h7-113', 'h7-116', 'h7-117', 'h7-119'])(
    '%s: exact ARN and iam:PassedToService in the statement, no note asking for them',
    (id) => {
      const { statements, notes } = analysed(corpusText('heldout7.jsonl', id))
      const passRole = statements.filter((s) => s.Action === 'iam:PassRole')
      expect(passRole.length).toBeGreaterThan(0)
      for (const s of passRole) expect(JSON.stringify(s.Condition)).toContain('iam:PassedToService')
      expect(notes.filter((n) => SCOPE_NOTE.test(n))).toEqual([])
    }
  )

  it('keeps the note when the log does not show the service the role goes to', () => {
    // aws-actions/amazon-ecs-deploy-task-definition#16's shape, without the ECS operation.
    const { statements, notes } = analysed(
      'User: arn:aws:iam::111122223333:user/deployer is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app-role'
    )
    expect(statements[0]!.Condition).toBeUndefined()
    expect(notes.filter((n) => SCOPE_NOTE.test(n))).toHaveLength(1)
  })
})
