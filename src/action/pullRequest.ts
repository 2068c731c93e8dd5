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
  pull_requests?: { number?: number }[]
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

interface CommitPull {
  number: number
  state: string
  head?: { sha?: string }
}

/**
 * Open PRs containing the commit: the one whose head is this commit first. Works for pushes and
 * for workflow_run events from forks, whose payload lists no pull request.
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
  const open = (data as CommitPull[]).filter((pr) => pr.state === 'open')
  const head = open.find((pr) => pr.head?.sha === sha)
  return (head ?? open[0])?.number ?? null
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

/** A workflow run's PR: listed on the run for same-repo branches, else matched by head SHA. */
export async function pullForRun(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  run: WorkflowRunPayload
): Promise<number | null> {
  const listed = run.pull_requests?.find((pr) => typeof pr.number === 'number')?.number
  if (listed !== undefined) return listed
  return run.head_sha ? pullForCommit(octokit, owner, repo, run.head_sha) : null
}
