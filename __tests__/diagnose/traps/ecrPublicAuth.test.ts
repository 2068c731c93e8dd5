// ECR Public's sign-in (heldout7 review h7-170, its push half): us-east-1 only, and two
// permissions checked at once for its token.
import { analysedOne } from './analysed.js'

// github-file:find_string#49055863965: a study note quoting the refusal (markdown-escaped `*`).
const NOTE_ECR_PUBLIC =
  '> is not authorized to perform: ecr-public:GetAuthorizationToken on resource: \\* because no identity-based policy allows the ecr-public:GetAuthorizationToken action'

// fluxcd/pkg#938: the bearer token refused, the ECR Public login named by the command (own
// framing: the PR's error line under the command its CI ran).
const FLUX_938 = `+ aws ecr-public get-login-password --region us-east-1
An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::***:assumed-role/***/OCI_GH_Actions is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action`

describe('ecr-public-auth', () => {
  it.each([
    ['github-file:find_string#49055863965', NOTE_ECR_PUBLIC],
    ['fluxcd/pkg#938', FLUX_938]
  ])('us-east-1 and both token permissions (%s)', (_source, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).toContain('ecr-public-auth')
    expect(f.traps).not.toContain('codeartifact-bearer-token')
    expect(f.explanation).toContain('--region us-east-1')
    expect(f.explanation).toContain('`sts:GetServiceBearerToken`')
    expect(f.explanation).toContain('`ecr-public:GetAuthorizationToken`')
  })

  it('a bearer token with no ECR Public in view stays CodeArtifact (own case)', () => {
    const { f } = analysedOne(
      '+ aws codeartifact login --tool npm --domain my-domain --repository my-repo\nAn error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::123456789012:assumed-role/ci/GitHubActions is not authorized to perform: sts:GetServiceBearerToken on resource: * because no identity-based policy allows the sts:GetServiceBearerToken action'
    )
    expect(f.traps).not.toContain('ecr-public-auth')
    expect(f.traps).toContain('codeartifact-bearer-token')
  })
})
