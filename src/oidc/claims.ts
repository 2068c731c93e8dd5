// The claims of GitHub's ID token, read without verifying the signature: STS verifies it; we only
// need to show what was presented. Never throws, and never returns the token itself.
import { jwtPayload } from '../common/jwtPayload.js'
import type { OidcClaims } from '../model/Oidc.js'

/** The claims that describe the job (its repository, ref and workflow), in a reader's order. */
export const JOB_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_id',
  'repository_owner_id',
  'ref',
  'environment',
  'event_name',
  'job_workflow_ref'
] as const
const STRING_CLAIMS = ['sub', 'iss', ...JOB_CLAIMS] as const
const TIME_CLAIMS = ['exp', 'iat', 'nbf'] as const

/** The keys of OidcClaims in the order a reader wants them. */
export const CLAIM_KEYS: (keyof OidcClaims)[] = ['sub', 'aud', ...JOB_CLAIMS, 'iss', ...TIME_CLAIMS]

export function emptyClaims(): OidcClaims {
  return {
    sub: null,
    aud: null,
    iss: null,
    repository: null,
    repository_owner: null,
    repository_id: null,
    repository_owner_id: null,
    ref: null,
    environment: null,
    event_name: null,
    job_workflow_ref: null,
    exp: null,
    iat: null,
    nbf: null
  }
}

/** Claims from a decoded payload object (or a `--claims` file): unknown keys are dropped. */
export function claimsFrom(payload: unknown): OidcClaims {
  const claims = emptyClaims()
  if (typeof payload !== 'object' || payload === null) return claims
  const p = payload as Record<string, unknown>
  for (const key of STRING_CLAIMS) {
    const v = p[key]
    // Ids are strings in GitHub's token; numbers from a hand-written file are accepted too.
    if (typeof v === 'string') claims[key] = v
    else if (typeof v === 'number' && Number.isFinite(v)) claims[key] = String(v)
  }
  const aud = p.aud
  if (typeof aud === 'string') claims.aud = aud
  else if (Array.isArray(aud)) {
    const values = aud.filter((a): a is string => typeof a === 'string')
    if (values.length > 0) claims.aud = values
  }
  for (const key of TIME_CLAIMS) {
    const v = p[key]
    if (typeof v === 'number' && Number.isFinite(v)) claims[key] = v
  }
  return claims
}

/** The claims of a compact JWS (`header.payload.signature`), or null when it is not one. */
export function decodeClaims(token: string): OidcClaims | null {
  const payload = jwtPayload(token)
  return payload && claimsFrom(payload)
}

/** The audiences as a list. */
export function audiences(claims: OidcClaims): string[] {
  return claims.aud === null ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud]
}
