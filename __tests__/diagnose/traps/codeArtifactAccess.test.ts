// CodeArtifact's two refusals a policy decides: making the token (two permissions at once) and
// using it on a repository (a 403 from the repository endpoint).
import { analysedOne } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

// tmokmss/deploy-time-build#8: CodeBuild's role refused the token (placeholders as printed).
const TOKEN_REFUSED =
  'An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::<account>:assumed-role/<buildRole>/AWSCodeBuild-5a741022-3f12-4010-ab11-2ffbf0169442 is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:<region>:<account>:domain/<domain> because no identity-based policy allows the codeartifact:GetAuthorizationToken action'

describe('codeartifact-bearer-token', () => {
  it('names both permissions a token takes (tmokmss/deploy-time-build#8)', () => {
    const { f } = analysedOne(TOKEN_REFUSED)
    expect(f.traps).toContain('codeartifact-bearer-token')
    expect(f.explanation).toContain('sts:GetServiceBearerToken')
    expect(f.explanation).toContain('codeartifact.amazonaws.com')
  })

  it('applies to the STS half too where the log names CodeArtifact (own)', () => {
    const { f, statements } = analysedOne(
      '$ aws codeartifact login --tool npm --domain d --repository r\nUser: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:GetServiceBearerToken on resource: arn:aws:sts::111122223333:assumed-role/ci/gh because no identity-based policy allows the sts:GetServiceBearerToken action'
    )
    expect(f.traps).toContain('codeartifact-bearer-token')
    expect(statements[0]!.Condition).toEqual({
      StringEquals: { 'sts:AWSServiceName': 'codeartifact.amazonaws.com' }
    })
  })

  it('h128-071 (a Flux OCI job, nothing naming CodeArtifact): both services that ask for bearer tokens', () => {
    const { f, statements } = analysedOne(corpusText('heldout128.jsonl', 'h128-071'))
    expect(f.traps).not.toContain('codeartifact-bearer-token')
    expect(statements[0]!.Condition).toEqual({
      StringEquals: {
        'sts:AWSServiceName': ['codeartifact.amazonaws.com', 'ecr-public.amazonaws.com']
      }
    })
  })

  it('not on other STS refusals, nor on an explicit deny (own)', () => {
    const other = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: sts:GetSessionToken on resource: arn:aws:sts::111122223333:assumed-role/ci/gh because no identity-based policy allows the sts:GetSessionToken action'
    )
    expect(other.f.traps).not.toContain('codeartifact-bearer-token')
    const denied = analysedOne(
      'User: arn:aws:sts::111122223333:assumed-role/ci/gh is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:us-east-1:111122223333:domain/acme with an explicit deny in a service control policy'
    )
    expect(denied.f.traps).not.toContain('codeartifact-bearer-token')
  })
})

describe('codeartifact-repository-access', () => {
  it('a 403 from the repository leads with the read and publish permissions (own: npm publish)', () => {
    const { f } = analysedOne(
      'npm ERR! code E403\nnpm ERR! 403 403 Forbidden - PUT https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/web/@acme%2fui - Forbidden'
    )
    expect(f.traps).toContain('codeartifact-repository-access')
    expect(f.explanation.startsWith('The CodeArtifact repository at')).toBe(true)
    expect(f.explanation).toContain('codeartifact:ReadFromRepository')
  })

  it('not on a 401, which is the token itself (own: pip)', () => {
    const { f } = analysedOne(
      'WARNING: 401 Error, Credentials not correct for https://acme-111122223333.d.codeartifact.us-east-1.amazonaws.com/pypi/py/simple/requests/'
    )
    expect(f.kind).toBe('credentials')
    expect(f.traps).not.toContain('codeartifact-repository-access')
  })
})
