// A pull request from a fork: no secrets and no OIDC token, whatever the role.
import { analysed, analysedOne } from './analysed.js'
import { reviewed } from './reviewed.js'

const TRAP = 'fork-pull-request-credentials'

// aws-actions/configure-aws-credentials#564: OIDC with id-token: write, failing only for forks.
const ISSUE_564 = `I am facing an issue where I am getting:
\`Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\`

Only when the GitHub actions are triggered by a PR from a fork.`

// JuliaCloud/AWS.jl#634: the author names the permission cap for forks.
const JULIA = `Issue was noticed in https://github.com/JuliaCloud/AWS.jl/pull/633 as this error when assuming the CI AWS role:
\`\`\`
Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers
\`\`\`
The issue is that we [require \`id-token: write\` for OIDC auth](https://docs.github.com) but [forks are restricted to \`read\`](https://docs.github.com).`

describe(TRAP, () => {
  it.each([
    ['review h5-085', reviewed('h5-085')],
    ['aws-actions/configure-aws-credentials#564', ISSUE_564],
    ['JuliaCloud/AWS.jl#634', JULIA]
  ])('says forks get no secrets and no token, and what works instead (%s)', (_source, text) => {
    const { findings, notes } = analysed(text)
    const f = findings.find((x) => x.kind === 'credentials')!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith('The run was for a pull request from a fork')).toBe(true)
    expect(f.explanation).toContain('pull_request_target')
    expect(f.explanation).toContain("never check out and run the fork's code")
    expect(f.explanation).toContain('github.event.pull_request.head.repo.full_name')
    expect(notes.join('\n')).toContain('skip the AWS steps for forks')
  })

  it('does not apply to missing credentials without a fork, nor to a fork that merely appears in a path', () => {
    const { f } = analysedOne(
      'Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(f.traps).not.toContain(TRAP)
    const { f: g } = analysedOne(
      'cd /home/runner/work/fork/fork\nError: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers'
    )
    expect(g.traps).not.toContain(TRAP)
  })
})

// heldout12 third review, h12-027: the text ties the failure to the pull-request build, not to a
// fork: the same lead for any CI (Drone, Travis, CircleCI, GitLab), and never the generic advice.
const PR_LEAD = 'The text ties the failure to the pull-request build'

// holoviz/holoviews#1112 (Travis): the reporter's own words about the external PR build.
const HOLOVIEWS = `@jlstevens After writing the environment variables to an AWS config file I'm now seeing a new error:

>upload failed: ./test_data.zip to s3://preview.holoviews.org/6558/test_data_py3.zip An error occurred (InvalidAccessKeyId) when calling the CreateMultipartUpload operation: The AWS Access Key Id you provided does not exist in our records.

Maybe the environment variables aren't made available in an external PR build? Would make some sense because otherwise anyone could submit a PR which \`\`echo\`\`s the supposedly secret variables on travis. My guess is we should switch to the approach of encrypting the variable.`

const TOKEN_INVALID =
  'An error occurred (UnrecognizedClientException) when calling the GetAuthorizationToken operation: The security token included in the request is invalid.'

describe(`${TRAP}: a pull-request build said to differ from the branch build`, () => {
  it.each([
    ['review h12-027 (drone-plugins/drone-ecr#40)', reviewed('h12-027'), 'feature/ecr-push'],
    ['holoviz/holoviews#1112', HOLOVIEWS, 'an external PR'],
    [
      'own: the contrast said the other way round (GitLab wording)',
      `The merge request pipeline fails but it works on the main branch:\n${TOKEN_INVALID}`,
      'merge request pipeline fails'
    ],
    [
      'own: "works for branch builds, but not pull request builds"',
      `It works for branch builds, but not pull request builds:\n${TOKEN_INVALID}`,
      'but not pull request'
    ]
  ])('leads with what the CI withholds from PR builds (%s)', (_source, text, said) => {
    const { findings, notes } = analysed(text)
    const f = findings.find((x) => x.kind === 'credentials')!
    expect(f.traps).toContain(TRAP)
    expect(f.explanation.startsWith(PR_LEAD)).toBe(true)
    expect(f.explanation).toContain(said)
    for (const ci of ['CircleCI', 'Travis CI', 'Drone', 'GitLab', 'repo:OWNER/REPO:pull_request'])
      expect(f.explanation).toContain(ci)
    // The generic "check the secrets this job uses" is what the contrast rules out.
    expect(f.explanation).not.toContain('Check the secrets this job uses')
    expect(notes.join('\n')).toContain('the same job works on a branch build')
    expect(notes.join('\n')).not.toContain('Check where the failing program gets its credentials')
  })

  it.each([
    [
      'own: a PR build failing, no branch build named',
      `The pull request build fails with this error, I have not tried a branch build yet:\n${TOKEN_INVALID}`
    ],
    [
      'own: works on the branch, then fails on master after the merge (no PR build)',
      `Works fine on my branch. After the PR was merged the deploy on master fails:\n${TOKEN_INVALID}`
    ],
    [
      'own: variables said available to the PR build',
      `The secrets are available in the PR build, I printed their length:\n${TOKEN_INVALID}`
    ]
  ])('counter-case: %s', (_t, text) => {
    const { f } = analysedOne(text)
    expect(f.traps).not.toContain(TRAP)
    expect(f.explanation).not.toContain(PR_LEAD)
  })

  it('own: a denial is not a credentials failure, whatever the words say', () => {
    const { f } = analysedOne(
      'It works for branch builds, but not pull request builds:\nAn error occurred (AccessDenied) when calling the PutObject operation: Access Denied'
    )
    expect(f.traps).not.toContain(TRAP)
  })
})
