// Where the policy lives, in the Action: locate each remedy's target in the checkout
// (GITHUB_WORKSPACE), then point at it on the pull request: a review comment with a one-click
// ```suggestion when the lines are part of the PR's diff, else a file annotation on the definition.
import type { IacLocation } from '../model/Remedy.js'
import type { Report } from '../model/Report.js'
import { locateRemedies } from '../iac/index.js'
import { readRepoFiles } from '../source/readRepoFiles.js'
import type { GitHubClient } from '../source/githubClient.js'
import type { ActionContext } from './context.js'
import type { ActionLogger } from './logger.js'
import { errorMessage } from '../common/errorMessage.js'
import { findPullRequest } from './pullRequest.js'

/** The report with `locations` on its remedies; unchanged when nothing is found or reading fails. */
export async function locateInWorkspace(
  report: Report,
  ctx: ActionContext,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void
): Promise<Report> {
  if (!report.remedies.length || !ctx.workspace) return report
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const urlOf = (file: string, line: number) =>
    ctx.owner && ctx.sha
      ? `${server}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`
      : undefined
  try {
    const remedies = await locateRemedies(report.remedies, readRepoFiles(ctx.workspace), {
      urlOf,
      warn
    })
    return { ...report, remedies }
  } catch (error) {
    warn(
      `whydenied could not look for the IAM definitions in the repository: ${errorMessage(error)}`
    )
    return report
  }
}

/** Right-side line numbers each file's hunks cover in the PR's diff. */
export function diffLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>()
  let line = 0
  for (const row of (patch ?? '').split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row)
    if (hunk) {
      line = Number(hunk[1])
      continue
    }
    if (row.startsWith('-') || line === 0) continue
    lines.add(line++)
  }
  return lines
}

/** A fence longer than any backtick run in the text: nothing inside can close it. */
function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length))
  return '`'.repeat(Math.max(3, longest + 1))
}

function suggestionBody(l: IacLocation): string {
  const s = l.suggestion!
  const f = fence(s.text)
  return [
    `**whydenied**: this is where the denied role's policy is defined (\`${l.resource.replace(/`/g, "'")}\`). The change below adds the missing permission; review it before committing.`,
    '',
    `${f}suggestion`,
    s.text,
    f
  ].join('\n')
}

interface PullFile {
  filename: string
  patch?: string
}

/** Review suggestions and annotations for the located definitions; failures are warnings. */
export async function publishIacHints(
  client: GitHubClient | null,
  ctx: ActionContext,
  report: Report,
  logger: ActionLogger
): Promise<void> {
  const located = report.remedies.flatMap((r) => (r.locations ?? []).slice(0, 1))
  if (located.length === 0) return
  let files: PullFile[] = []
  let pr: number | null = null
  if (client) {
    try {
      pr = await findPullRequest(client, ctx)
      if (pr === null) throw new Error('no pull request')
      files = (await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: ctx.owner,
        repo: ctx.repo,
        pull_number: pr,
        per_page: 100
      })) as PullFile[]
    } catch (error) {
      // Not a PR run, or the token cannot read it: the annotation below still points at the file.
      logger.debug(
        `whydenied: no pull request files for review suggestions: ${errorMessage(error)}`
      )
    }
  }
  const inDiff = new Map(files.map((f) => [f.filename, diffLines(f.patch)]))
  for (const l of located) {
    const s = l.suggestion
    const lines = inDiff.get(l.file)
    const covered =
      s &&
      lines &&
      Array.from({ length: s.endLine - s.startLine + 1 }, (_, k) => s.startLine + k).every((n) =>
        lines.has(n)
      )
    if (covered && client && pr !== null && ctx.sha) {
      try {
        await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
          owner: ctx.owner,
          repo: ctx.repo,
          pull_number: pr,
          commit_id: (ctx.payload.pull_request?.head?.sha as string | undefined) ?? ctx.sha,
          path: l.file,
          body: suggestionBody(l),
          side: 'RIGHT',
          line: s!.endLine,
          ...(s!.startLine < s!.endLine ? { start_line: s!.startLine, start_side: 'RIGHT' } : {})
        })
        continue
      } catch (error) {
        logger.warning(`whydenied could not post the review suggestion: ${errorMessage(error)}`)
      }
    }
    logger.notice(
      `The denied role's policy is defined here (${l.resource}); the job summary has the patch that adds the missing permission.`,
      {
        title: 'whydenied: where the policy lives',
        file: l.file,
        startLine: l.line,
        endLine: l.endLine
      }
    )
  }
}
