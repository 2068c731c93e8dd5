// A refused GitHub OIDC exchange whose log names the job's `environment:` gets the environment
// subject (an environment takes precedence over the branch in GitHub's default `sub`), and the
// log's words about the documented form failing get the immutable `@ID` form.
import { analyzeText } from '../../src/engine/Analysis.js'
import { githubEnvironmentOf } from '../../src/infer/githubSubject.js'
import type { LogContext } from '../../src/model/Inferred.js'
import { buildRemedies } from '../../src/remedy/buildRemedies.js'
import { validateRemedies } from '../../src/remedy/validate.js'
import { reviewed } from '../diagnose/traps/reviewed.js'

const SUB = 'token.actions.githubusercontent.com:sub'

// aws-actions/configure-aws-credentials#1024: the error, then the workflow of the job that ran it.
const ISSUE_1024 = `Assuming role with OIDC
Assuming role with OIDC
Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity
\`\`\`

### Reproduction Steps

This occurs when executing the following workflow.

\`\`\`
jobs:
  set-env:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    environment: develop
    steps:
      - name: Configure AWS credentials
        uses: aws-actions/configure-aws-credentials@v4`

function subjectOf(text: string, oidc?: { environment?: string }) {
  const { findings } = analyzeText(text)
  const remedies = buildRemedies(findings, oidc ? { oidc } : {})
  expect(validateRemedies(remedies, findings)).toEqual([])
  const trust = remedies.find((r) => r.target.kind === 'trust-policy')!
  const condition = trust.statements[0]!.Condition as Record<string, Record<string, unknown>>
  return { sub: condition.StringEquals![SUB], notes: trust.notes.join('\n') }
}

describe('the environment named in the log', () => {
  it('gives repo:OWNER/REPO:environment:NAME (review h4-001)', () => {
    const { sub, notes } = subjectOf(reviewed('h4-001'))
    expect(sub).toBe('repo:<OWNER>/<REPO>:environment:prod')
    expect(notes).toContain('The job runs in the environment `prod`')
  })

  it("yields to the workflow context's own environment", () => {
    expect(subjectOf(reviewed('h4-001'), { environment: 'staging' }).sub).toBe(
      'repo:<OWNER>/<REPO>:environment:staging'
    )
  })

  const ctx = (after: string): LogContext => ({
    line: 'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    before: '',
    after,
    command: null,
    roleToAssume: null,
    callerArn: null
  })

  // The scanner's context stops at the record (the fenced error), so the reader is tried on the
  // workflow as the lines after the error.
  it('reads the workflow printed after the error (aws-actions/configure-aws-credentials#1024)', () => {
    const after = ISSUE_1024.slice(ISSUE_1024.indexOf('jobs:'))
    expect(githubEnvironmentOf(ctx(after))?.value).toBe('develop')
  })

  it.each([
    ['an expression', '    environment: ${{ inputs.target }}'],
    ['a placeholder', 'a job with `environment: NAME` presents another sub'],
    ['the word alone', 'When `environment` is set on a job, it fails']
  ])('takes no value from %s', (_what, after) => {
    expect(githubEnvironmentOf(ctx(after))).toBeNull()
  })
})

describe('the immutable subject form', () => {
  it('a trust policy "correct by every published example" beside an old form that still works (review h4-006)', () => {
    const { sub } = subjectOf(reviewed('h4-006'))
    expect(sub).toBe('repo:<OWNER>@<OWNER_ID>/<REPO>@<REPO_ID>:ref:refs/heads/<BRANCH>')
  })
})
