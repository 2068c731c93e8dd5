import type { OidcContext } from './RemedyOptions.js'

/** What a GitHub Actions run says about itself, for building an OIDC `sub` condition. */
export function oidcContextFromEnv(env: NodeJS.ProcessEnv): OidcContext | undefined {
  if (!env.GITHUB_REPOSITORY) return undefined
  return {
    repository: env.GITHUB_REPOSITORY,
    repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID || undefined,
    repositoryId: env.GITHUB_REPOSITORY_ID || undefined,
    ref: env.GITHUB_REF || undefined,
    eventName: env.GITHUB_EVENT_NAME || undefined
  }
}
