// `whydenied run [options] -- COMMAND [ARGS...]`: run a command (argv, no shell), pass its output
// through untouched, then print the report on stderr so the command's stdout stays clean for pipes.
import fs from 'node:fs'
import type { Readable } from 'node:stream'
import { Analysis } from '../engine/Analysis.js'
import { completeReport } from '../engine/completeReport.js'
import { oidcContextFromEnv, withJobClaims } from '../remedy/oidcContext.js'
import { isOidcFinding } from '../remedy/contribute.js'
import { fetchIdTokenClaims } from '../source/idTokenClaims.js'
import { render } from './render.js'
import {
  findingsExit,
  OPTIONS_HELP,
  parseCliOptions,
  UsageError,
  wantsColor,
  type CliOptions
} from './options.js'
import { readPolicy } from './readPolicy.js'
import { VERSION } from './version.js'
import { locateInRepo } from './locateInRepo.js'
import { runCommand, type SignalSource, type Writer } from '../source/runCommand.js'
import { StreamScan } from '../source/workerStream.js'
import { workerScript } from '../source/workerScan.js'
import { errorMessage } from '../common/errorMessage.js'

export interface RunIo {
  stdout: Writer
  stderr: Writer
  env: NodeJS.ProcessEnv
  /** Passed to the command; omit for no stdin. */
  stdin?: Readable
  /** Where SIGINT/SIGTERM come from (process by default). */
  signalSource?: SignalSource
  cwd?: string
  /** Whether stderr is a terminal (colour). */
  stderrIsTTY?: boolean
}

const RUN_HELP = `Usage: whydenied run [options] -- COMMAND [ARGS...]

Runs COMMAND (directly, without a shell), passes its stdout and stderr through unchanged,
and explains any AWS authorization failure it printed. The report is written to stderr
after the command ends, so the command's stdout stays clean for pipes. whydenied exits
with the command's exit code (128+N when a signal ended it).

${OPTIONS_HELP}
Examples:
  whydenied run -- terraform apply -auto-approve
  whydenied run --format markdown --output report.md -- bash -c './deploy.sh'
`

const say = (writer: Writer, text: string) => writer.write(Buffer.from(text))

export async function runSubcommand(argv: string[], io: RunIo): Promise<number> {
  let args: CliOptions
  try {
    args = parseCliOptions(argv, 'run')
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    say(io.stderr, `whydenied run: ${error.message}\nTry 'whydenied run --help'.\n`)
    return 2
  }
  if (args.help) {
    say(io.stdout, RUN_HELP)
    return 0
  }
  if (args.version) {
    say(io.stdout, `whydenied ${VERSION}\n`)
    return 0
  }
  let currentPolicy: unknown
  try {
    // Read before the command runs: a bad path is a usage error, not a lost report afterwards.
    if (args.currentPolicy) currentPolicy = readPolicy(args.currentPolicy)
    if (args.repo && !fs.statSync(args.repo, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(`--repo ${args.repo} is not a directory`)
    }
  } catch (error) {
    say(io.stderr, `whydenied run: ${errorMessage(error)}\n`)
    return 2
  }

  const warn = (message: string) => say(io.stderr, `whydenied: warning: ${message}\n`)
  let analysis: Analysis | null = null
  let streams: StreamScan | null = null
  try {
    analysis = new Analysis()
    // A long output is scanned on the worker, paced so that it never queues up in memory.
    streams = new StreamScan(analysis, workerScript(import.meta.url))
  } catch (error) {
    warn(`the analysis could not start, running the command unwatched: ${errorMessage(error)}`)
  }
  const result = await runCommand({
    argv: args.operands,
    cwd: io.cwd,
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    signalSource: io.signalSource,
    sinks: streams ? { stdout: streams.source(null), stderr: streams.source(null) } : {},
    onWarning: warn
  })
  if (result.startError) {
    say(io.stderr, `whydenied run: ${result.startError}\n`)
    return result.exitCode
  }
  if (!analysis || !streams) return result.exitCode

  try {
    await streams.finished()
    const scanned = analysis.report()
    // Inside a job with `id-token: write`, its token names the environment and exact subject.
    const claims = scanned.findings.some(isOidcFinding) ? await fetchIdTokenClaims(io.env) : null
    const fromEnv = oidcContextFromEnv(io.env)
    const report = await completeReport(scanned, {
      decode: args.decode,
      whoami: args.whoami,
      requireEnvCredentials: false,
      region: args.region,
      env: io.env,
      oidc: claims ? withJobClaims(fromEnv, claims) : fromEnv,
      currentPolicy,
      fixIntended: args.fixIntended,
      warn
    })
    const located = args.repo ? await locateInRepo(report, args.repo, warn) : report
    const color = wantsColor(args, !!io.stderrIsTTY, io.env)
    const text = render(located, args.format, color)
    const ending = text.endsWith('\n') ? '' : '\n'
    if (args.output) fs.writeFileSync(args.output, text + ending)
    else say(io.stderr, text + ending)
    // The command's own failure comes first; findings fail only a command that succeeded.
    if (result.exitCode === 0) return findingsExit(args, located)
  } catch (error) {
    warn(`could not produce the report: ${errorMessage(error)}`)
    // Unknown findings must not pass a gate the user asked for.
    if (args.failOnFindings && result.exitCode === 0) return 1
  }
  return result.exitCode
}
