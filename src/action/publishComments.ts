// PR comments for each scanned job: post or update when there are findings, mark an earlier
// comment resolved when the job is now clean, and explain (never fail) when the token may not.
import type { Report } from '../model/Report.js'
import { commentMarker, renderComment, renderResolvedComment } from '../report/index.js'
import { findOwnComment, listComments, tokenIdentity, type IssueRef } from './comments.js'
import { applyCommentLifecycle } from './commentLifecycle.js'
import { pullHeadSha, runHeadSha } from './headCommit.js'
import { readState, shortSha } from '../report/commentState.js'
import type { ActionContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import { resolveJobName } from './jobName.js'
import { commentKey } from './commentKey.js'
import type { ActionLogger } from './logger.js'
import type { GitHubClient } from '../source/githubClient.js'
import { findPullRequest, pullForRun } from './pullRequest.js'
import type { ScanOutcome } from './scan.js'
import { errorMessage } from '../common/errorMessage.js'

export interface PublishResult {
  /** URL of the first comment posted or updated, '' when none. */
  commentUrl: string
  /** Its REST id, '' when none. */
  commentId: string
  /** Lines for the job summary (why no comment was posted, for instance). */
  notes: string[]
}

function statusOf(error: unknown): number | null {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' ? status : null
}

type RefusalCause = 'permission' | 'rate-limit' | 'other'

const CAUSE_NOTE: Record<RefusalCause, string> = {
  permission:
    'the token lacks the `pull-requests: write` permission (or this is a pull request from a fork).',
  'rate-limit': "GitHub's API rate limit was exhausted; the next run will comment.",
  other: 'the GitHub API request failed.'
}

/**
 * A 403 is a rate limit, not a missing permission, when GitHub says so in its headers
 * (`x-ratelimit-remaining: 0`, or `retry-after` for the secondary limit) or its message.
 */
export function refusalCause(error: unknown): RefusalCause {
  const status = statusOf(error)
  const headers = (error as { response?: { headers?: Record<string, unknown> } })?.response?.headers
  const limited =
    String(headers?.['x-ratelimit-remaining'] ?? '') === '0' ||
    headers?.['retry-after'] !== undefined ||
    /rate limit/i.test(errorMessage(error))
  if ((status === 403 || status === 429) && limited) return 'rate-limit'
  if (status === 429) return 'rate-limit'
  if (status === 403 || status === 404) return 'permission'
  return 'other'
}

/** The warning for a refused comment names the permission, and the fork-PR way out. */
function permissionWarning(pr: number, error: unknown): string {
  return (
    `whydenied could not comment on pull request #${pr}: GitHub answered ${statusOf(error)} (${errorMessage(error)}). ` +
    'The token needs the "pull-requests: write" permission (add it under permissions: in the workflow). ' +
    'Pull requests from forks only get a read-only token: use the workflow_run pattern from the README. ' +
    'The report is in the job summary.'
  )
}

export async function publishComments(
  client: GitHubClient | null,
  inputs: ActionInputs,
  ctx: ActionContext,
  env: NodeJS.ProcessEnv,
  scan: ScanOutcome,
  publishable: (report: Report) => Report,
  logger: ActionLogger,
  /** Markdown every comment must carry (the fork caution). */
  notice?: string
): Promise<PublishResult> {
  const notes: string[] = []
  if (inputs.comment === 'never') return { commentUrl: '', commentId: '', notes }
  if (!client) {
    logger.warning(
      'whydenied: no github-token, so no pull request comment; the report is in the job summary.'
    )
    return { commentUrl: '', commentId: '', notes }
  }

  let pr: number | null
  try {
    pr = inputs.pullRequestNumber
      ? inputs.pullRequestNumber
      : scan.scannedRun
        ? await pullForRun(client, ctx.owner, ctx.repo, scan.scannedRun)
        : await findPullRequest(client, ctx)
  } catch (error) {
    logger.warning(`whydenied could not find the pull request for this run: ${errorMessage(error)}`)
    return { commentUrl: '', commentId: '', notes }
  }
  if (pr === null) {
    logger.info('whydenied: no pull request for this run; the report is in the job summary.')
    notes.push(
      "> [!NOTE]\n> No pull request comment: no open pull request has this run's head commit as its head."
    )
    return { commentUrl: '', commentId: '', notes }
  }

  const issue: IssueRef = { owner: ctx.owner, repo: ctx.repo, number: pr }
  let commentUrl = ''
  let commentId = ''
  const headSha = runHeadSha(ctx, scan.scannedRun)
  // A pull request named by the input may be on another commit than this run: no stale check.
  if (headSha && !inputs.pullRequestNumber) {
    const current = await pullHeadSha(client, ctx, pr, (m) => logger.debug(m))
    if (current && current !== headSha) {
      logger.info(
        `whydenied: pull request #${pr} is now at ${shortSha(current)}, newer than this run's ${shortSha(headSha)}; its comment is left to the newer run.`
      )
      notes.push(
        `> [!NOTE]\n> Pull request comment left unchanged: this run tested \`${shortSha(headSha)}\`, but the pull request's head is now \`${shortSha(current)}\`, whose run reports there.`
      )
      return { commentUrl: '', commentId: '', notes }
    }
  }
  const sha = headSha || ctx.sha
  try {
    const author = await tokenIdentity(client)
    const comments = await listComments(client, issue)
    for (const unit of scan.units) {
      const job =
        unit.job ??
        (await resolveJobName(client, inputs.jobName, env, ctx.owner, ctx.repo, (m) =>
          logger.debug(m)
        ))
      const key = commentKey(unit.workflow, job, {
        eventName: scan.scannedRun?.event ?? ctx.eventName,
        jobIndex: unit.job || inputs.jobName || job !== env.GITHUB_JOB ? '' : inputs.jobIndex
      })
      const title = `${unit.workflow} / ${job}`
      const existing = findOwnComment(comments, commentMarker(key), author)
      const previous = existing ? readState(existing.body) : null
      const findings = unit.report.findings.length > 0
      const runUrl = unit.runUrl
      // `always` also posts a "nothing found" comment; `auto` only touches an existing one then.
      const body =
        findings || (inputs.comment === 'always' && !existing)
          ? renderComment(publishable(unit.report), {
              key,
              title,
              runUrl,
              notice,
              sha,
              previous,
              ...(unit.stepOf ? { stepOf: unit.stepOf } : {})
            })
          : null
      const outcome = await applyCommentLifecycle(
        client,
        issue,
        {
          existing,
          body,
          resolvedBody: renderResolvedComment({ key, title, runUrl, sha, previous }),
          onResolved: inputs.onResolved,
          position: inputs.commentPosition,
          findingsChanged: String(previous?.ids) !== String(body && readState(body)?.ids)
        },
        (m) => logger.warning(m)
      )
      if (outcome.done) {
        const where = outcome.comment ? `: ${outcome.comment.url}` : ''
        logger.info(`whydenied: comment ${outcome.done} on pull request #${pr}${where}`)
      }
      if (!commentUrl && outcome.comment) {
        commentUrl = outcome.comment.url
        commentId = String(outcome.comment.id)
      }
    }
  } catch (error) {
    const cause = refusalCause(error)
    logger.warning(
      cause === 'permission'
        ? permissionWarning(pr, error)
        : cause === 'rate-limit'
          ? `whydenied could not comment on pull request #${pr}: GitHub's API rate limit is exhausted (${errorMessage(error)}). The report is in the job summary.`
          : `whydenied could not comment on pull request #${pr}: ${errorMessage(error)}. The report is in the job summary.`
    )
    notes.push(`> [!WARNING]\n> No pull request comment: ${CAUSE_NOTE[cause]}`)
  }
  return { commentUrl, commentId, notes }
}
