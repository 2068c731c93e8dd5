// The Action, start to finish: read inputs, scan (wrapped command, files or another run's logs),
// complete the report, then annotations, PR comment, job summary and outputs. Every adapter comes
// in through `deps` so tests drive it against a loopback GitHub server.
// Exit code: the wrapped command's; 1 for bad inputs before anything ran, or for fail-on-findings.
import { Analysis } from '../engine/Analysis.js'
import type { Report } from '../model/Report.js'
import { mergedPolicy } from '../remedy/mergedPolicy.js'
import { isOidcFinding } from '../remedy/contribute.js'
import { fetchIdTokenClaims } from '../source/idTokenClaims.js'
import { annotations, redactAccountIds, renderJson, renderMarkdown } from '../report/index.js'
import type { SignalSource, Writer } from '../source/runCommand.js'
import { completeReport, withRemedies } from '../engine/completeReport.js'
import { actionContext, oidcContext, readEventPayload, shouldRedact } from './context.js'
import { readInputs, type ActionInputs } from './inputs.js'
import type { ActionLogger } from './logger.js'
import { fitOutput } from './fitOutput.js'
import { mergeReports } from './mergeReports.js'
import type { GitHubClient } from '../source/githubClient.js'
import { publishComments } from './publishComments.js'
import { scanRunLogs, scanThisJob, type ScanOutcome } from './scan.js'
import { errorMessage } from '../common/errorMessage.js'

export interface ActionDeps {
  env: NodeJS.ProcessEnv
  logger: ActionLogger
  createClient: (token: string) => GitHubClient
  stdout: Writer
  stderr: Writer
  signalSource?: SignalSource
  createAnalysis?: () => Analysis
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

export async function run(deps: ActionDeps): Promise<number> {
  const { env, logger } = deps
  let inputs: ActionInputs
  try {
    inputs = readInputs(env)
  } catch (error) {
    logger.error(errorMessage(error))
    return 1
  }
  const { payload, problem } = readEventPayload(env.GITHUB_EVENT_PATH)
  if (problem) logger.warning(problem)
  const ctx = actionContext(env, payload)
  let client: GitHubClient | null = null
  try {
    client = inputs.githubToken ? deps.createClient(inputs.githubToken) : null
  } catch (error) {
    logger.warning(`whydenied could not create the GitHub client: ${errorMessage(error)}`)
  }

  const runId = runToScan(inputs, ctx.eventName, payload.workflow_run?.id)
  if (inputs.workflowRunId && (inputs.run || inputs.files)) {
    logger.warning('whydenied: workflow-run-id is set, so the run and files inputs are ignored.')
  }
  if (runId === null && !inputs.run && !inputs.files) {
    logger.error('whydenied has nothing to scan: set the run, files or workflow-run-id input.')
    return 1
  }

  const scanDeps = { ...deps, createAnalysis: deps.createAnalysis ?? (() => new Analysis()) }
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
    return await report(deps, inputs, ctx, client, scan, exitCode)
  } catch (error) {
    // Fail closed: a report that broke half-way must not let fail-on-findings pass.
    const found = scan.units.reduce((n, unit) => n + unit.report.findings.length, 0)
    if (inputs.failOnFindings && exitCode === 0) {
      logger.error(
        `whydenied: failing the step (fail-on-findings): reporting failed (${errorMessage(error)}), so the findings gate could not pass; ${plural(found)} had been found.`
      )
      return 1
    }
    logger.warning(`whydenied failed while reporting: ${errorMessage(error)}`)
    return exitCode
  }
}

const plural = (n: number) => `${n} AWS authorization failure${n === 1 ? '' : 's'}`

async function report(
  deps: ActionDeps,
  inputs: ActionInputs,
  ctx: ReturnType<typeof actionContext>,
  client: GitHubClient | null,
  scan: ScanOutcome,
  exitCode: number
): Promise<number> {
  const { env, logger } = deps
  const warn = (message: string) => logger.warning(message)
  // Only a refused OIDC assumption is worth asking the runner for this job's token claims.
  const oidcFindings = scan.units.some((u) => u.report.findings.some(isOidcFinding))
  const claims = oidcFindings ? await fetchIdTokenClaims(env, (m) => logger.debug(m)) : null
  const oidc = oidcContext(env, ctx.payload, scan.scannedRun, claims)
  for (const unit of scan.units) {
    unit.report = await completeReport(unit.report, {
      decode: inputs.decode,
      requireEnvCredentials: true,
      region: inputs.awsRegion,
      env,
      oidc,
      warn
    })
  }
  const [only, ...others] = scan.units
  const merged =
    only && others.length === 0
      ? only.report
      : withRemedies(mergeReports(scan.units.map((u) => u.report)), oidc, warn)
  const redact = shouldRedact(inputs.redactAccountIds, ctx.payload)
  const publishable = (r: Report) => (redact ? redactAccountIds(r) : r)
  const shown = publishable(merged)

  // Job-log "files" are job names, not paths GitHub could open: annotate without a location.
  const located = !scan.scannedRun
  const { items, omitted } = annotations(shown, 10)
  for (const a of items) {
    logger.error(a.message, {
      title: a.title,
      ...(located && a.file ? { file: a.file, startLine: a.line } : {})
    })
  }

  const { commentUrl, notes } = await publishComments(
    client,
    inputs,
    ctx,
    env,
    scan,
    publishable,
    logger
  )

  try {
    const parts = [renderMarkdown(shown).trimEnd()]
    if (omitted > 0) {
      parts.push(
        `_${omitted} more finding${omitted === 1 ? ' is' : 's are'} listed here but not annotated: GitHub shows at most 10 error annotations per step._`
      )
    }
    parts.push(...notes)
    await logger.writeSummary(parts.join('\n\n') + '\n')
  } catch (error) {
    logger.warning(`whydenied could not write the job summary: ${errorMessage(error)}`)
  }

  // Outputs feed later steps, so they keep real values; only what is published is redacted.
  const contract = JSON.parse(renderJson(merged)) as { findings: unknown[] }
  const findingsOutput = fitOutput(contract.findings)
  if (findingsOutput.kept < contract.findings.length) {
    logger.warning(
      `whydenied: the findings output holds the first ${findingsOutput.kept} of ${contract.findings.length} findings (GitHub limits outputs to 1 MiB per job).`
    )
  }
  logger.setOutput('findings', findingsOutput.json)
  logger.setOutput('count', String(merged.findings.length))
  if (scan.exitCode !== null) logger.setOutput('exit-code', String(scan.exitCode))
  logger.setOutput('comment-url', commentUrl)
  const policy = mergedPolicy(merged.remedies)
  if (policy) logger.setOutput('policy', JSON.stringify(policy, null, 2))

  const count = merged.findings.length
  logger.info(
    count === 0
      ? 'whydenied: no AWS authorization failures found.'
      : `whydenied: ${count} AWS authorization failure${count === 1 ? '' : 's'} found; see the job summary.`
  )
  if (inputs.failOnFindings && count > 0 && exitCode === 0) {
    logger.error(`whydenied: failing the step (fail-on-findings): ${plural(count)} found.`)
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
