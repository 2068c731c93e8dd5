// What the Action knows about where it runs, from the runner's environment and the event payload.
import fs from 'node:fs'
import type { OidcClaims } from '../model/OidcClaims.js'
import { oidcContextFromEnv, withJobClaims, withRepositoryClaims } from '../remedy/oidcContext.js'
import type { OidcContext } from '../remedy/RemedyOptions.js'
import type { RedactMode } from './inputs.js'
import type { EventPayload, WorkflowRunPayload } from './pullRequest.js'

export interface ActionContext {
  owner: string
  repo: string
  eventName: string
  sha: string
  workflow: string
  runId: number
  runUrl: string | undefined
  workspace: string
  tempDir: string | undefined
  payload: EventPayload
}

/** The event payload; a missing or broken file gives an empty payload and a reason. */
export function readEventPayload(path: string | undefined): {
  payload: EventPayload
  problem?: string
} {
  if (!path) return { payload: {} }
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path, 'utf8'))
    return { payload: parsed && typeof parsed === 'object' ? (parsed as EventPayload) : {} }
  } catch (error) {
    return { payload: {}, problem: `cannot read the event payload ${path}: ${String(error)}` }
  }
}

export function actionContext(env: NodeJS.ProcessEnv, payload: EventPayload): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const runId = Number(env.GITHUB_RUN_ID) || 0
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    workflow: env.GITHUB_WORKFLOW || 'workflow',
    runId,
    runUrl: owner && runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    tempDir: env.RUNNER_TEMP || undefined,
    payload
  }
}

/**
 * `auto` redacts unless the payload says the repository is private: an event without repository
 * details (rare) is treated as public, the safe side.
 */
export function shouldRedact(mode: RedactMode, payload: EventPayload): boolean {
  if (mode !== 'auto') return mode === 'true'
  const repository = payload.repository
  if (repository?.visibility) return repository.visibility === 'public'
  return repository?.private !== true
}

/**
 * The OIDC facts the trust-policy remedies need, for this run or the run being scanned. The
 * claims of this job's own token, when it could get one, say what no variable does: the job's
 * environment and the exact subject (for another run, only the repository's subject prefix).
 */
export function oidcContext(
  env: NodeJS.ProcessEnv,
  payload: EventPayload,
  scanned?: WorkflowRunPayload,
  claims?: OidcClaims | null
): OidcContext {
  // The run's own variables first; the event payload fills in the repository ids.
  const fromEnv = oidcContextFromEnv(env)
  const context: OidcContext = {
    ...fromEnv,
    repositoryId: fromEnv?.repositoryId ?? stringId(payload.repository?.id),
    repositoryOwnerId: fromEnv?.repositoryOwnerId ?? stringId(payload.repository?.owner?.id)
  }
  if (scanned) {
    context.ref = scanned.head_branch ? `refs/heads/${scanned.head_branch}` : undefined
    context.eventName = scanned.event || undefined
    return claims ? withRepositoryClaims(context, claims) : context
  }
  return claims ? withJobClaims(context, claims) : context
}

function stringId(id: number | undefined): string | undefined {
  return typeof id === 'number' ? String(id) : undefined
}
