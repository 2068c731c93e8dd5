// `whydenied run [options] -- COMMAND [ARGS...]`: run a command (argv, no shell), pass its output
// through untouched, then print the report on stderr so the command's stdout stays clean for pipes.
import fs from 'node:fs'
import type { Readable } from 'node:stream'
import { Analysis } from '../engine/Analysis.js'
import { completeReport } from '../engine/completeReport.js'
import { oidcContextFromEnv } from '../remedy/oidcContext.js'
import { FORMATS, render, type Format } from './render.js'
import { runCommand, type SignalSource, type Writer } from '../source/runCommand.js'
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

Options:
  --format text|markdown|json   report format (default: text)
  --output FILE                 write the report to FILE instead of stderr
  --decode                      decode encoded authorization messages with STS (off by default)
  --region REGION               Region for STS
  -h, --help                    show this help

Example:
  whydenied run -- terraform apply -auto-approve
  whydenied run --format markdown --output report.md -- bash -c './deploy.sh'
`

interface RunArgs {
  format: Format
  output: string | null
  decode: boolean
  region?: string
  help: boolean
  command: string[]
}

class UsageError extends Error {}

export function parseRunArgs(argv: string[]): RunArgs {
  const args: RunArgs = { format: 'text', output: null, decode: false, help: false, command: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg]
    const value = () => {
      if (inline !== undefined) return inline
      const next = argv[++i]
      if (next === undefined) throw new UsageError(`${name} needs a value`)
      return next
    }
    if (name === '--') {
      args.command = argv.slice(i + 1)
      break
    } else if (name === '-h' || name === '--help') {
      args.help = true
    } else if (name === '--format') {
      const format = value()
      if (!FORMATS.includes(format as Format)) {
        throw new UsageError(
          `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`
        )
      }
      args.format = format as Format
    } else if (name === '--output') {
      args.output = value()
    } else if (name === '--decode') {
      args.decode = true
    } else if (name === '--no-decode') {
      args.decode = false
    } else if (name === '--region') {
      args.region = value()
    } else if (name.startsWith('-')) {
      throw new UsageError(`unknown option ${name} (put the command after --)`)
    } else {
      args.command = argv.slice(i)
      break
    }
  }
  if (!args.help && args.command.length === 0) throw new UsageError('no command given after --')
  return args
}

const say = (writer: Writer, text: string) => writer.write(Buffer.from(text))

export async function runSubcommand(argv: string[], io: RunIo): Promise<number> {
  let args: RunArgs
  try {
    args = parseRunArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    say(io.stderr, `whydenied run: ${error.message}\nTry 'whydenied run --help'.\n`)
    return 2
  }
  if (args.help) {
    say(io.stdout, RUN_HELP)
    return 0
  }

  const warn = (message: string) => say(io.stderr, `whydenied: warning: ${message}\n`)
  let analysis: Analysis | null = null
  try {
    analysis = new Analysis()
  } catch (error) {
    warn(`the analysis could not start, running the command unwatched: ${String(error)}`)
  }
  const result = await runCommand({
    argv: args.command,
    cwd: io.cwd,
    env: io.env,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    signalSource: io.signalSource,
    sinks: analysis ? { stdout: analysis.source(null), stderr: analysis.source(null) } : {},
    onWarning: warn
  })
  if (result.startError) {
    say(io.stderr, `whydenied run: ${result.startError}\n`)
    return result.exitCode
  }
  if (!analysis) return result.exitCode

  try {
    const report = await completeReport(analysis.report(), {
      decode: args.decode,
      requireEnvCredentials: false,
      region: args.region,
      env: io.env,
      oidc: oidcContextFromEnv(io.env),
      warn
    })
    const color = args.format === 'text' && !args.output && !!io.stderrIsTTY && !io.env.NO_COLOR
    const text = render(report, args.format, color)
    const ending = text.endsWith('\n') ? '' : '\n'
    if (args.output) fs.writeFileSync(args.output, text + ending)
    else say(io.stderr, text + ending)
  } catch (error) {
    warn(`could not produce the report: ${errorMessage(error)}`)
  }
  return result.exitCode
}
