// WD5020 (heldout136 review: h136-020–022, h136-033, h136-035): the SSM Agent refused one of its own
// calls; the managed policy on its instance profile's role, never one action for one instance.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'
import { analyzeText } from '../../../src/engine/Analysis.js'
import { renderMarkdown } from '../../../src/report/renderMarkdown.js'
import { withRemedies } from '../../../src/engine/completeReport.js'

const renderReportMarkdown = (text: string) =>
  renderMarkdown(withRemedies(analyzeText(`${text}\n`, 'x.log'), undefined, () => {}))

const TRAP = 'ssm-agent-role'
const h136 = (id: string) => corpusText('heldout136.jsonl', id)

describe(TRAP, () => {
  it.each(['h136-020', 'h136-021', 'h136-022', 'h136-033', 'h136-035'])(
    '%s: AmazonSSMManagedInstanceCore on the role leads, and no one-action statement is drafted',
    (id) => {
      const { findings, statements, notes } = analysed(h136(id))
      const f = findings[0]!
      expect(f.traps[0]).toBe(TRAP)
      expect(f.explanation).toContain('AmazonSSMManagedInstanceCore')
      expect(f.explanation).toContain('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore')
      expect(statements).toEqual([])
      expect(notes.join('\n')).toContain('No statement is proposed: the managed policy')
    }
  )

  it('h136-020: the headline says the fix is the managed policy, not "outside IAM policies"', () => {
    const md = renderReportMarkdown(h136('h136-020'))
    expect(md).toContain("the fix is the AWS managed policy for the SSM Agent's role")
    expect(md).not.toContain('the cause is outside IAM policies')
  })

  it('h136-020: the role the log names is the one the command attaches to', () => {
    const { findings } = analysed(h136('h136-020'))
    expect(findings[0]!.explanation).toContain('--role-name CUSTOM_EC2_ROLE ')
  })

  it.each([
    // own: an SSM call a deploy job makes is its own, not the agent's
    'An error occurred (AccessDeniedException) when calling the GetParameter operation: User: arn:aws:sts::111122223333:assumed-role/deploy/gha is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/app/db because no identity-based policy allows the ssm:GetParameter action',
    // own: an explicit deny of the agent's call is a guardrail the managed policy cannot outweigh
    'AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/ec2-role/i-0abc123def4567890 is not authorized to perform: ssm:UpdateInstanceInformation on resource: arn:aws:ec2:us-east-1:111122223333:instance/i-0abc123def4567890 with an explicit deny in a service control policy'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
