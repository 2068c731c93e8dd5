// What this job's GitHub OIDC token says about it: the `sub` a trust policy must match, and the
// job's `environment`, which no GITHUB_* variable carries. Only jobs with `id-token: write`
// can ask (the runner then sets ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), which is exactly the jobs
// that assume roles with OIDC. The token itself is never kept, logged or written: only the
// claims below are read out of its payload.
import { errorMessage } from '../common/errorMessage.js'
import { jwtPayload } from '../common/jwtPayload.js'
import type { OidcClaims } from '../model/OidcClaims.js'

const TIMEOUT_MS = 5000

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** The claims of a JWT's payload, or null when it is not one. No signature check: we only read. */
export function claimsOf(jwt: string): OidcClaims | null {
  const c = jwtPayload(jwt)
  if (!c) return null
  return {
    sub: text(c.sub),
    environment: text(c.environment),
    ref: text(c.ref),
    repository: text(c.repository),
    repositoryId: text(c.repository_id),
    repositoryOwnerId: text(c.repository_owner_id),
    eventName: text(c.event_name)
  }
}

/**
 * Asks the runner's token endpoint for this job's claims. Null when the job cannot ask (no
 * `id-token: write`) or the endpoint fails: the fix then falls back to the GITHUB_* context.
 */
export async function fetchIdTokenClaims(
  env: NodeJS.ProcessEnv,
  debug: (message: string) => void = () => undefined
): Promise<OidcClaims | null> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !bearer) return null
  try {
    const request = new URL(url)
    request.searchParams.set('audience', 'sts.amazonaws.com')
    const response = await fetch(request, {
      headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS)
    })
    if (!response.ok) {
      debug(`OIDC claims: the token endpoint answered ${response.status}`)
      return null
    }
    const value = ((await response.json()) as { value?: unknown } | null)?.value
    const claims = typeof value === 'string' ? claimsOf(value) : null
    if (!claims) debug('OIDC claims: the token endpoint sent no token')
    return claims
  } catch (error) {
    debug(`OIDC claims: ${errorMessage(error)}`)
    return null
  }
}
