/** The GitHub workflow context an OIDC trust-policy fix is built for (all optional). */
export interface OidcContext {
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository?: string
  repositoryOwnerId?: string
  repositoryId?: string
  /** `refs/heads/main`, `refs/tags/v1` (GITHUB_REF). */
  ref?: string
  /** The job's `environment:`; takes precedence over ref and pull request in the `sub` claim. */
  environment?: string
  /** GITHUB_EVENT_NAME (`pull_request` changes the `sub` claim). */
  eventName?: string
  /** The repository's `sub_claim_prefix` (immutable or customised subject), e.g. `repo:octo@1/app@2`. */
  subjectPrefix?: string
  /** The exact `sub` GitHub presented (this job's own token): the fix names it instead of building one. */
  subject?: string
  /** The token's audience when it is not `sts.amazonaws.com` (the `audience` input). */
  audience?: string
  /** Host of the token's issuer when it is not token.actions.githubusercontent.com (GHE.com, GHES). */
  providerHost?: string
}

export interface RemedyOptions {
  oidc?: OidcContext
  /** Parsed JSON of the target's current policy document (`--current-policy FILE`). */
  currentPolicy?: unknown
  /**
   * Draft statements for refusals the log marks as intended too (`--fix-intended`): the user says
   * the marker belongs to another check and the call must succeed.
   */
  fixIntended?: boolean
}
