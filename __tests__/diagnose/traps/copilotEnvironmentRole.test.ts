// WD973 (heldout28 review: h28-033, h28-034): AWS Copilot's environment role. Copilot owns its trust,
// so no trust statement is drafted; the role's existence and the caller's own Allow come first, and a
// Copilot pipeline's build role is pointed at its buildspec, not granted another environment's role.
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const h28 = (id: string) => corpusText('heldout28.jsonl', id)

describe('copilot-environment-role', () => {
  it("h28-034 (a Copilot pipeline's build role, `env upgrade --all`): the buildspec, no grant of prod's role", () => {
    const { f, statements, notes } = analysedOne(h28('h28-034'))
    expect(f.traps).toContain('copilot-environment-role')
    expect(f.fixTarget.kind).toBe('workflow')
    expect(statements).toEqual([])
    expect(notes).toMatch(
      /^`rnwl-backend-services-prod-EnvManagerRole` is the role AWS Copilot's environment stack creates/
    )
    expect(notes).toMatch(
      /No statement is proposed: change the buildspec .*copilot env upgrade -n ENV/
    )
    expect(notes).not.toMatch(/two policies to agree/)
  })

  it('h28-033: a masked caller and a short account are a redaction, and the role existence leads', () => {
    const { f, statements, notes } = analysedOne(h28('h28-033'))
    expect(f.traps).not.toContain('impossible-account-id')
    expect(f.fixTarget.kind).toBe('identity-policy')
    expect(statements.map((s) => s.Action)).toEqual(['sts:AssumeRole'])
    expect(notes).toMatch(/aws iam get-role --role-name chatbot-prod-EnvManagerRole/)
    // A user, not a Copilot pipeline's build role: no pipeline advice, and the existence check once.
    expect(f.traps).not.toContain('assume-role-two-policies')
    expect(notes).not.toMatch(/copilot env upgrade -n/)
    expect(f.explanation.match(/get-role --role-name chatbot-prod-EnvManagerRole/g)).toHaveLength(1)
  })

  it('counter-case: another role named like a Copilot one but not an EnvManagerRole keeps the trust draft', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/ci is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/app-prod-DeployRole'
    )
    expect(f.traps).not.toContain('copilot-environment-role')
  })
})
