// API Gateway refused a request from the policy its Lambda authorizer returned (WD991): the token
// and the authorizer decide, not an SCP, a boundary or an identity policy.
import { corpusText } from '../../support/corpusRecords.js'
import { analysedOne } from './analysed.js'

const TRAP = 'apigateway-authorizer-deny'

describe(TRAP, () => {
  it('craftship/codebox-npm#107 (h44-024): the authorizer’s decision first, no guardrail checklist', () => {
    const { f, statements } = analysedOne(corpusText('heldout44.jsonl', 'h44-024'))
    expect(f.traps).toEqual([TRAP])
    expect(f.explanation).toMatch(
      /^API Gateway answered from the policy the API's Lambda authorizer returned/
    )
    expect(f.explanation).toContain('TTL to 0')
    expect(f.fixTarget.description).toMatch(/Lambda authorizer/)
    expect(statements).toEqual([])
  })

  it('counter-case: an IAM sentence naming execute-api is not the authorizer’s', () => {
    const { f } = analysedOne(
      'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/items'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('counter-case: the same sentence as an SDK call’s answer is another service’s', () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the PutObject operation: User is not authorized to access this resource'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
