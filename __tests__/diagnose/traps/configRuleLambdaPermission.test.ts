// AWS Config may not invoke a custom rule's function (WD993): the function's resource-based policy
// for config.amazonaws.com, never a statement for the caller.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'config-rule-lambda-permission'

describe(TRAP, () => {
  it('cloud-custodian/cloud-custodian#3530 (h46-004): add-permission for config.amazonaws.com, the account placeholder kept', () => {
    const { f, statements } = analysedOne(corpusText('heldout46.jsonl', 'h46-004'))
    expect(f.traps).toEqual([TRAP])
    expect([f.code, f.resource]).toEqual([
      'InsufficientPermissionsException',
      'arn:aws:lambda:eu-west-1:<account id>:function:custodian-s3-bucket-encryption-policy-absent'
    ])
    expect(f.explanation).toContain(
      '--function-name custodian-s3-bucket-encryption-policy-absent --statement-id config-invoke --action lambda:InvokeFunction --principal config.amazonaws.com'
    )
    expect(statements).toEqual([])
  })

  it('counter-case: Lambda refusing the caller’s own invoke keeps its statement', () => {
    const { f, statements } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the Invoke operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:eu-west-1:123456789012:function:f because no identity-based policy allows the lambda:InvokeFunction action'
    )
    expect(f.traps).not.toContain(TRAP)
    expect(statements.map((s) => s.Action)).toEqual(['lambda:InvokeFunction'])
  })
})
