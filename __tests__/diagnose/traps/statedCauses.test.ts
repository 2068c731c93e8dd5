// Causes the words around a refusal state (issue 17; heldout4 review part 1 class 4, part 2
// class 3): a permissions boundary named in a comment above, a hard-coded account, a cross-account
// relation, a missing `id-token: write`, Cloud9's managed temporary credentials. Each leads the
// explanation and decides what is proposed.
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const heldout4 = (id: string): string => corpusText('heldout4.jsonl', id)

describe('permissions-boundary-stated', () => {
  it('a comment four lines above names the boundary (h4-008)', () => {
    const { findings, statements, notes } = analysed(heldout4('h4-008'))
    const f = findings[0]!
    expect(f.traps).toContain('permissions-boundary-stated')
    expect(f.explanation.startsWith('The log says a permissions boundary blocks')).toBe(true)
    // The Allow is still needed in the identity policy, and in the boundary as well.
    // The Allow, with the bucket reads Terraform's provider makes right after the create.
    expect(statements).toHaveLength(1)
    expect(statements[0]!.Action).toContain('s3:CreateBucket')
    expect(notes[0]).toMatch(/to the boundary policy too/)
  })

  it('a boundary mentioned without saying it blocks anything is no cause', () => {
    const { findings } = analysed(
      '# roles are created with a permissions boundary attached\n$ aws s3api create-bucket --bucket demo-111122223333\nAn error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied'
    )
    expect(findings[0]!.traps).not.toContain('permissions-boundary-stated')
  })

  it('a boundary named twenty lines above is too far to be this refusal’s cause', () => {
    const filler = Array.from({ length: 20 }, (_, i) => `step ${i} ok`).join('\n')
    const { findings } = analysed(
      `# a permission boundary blocks iam:CreateRole here\n${filler}\nAn error occurred (AccessDenied) when calling the CreateBucket operation: Access Denied`
    )
    expect(findings[0]!.traps).not.toContain('permissions-boundary-stated')
  })
})

describe('hard-coded-account', () => {
  it('the heading says the account is hard-coded: fix the URI, no grant (h4-028)', () => {
    const { findings, statements, notes } = analysed(heldout4('h4-028'))
    expect(findings[0]!.traps).toContain('hard-coded-account')
    expect(findings[0]!.explanation).toMatch(
      /^The log says the account in the target is hard-coded/
    )
    expect(findings[0]!.explanation).toContain('905418031803')
    expect(statements).toEqual([])
    expect(notes.join('\n')).toMatch(/Point the URI or ARN at the account/)
  })

  it('a push to another account with no such words keeps its grant', () => {
    // ZhangYuanhan-AI/CelebASpoofChallengeSubmissionExample#9
    const { findings, statements } = analysed(
      'denied: User: arn:aws:iam::871259748386:root is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:692230297653:repository/celeba-spoof-challenge-871259748386'
    )
    expect(findings[0]!.traps).not.toContain('hard-coded-account')
    expect(statements.length).toBeGreaterThan(0)
  })
})

describe('cross-account stated', () => {
  it('the stated cross-account relation drafts both sides (h4-033)', () => {
    const { findings, statements } = analysed(heldout4('h4-033'))
    expect(findings[0]!.crossAccount).toBe(true)
    const repositoryPolicy = statements.find((s) => s.Principal !== undefined)
    expect(repositoryPolicy?.Principal).toEqual({
      AWS: 'arn:aws:iam::137406935518:user/traffictacos'
    })
    expect(statements.some((s) => s.Principal === undefined)).toBe(true)
  })

  it('a message that names the layer is not second-guessed by the words', () => {
    // aws-actions/amazon-ecr-login#232 (the title says "from a different account"; the message
    // already names the resource-based policy)
    const { findings } = analysed(
      'unable to access ecr repository from a different account, cross-account push\ndenied: User: arn:aws:sts::A:assumed-role/cp-sw-actions-runner/GitHubActions is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-west-2:B:repository/runner-test because no resource-based policy allows the ecr:InitiateLayerUpload action'
    )
    expect(findings[0]!.inferred?.statedCause).toBeUndefined()
  })
})

describe('oidc-id-token-permission from the words', () => {
  it.each(['h4-047', 'h4-048'])(
    '%s: the missing id-token: write leads, the workflow is the fix',
    (id) => {
      const { findings, notes } = analysed(heldout4(id))
      const f = findings[0]!
      expect(f.traps).toContain('oidc-id-token-permission')
      expect(f.explanation.startsWith('The job asked for AWS credentials through OIDC')).toBe(true)
      expect(f.fixTarget.kind).toBe('workflow')
      expect(notes[0]).toMatch(/permissions: id-token: write/)
    }
  )

  it('a job that declares id-token: write and still fails is not told to add it', () => {
    // aws-actions/configure-aws-credentials#271 (the permissions were there; audience was the cause)
    const { findings } = analysed(
      'I have the correct permissions:\n\n```\npermissions:\n  id-token: write\n  contents: read\n```\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(findings[0]!.traps).not.toContain('oidc-id-token-permission')
  })
})

describe('cloud9-managed-credentials', () => {
  const REAL: [string, string][] = [
    // heldout4 h4-094 (the heading misspelt: "Temproary managed credneitals")
    ['copilot under managed credentials', heldout4('h4-094')],
    // aws-samples/improve-employee-productivity-using-genai#23
    [
      'deploy script in Cloud9',
      '# Cloud9 - An error occurred (UnrecognizedClientException) when calling the GetApis operation: The security token included in the request is invalid\n\nWhen using cloud9 to deploy the full stack solution, it will hit the following error\n`An error occurred (UnrecognizedClientException) when calling the GetApis operation: The security token included in the request is invalid`'
    ]
  ]

  it.each(REAL)('%s: turn the managed credentials off first', (_, text) => {
    const { findings, statements } = analysed(text)
    const f = findings[0]!
    expect(f.traps).toContain('cloud9-managed-credentials')
    expect(f.explanation).toMatch(/^The log points at Cloud9's AWS managed temporary credentials/)
    expect(statements).toEqual([])
  })

  it('an invalid token with no word of Cloud9 is the usual credentials advice', () => {
    // barnybug/cli53#278
    const { findings } = analysed(
      'Error: InvalidClientTokenId: The security token included in the request is invalid.\n\tstatus code: 403, request id: 86d1302f-64cb-427a-8824-296ab645b63c'
    )
    expect(findings[0]!.traps).not.toContain('cloud9-managed-credentials')
  })
})

describe('iam-refuses-credential-type (heldout14 review, h14-025)', () => {
  const TRAP = 'iam-refuses-credential-type'
  // hashicorp/terraform-aws-vault#218: security group rules created, then IAM refuses the token.
  const VAULT_218 = `module.consul_cluster.module.security_group_rules.module.client_security_group_rules.aws_security_group_rule.allow_serf_lan_tcp_inbound_from_self: Creation complete after 19s [id=sgrule-2299989618]
module.consul_cluster.module.security_group_rules.module.client_security_group_rules.aws_security_group_rule.allow_serf_lan_tcp_inbound[0]: Creation complete after 19s [id=sgrule-3791999916]

Error: Error creating IAM Role vault-example20200912011216504400000001: InvalidClientTokenId: The security token included in the request is invalid
        status code: 403, request id: 5615dbb2-447c-47ef-b330-6be736885f99`

  it.each([
    // heldout14 h14-025 (terraform-aws-modules/terraform-aws-eks#2890): VPC and NAT gateway first.
    ['h14-025', corpusText('heldout14.jsonl', 'h14-025')],
    ['terraform-aws-vault#218', VAULT_218]
  ])('%s: IAM alone refuses the credential type, not a bad key', (_n, text) => {
    const { findings, statements } = analysed(text)
    const f = findings[0]!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation).toMatch(/^The same credentials created other resources earlier/)
    expect(f.explanation).toMatch(/Cloud9's AWS managed temporary credentials/)
    expect(f.explanation).toMatch(/GetSessionToken credentials obtained without MFA/)
    expect(statements).toEqual([])
  })

  it.each([
    [
      // aws-samples/eks-workshop#1541: IAM's refusal with no earlier success in the log.
      'no success shown (eks-workshop#1541)',
      '│ Error: creating IAM Role (eks-workshop-shell-role): InvalidClientTokenId: The security token included in the request is invalid\n│       status code: 403, request id: ee1d6de4-7740-4404-91a5-18d22ba7ad86'
    ],
    [
      // Our own counter-case: resources created, then STS (not IAM) refuses the key.
      'an STS call after the successes',
      `${VAULT_218.split('\n\n')[0]}\n\nAn error occurred (InvalidClientTokenId) when calling the AssumeRole operation: The security token included in the request is invalid`
    ]
  ])('counter-case: %s', (_n, text) => {
    const { findings } = analysed(text)
    expect(findings[0]!.traps).not.toContain(TRAP)
  })
})
