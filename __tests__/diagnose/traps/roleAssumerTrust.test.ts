// A service's role could not assume another named role: the second role's trust policy, in the
// account being deployed to (heldout17 review 2, h17-019, superwerker/superwerker#143).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'role-assumer-trust'

describe(TRAP, () => {
  it("h17-019: Control Tower's StackSet role and AWSControlTowerExecution", () => {
    const { f, statements } = analysedOne(corpusText('heldout17.jsonl', 'h17-019'))
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(
      /^`AWSControlTowerStackSetRole` could not assume `AWSControlTowerExecution`/
    )
    expect(f.explanation).toContain('arn:aws:iam::MANAGEMENT_ACCOUNT_ID:root')
    expect(f.fixTarget.description).toMatch(/^the trust policy of role AWSControlTowerExecution/)
    expect(f.fixTarget.owner).toBe('resource-owner')
    expect(statements).toEqual([])
  })

  it('own: another pair of roles, no Control Tower words', () => {
    const { f } = analysedOne(
      'Deployment failed. The PipelineDeployRole is unable to assume the TargetAccountDeployRole role. Check its trust relationship.'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).not.toContain('Control Tower')
  })

  it("counter-case: a service's one role it could not assume is the older shape", () => {
    const { f } = analysedOne(
      "DataSync was unable to assume the role 'arn:aws:iam::111122223333:role/ds' . Reason: Access denied when calling sts:AssumeRole"
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
