// An IAM resource of another account: read it with that account's credentials, no Allow.
import { buildRemedies } from '../../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../../src/remedy/validate.js'
import { findingsOf } from '../analyze.js'

const TRAP = 'iam-cross-account-read'

// heldout3 h3-016 (github-file:find_string#18261354429): a Terraform error kept as comments.
const H3_016 = `# reading IAM SAML Provider (arn:aws:iam::123456789012:saml-provider/myprovider): operation error IAM:
#  GetSAMLProvider, https response error StatusCode: 403, RequestID: 90b3b028-633f-4d2a-a164-86d525c5e1af, 
#  api error AccessDenied: User: arn:aws:iam::476167141852:user/main is not authorized to access this resource`

// heldout3 h3-018 (github-file:find_string#54617534874): lab notes, wrapped and shortened.
const H3_018 = `**Error:**

\`\`\`
Error: reading IAM OIDC Provider
(arn:aws:iam::533267240574:oidc-provider/...):
operation error IAM: GetOpenIDConnectProvider,
api error AccessDenied: User: arn:aws:iam::851725341232:user/kk_labs_user_...
is not authorized to access this resource
\`\`\``

function first(text: string) {
  const [f] = findingsOf(text)
  expect(f).toBeDefined()
  return f!
}

describe(TRAP, () => {
  it.each([
    ['h3-016', H3_016, '476167141852', '123456789012'],
    ['h3-018', H3_018, '851725341232', '533267240574']
  ])('%s: wrong credentials or wrong ARN, and no statement', (_id, text, caller, owner) => {
    const f = first(text)
    expect(f.traps).toContain(TRAP)
    expect(f.principal ?? f.inferred?.principal?.value).toContain(`arn:aws:iam::${caller}:user/`)
    expect(f.explanation).toContain(`is in account ${owner}`)
    expect(f.explanation).toContain('aws sts get-caller-identity')
    expect(f.explanation).not.toContain('both sides must allow')
    const remedies = buildRemedies([f])
    expect(remedies.flatMap((r) => r.statements)).toEqual([])
    expect(remedies.flatMap((r) => r.notes).join('\n')).toMatch(/No statement is proposed/)
    expect(validateRemedies(remedies, [f])).toEqual([])
  })

  it('does not apply within one account', () => {
    const f = first(
      '# reading IAM SAML Provider (arn:aws:iam::476167141852:saml-provider/myprovider): operation error IAM:\n#  GetSAMLProvider, https response error StatusCode: 403\n#  api error AccessDenied: User: arn:aws:iam::476167141852:user/main is not authorized to access this resource'
    )
    expect(f.traps).not.toContain(TRAP)
  })

  it('does not apply when the caller account is masked', () => {
    const f = first(
      '# reading IAM Role (arn:aws:iam::123456789012:role/x): operation error IAM:\n#  GetRole, https response error StatusCode: 403\n#  api error AccessDenied: User: arn:aws:iam::***:user/main is not authorized to access this resource'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
