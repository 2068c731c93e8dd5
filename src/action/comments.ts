// One PR comment per workflow + job, found again by our hidden marker AND our own author, so a
// comment someone else wrote (even one quoting the marker) is never taken over.
import type { GitHubClient } from '../source/githubClient.js'

export interface IssueRef {
  owner: string
  repo: string
  number: number
}

export interface ExistingComment {
  id: number
  body: string
  url: string
}

/** The login GITHUB_TOKEN comments as; also the fallback when the token cannot call GET /user. */
const ACTIONS_BOT = 'github-actions[bot]'

/**
 * Who the token comments as. GET /user answers for personal tokens; installation tokens
 * (GITHUB_TOKEN among them) are refused there and comment as github-actions[bot].
 */
export async function tokenIdentity(octokit: GitHubClient): Promise<string> {
  try {
    const { data } = await octokit.request('GET /user')
    return typeof data?.login === 'string' ? data.login : ACTIONS_BOT
  } catch {
    return ACTIONS_BOT
  }
}

interface RawComment {
  id: number
  body?: string | null
  html_url: string
  user?: { login?: string } | null
}

/** Lists the issue's comments once; `find` then matches any number of keys locally. */
export async function listComments(octokit: GitHubClient, issue: IssueRef): Promise<RawComment[]> {
  return (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.number,
    per_page: 100
  })) as RawComment[]
}

export function findOwnComment(
  comments: RawComment[],
  marker: string,
  author: string
): ExistingComment | null {
  // Our marker is the body's first line; a quoted marker further down is someone else's text.
  const own = comments.filter(
    (c) => c.user?.login === author && (c.body ?? '').split('\n', 1)[0].trim() === marker
  )
  const latest = own[own.length - 1]
  return latest ? { id: latest.id, body: latest.body ?? '', url: latest.html_url } : null
}

export type CommentOutcome =
  { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'none' }

/** Creates or updates; with `body` null (nothing to report) only an existing comment changes. */
export async function upsertComment(
  octokit: GitHubClient,
  issue: IssueRef,
  existing: ExistingComment | null,
  body: string | null,
  resolvedBody: string
): Promise<CommentOutcome> {
  if (existing) {
    const next = body ?? resolvedBody
    if (existing.body === next) return { action: 'unchanged', url: existing.url }
    const { data } = await octokit.request(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      {
        owner: issue.owner,
        repo: issue.repo,
        comment_id: existing.id,
        body: next
      }
    )
    return { action: 'updated', url: data.html_url }
  }
  if (body === null) return { action: 'none' }
  const { data } = await octokit.request(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      owner: issue.owner,
      repo: issue.repo,
      issue_number: issue.number,
      body
    }
  )
  return { action: 'created', url: data.html_url }
}
