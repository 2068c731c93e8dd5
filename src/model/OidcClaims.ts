/** The claims of a GitHub Actions OIDC token that say which job it was minted for. */
export interface OidcClaims {
  /** The exact subject the token presents (default or customised template). */
  sub?: string
  /** The job's `environment:`, which no GITHUB_* variable carries. */
  environment?: string
  ref?: string
  repository?: string
  repositoryId?: string
  repositoryOwnerId?: string
  eventName?: string
}
