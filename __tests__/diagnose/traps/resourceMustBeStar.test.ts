// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus, only } from '../analyze.js'

const TRAP = 'resource-must-be-star'

describe(TRAP, () => {
  it('applies to ecr:GetAuthorizationToken and says Resource must be * (corpus d005)', () => {
    const f = corpus('d005')
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('`ecr:GetAuthorizationToken` cannot be limited to a resource')
    expect(f.explanation).toContain('`"Resource": "*"`')
  })

  it('matches the action whatever its case', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ECR:getauthorizationtoken on resource: * because no identity-based policy allows the ECR:getauthorizationtoken action'
    )
    expect(f.traps).toContain(TRAP)
  })

  it('does not apply to actions that take a resource', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:111122223333:repository/app because no identity-based policy allows the ecr:BatchGetImage action'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to an explicit deny: no Allow is the answer (corpus d035)', () => {
    const f = corpus('d035')
    expect(f.action).toBe('ec2:DescribeAvailabilityZones')
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply to an organization policy refusal, which the user does not write (corpus d134)', () => {
    const f = corpus('d134')
    expect(f.layer).toBe('scp')
    expect(f.traps).not.toContain(TRAP)
  })

  it('applies to a VPC endpoint policy refusal, whose Allow must also say * (corpus d009)', () => {
    expect(corpus('d009').traps).toContain(TRAP)
  })

  it('does not apply to sts:GetCallerIdentity, which needs no permission at all', () => {
    const f = only(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: sts:GetCallerIdentity because no identity-based policy allows the sts:GetCallerIdentity action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
