// heldout94–99's expert reviews (issue 17, session 42): what the drafts got wrong or left out, from
// the real excerpts, each with a counter-case of our own.
import { analysedOne } from '../diagnose/traps/analysed.js'
import { corpusText } from '../support/corpusRecords.js'

const h = (id: string) => corpusText(`heldout${id.slice(1, id.indexOf('-'))}.jsonl`, id)
const scpDeny = (caller: string) =>
  `An error occurred (AccessDeniedException) when calling the ListHITs operation: User: ${caller} is not authorized to perform: mturk-requester:ListHITs with an explicit deny in a service control policy`

describe("an SCP's explicit Deny of the root user (heldout99 review)", () => {
  it('h99-021: no exception for root is suggested; the job gets an identity of its own', () => {
    const { notes } = analysedOne(h('h99-021'))
    expect(notes).toContain("The caller is the account's root user")
    expect(notes).not.toContain('ArnNotLike')
  })

  it('own: a role refused by the same Deny keeps the exception to review', () => {
    const { notes } = analysedOne(scpDeny('arn:aws:sts::123456789012:assumed-role/jobs/s'))
    expect(notes).toContain('"aws:PrincipalArn": "arn:aws:iam::123456789012:role/jobs"')
    expect(notes).not.toContain("the account's root user")
  })
})

describe('a registry token refused alone (heldout96 review)', () => {
  it('h96-017: the pull set follows the token, on the repository', () => {
    const { statements } = analysedOne(h('h96-017'))
    expect(statements.map((s) => s.Action)).toEqual([
      'ecr:GetAuthorizationToken',
      ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']
    ])
    expect(statements[1]!.Resource).toMatch(/:repository\/<REPOSITORY_NAME>$/)
  })

  it('own: a push that asked for the token gets no pull set', () => {
    const { statements } = analysedOne(
      '$ docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1\nAn error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::123456789012:assumed-role/ci/s is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action'
    )
    expect(statements.flatMap((s) => s.Action)).not.toContain('ecr:BatchGetImage')
  })
})

describe("an API's deployment is made anew by every deploy (heldout100 review)", () => {
  it('h100-001: apigateway:DELETE on the deployments of the API, not the one ID', () => {
    const { statements } = analysedOne(h('h100-001'))
    expect(statements[0]!.Resource).toBe(
      'arn:aws:apigateway:eu-central-1::/restapis/123/deployments/*'
    )
  })

  it('own: a stage keeps its name', () => {
    const { statements } = analysedOne(
      'User: arn:aws:iam::123456789012:user/deploy is not authorized to perform: apigateway:PATCH on resource: arn:aws:apigateway:eu-central-1::/restapis/a1b2c3/stages/prod because no identity-based policy allows the apigateway:PATCH action'
    )
    expect(statements[0]!.Resource).toBe(
      'arn:aws:apigateway:eu-central-1::/restapis/a1b2c3/stages/prod'
    )
  })
})

describe("another issuer's audience (heldout100 review)", () => {
  it("h100-013: Pulumi's provider is made with the organization as its audience", () => {
    const { notes } = analysedOne(h('h100-013'))
    expect(notes).toContain("its audience is the Pulumi organization's name")
    expect(notes).not.toContain('Create the provider (audience `sts.amazonaws.com`)')
  })
})

describe("a pod on its node's role, said in prose (heldout99 and heldout100 reviews)", () => {
  it.each(['h99-032', 'h100-023'])('%s: the pod gets its own role, not the node role', (id) => {
    const { f } = analysedOne(h(id))
    expect(f.traps).toContain('pod-on-node-role')
    expect(f.fixTarget.description).toMatch(/^the identity policy of the pod's own role/)
  })

  it('own: a role named for nothing, with no words about the node, stays the caller', () => {
    const { f } = analysedOne(
      'User: arn:aws:sts::123456789012:assumed-role/app-runtime/i-0123456789abcdef0 is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:eu-central-1:123456789012:secret:db-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action'
    )
    expect(f.traps).not.toContain('pod-on-node-role')
  })
})

describe("ECS reading a task's secrets (heldout102 review)", () => {
  it("h102-001: `unable to retrieve secrets from ssm` is the execution role's GetParameters", () => {
    const { f, statements } = analysedOne(h('h102-001'))
    expect(f.inferred?.action?.value).toBe('ssm:GetParameters')
    expect(statements[0]!.Action).toBe('ssm:GetParameters')
    expect(statements[0]!.Resource).toMatch(/^arn:aws:ssm:<REGION>:<ACCOUNT_ID>:parameter\//)
  })

  it("own: Secrets Manager's `asm` is GetSecretValue", () => {
    const { f } = analysedOne(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/abc is not authorized'
    )
    expect(f.action ?? f.inferred?.action?.value).toBe('secretsmanager:GetSecretValue')
  })
})
