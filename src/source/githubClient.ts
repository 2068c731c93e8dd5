// The GitHub client: @actions/github's getOctokit with retry (5xx, network) and throttling
// (primary and secondary rate limits) so a busy API does not cost the user the PR comment.
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck/light.js'
import { timedFetch } from './timedFetch.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface ClientOptions {
  /** GITHUB_API_URL; read at call time (getOctokit's default is fixed when the module loads). */
  baseUrl?: string
  /** Milliseconds per unit of the plugins' back-off (1000 in production; tiny in tests). */
  retryAfterBaseValue?: number
  log?: (message: string) => void
  /**
   * The throttling plugin spaces writes (3 s between comment posts) per id, across clients of
   * the process. Tests give each client its own id; the Action has one client.
   */
  throttleId?: string
  /** Idle timeout of each request (no answer, or a body that stops); 30 s by default. */
  timeoutMs?: number
  /**
   * Least time between two writes (GraphQL included) and between two writes that notify people
   * (comments). Unset, the plugin keeps GitHub's 1 s and 3 s. Tests shorten them so a run of
   * writes does not sleep real seconds; writes still go one at a time, in order.
   */
  writeSpacingMs?: { write: number; notification: number }
}

/** Per request: long enough for a slow GitHub, short enough that a stall cannot hold the job. */
export const REQUEST_TIMEOUT_MS = 30_000

/** Rate-limit retries allowed per request before giving up. */
const RATE_LIMIT_RETRIES = 2

export function createGitHubClient(token: string, options: ClientOptions = {}): GitHubClient {
  const base = options.retryAfterBaseValue ?? 1000
  // The plugin's type says void, but a handler returning true asks for a retry.
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number
    ) => {
      options.log?.(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; retry after ${retryAfter}s`
      )
      // Wait up to a minute, twice; beyond that the summary still carries the report.
      return retryCount < RATE_LIMIT_RETRIES && retryAfter <= 60
    }
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
      request: { fetch: timedFetch(options.timeoutMs ?? REQUEST_TIMEOUT_MS) },
      retry: { retryAfterBaseValue: base },
      throttle: {
        id: options.throttleId ?? 'whydenied',
        retryAfterBaseValue: base,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(options.writeSpacingMs && {
          write: oneAtATime(options.writeSpacingMs.write),
          notifications: oneAtATime(options.writeSpacingMs.notification)
        })
      }
    },
    retry,
    throttling
  )
}

/** A limiter per throttle id, as the plugin's own: one request at a time, `minTime` apart. */
function oneAtATime(minTime: number): Bottleneck.Group {
  return new Bottleneck.Group({ maxConcurrent: 1, minTime })
}
