// WD933 (heldout20 review, h20-078): a malformed role ARN is flagged, never repaired into a policy.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h20 = (id: string) => corpusText('heldout20.jsonl', id)

describe('a malformed role ARN is flagged, not repaired into policy (review h20-078)', () => {
  it('h20-078 (Vault role_arns without the partition): no trust policy, no Allow, the setting named', () => {
    const { f, statements, notes } = analysedOne(h20('h20-078'))
    expect(f.traps[0]).toBe('malformed-role-arn')
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(f.title).toMatch(/the role ARN asked for is malformed$/)
    expect(f.explanation).toContain('it has no partition: a role ARN starts `arn:aws:iam::`')
    expect(f.explanation).toContain("Vault's `role_arns`")
    expect(f.fixTarget.kind).toBe('resource-name')
    expect(statements).toEqual([])
    expect(notes).toContain('No statement is proposed')
  })

  const assumed = (arn: string) =>
    analysedOne(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:AssumeRole on resource: ${arn}`
    ).f

  it.each<[string, string, RegExp]>([
    [
      'a Region in an IAM ARN',
      'arn:aws:iam:us-east-1:111122223333:role/deploy',
      /IAM ARNs have no Region/
    ],
    ['a role under sts', 'arn:aws:sts::111122223333:role/deploy', /under `iam`, not `sts`/],
    ['no account field', 'arn:aws:iam::role/deploy', /the account field is missing/]
  ])('%s', (_what, arn, says) => {
    const f = assumed(arn)
    expect(f.traps).toContain('malformed-role-arn')
    expect(f.explanation).toMatch(says)
  })

  // Own counter-cases: a well-formed ARN, a masked account, a masked partition.
  it.each([
    'arn:aws:iam::111122223333:role/deploy',
    'arn:aws:iam::***:role/deploy',
    'arn:***:iam::111122223333:role/deploy'
  ])('not malformed: %s', (arn) => {
    expect(assumed(arn).traps).not.toContain('malformed-role-arn')
  })
})
