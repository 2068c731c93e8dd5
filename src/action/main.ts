// The Action, start to finish: read inputs, scan (wrapped command, files or another run's logs),
// complete the report, then annotations, PR comment, job summary and outputs. Every adapter comes
// in through `deps` so tests drive it against a loopback GitHub server.
// Exit code: the wrapped command's; 1 for bad inputs before anything ran, or for fail-on-findings.
import { Analysis } from '../engine/Analysis.js'
import type { Report } from '../model/Report.js'
import { redactAccountIds } from '../report/index.js'
import { countPhrase } from '../report/headline.js'
import { isOidcFinding } from '../remedy/contribute.js'
import { fetchIdTokenClaims } from '../source/idTokenClaims.js'
import type { SignalSource, Writer } from '../source/runCommand.js'
import { completeReport, withRemedies } from '../engine/completeReport.js'
import { actionContext, oidcContext, readEventPayload, shouldRedact } from './context.js'
import { readInputs, type ActionInputs } from './inputs.js'
import type { ActionLogger } from './logger.js'
import { mergeReports } from './mergeReports.js'
import type { GitHubClient } from '../source/githubClient.js'
import { publishComments } from './publishComments.js'
import { runOidcDoctor, type OidcDeps } from './oidcDoctor.js'
import {
  ANALYSIS_FAILED_NOTE,
  API_TIMEOUT_NOTE,
  annotate,
  appendSummary,
  logDecodedContext,
  writeOutputs,
  writeSummary
} from './writeLocal.js'
import { beforeDeadline, PUBLISH_BUDGET_MS } from './deadline.js'
import { guardedLogger } from './guardedLogger.js'
import { maskRequestBodies } from './maskedClient.js'
import { SecretMask } from './secretMask.js'
import { UNTRUSTED_NOTE, unverifiedReport } from './untrustedRun.js'
import { publicDecoded } from '../decode/publicDecoded.js'
import { scanRunLogs, scanThisJob, type ScanOutcome } from './scan.js'
import { errorMessage } from '../common/errorMessage.js'
import { locateInWorkspace, publishIacHints } from './iacHints.js'
import { readCurrentPolicy } from './currentPolicy.js'
import { writeReportFiles } from './reportFiles.js'

export interface ActionDeps {
  env: NodeJS.ProcessEnv
  logger: ActionLogger
  createClient: (token: string) => GitHubClient
  stdout: Writer
  stderr: Writer
  signalSource?: SignalSource
  createAnalysis?: () => Analysis
  /** Token and STS adapters of the OIDC doctor (role-to-assume); real ones by default. */
  oidc?: OidcDeps
  /** Total time for PR comments, retries included (deadline.ts); tests make it short. */
  publishBudgetMs?: number
  /**
   * The scan worker's bundle for long streams (a wrapped command's output, a job's log): null
   * scans on this thread; by default the one beside this bundle (dist/scanWorker.js).
   */
  workerScript?: URL | null
}

/** Which run's logs to read: the input, or the triggering run on workflow_run when nothing else is asked. */
function runToScan(
  inputs: ActionInputs,
  eventName: string,
  triggering: number | undefined
): number | null {
  if (inputs.workflowRunId) return Number(inputs.workflowRunId)
  if (!inputs.run && !inputs.files && eventName === 'workflow_run' && triggering) return triggering
  return null
}

export async function run(rawDeps: ActionDeps): Promise<number> {
  let inputs: ActionInputs
  try {
    inputs = readInputs(rawDeps.env)
  } catch (error) {
    rawDeps.logger.error(errorMessage(error))
    return 1
  }
  // From here on, everything written passes the mask (the `mask` input, then `::add-mask::`).
  const mask = new SecretMask()
  for (const value of inputs.mask) mask.add(value)
  const deps = { ...rawDeps, logger: guardedLogger(rawDeps.logger, mask) }
  const { env, logger } = deps
  const { payload, problem } = readEventPayload(env.GITHUB_EVENT_PATH)
  if (problem) logger.warning(problem)
  const ctx = actionContext(env, payload)
  let client: GitHubClient | null = null
  try {
    client = inputs.githubToken
      ? maskRequestBodies(deps.createClient(inputs.githubToken), mask)
      : null
  } catch (error) {
    logger.warning(`whydenied could not create the GitHub client: ${errorMessage(error)}`)
  }

  // Doctor mode: explain why configure-aws-credentials could not assume the role.
  if (inputs.roleToAssume) return runOidcDoctor(deps, inputs, ctx, client)

  const runId = runToScan(inputs, ctx.eventName, payload.workflow_run?.id)
  if (runId === null && !inputs.run && !inputs.files) {
    logger.error('whydenied has nothing to scan: set the run, files or workflow-run-id input.')
    return 1
  }

  const scanDeps = {
    ...deps,
    mask,
    createAnalysis: deps.createAnalysis ?? (() => new Analysis())
  }
  let scan: ScanOutcome
  try {
    scan =
      runId !== null
        ? await scanRunLogs(scanDeps, client, ctx, runId)
        : await scanThisJob(scanDeps, inputs, ctx)
  } catch (error) {
    // Only reached before any command ran: scanThisJob keeps a command's result itself.
    logger.error(`whydenied: ${errorMessage(error)}`)
    return 1
  }
  const exitCode = scan.exitCode ?? 0

  try {
    return await report(deps, inputs, ctx, client, scan, exitCode, mask)
  } catch (error) {
    // Fail closed: a report that broke half-way must not let fail-on-findings pass.
    const found = scan.units.flatMap((unit) => unit.report.findings)
    if (inputs.failOnFindings && exitCode === 0) {
      logger.error(
        `whydenied: failing the step (fail-on-findings): reporting failed (${errorMessage(error)}), so the findings gate could not pass; ${countPhrase(found)} had been found.`
      )
      return 1
    }
    // Never an all-clear: an error where the user looks.
    logger.error(
      `whydenied failed while reporting, so findings are unknown: ${errorMessage(error)}`
    )
    return exitCode
  }
}

async function report(
  deps: ActionDeps,
  inputs: ActionInputs,
  ctx: ReturnType<typeof actionContext>,
  client: GitHubClient | null,
  scan: ScanOutcome,
  exitCode: number,
  mask: SecretMask
): Promise<number> {
  const { env, logger } = deps
  const warn = (message: string) => logger.warning(message)
  // Only a refused OIDC assumption is worth asking the runner for this job's token claims.
  const oidcFindings = scan.units.some((u) => u.report.findings.some(isOidcFinding))
  const claims = oidcFindings ? await fetchIdTokenClaims(env, (m) => logger.debug(m)) : null
  const oidc = oidcContext(env, ctx.payload, scan.scannedRun, claims)
  const currentPolicy = await readCurrentPolicy(inputs.currentPolicy, ctx.workspace, warn)
  for (const unit of scan.units) {
    unit.report = await completeReport(unit.report, {
      // A fork's encoded messages are not decoded with this repository's credentials.
      decode: inputs.decode && !scan.untrusted,
      requireEnvCredentials: true,
      // After configure-aws-credentials the job's identity names the caller bare denials omit;
      // a fork's log is not this job's, so its identity would be a guess.
      whoami: !scan.untrusted,
      region: inputs.awsRegion,
      env,
      oidc,
      warn,
      currentPolicy,
      fixIntended: inputs.fixIntended
    })
    if (scan.untrusted) unit.report = unverifiedReport(unit.report)
  }
  const [only, ...others] = scan.units
  const combined = await locateInWorkspace(
    only && others.length === 0
      ? only.report
      : withRemedies(
          mergeReports(scan.units.map((u) => u.report)),
          oidc,
          warn,
          currentPolicy,
          inputs.fixIntended
        ),
    ctx,
    env,
    warn
  )
  const merged = scan.untrusted ? unverifiedReport(combined) : combined
  const redact = shouldRedact(inputs.redactAccountIds, ctx.payload)
  // A decoded message's context stays out of what is posted in a public repository, or on request.
  const trimDecoded = redact || shouldRedact('auto', ctx.payload)
  const publishable = (r: Report) => {
    const trimmed = trimDecoded ? publicDecoded(r) : r
    return mask.maskDeep(redact ? redactAccountIds(trimmed) : trimmed)
  }
  const shown = publishable(merged)
  if (trimDecoded) logDecodedContext(logger, merged)

  // Everything local first: a stalled GitHub API cannot lose the annotations, summary or outputs.
  const omitted = inputs.annotations ? annotate(logger, shown, !scan.scannedRun) : 0
  const notes = [
    ...(scan.analysisFailed ? [ANALYSIS_FAILED_NOTE] : []),
    ...(scan.untrusted ? [UNTRUSTED_NOTE] : [])
  ]
  if (scan.analysisFailed) {
    logger.error(
      'whydenied could not analyse all of the output: its findings are incomplete, not an all-clear.'
    )
  }
  // `findings` (the default) keeps clean runs out of the summary; a failed analysis is never clean.
  const summarise =
    inputs.summary === 'always' ||
    (inputs.summary === 'findings' && (merged.findings.length > 0 || scan.analysisFailed))
  if (summarise) await writeSummary(logger, shown, omitted, notes)
  const outputReport = mask.maskDeep(merged)
  writeOutputs(logger, outputReport, scan, !scan.analysisFailed)
  writeReportFiles(logger, outputReport, ctx.tempDir)

  // Where the policy lives: a review suggestion or a notice annotation (never for untrusted runs).
  if (!scan.untrusted) {
    await beforeDeadline(
      publishIacHints(client, ctx, shown, logger),
      deps.publishBudgetMs ?? PUBLISH_BUDGET_MS,
      () => undefined
    )
  }
  const published = await beforeDeadline(
    publishComments(
      client,
      inputs,
      ctx,
      env,
      scan,
      publishable,
      logger,
      scan.untrusted ? UNTRUSTED_NOTE : undefined
    ),
    deps.publishBudgetMs ?? PUBLISH_BUDGET_MS,
    () => {
      logger.warning(
        'whydenied stopped waiting for the GitHub API: no pull request comment; the report is in the job summary.'
      )
      return { commentUrl: '', commentId: '', notes: [API_TIMEOUT_NOTE] }
    }
  )
  logger.setOutput('comment-url', published.commentUrl)
  logger.setOutput('comment-id', published.commentId)
  // Why no comment was posted goes where the reader of the summary looks, unless it is off.
  if (published.notes.length > 0 && inputs.summary !== 'never') {
    await appendSummary(logger, published.notes)
  }

  const count = merged.findings.length
  // Named by kind: a credentials problem is not an authorization failure.
  const found = countPhrase(merged.findings)
  logger.info(
    scan.analysisFailed
      ? `whydenied: ${found} found before the analysis failed.`
      : count === 0
        ? 'whydenied: no AWS authorization failures found.'
        : `whydenied: ${found} found; see the job summary.`
  )
  if (inputs.failOnFindings && count > 0 && exitCode === 0) {
    logger.error(`whydenied: failing the step (fail-on-findings): ${found} found.`)
    return 1
  }
  if (inputs.failOnFindings && scan.analysisFailed && exitCode === 0) {
    // No findings because nothing was analysed is not a pass.
    logger.error(
      'whydenied: failing the step (fail-on-findings): the output could not be analysed, so it is not known to be free of AWS authorization failures.'
    )
    return 1
  }
  return exitCode
}
