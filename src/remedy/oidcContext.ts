// The workflow context an OIDC trust-policy fix is built for: from the run's GITHUB_* variables,
// and, when the job could ask for one, from its own OIDC token's claims (the only source of the
// job's `environment:` and of a customised subject).
import type { OidcClaims } from '../model/OidcClaims.js'
import { contextPart } from './oidcSubject.js'
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

/**
 * The repository part of a token's `sub` (`repo:octo/app`, `repo:octo@1/app@2`, a custom
 * prefix), when the rest is the default context part the other claims predict.
 */
export function subjectPrefixOf(claims: OidcClaims): string | undefined {
  const part = contextPart({
    environment: claims.environment,
    eventName: claims.eventName,
    ref: claims.ref
  })
  if (!claims.sub || !part || !claims.sub.endsWith(`:${part}`)) return undefined
  return claims.sub.slice(0, -part.length - 1) || undefined
}

/** The context of the job the token was minted for: its claims win over the variables. */
export function withJobClaims(base: OidcContext | undefined, claims: OidcClaims): OidcContext {
  return {
    ...base,
    repository: claims.repository ?? base?.repository,
    repositoryId: claims.repositoryId ?? base?.repositoryId,
    repositoryOwnerId: claims.repositoryOwnerId ?? base?.repositoryOwnerId,
    ref: claims.ref ?? base?.ref,
    eventName: claims.eventName ?? base?.eventName,
    environment: claims.environment ?? base?.environment,
    subjectPrefix: subjectPrefixOf(claims) ?? base?.subjectPrefix,
    subject: claims.sub ?? base?.subject
  }
}

/**
 * Another run of the same repository (workflow_run): its job, ref and environment are not the
 * token's, but the repository's subject prefix is.
 */
export function withRepositoryClaims(base: OidcContext, claims: OidcClaims): OidcContext {
  const prefix = subjectPrefixOf(claims)
  return prefix ? { ...base, subjectPrefix: prefix } : base
}
