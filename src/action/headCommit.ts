// Which commit a run tested, and which commit the pull request is at now. A run that tested an
// older head (it was queued, re-run or slow) must not overwrite what a newer run reported.
import type { GitHubClient } from '../source/githubClient.js'
import type { ActionContext } from './context.js'
import type { WorkflowRunPayload } from './pullRequest.js'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The head commit of the code under test. On pull_request events GITHUB_SHA is the merge commit,
 * so the payload's head counts; a scanned run says its own head.
 */
export function runHeadSha(ctx: ActionContext, scanned?: WorkflowRunPayload): string {
  if (scanned) return scanned.head_sha ?? ''
  if (PR_EVENTS.has(ctx.eventName)) return ctx.payload.pull_request?.head?.sha ?? ''
  return ctx.sha
}

/** The pull request's head now; '' when the API does not say (the check is then skipped). */
export async function pullHeadSha(
  client: GitHubClient,
  ctx: Pick<ActionContext, 'owner' | 'repo'>,
  pr: number,
  debug: (message: string) => void
): Promise<string> {
  try {
    const { data } = await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: pr
    })
    const sha = (data as { head?: { sha?: unknown } })?.head?.sha
    return typeof sha === 'string' ? sha : ''
  } catch (error) {
    debug(`whydenied: cannot read the head of pull request #${pr}: ${String(error)}`)
    return ''
  }
}
