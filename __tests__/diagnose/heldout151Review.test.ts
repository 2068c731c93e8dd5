// heldout151–154's expert review (docs/reviews/2026-12-07-heldout151.md): a service that prints
// its API as the resource, an API's name printed as the action, Cost Explorer not enabled, an
// AWS Academy lab's revoked session with the caller elided, and a workshop account's participant
// role; each with a case of our own.
import { analyzeText } from '../../src/engine/Analysis.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { corpusText } from '../support/corpusRecords.js'

const statementsOf = (text: string) => {
  const findings = analyzeText(text).findings
  const remedies = buildRemedies(findings)
  expect(validateRemedies(remedies, findings)).toEqual([])
  return remedies.flatMap((r) => r.statements)
}

describe('the API itself as the resource', () => {
  it.each(['h154-001', 'h154-002', 'h154-003', 'h154-004'])(
    '%s: Cost Explorer\'s `…:/GetCostAndUsage` is granted on "*", not a billing view',
    (id) => {
      const statements = statementsOf(corpusText('heldout154.jsonl', id))
      expect(statements.map((s) => [s.Action, s.Resource])).toContainEqual([
        'ce:GetCostAndUsage',
        '*'
      ])
    }
  )

  it("own: an ARN of the action's own resource type stays as printed", () => {
    const statements = statementsOf(
      'User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ce:GetCostAndUsage on resource: arn:aws:billing::111122223333:billingview/primary because no identity-based policy allows the ce:GetCostAndUsage action'
    )
    expect(statements[0]!.Resource).not.toBe('*')
  })
})

describe("an API's name printed as the action", () => {
  it('h154-012: `budgets:CreateBudget` is authorized as budgets:ModifyBudget', () => {
    const statements = statementsOf(corpusText('heldout154.jsonl', 'h154-012'))
    // With the read that follows a change (session 52: the review's companion class).
    expect(statements.map((s) => s.Action)).toEqual([
      ['budgets:ModifyBudget', 'budgets:ViewBudget']
    ])
  })

  it('own: a name that is neither an action nor an API stays unproposed', () => {
    const statements = statementsOf(
      'AccessDeniedException: User is not authorized to perform: budgets:FrobnicateBudget'
    )
    expect(statements).toEqual([])
  })
})

describe("an AWS Academy lab's revoked session", () => {
  it('h151-038: `voc-cancel-cred` with the caller elided says to start the lab again', () => {
    const [f] = analyzeText(corpusText('heldout151.jsonl', 'h151-038')).findings
    expect(f!.traps).toContain('aws-academy-lab')
    expect(f!.explanation).toMatch(/Start the lab again/)
    expect(statementsOf(corpusText('heldout151.jsonl', 'h151-038'))).toEqual([])
  })

  it("own: another account's explicit deny keeps its own advice", () => {
    const [f] = analyzeText(
      'User: arn:aws:sts::111122223333:assumed-role/ci/run is not authorized to perform: ec2:DescribeInstances with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/deny-ec2'
    ).findings
    expect(f!.traps).not.toContain('aws-academy-lab')
  })
})

describe('Cost Explorer not enabled', () => {
  it('h154-019: an account setting, no statement', () => {
    const [f] = analyzeText(corpusText('heldout154.jsonl', 'h154-019')).findings
    expect(f!.grammar).toBe('cost-explorer-not-enabled')
    expect(f!.fixTarget.kind).toBe('workflow')
    expect(statementsOf(corpusText('heldout154.jsonl', 'h154-019'))).toEqual([])
  })

  it('own: prose about enabling Cost Explorer is no refusal', () => {
    expect(analyzeText('Remember to enable Cost Explorer for the account first.').findings).toEqual(
      []
    )
  })
})

describe("a workshop account's participant role", () => {
  it.each(['h151-050', 'h151-051', 'h151-053', 'h151-054'])(
    '%s: the organizers set its policies: no statement, the Region and the workshop first',
    (id) => {
      const text = corpusText('heldout151.jsonl', id)
      const [f] = analyzeText(text).findings
      expect(f!.traps).toContain('managed-role')
      expect(f!.fixTarget.kind).toBe('workflow')
      expect(f!.explanation).toMatch(/workshop's instructions name/)
      expect(statementsOf(text)).toEqual([])
    }
  )

  it("own: a company's own TeamRole (not Event Engine's MasterKey session) keeps its draft", () => {
    const text =
      'User: arn:aws:sts::111122223333:assumed-role/TeamRole/alice is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::team-bucket/a.txt because no identity-based policy allows the s3:PutObject action'
    expect(statementsOf(text).map((s) => s.Action)).toEqual(['s3:PutObject'])
  })
})
