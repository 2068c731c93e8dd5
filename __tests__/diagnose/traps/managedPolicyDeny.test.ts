// WD5014 (heldout128 review h128-126): AWSLakeFormationDataAdmin denies PutDataLakeSettings itself.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'managed-policy-deny'

describe(TRAP, () => {
  it("h128-126 (Lake Formation's troubleshooting example): the managed policy's own Deny leads", () => {
    const { findings, statements } = analysed(corpusText('heldout128.jsonl', 'h128-126'))
    const f = findings[0]!
    expect(f.traps[0]).toBe(TRAP)
    expect(f.explanation).toContain('AWSLakeFormationDataAdmin')
    expect(statements).toEqual([])
  })

  it.each([
    // own: the same action refused implicitly is a missing Allow
    'User: arn:aws:sts::111122223333:assumed-role/lf-admin/s is not authorized to perform: lakeformation:PutDataLakeSettings on resource: arn:aws:lakeformation:us-east-2:111122223333:catalog:111122223333 because no identity-based policy allows the lakeformation:PutDataLakeSettings action',
    // own: an SCP's Deny is the organization's
    'User: arn:aws:sts::111122223333:assumed-role/lf-admin/s is not authorized to perform: lakeformation:PutDataLakeSettings on resource: arn:aws:lakeformation:us-east-2:111122223333:catalog:111122223333 with an explicit deny in a service control policy'
  ])('counter-case: %s', (text) => {
    expect(analysed(text).findings[0]!.traps).not.toContain(TRAP)
  })
})
