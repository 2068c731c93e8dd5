import { corpusText } from '../../support/corpusRecords.js'
// The bootstrap deploy role passing a custom role: change the bootstrap, not the role.
import { corpus } from '../analyze.js'
import { analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'cdk-deploy-role-pass-role'

describe(TRAP, () => {
  it.each([
    [
      'review h5-060 (aws/aws-cdk#20408)',
      reviewed('h5-060'),
      'arn:aws:iam::570774169190:role/test1234'
    ]
  ])('leads with the bootstrap and drafts no iam:PassRole (%s)', (_source, text, passed) => {
    const { f, statements, notes } = analysedOne(text)
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('iam-passrole')
    expect(f.explanation.startsWith('The CDK bootstrap deploy role may pass only')).toBe(true)
    expect(f.explanation).toContain(passed)
    expect(f.explanation).toContain('--cloudformation-execution-policies')
    expect(statements).toEqual([])
    expect(notes).toContain('No statement is proposed: the CDK deploy role is rewritten')
  })

  it('applies to aws/aws-cdk#18830 (corpus d060)', () => {
    expect(corpus('d060').traps).toContain(TRAP)
  })

  it('does not apply to the deploy role passing its own execution role, nor to other callers', () => {
    expect(
      analysedOne(
        'User: arn:aws:sts::111122223333:assumed-role/cdk-hnb659fds-deploy-role-111122223333-us-east-1/aws-cdk-x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/cdk-hnb659fds-cfn-exec-role-111122223333-us-east-1 because no identity-based policy allows the iam:PassRole action'
      ).f.traps
    ).not.toContain(TRAP)
    expect(
      analysedOne(
        'User: arn:aws:sts::111122223333:assumed-role/deployer/s is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/app because no identity-based policy allows the iam:PassRole action'
      ).f.traps
    ).not.toContain(TRAP)
  })

  it('h6-075: no contradicting tail (no "What to change: the identity policy", no re-bootstrap --trust hint)', () => {
    const { f } = analysedOne(corpusText('heldout6.jsonl', 'h6-075'))
    expect(f.traps).toContain(TRAP)
    expect(f.traps).not.toContain('cdk-bootstrap-role')
    expect(f.explanation).not.toMatch(
      /What to change: the identity policy|None of the policies attached|--trust/
    )
    expect(f.fixTarget.description).toMatch(/^the CDK bootstrap/)
  })
})
