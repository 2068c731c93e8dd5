// The two ways the Action gets a log: this job (a wrapped command and/or files), or the failed
// jobs of another run. Each yields "units": one job's findings, which become one PR comment.
import fs from 'node:fs'
import path from 'node:path'
import { Analysis } from '../engine/Analysis.js'
import type { Report } from '../model/Report.js'
import { readFiles } from '../source/readFiles.js'
import { failedJobs, listRunJobs, streamJobLog } from '../source/jobLogs.js'
import { StepLines, type StepLine } from '../source/jobSteps.js'
import type { Finding } from '../model/Finding.js'
import { runCommand, type Sink, type SignalSource, type Writer } from '../source/runCommand.js'
import { StreamScan } from '../source/workerStream.js'
import { workerScript } from '../source/workerScan.js'
import { prepareScript } from '../source/shellCommand.js'
import { readAddMasksFrom, watchAddMask } from './addMaskLines.js'
import { childEnv } from './childEnv.js'
import type { ActionContext } from './context.js'
import { InputError, type ActionInputs } from './inputs.js'
import type { ActionLogger } from './logger.js'
import { plainName } from './guardedLogger.js'
import { lineEndTracking } from './lineEnd.js'
import type { GitHubClient } from '../source/githubClient.js'
import type { SecretMask } from './secretMask.js'
import { isForeignRun } from './untrustedRun.js'
import type { WorkflowRunPayload } from './pullRequest.js'
import { errorMessage } from '../common/errorMessage.js'

export interface ScanUnit {
  workflow: string
  /** Job display name; null = this job, resolved only if a comment is to be posted. */
  job: string | null
  report: Report
  runUrl?: string
  /** Another run's job: where a finding's line is among the job's steps (for a line link). */
  stepOf?: (f: Finding) => StepLine | null
}

export interface ScanOutcome {
  units: ScanUnit[]
  /** The wrapped command's exit code; null when nothing was run. */
  exitCode: number | null
  /** The engine failed after the command ran: report nothing rather than a false "all clear". */
  analysisFailed?: boolean
  /** Set when scanning another run: its payload, for PR lookup and OIDC facts. */
  scannedRun?: WorkflowRunPayload
  /** The scanned run's code came from a fork: its log is attacker-controlled (untrustedRun.ts). */
  untrusted?: boolean
}

export interface ScanDeps {
  env: NodeJS.ProcessEnv
  logger: ActionLogger
  stdout: Writer
  stderr: Writer
  signalSource?: SignalSource
  createAnalysis: () => Analysis
  /** Collects `::add-mask::` values from the command's output and the scanned files. */
  mask: SecretMask
  /**
   * The scan worker's bundle, for long streams (a wrapped command's output, a job's log): null
   * scans on this thread. Default: the one beside this bundle, when there is one.
   */
  workerScript?: URL | null
}

/** Long streams go to the scan worker, paced, so that memory stays bounded (docs/benchmarks.md). */
function streamsOf(deps: ScanDeps, analysis: Analysis): StreamScan {
  return new StreamScan(
    analysis,
    deps.workerScript === undefined ? workerScript(import.meta.url) : deps.workerScript
  )
}

/** The engine and the sources for the command's two streams; null if the engine cannot start. */
function startAnalysis(
  deps: ScanDeps
): { analysis: Analysis; streams: StreamScan; sinks: { stdout: Sink; stderr: Sink } } | null {
  try {
    const analysis = deps.createAnalysis()
    const streams = streamsOf(deps, analysis)
    const sink = () => watchAddMask(streams.source(null), deps.mask)
    return { analysis, streams, sinks: { stdout: sink(), stderr: sink() } }
  } catch (error) {
    deps.logger.warning(
      `whydenied could not start its analysis; the command runs unwatched: ${errorMessage(error)}`
    )
    return null
  }
}

export async function scanThisJob(
  deps: ScanDeps,
  inputs: ActionInputs,
  ctx: ActionContext
): Promise<ScanOutcome> {
  // Without a command there is nothing to protect: an engine that cannot start is an error.
  const started = inputs.run ? startAnalysis(deps) : null
  const analysis = started?.analysis ?? (inputs.run ? null : deps.createAnalysis())
  let exitCode: number | null = null
  let analysisFailed = started === null && inputs.run !== ''
  if (inputs.run) {
    const cwd = path.resolve(ctx.workspace, inputs.workingDirectory || '.')
    if (!fs.statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      throw new InputError(`working-directory ${inputs.workingDirectory} is not a directory`)
    }
    const prepared = prepareScript(inputs.run, inputs.shell, ctx.tempDir)
    const stdout = lineEndTracking(deps.stdout)
    try {
      const result = await runCommand({
        argv: prepared.argv,
        verbatim: prepared.verbatim,
        cwd,
        env: childEnv(deps.env),
        stdout,
        stderr: deps.stderr,
        signalSource: deps.signalSource,
        sinks: started?.sinks ?? {},
        onWarning: (message) => {
          // The engine broke mid-stream: what it found is partial, never an all-clear.
          analysisFailed = true
          deps.logger.warning(message)
        }
      })
      // Before anything we print, or the runner reads our first command as part of its line.
      stdout.endLine()
      exitCode = result.exitCode
      if (result.startError) deps.logger.error(`whydenied: ${result.startError}`)
      if (result.forwarded.length > 0) {
        deps.logger.info(`whydenied: forwarded ${result.forwarded.join(', ')} to the command`)
      }
    } finally {
      prepared.cleanup()
    }
  }
  if (!analysis) return { units: [], exitCode, analysisFailed: true }
  if (started && !analysisFailed) {
    try {
      await started.streams.finished()
    } catch (error) {
      // What the worker had scanned is lost (a stream cannot be read twice): never an all-clear.
      deps.logger.warning(
        `whydenied could not analyse the command's output: ${errorMessage(error)}`
      )
      return { units: [], exitCode, analysisFailed: true }
    }
  }
  if (inputs.files) {
    try {
      const files = await readFiles(analysis, inputs.files, ctx.workspace)
      await readAddMasksFrom(
        files.map((f) => f.path),
        deps.mask
      )
    } catch (error) {
      // After a command ran, its exit code is the result; a bad `files` line is only a warning.
      if (exitCode === null) throw error
      deps.logger.warning(errorMessage(error))
    }
  }
  let report: Report
  try {
    report = analysis.report()
  } catch (error) {
    if (exitCode === null) throw error
    deps.logger.warning(`whydenied could not analyse the command's output: ${errorMessage(error)}`)
    return { units: [], exitCode, analysisFailed: true }
  }
  return {
    units: [{ workflow: ctx.workflow, job: null, report, runUrl: ctx.runUrl }],
    exitCode,
    ...(analysisFailed ? { analysisFailed } : {})
  }
}

export async function scanRunLogs(
  deps: ScanDeps,
  client: GitHubClient | null,
  ctx: ActionContext,
  runId: number
): Promise<ScanOutcome> {
  if (!client) throw new InputError('workflow-run-id needs a github-token (with actions: read)')
  const repo = { owner: ctx.owner, repo: ctx.repo }
  let run: WorkflowRunPayload
  try {
    run =
      ctx.payload.workflow_run?.id === runId
        ? ctx.payload.workflow_run
        : ((
            await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
              ...repo,
              run_id: runId
            })
          ).data as WorkflowRunPayload)
  } catch (error) {
    throw new InputError(
      `cannot read workflow run ${runId}: ${errorMessage(error)} (the token needs actions: read)`
    )
  }
  let jobs
  try {
    jobs = await listRunJobs(client, { ...repo, runId })
  } catch (error) {
    throw new InputError(
      `cannot list the jobs of run ${runId}: ${errorMessage(error)} (the token needs actions: read)`
    )
  }
  const failed = new Set(failedJobs(jobs).map((job) => job.id))
  const workflow = run.name || 'workflow'
  const units: ScanUnit[] = []
  for (const job of jobs) {
    const runUrl = job.html_url || run.html_url
    if (job.conclusion === 'success') {
      // Clean now: lets an earlier comment for this job be marked resolved.
      units.push({ workflow, job: job.name, report: deps.createAnalysis().report(), runUrl })
      continue
    }
    if (!failed.has(job.id)) continue
    const analysis = deps.createAnalysis()
    try {
      const streams = streamsOf(deps, analysis)
      const sink = streams.source(job.name)
      const steps = new StepLines(job.steps ?? [])
      const bytes = await streamJobLog(client, repo, job.id, {
        write: (chunk) => {
          steps.write(chunk)
          return sink.write(chunk)
        },
        end: () => {
          steps.end()
          sink.end()
        },
        ready: () => sink.ready()
      })
      await streams.finished()
      deps.logger.info(
        `whydenied: scanned the log of job "${plainName(job.name)}" (${bytes} bytes)`
      )
      const stepOf = (f: Finding) => (f.file === job.name ? steps.at(f.line) : null)
      units.push({ workflow, job: job.name, report: analysis.report(), runUrl, stepOf })
    } catch (error) {
      deps.logger.warning(
        `whydenied could not read the log of job "${plainName(job.name)}": ${errorMessage(error)}`
      )
    }
  }
  if (failed.size === 0) deps.logger.info(`whydenied: run ${runId} has no failed jobs`)
  const untrusted = isForeignRun(run, ctx.owner, ctx.repo)
  return { units, exitCode: null, scannedRun: run, ...(untrusted ? { untrusted } : {}) }
}
