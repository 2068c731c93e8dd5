// One PR comment per workflow + job, found again by our hidden marker AND our own author, so a
// comment someone else wrote (even one quoting the marker) is never taken over.
import { errorMessage } from '../common/errorMessage.js'
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
  /** GraphQL id, for isMinimized and minimizeComment; '' when the API gave none. */
  nodeId: string
}

/** The login GITHUB_TOKEN comments as; also the fallback when the token cannot call GET /user. */
const ACTIONS_BOT = 'github-actions[bot]'

/** How GET /user refuses an installation token (GITHUB_TOKEN): 403, or 404 on some servers. */
const INSTALLATION_REFUSALS = new Set([403, 404])

/**
 * Who the token comments as. GET /user answers for personal tokens; installation tokens
 * (GITHUB_TOKEN among them) are refused there and comment as github-actions[bot]. Any other
 * failure (5xx after retries, a dropped connection) leaves the author unknown: guessing the bot
 * would miss a personal token's own comment and post a second one, so it throws instead.
 */
export async function tokenIdentity(octokit: GitHubClient): Promise<string> {
  let login: unknown
  try {
    const { data } = await octokit.request('GET /user')
    login = data?.login
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status
    if (typeof status === 'number' && INSTALLATION_REFUSALS.has(status)) {
      return (await viewerLogin(octokit)) ?? ACTIONS_BOT
    }
    throw new Error(`cannot tell who the token comments as (GET /user: ${errorMessage(error)})`, {
      cause: error
    })
  }
  if (typeof login !== 'string' || !login) {
    throw new Error('cannot tell who the token comments as (GET /user named no login)')
  }
  return login
}

/**
 * GraphQL `viewer` answers for installation tokens too: a GitHub App's token comments as
 * `<app>[bot]`, which GET /user cannot tell. GraphQL names the bot without the suffix, REST with
 * it; `sameLogin` compares the two. Any failure gives null: the caller falls back to the bot.
 */
async function viewerLogin(octokit: GitHubClient): Promise<string | null> {
  try {
    const data = (await octokit.graphql('query { viewer { login } }')) as {
      viewer?: { login?: unknown }
    }
    const login = data?.viewer?.login
    return typeof login === 'string' && login ? login : null
  } catch {
    return null
  }
}

/** REST says `my-app[bot]`, GraphQL `my-app`: one login either way, case-insensitive like GitHub. */
export function sameLogin(a: string | undefined, b: string): boolean {
  const bare = (login: string) => login.replace(/\[bot\]$/i, '').toLowerCase()
  return a !== undefined && bare(a) === bare(b)
}

interface RawComment {
  id: number
  node_id?: string
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
    (c) => sameLogin(c.user?.login, author) && (c.body ?? '').split('\n', 1)[0]?.trim() === marker
  )
  const latest = own[own.length - 1]
  return latest
    ? { id: latest.id, body: latest.body ?? '', url: latest.html_url, nodeId: latest.node_id ?? '' }
    : null
}

/**
 * Whether the comment is folded (by a person, or by us when it was resolved). REST does not say;
 * GraphQL does. Unknown (no node id, an error) counts as not minimised: editing then is what
 * older versions did.
 */
export async function isMinimized(
  octokit: GitHubClient,
  comment: ExistingComment
): Promise<boolean> {
  if (!comment.nodeId) return false
  try {
    const data = (await octokit.graphql(
      'query($id: ID!) { node(id: $id) { ... on IssueComment { isMinimized } } }',
      { id: comment.nodeId }
    )) as { node?: { isMinimized?: unknown } | null }
    return data?.node?.isMinimized === true
  } catch {
    return false
  }
}

/** Folds the comment as resolved, the way a maintainer would hide an outdated bot comment. */
export async function minimizeComment(
  octokit: GitHubClient,
  comment: ExistingComment
): Promise<void> {
  if (!comment.nodeId) throw new Error('the API gave no node id for the comment')
  await octokit.graphql(
    'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }',
    { id: comment.nodeId }
  )
}

export async function createComment(
  octokit: GitHubClient,
  issue: IssueRef,
  body: string
): Promise<ExistingComment> {
  const { data } = await octokit.request(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: issue.owner, repo: issue.repo, issue_number: issue.number, body }
  )
  return { id: Number(data.id), body, url: data.html_url, nodeId: data.node_id ?? '' }
}

export async function updateComment(
  octokit: GitHubClient,
  issue: IssueRef,
  comment: ExistingComment,
  body: string
): Promise<ExistingComment> {
  const { data } = await octokit.request(
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    { owner: issue.owner, repo: issue.repo, comment_id: comment.id, body }
  )
  return { ...comment, body, url: data.html_url }
}

export async function deleteComment(
  octokit: GitHubClient,
  issue: IssueRef,
  comment: ExistingComment
): Promise<void> {
  await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
    owner: issue.owner,
    repo: issue.repo,
    comment_id: comment.id
  })
}
