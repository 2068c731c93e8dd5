// Corpus ids refer to ../corpus.ts (copied from __tests__/fixtures/corpus/dev.jsonl with their sources).
import { corpus } from '../analyze.js'
import { analysed } from './analysed.js'
import { corpusText } from '../../support/corpusRecords.js'

const TRAP = 'oidc-trust-conditions'

describe(TRAP, () => {
  it('applies to the web-identity refusal with GitHub evidence (corpus d025)', () => {
    const f = corpus('d025')
    expect(f.layer).toBeNull()
    expect(f.traps).toContain(TRAP)
    expect(f.title).toBe(
      'GitHub OIDC token rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)'
    )
    expect(f.explanation).toContain('`token.actions.githubusercontent.com:sub`')
    expect(f.explanation).toContain('repo:OWNER/REPO:environment:NAME')
    expect(f.explanation).toContain('`sts.amazonaws.com`')
  })

  it('claims no issuer when the log shows none (corpus d082, an EMR-on-EKS pod)', () => {
    const f = corpus('d082')
    expect(f.traps).toContain(TRAP)
    expect(f.title).toBe(
      'Web identity token rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)'
    )
    expect(f.explanation).toContain('the log does not show who issued it')
    expect(f.explanation).toContain('system:serviceaccount:NAMESPACE:NAME')
  })

  it('does not apply to a plain sts:AssumeRole or to a missing OIDC provider (corpus d080, d101)', () => {
    expect(corpus('d080').traps).not.toContain(TRAP)
    const noProvider = corpus('d101')
    expect(noProvider.kind).toBe('credentials')
    expect(noProvider.traps).not.toContain(TRAP)
  })
})

describe(`${TRAP}: GitLab's ID token (heldout13 review h13-014)`, () => {
  // Own: a GitLab job shaped like GitLab's documented `assume role` job (docs.gitlab.com,
  // "Configure OpenID Connect in AWS"), with the AWS CLI's refusal as h13-014 prints it.
  const JOB = `assume role:
  id_tokens:
    GITLAB_OIDC_TOKEN:
      aud: https://gitlab.example.com
  script:
$ aws sts assume-role-with-web-identity --role-arn \${ROLE_ARN} --role-session-name "GitLabRunner-\${CI_PROJECT_ID}-\${CI_PIPELINE_ID}" --web-identity-token \${GITLAB_OIDC_TOKEN} --duration-seconds 3600
An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity`

  it.each([
    [
      'heldout13 h13-014 (GitLab docs troubleshooting, "OIDC with GitLab")',
      corpusText('heldout13.jsonl', 'h13-014'),
      'gitlab.com',
      'https://gitlab.com'
    ],
    [
      "own: GitLab's documented job on a self-managed instance",
      JOB,
      'gitlab.example.com',
      'https://gitlab.example.com'
    ]
  ])('%s: gitlab issuer, audience and project_path subject', (_s, text, host, aud) => {
    const { findings, statements } = analysed(text)
    const f = findings.find((x) => x.traps.includes(TRAP))!
    expect(f.detail.webIdentityIssuer).toBe('gitlab')
    expect(f.explanation).toContain('`project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH`')
    expect(f.explanation).not.toContain('the log does not show who issued it')
    expect(f.explanation).not.toContain('repo:OWNER/REPO:...')
    const trust = statements.find((s) => s.Action === 'sts:AssumeRoleWithWebIdentity')!
    expect(trust.Principal).toEqual({
      Federated: `arn:aws:iam::<ACCOUNT_ID>:oidc-provider/${host}`
    })
    expect(trust.Condition).toEqual({
      StringEquals: {
        [`${host}:aud`]: aud,
        [`${host}:sub`]: 'project_path:<GROUP>/<PROJECT>:ref_type:branch:ref:<BRANCH>'
      }
    })
  })

  it('own: a GitHub job whose prose names a GitLab project stays GitHub’s', () => {
    const f = analysed(
      'Mirror of our GitLab project\nError: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'
    ).findings.find((x) => x.traps.includes(TRAP))!
    expect(f.detail.webIdentityIssuer).toBe('github')
  })
})
