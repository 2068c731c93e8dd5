// WD950 (heldout23 review, h23-045 and h23-046): ECS refused the registry token as the task
// execution role: the pull set comes next, and the managed policy holds it.
import { analysedOne } from './analysed.js'

const TRAP = 'ecs-execution-role-pull'

describe(TRAP, () => {
  it('h23-046 (a Cruddur bootcamp journal): the token first, the pull set next', () => {
    const { f, statements } = analysedOne(
      'service backend-flask-service-eqwx9jnl was unable to place a task. Reason: ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 1 time(s): operation error ECR: GetAuthorizationToken, https response error StatusCode: 400, RequestID: 415e6826-9d7a-4ef1-8eea-8eec9105a1a8, api error AccessDeniedException: User: arn:aws:sts::193654356005:assumed-role/CruddurServiceExecutionRole/bc88e9b6acd947589d99b68067f8de59 is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action.'
    )
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toContain('AmazonECSTaskExecutionRolePolicy')
    expect(f.explanation).toContain('`ecr:BatchGetImage`')
    // The token's own statement stays: it is right, on "*".
    expect(statements.some((s) => [s.Action].flat().includes('ecr:GetAuthorizationToken'))).toBe(
      true
    )
  })

  it("counter-case: a CI job's docker login refused the token is no ECS task", () => {
    const { f } = analysedOne(
      'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
