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
