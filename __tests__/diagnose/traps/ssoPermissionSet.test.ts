// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'sso-permission-set'
const SSO =
  'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_DeveloperAccess_0123456789abcdef/jane@example.com'

describe(TRAP, () => {
  it('applies to an Identity Center session refused by its own policies, naming the permission set', () => {
    const f = only(
      `User: ${SSO} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:PutObject action`
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('permission set `DeveloperAccess`')
    expect(f.explanation).toContain('change the permission set')
  })

  it('does not apply when an SCP or a resource policy refused (corpus d033, d150)', () => {
    expect(corpus('d033').traps).not.toContain(TRAP)
    expect(corpus('d150').traps).not.toContain(TRAP)
  })

  it('does not apply to ordinary roles', () => {
    expect(corpus('d005').traps).not.toContain(TRAP)
  })
})

// heldout15 review, h15-097: the AdministratorAccess permission set allows every action already.
describe(`${TRAP}: a permission set that allows every action`, () => {
  it('h15-097: the target refused; no identity draft, no permission set change', () => {
    const { f, statements, notes } = analysedOne(corpusText('heldout15.jsonl', 'h15-097'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /permission set `AdministratorAccess`, which allows every action \(the AdministratorAccess policy\): its own side already allows `sts:AssumeRole`, and changing the permission set changes nothing\. What refused is the target: the role's trust policy/
    )
    expect(f.fixTarget.description).toBe(
      'the trust policy of arn:aws:iam::account-id:role/TerraformExecutionRoleDev'
    )
    // The trust statement only: no inline policy for the permission set.
    expect(statements.map((s) => s.Action)).toEqual(['sts:AssumeRole'])
    expect(statements[0]!.Principal).toBeDefined()
    expect(notes).toMatch(/The caller's permission set `AdministratorAccess` allows every action/)
    expect(notes).not.toMatch(/sso-admin|PERMISSION_SET_ARN/)
  })

  it('our own: another action refused for an AdministratorAccess session points away from the permission set', () => {
    const f = only(
      'User: arn:aws:sts::480311764563:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/jane is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::acme-data/a.csv" because no identity-based policy allows the s3:GetObject action'
    )
    expect(f.explanation).toMatch(/What refused is elsewhere: a Deny/)
  })

  it('counter-case: another permission set still has its permission set changed', () => {
    const { f, statements, notes } = analysedOne(
      'User: arn:aws:sts::480311764563:assumed-role/AWSReservedSSO_DeveloperAccess_0123456789abcdef/jane is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::480311764563:role/TerraformExecutionRoleDev'
    )
    expect(f.explanation).toMatch(/change the permission set/)
    expect(statements.map((s) => s.Sid)).toContain('AllowStsRole')
    expect(notes).toMatch(/Add the statements to the permission set `DeveloperAccess`/)
  })
})
