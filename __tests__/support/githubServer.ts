// A small GitHub REST API on 127.0.0.1 for tests: enough of issues comments, pulls for a commit,
// workflow runs, jobs and job logs (302 to a blob URL) for the real @actions/github client.
// It records every request and can inject faults (a 502 once, a 403 always...).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Identity {
  login: string
  type: 'Bot' | 'User'
  /** Installation tokens (GITHUB_TOKEN) are refused by GET /user. */
  installation: boolean
  /** GraphQL `viewer.login` (an App's bot without `[bot]`); defaults to `login`. */
  graphqlLogin?: string
  /** False models a fork PR's read-only token or missing `pull-requests: write`. */
  canComment: boolean
}

export interface StoredComment {
  id: number
  node_id: string
  issue: number
  /** GraphQL `isMinimized`: folded by a person in the UI, or by minimizeComment. */
  isMinimized: boolean
  minimizedReason: string | null
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  authorization: string | undefined
  body: unknown
}

export interface Fault {
  method: string
  path: RegExp
  status: number
  /** How many requests to fail; Infinity for all. */
  times: number
  message?: string
  headers?: Record<string, string>
  /** Never answer (a stalled API); `status` is then unused. */
  stall?: boolean
  /** Close the connection without an answer (a network error) instead of sending `status`. */
  drop?: boolean
}

export interface Job {
  id: number
  name: string
  status: string
  conclusion: string | null
  runner_name?: string
  html_url?: string
  /** As the jobs API lists them (number, name, started_at, completed_at…). */
  steps?: object[]
}

export interface GitHubServer {
  url: string
  requests: RecordedRequest[]
  comments: StoredComment[]
  tokens: Map<string, Identity>
  /** commit sha → PRs returned by commits/{sha}/pulls */
  pullsForCommit: Map<string, { number: number; state: string; head: { sha: string } }[]>
  /** PR number → its head now (GET pulls/{n}); set `head.sha` to move it. Unknown PRs are 404. */
  pulls: Map<number, { number: number; state: string; head: { sha: string } }>
  runs: Map<number, Record<string, unknown>>
  /** PR number → its files (GET pulls/{n}/files), each with its diff `patch`. */
  pullFiles: Map<number, { filename: string; patch?: string }[]>
  /** Review comments posted (POST pulls/{n}/comments). */
  reviewComments: Record<string, unknown>[]
  jobs: Map<number, Job[]>
  /** job id → log text served from the blob URL */
  logs: Map<number, string | Buffer>
  faults: Fault[]
  addComment(issue: number, body: string, login: string, type?: 'Bot' | 'User'): StoredComment
  requestsTo(method: string, path: RegExp): RecordedRequest[]
  close(): Promise<void>
}

/**
 * The client's spacing between writes in tests: the plugin's 1 s and 3 s in milliseconds instead
 * of seconds, so a run of writes keeps its order without sleeping (createGitHubClient writeSpacingMs).
 */
export const TEST_WRITE_SPACING = { write: 1, notification: 3 }

export const OWNER = 'acme'
export const REPO = 'infra'

function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

export async function startGitHubServer(): Promise<GitHubServer> {
  let nextId = 1000
  const state = {
    requests: [] as RecordedRequest[],
    comments: [] as StoredComment[],
    tokens: new Map<string, Identity>(),
    pullsForCommit: new Map<string, { number: number; state: string; head: { sha: string } }[]>(),
    pulls: new Map<number, { number: number; state: string; head: { sha: string } }>(),
    runs: new Map<number, Record<string, unknown>>(),
    pullFiles: new Map<number, { filename: string; patch?: string }[]>(),
    reviewComments: [] as Record<string, unknown>[],
    jobs: new Map<number, Job[]>(),
    logs: new Map<number, string | Buffer>(),
    faults: [] as Fault[]
  }
  let base = ''

  const addComment = (issue: number, body: string, login: string, type: 'Bot' | 'User' = 'Bot') => {
    const id = nextId++
    const comment: StoredComment = {
      id,
      node_id: `IC_kw${id}`,
      issue,
      isMinimized: false,
      minimizedReason: null,
      body,
      user: { login, type },
      html_url: `https://github.test/${OWNER}/${REPO}/pull/${issue}#issuecomment-${id}`
    }
    state.comments.push(comment)
    return comment
  }

  const route = (res: http.ServerResponse, record: RecordedRequest) => {
    const { method, path } = record
    const identity = state.tokens.get((record.authorization ?? '').replace(/^(token|bearer) /i, ''))
    if (!path.startsWith('/_blob/') && !identity)
      return json(res, 401, { message: 'Bad credentials' })

    const fault = state.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0)
    if (fault) {
      fault.times--
      if (fault.stall) return
      if (fault.drop) return void res.socket?.destroy()
      return json(
        res,
        fault.status,
        { message: fault.message ?? `injected ${fault.status}` },
        fault.headers
      )
    }

    let m: RegExpMatchArray | null
    if (method === 'POST' && path === '/graphql') {
      const query = String((record.body as { query?: unknown })?.query ?? '')
      const variables = ((record.body as { variables?: Record<string, unknown> })?.variables ??
        {}) as Record<string, unknown>
      if (/viewer\s*\{\s*login/.test(query)) {
        return json(res, 200, {
          data: { viewer: { login: identity!.graphqlLogin ?? identity!.login } }
        })
      }
      const target = state.comments.find((c) => c.node_id === variables.id)
      if (/minimizeComment\s*\(/.test(query)) {
        // Like GitHub: only a classifier it knows, and only with the right to edit the comment.
        const classifier =
          /classifier:\s*([A-Z_]+)/.exec(query)?.[1] ?? String(variables.classifier)
        if (!target) return json(res, 200, { data: null, errors: [{ type: 'NOT_FOUND' }] })
        if (
          !identity!.canComment ||
          !['RESOLVED', 'OUTDATED', 'DUPLICATE', 'OFF_TOPIC', 'SPAM', 'ABUSE'].includes(classifier)
        ) {
          return json(res, 200, {
            data: null,
            errors: [{ type: 'FORBIDDEN', message: 'cannot minimize' }]
          })
        }
        target.isMinimized = true
        target.minimizedReason = classifier.toLowerCase()
        return json(res, 200, {
          data: { minimizeComment: { minimizedComment: { isMinimized: true } } }
        })
      }
      if (/node\s*\(\s*id:/.test(query)) {
        return json(res, 200, {
          data: { node: target ? { isMinimized: target.isMinimized } : null }
        })
      }
      return json(res, 200, { errors: [{ message: 'unsupported query' }] })
    }
    if (method === 'GET' && path === '/user') {
      if (identity!.installation)
        return json(res, 403, { message: 'Resource not accessible by integration' })
      return json(res, 200, { login: identity!.login, type: identity!.type })
    }
    const repoPrefix = `/repos/${OWNER}/${REPO}`
    if (!path.startsWith(repoPrefix + '/') && !path.startsWith('/_blob/')) {
      return json(res, 404, { message: 'Not Found' })
    }
    const rest = path.slice(repoPrefix.length)

    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1])
      if (method === 'GET') {
        const perPage = Number(record.query.get('per_page') ?? 30)
        const page = Number(record.query.get('page') ?? 1)
        const all = state.comments.filter((c) => c.issue === issue)
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          headers.link = `<${base}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`
        }
        return json(res, 200, slice, headers)
      }
      if (method === 'POST') {
        if (!identity!.canComment)
          return json(res, 403, { message: 'Resource not accessible by integration' })
        const { body } = record.body as { body: string }
        if (body.length > 65536)
          return json(res, 422, { message: 'Body is too long (maximum is 65536 characters)' })
        return json(res, 201, addComment(issue, body, identity!.login, identity!.type))
      }
    }
    if ((m = rest.match(/^\/issues\/comments\/(\d+)$/)) && method === 'DELETE') {
      const index = state.comments.findIndex((c) => c.id === Number(m![1]))
      const target = state.comments[index]
      if (!target) return json(res, 404, { message: 'Not Found' })
      if (!identity!.canComment || target.user.login !== identity!.login) {
        return json(res, 403, { message: 'Resource not accessible by integration' })
      }
      state.comments.splice(index, 1)
      res.writeHead(204)
      return res.end()
    }
    if ((m = rest.match(/^\/pulls\/(\d+)$/)) && method === 'GET') {
      const pull = state.pulls.get(Number(m[1]))
      return pull ? json(res, 200, pull) : json(res, 404, { message: 'Not Found' })
    }
    if ((m = rest.match(/^\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(m![1]))
      if (!comment) return json(res, 404, { message: 'Not Found' })
      if (!identity!.canComment || comment.user.login !== identity!.login) {
        return json(res, 403, { message: 'Resource not accessible by integration' })
      }
      const { body } = record.body as { body: string }
      if (body.length > 65536)
        return json(res, 422, { message: 'Body is too long (maximum is 65536 characters)' })
      comment.body = body
      return json(res, 200, comment)
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/files$/)) && method === 'GET') {
      return json(res, 200, state.pullFiles.get(Number(m[1])) ?? [])
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/comments$/)) && method === 'POST') {
      if (!identity!.canComment)
        return json(res, 403, { message: 'Resource not accessible by integration' })
      const comment = { id: nextId++, pull: Number(m[1]), ...(record.body as object) }
      state.reviewComments.push(comment)
      return json(res, 201, comment)
    }
    if ((m = rest.match(/^\/commits\/([0-9a-f]+)\/pulls$/)) && method === 'GET') {
      return json(res, 200, state.pullsForCommit.get(m[1] ?? '') ?? [])
    }
    if (
      (m = rest.match(/^\/actions\/runs\/(\d+)(?:\/attempts\/\d+)?\/jobs$/)) &&
      method === 'GET'
    ) {
      const jobs = state.jobs.get(Number(m[1]))
      if (!jobs) return json(res, 404, { message: 'Not Found' })
      return json(res, 200, { total_count: jobs.length, jobs })
    }
    if ((m = rest.match(/^\/actions\/runs\/(\d+)$/)) && method === 'GET') {
      const run = state.runs.get(Number(m[1]))
      return run ? json(res, 200, run) : json(res, 404, { message: 'Not Found' })
    }
    if ((m = rest.match(/^\/actions\/jobs\/(\d+)\/logs$/)) && method === 'GET') {
      if (!state.logs.has(Number(m[1]))) return json(res, 404, { message: 'Not Found' })
      // Like GitHub: a redirect to a short-lived, pre-signed blob URL.
      res.writeHead(302, { location: `${base}/_blob/job-logs/${m[1]}?sig=abc123` })
      return res.end()
    }
    if ((m = path.match(/^\/_blob\/job-logs\/(\d+)$/)) && method === 'GET') {
      const log = state.logs.get(Number(m[1]))
      if (log === undefined) return json(res, 404, { message: 'BlobNotFound' })
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      // Several writes: the client must read a streamed body.
      const bytes = Buffer.from(log)
      for (let i = 0; i < bytes.length; i += 4096) res.write(bytes.subarray(i, i + 4096))
      return res.end()
    }
    return json(res, 404, { message: 'Not Found', path })
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const text = Buffer.concat(chunks).toString()
      let body: unknown = text
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        // keep the raw text
      }
      const record: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: req.headers.authorization,
        body
      }
      state.requests.push(record)
      route(res, record)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    ...state,
    url: base,
    addComment,
    requestsTo: (method, path) =>
      state.requests.filter((r) => r.method === method && path.test(r.path)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** GITHUB_TOKEN as the runner gives it: comments as github-actions[bot]. */
export const ACTIONS_TOKEN = 'ghs_actions_token'
/** A fork PR's read-only GITHUB_TOKEN. */
export const READ_ONLY_TOKEN = 'ghs_read_only'

export function standardTokens(server: GitHubServer): void {
  server.tokens.set(ACTIONS_TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    installation: true,
    canComment: true
  })
  server.tokens.set(READ_ONLY_TOKEN, {
    login: 'github-actions[bot]',
    type: 'Bot',
    installation: true,
    canComment: false
  })
}
