// WD975 (heldout28 review h28-007): ssm:TerminateSession refused on its own. The AWS CLI ends the
// session it just opened when session-manager-plugin is missing: the plugin is checked first.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

describe('ssm-session-plugin', () => {
  it("h28-007: the plugin check leads, then the tag-scoped grant of the caller's own sessions", () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout28.jsonl', 'h28-007'))
    expect(f.traps).toContain('ssm-session-plugin')
    expect(notes).toMatch(
      /^If this came from `aws ssm start-session`, check first that `session-manager-plugin` is installed/
    )
    expect(statements).toEqual([
      expect.objectContaining({
        Action: 'ssm:TerminateSession',
        Resource: 'arn:aws:ssm:ap-southeast-1:738893429783:session/*',
        Condition: { StringLike: { 'ssm:resourceTag/aws:ssmmessages:session-id': '${aws:userid}' } }
      })
    ])
  })

  it('counter-case: StartSession refused is not the plugin', () => {
    const { f } = analysedOne(corpusText('heldout28.jsonl', 'h28-009'))
    expect(f.traps).not.toContain('ssm-session-plugin')
  })
})
