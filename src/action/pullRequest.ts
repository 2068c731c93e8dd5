// Which pull request a run belongs to: from the event payload when it says, else from the commit.
import type { GitHubClient } from '../source/githubClient.js'

/** The parts of an event payload we read. Everything in it is untrusted data, never code. */
export interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } }
  workflow_run?: WorkflowRunPayload
  repository?: { private?: boolean; visibility?: string; id?: number; owner?: { id?: number } }
  after?: string
}

export interface WorkflowRunPayload {
  id?: number
  name?: string
  event?: string
  head_sha?: string
  head_branch?: string | null
  html_url?: string
  pull_requests?: RunPull[]
  /** Where the run's code came from: a fork's name for pull requests from forks. */
  head_repository?: { full_name?: string; id?: number } | null
}

/** A pull request as listed on a workflow run: only the ones whose head is the run's head count. */
interface RunPull {
  number?: number
  head?: { sha?: string; ref?: string }
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

interface CommitPull {
  number: number
  state: string
  head?: { sha?: string }
}

/**
 * The open PR whose head is this commit. A PR that merely contains the commit (a branch built on
 * another's) is not this run's: no comment is better than one on the wrong PR. Works for pushes
 * and for workflow_run events from forks, whose payload lists no pull request.
 */
async function pullForCommit(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string
): Promise<number | null> {
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
    owner,
    repo,
    commit_sha: sha
  })
  const head = (data as CommitPull[]).find((pr) => pr.state === 'open' && pr.head?.sha === sha)
  return head?.number ?? null
}

export interface PullRequestContext {
  eventName: string
  payload: EventPayload
  sha: string
  owner: string
  repo: string
}

export async function findPullRequest(
  octokit: GitHubClient,
  ctx: PullRequestContext
): Promise<number | null> {
  if (PR_EVENTS.has(ctx.eventName)) return ctx.payload.pull_request?.number ?? null
  if (ctx.eventName === 'workflow_run' && ctx.payload.workflow_run) {
    return pullForRun(octokit, ctx.owner, ctx.repo, ctx.payload.workflow_run)
  }
  if (!ctx.sha) return null
  return pullForCommit(octokit, ctx.owner, ctx.repo, ctx.sha)
}

/**
 * A workflow run's PR. `pull_requests` lists PRs matching the run's head SHA *or* head branch, so
 * only one whose head SHA is the run's counts; else the open PR whose head is that commit.
 */
export async function pullForRun(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  run: WorkflowRunPayload
): Promise<number | null> {
  if (!run.head_sha) return null
  const listed = run.pull_requests?.find(
    (pr) => typeof pr.number === 'number' && pr.head?.sha === run.head_sha
  )?.number
  if (listed !== undefined) return listed
  return pullForCommit(octokit, owner, repo, run.head_sha)
}
