// The OIDC doctor's facts: what GitHub presented, what STS answered, which trust-policy
// condition refused it. Part of the JSON contract (a finding of kind `oidc`).

/** Why configure-aws-credentials could not assume the role. Stable: part of the contract. */
export type OidcCause =
  | 'no-id-token-permission'
  | 'fork-pull-request'
  | 'no-oidc-provider'
  | 'audience'
  | 'thumbprint'
  | 'invalid-role-arn'
  | 'session-duration'
  | 'clock-skew'
  | 'trust-policy-mismatch'
  | 'assumable'
  | 'unknown'

/**
 * The claims of GitHub's ID token that decide a trust policy's verdict, as presented (null when
 * the token has none). Times are seconds since the epoch.
 */
export interface OidcClaims {
  sub: string | null
  aud: string | string[] | null
  iss: string | null
  repository: string | null
  repository_owner: string | null
  repository_id: string | null
  repository_owner_id: string | null
  ref: string | null
  environment: string | null
  event_name: string | null
  job_workflow_ref: string | null
  exp: number | null
  iat: number | null
  nbf: number | null
}

export interface StsError {
  code: string
  message: string
}

/** One trust-policy test that failed for the presented claims (offline evaluation). */
export interface TrustMismatch {
  /** The statement's Sid, or `#N` (1-based) when it has none. */
  statement: string
  /** Condition operator as written (`StringLike`, `ForAnyValue:StringEquals`), or `Principal` / `Action` / `Deny`. */
  operator: string
  /** Condition key as written, or `Federated` / `Action`. */
  key: string
  expected: string[]
  /** The request's values for the key; null when the request has no such key. */
  presented: string[] | null
  /** Plain words on why it failed (case differs, key absent, provider in another account...). */
  reason: string
}
