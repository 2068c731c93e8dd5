// DMS could not use the role it assumes itself by a fixed name (WD990): the role, its trust and
// its managed policy are the fix, never a statement for the caller.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'dms-vpc-role'

describe(TRAP, () => {
  it('hashicorp/terraform-provider-aws#30882 (h45-016): the role by name, its trust and managed policy, no statement', () => {
    const { f, statements } = analysedOne(corpusText('heldout45.jsonl', 'h45-016'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(/^DMS assumes `dms-vpc-role` itself/)
    expect(f.explanation).toContain('dms.amazonaws.com')
    expect(f.explanation).toContain('AmazonDMSVPCManagementRole')
    expect(statements).toEqual([])
  })

  it('own: the logs role gets its own managed policy', () => {
    const { f } = analysedOne(
      'AccessDeniedFault: The IAM Role arn:aws:iam::123456789012:role/dms-cloudwatch-logs-role is not configured properly.'
    )
    expect(f.explanation).toContain('AmazonDMSCloudWatchLogsRole')
  })

  it('counter-case: a DMS refusal of the caller keeps its statement', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedFault) when calling the CreateReplicationTask operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dms:CreateReplicationTask on resource: arn:aws:dms:us-east-1:123456789012:rep:ABC because no identity-based policy allows the dms:CreateReplicationTask action'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements.map((s) => s.Action)).toEqual(['dms:CreateReplicationTask'])
  })
})
