// A call across the organization refused until trusted access is enabled (WD994): the management
// account's switch, never an identity-policy statement.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'organizations-trusted-access'

describe(TRAP, () => {
  it('awslabs/aws-deployment-framework#764 (h48-016): enable-aws-service-access for account.amazonaws.com', () => {
    const { f, statements } = analysedOne(corpusText('heldout48.jsonl', 'h48-016'))
    expect(f.traps).toEqual([TRAP])
    expect(f.detail.trustedAccess).toBe('AWS Account Management')
    expect(f.explanation).toContain(
      'aws organizations enable-aws-service-access --service-principal account.amazonaws.com'
    )
    expect(f.fixTarget.owner).toBe('org-admin')
    expect(statements).toEqual([])
  })

  it('counter-case: the same action refused with no such reason keeps its statement', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the ListRegions operation: User: arn:aws:sts::123456789012:assumed-role/ops/s is not authorized to perform: account:ListRegions'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements.map((s) => s.Action)).toEqual(['account:ListRegions'])
  })
})
