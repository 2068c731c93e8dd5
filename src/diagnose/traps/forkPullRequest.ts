import type { Trap } from '../Trap.js'

// A workflow run for a pull request from a fork gets no repository secrets and at most a read
// GITHUB_TOKEN, so `id-token: write` is not granted: neither access keys nor OIDC can work there.
export const forkPullRequest: Trap = {
  id: 'fork-pull-request-credentials',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' && inferred?.statedCause?.value === 'fork-pull-request',
  advice: () =>
    'The run was for a pull request from a fork: GitHub gives such runs no repository secrets and no OIDC ID token ' +
    '(`id-token: write` is capped at read, so `ACTIONS_ID_TOKEN_REQUEST_URL` is not set), so no credentials can be loaded, ' +
    'whatever the role or keys. What works instead: skip the AWS steps for forks (`if: github.event.pull_request.head.repo.full_name == github.repository`) and deploy after merge; ' +
    "or run the AWS part from a trusted trigger (`workflow_run` after the PR build, or `pull_request_target`) — these run with the base repository's secrets and token, " +
    "so never check out and run the fork's code in them (anyone opening a PR could use your AWS role); " +
    'gate them behind an environment with required reviewers, and give the role only what the job needs.'
}
