// The Action's OIDC doctor mode (input role-to-assume), meant for `if: failure()` after
// configure-aws-credentials: get this job's ID token, try the role with it, and publish why it
// failed. The token is registered as a secret before anything else and never leaves this module
// except towards STS.
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Report } from '../model/Report.js'
import type { OidcClaims } from '../model/Oidc.js'
import { decodeClaims } from '../oidc/claims.js'
import { diagnoseOidc, parseRoleArn, type StsOutcome, type TokenOutcome } from '../oidc/doctor.js'
import { annotations, redactAccountIds, renderJson, renderMarkdown } from '../report/index.js'
import { oidcContext, shouldRedact, type ActionContext } from './context.js'
import type { ActionInputs } from './inputs.js'
import type { ActionLogger } from './logger.js'
import type { GitHubClient } from '../source/githubClient.js'
import { publishComments } from './publishComments.js'

export interface OidcDeps {
  /** core.getIDToken in production (it reads ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN from process.env). */
  getIdToken?: (audience: string) => Promise<string>
  setSecret?: (secret: string) => void
  assume?: (opts: {
    roleArn: string
    token: string
    region: string
    durationSeconds: number | null
    env: NodeJS.ProcessEnv
  }) => Promise<StsOutcome>
}

export interface DoctorDeps {
  env: NodeJS.ProcessEnv
  logger: ActionLogger
  oidc?: OidcDeps
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

interface ForkPayload {
  pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } | null } }
  repository?: { full_name?: string }
}

/** The fork a pull request comes from, or null when this run is not one. */
export function forkOf(eventName: string, payload: unknown): string | null {
  if (!/^pull_request/.test(eventName)) return null
  const p = (payload ?? {}) as ForkPayload
  const head = p.pull_request?.head?.repo
  const base = p.repository?.full_name
  if (!head) return null
  if (head.full_name && base && head.full_name.toLowerCase() !== base.toLowerCase())
    return head.full_name
  return head.fork === true && !base ? (head.full_name ?? 'a fork') : null
}

/** The role's trust policy from the workspace, or undefined (with a warning) when unreadable. */
function readTrustPolicy(file: string, workspace: string, warn: (m: string) => void): unknown {
  if (!file) return undefined
  const full = path.resolve(workspace, file)
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8')) as unknown
  } catch (error) {
    warn(`whydenied: cannot read the trust-policy file ${file}: ${describe(error)}`)
    return undefined
  }
}

async function getToken(
  deps: DoctorDeps,
  inputs: ActionInputs,
  ctx: ActionContext
): Promise<{ token: string | null; outcome: TokenOutcome }> {
  const { env } = deps
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    return { token: null, outcome: { status: 'missing', fork: forkOf(ctx.eventName, ctx.payload) } }
  }
  const setSecret = deps.oidc?.setSecret ?? ((s: string) => core.setSecret(s))
  try {
    const token = await (deps.oidc?.getIdToken ?? ((a: string) => core.getIDToken(a)))(
      inputs.audience
    )
    setSecret(token)
    const claims: OidcClaims | null = decodeClaims(token)
    if (!claims)
      return {
        token,
        outcome: { status: 'error', message: 'the ID token GitHub returned is not a JWT' }
      }
    return { token, outcome: { status: 'claims', claims } }
  } catch (error) {
    return {
      token: null,
      outcome: { status: 'error', message: `could not get the ID token: ${describe(error)}` }
    }
  }
}

async function assume(deps: DoctorDeps, inputs: ActionInputs, token: string): Promise<StsOutcome> {
  if (!parseRoleArn(inputs.roleToAssume)) return { status: 'skipped' }
  const call =
    deps.oidc?.assume ??
    (async (o) =>
      (await import('../oidc/assumeRoleWithWebIdentity.js')).assumeRoleWithWebIdentity(o))
  try {
    return await call({
      roleArn: inputs.roleToAssume,
      token,
      region: inputs.awsRegion,
      durationSeconds: inputs.roleDurationSeconds,
      env: deps.env
    })
  } catch (error) {
    return { status: 'error', error: { code: 'Error', message: describe(error) } }
  }
}

/** Runs the doctor and publishes its report; returns the step's exit code. */
export async function runOidcDoctor(
  deps: DoctorDeps,
  inputs: ActionInputs,
  ctx: ActionContext,
  client: GitHubClient | null
): Promise<number> {
  const { logger, env } = deps
  const warn = (m: string) => logger.warning(m)
  if (inputs.run || inputs.files || inputs.workflowRunId) {
    warn(
      'whydenied: role-to-assume is set, so this step checks OIDC only; run, files and workflow-run-id are ignored.'
    )
  }
  const { token, outcome } = await getToken(deps, inputs, ctx)
  const sts: StsOutcome =
    token && outcome.status === 'claims' ? await assume(deps, inputs, token) : { status: 'skipped' }
  const report = diagnoseOidc({
    roleArn: inputs.roleToAssume,
    audience: inputs.audience,
    token: outcome,
    sts,
    trustPolicy: readTrustPolicy(inputs.trustPolicy, ctx.workspace, warn),
    durationSeconds: inputs.roleDurationSeconds,
    context: oidcContext(env, ctx.payload)
  })
  await publish(deps, inputs, ctx, client, report)
  return 0
}

async function publish(
  deps: DoctorDeps,
  inputs: ActionInputs,
  ctx: ActionContext,
  client: GitHubClient | null,
  report: Report
): Promise<void> {
  const { logger, env } = deps
  const redact = shouldRedact(inputs.redactAccountIds, ctx.payload)
  const publishable = (r: Report) => (redact ? redactAccountIds(r) : r)
  const shown = publishable(report)
  for (const a of annotations(shown, 1).items) logger.error(a.message, { title: a.title })
  const { commentUrl, notes } = await publishComments(
    client,
    inputs,
    ctx,
    env,
    { units: [{ workflow: ctx.workflow, job: null, report, runUrl: ctx.runUrl }], exitCode: null },
    publishable,
    logger
  )
  try {
    const heading = `whydenied: why configure-aws-credentials could not assume the role`
    await logger.writeSummary(
      [renderMarkdown(shown, { heading }).trimEnd(), ...notes].join('\n\n') + '\n'
    )
  } catch (error) {
    logger.warning(`whydenied could not write the job summary: ${describe(error)}`)
  }
  const contract = JSON.parse(renderJson(report)) as { findings: unknown[] }
  logger.setOutput('findings', JSON.stringify(contract.findings))
  logger.setOutput('count', String(report.findings.length))
  logger.setOutput('comment-url', commentUrl)
  const finding = report.findings[0]!
  logger.info(`whydenied: OIDC check: ${finding.cause}: ${finding.title.replace(/`/g, '')}`)
}
