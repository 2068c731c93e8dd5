// PR comments for each scanned job: post or update when there are findings, mark an earlier
// comment resolved when the job is now clean, and explain (never fail) when the token may not.
import type { Report } from '../model/Report.js'
import { commentMarker, renderComment, renderResolvedComment } from '../report/index.js'
import {
  findOwnComment,
  listComments,
  tokenIdentity,
  upsertComment,
  type IssueRef
} from './comments.js'
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
  if (inputs.comment === 'never') return { commentUrl: '', notes }
  if (!client) {
    logger.warning(
      'whydenied: no github-token, so no pull request comment; the report is in the job summary.'
    )
    return { commentUrl: '', notes }
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
    return { commentUrl: '', notes }
  }
  if (pr === null) {
    logger.info('whydenied: no pull request for this run; the report is in the job summary.')
    notes.push(
      "> [!NOTE]\n> No pull request comment: no open pull request has this run's head commit as its head."
    )
    return { commentUrl: '', notes }
  }

  const issue: IssueRef = { owner: ctx.owner, repo: ctx.repo, number: pr }
  let commentUrl = ''
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
      const findings = unit.report.findings.length > 0
      const runUrl = unit.runUrl
      // `always` also posts a "nothing found" comment; `auto` only touches an existing one then.
      const body =
        findings || (inputs.comment === 'always' && !existing)
          ? renderComment(publishable(unit.report), { key, title, runUrl, notice })
          : null
      const outcome = await upsertComment(
        client,
        issue,
        existing,
        body,
        renderResolvedComment({ key, title, runUrl })
      )
      if (outcome.action === 'none') continue
      logger.info(`whydenied: comment ${outcome.action} on pull request #${pr}: ${outcome.url}`)
      if (!commentUrl) commentUrl = outcome.url
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
  return { commentUrl, notes }
}
