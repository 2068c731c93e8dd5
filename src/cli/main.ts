// `whydenied [options] [FILE...]`: explain the AWS authorization failures in log files or stdin.
import fs from 'node:fs'
import type { Readable } from 'node:stream'
import { Analysis } from '../engine/Analysis.js'
import type { Report } from '../model/Report.js'
import { completeReport } from '../engine/completeReport.js'
import { render } from './render.js'
import { findingsExit, OPTIONS_HELP, parseCliOptions, UsageError, wantsColor } from './options.js'
import { cannotRead, readPolicy } from './readPolicy.js'
import { oidcContextFromEnv } from '../remedy/oidcContext.js'
import { VERSION } from './version.js'
import { feedFile } from '../source/feedFile.js'
import { maybeGunzip } from '../source/gunzip.js'
import { scanFiles, workerScript } from '../source/workerScan.js'
import { StreamScan, type PacedSource } from '../source/workerStream.js'
import { MAX_LINE_BYTES } from '../scan/Scanner.js'
import { errorMessage } from '../common/errorMessage.js'
import { locateInRepo } from './locateInRepo.js'

export interface CliIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
  stdin: Readable
  /** A person at a terminal, not a pipe: no operands then means "show usage", not "read stdin". */
  stdinIsTTY?: boolean
  env: NodeJS.ProcessEnv
  stdoutIsTTY: boolean
  /** Terminal width, when stdout is one: text is wrapped to it. */
  stdoutColumns?: number
  /** The git work tree around the working directory (the default --repo); null outside one. */
  gitTopLevel?: () => string | null
}

const HELP = `Usage: whydenied [options] [FILE...]
       whydenied run [options] -- COMMAND [ARGS...]
       whydenied oidc --role-arn ARN [--trust-policy FILE] [--claims FILE | --sub SUB]

Finds every AWS authorization failure (AccessDenied, UnauthorizedOperation, encoded
messages, OIDC trust refusals, credential errors) in CI logs, explains it, and proposes
the least-privilege policy change. Reads the FILEs, or standard input when none is
given or FILE is "-".

${OPTIONS_HELP}
Exit status: 0 when the logs were read (with or without findings; 1 for findings with
--fail-on-findings), 2 on a usage error or an unreadable file. "whydenied run" exits with
the command's own status (1 for findings with --fail-on-findings when it succeeded).

Examples:
  whydenied build.log
  terraform apply 2>&1 | whydenied --format markdown
  whydenied run -- ./deploy.sh
`

const SHORT_USAGE = `Usage: whydenied [options] FILE...    (or pipe a log in: ... 2>&1 | whydenied)
       whydenied run [options] -- COMMAND [ARGS...]
Try 'whydenied --help' for the options.
`

/** Feeds one operand, waiting whenever the scan worker is behind. */
async function feed(streams: StreamScan, file: string, io: CliIo): Promise<void> {
  const stdin = file === '-'
  const source: PacedSource = streams.source(stdin ? null : file)
  try {
    if (stdin) {
      for await (const chunk of maybeGunzip(io.stdin)) {
        source.write(chunk)
        await source.ready()
      }
    } else {
      await feedFile(file, (chunk) => {
        source.write(chunk)
        return source.ready() ?? undefined
      })
    }
  } finally {
    source.end()
  }
}

/** Notes about the input that the user should see, on stderr. */
function inputNotes(report: Report): string[] {
  const notes: string[] = []
  if (report.stats.binaryBytes > 0) {
    notes.push(
      `whydenied: the input holds ${report.stats.binaryBytes} NUL bytes and may not be a text log; it was scanned as text anyway.`
    )
  }
  if (report.stats.longLines > 0) {
    notes.push(
      `whydenied: ${report.stats.longLines} line(s) longer than ${MAX_LINE_BYTES / 1024} KiB were read in segments.`
    )
  }
  if (report.stats.droppedFindings > 0) {
    notes.push(
      `whydenied: ${report.stats.droppedFindings} further distinct findings were counted but not kept.`
    )
  }
  return notes
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let options
  try {
    options = parseCliOptions(argv, 'files')
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`whydenied: ${error.message}\nTry 'whydenied --help'.\n`)
    return 2
  }
  if (options.help) {
    io.stdout.write(HELP)
    return 0
  }
  if (options.version) {
    io.stdout.write(`whydenied ${VERSION}\n`)
    return 0
  }
  if (options.operands.length === 0 && io.stdinIsTTY) {
    // Nothing piped in: waiting on the keyboard would look like a hang.
    io.stderr.write(SHORT_USAGE)
    return 2
  }
  const names = options.operands.length ? options.operands : ['-']
  const analysis = new Analysis()
  let currentPolicy: unknown
  const stdin = names.includes('-')
  // Stdin (with any files beside it) is a stream of unknown length: long, it goes to the worker.
  const streams = new StreamScan(analysis, stdin ? workerScript(import.meta.url) : null)
  try {
    if (options.currentPolicy) currentPolicy = readPolicy(options.currentPolicy)
    const files = names.map((f) => ({ path: f, name: f }))
    const inThread = async (file: { name: string }) => {
      try {
        await feed(streams, file.name, io)
      } catch (error) {
        throw cannotRead(file.name, error)
      }
    }
    if (stdin) for (const file of files) await inThread(file)
    else await scanFiles(analysis, files, inThread)
    await streams.finished()
  } catch (error) {
    // A worker left waiting for the rest of a stream would keep the process alive.
    streams.abandon()
    io.stderr.write(`whydenied: ${errorMessage(error)}\n`)
    return 2
  }
  if (options.repo && !fs.statSync(options.repo, { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr.write(`whydenied: --repo ${options.repo} is not a directory\n`)
    return 2
  }
  const completed = await completeReport(analysis.report(), {
    decode: options.decode,
    whoami: options.whoami,
    requireEnvCredentials: false,
    region: options.region,
    env: io.env,
    oidc: oidcContextFromEnv(io.env),
    currentPolicy,
    fixIntended: options.fixIntended,
    warn: (m) => io.stderr.write(`whydenied: ${m}\n`)
  })
  // Without --repo, the work tree the user stands in: `whydenied build.log` inside a checkout
  // finds the definitions without being told where they are.
  const repo = options.repo ?? (completed.remedies.length ? io.gitTopLevel?.() : null)
  const report = repo
    ? await locateInRepo(completed, repo, (m) => io.stderr.write(`whydenied: ${m}\n`))
    : completed
  for (const note of inputNotes(report)) io.stderr.write(`${note}\n`)
  const color = wantsColor(options, io.stdoutIsTTY, io.env)
  const text = render(report, options.format, color, options.output ? undefined : io.stdoutColumns)
  if (!options.output) {
    io.stdout.write(text)
    return findingsExit(options, report)
  }
  try {
    fs.writeFileSync(options.output, text.endsWith('\n') ? text : `${text}\n`)
  } catch (error) {
    io.stderr.write(`whydenied: cannot write ${options.output}: ${errorMessage(error)}\n`)
    return 2
  }
  return findingsExit(options, report)
}
