// `whydenied [options] [FILE...]`: explain the AWS authorization failures in log files or stdin.
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import type { Readable } from 'node:stream'
import { Analysis } from '../engine/Analysis.js'
import type { Report } from '../model/Report.js'
import { completeReport } from '../action/completeReport.js'
import { FORMATS, render, type Format } from './render.js'
import { oidcContextFromEnv } from './oidcContext.js'
import { VERSION } from './version.js'
import { feedFile } from '../source/feedFile.js'
import { maybeGunzip } from '../source/gunzip.js'
import { scanFiles } from '../source/workerScan.js'
import { MAX_LINE_BYTES } from '../scan/Scanner.js'

export interface CliIo {
  stdout: { write(s: string): unknown }
  stderr: { write(s: string): unknown }
  stdin: Readable
  env: NodeJS.ProcessEnv
  stdoutIsTTY: boolean
  /** Terminal width, when stdout is one: text is wrapped to it. */
  stdoutColumns?: number
}

export const HELP = `Usage: whydenied [options] [FILE...]
       whydenied run [options] -- COMMAND [ARGS...]

Finds every AWS authorization failure (AccessDenied, UnauthorizedOperation, encoded
messages, OIDC trust refusals, credential errors) in CI logs, explains it, and proposes
the least-privilege policy change. Reads the FILEs, or standard input when none is
given or FILE is "-".

Options:
  -f, --format text|markdown|json  output format (default: text; markdown is what a PR
                                   comment shows; json is the stable contract, version 1)
      --decode                     decode encoded authorization messages with STS
                                   (needs AWS credentials and sts:DecodeAuthorizationMessage)
      --region REGION              Region for STS (default: AWS_REGION, AWS_DEFAULT_REGION,
                                   then us-east-1)
      --current-policy FILE        the target's current policy document: the fix is shown as
                                   a change to it, and a fix already present says so
      --no-color                   plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help                       show this help
  -v, --version                    show the version

Exit status: 0 when the logs were read (with or without findings), 2 on a usage error or
an unreadable file. "whydenied run" exits with the command's own status.

Examples:
  whydenied build.log
  terraform apply 2>&1 | whydenied --format markdown
  whydenied run -- ./deploy.sh
`

class UsageError extends Error {}

interface Options {
  format: Format
  decode: boolean
  region?: string
  currentPolicy?: string
  color: boolean
  files: string[]
}

function parse(argv: string[], io: CliIo): Options | 'help' | 'version' {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        decode: { type: 'boolean' },
        region: { type: 'string' },
        'current-policy': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' }
      }
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const v = parsed.values
  if (v.help) return 'help'
  if (v.version) return 'version'
  const format = (v.format ?? 'text') as Format
  if (!FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(v.format)}`
    )
  }
  const noColor = v['no-color'] || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
  return {
    format,
    decode: Boolean(v.decode),
    region: v.region,
    currentPolicy: v['current-policy'],
    color: io.stdoutIsTTY && !noColor && io.env.TERM !== 'dumb',
    files: parsed.positionals.length ? parsed.positionals : ['-']
  }
}

async function feed(analysis: Analysis, file: string, io: CliIo): Promise<void> {
  const stdin = file === '-'
  const source = analysis.source(stdin ? null : file)
  try {
    if (stdin) for await (const chunk of maybeGunzip(io.stdin)) source.write(chunk)
    else await feedFile(file, (chunk) => source.write(chunk))
  } finally {
    source.end()
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied'
}

/** The same plain words for any file the CLI cannot read (logs and --current-policy alike). */
function cannotRead(file: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : (error as Error).message
  return new UsageError(`cannot read ${file}: ${why}`)
}

function readPolicy(file: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw cannotRead(file, error)
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new UsageError(`${file} is not a JSON policy document`)
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
    options = parse(argv, io)
  } catch (error) {
    io.stderr.write(`whydenied: ${(error as Error).message}\nTry 'whydenied --help'.\n`)
    return 2
  }
  if (options === 'help') {
    io.stdout.write(HELP)
    return 0
  }
  if (options === 'version') {
    io.stdout.write(`whydenied ${VERSION}\n`)
    return 0
  }
  const analysis = new Analysis()
  let currentPolicy: unknown
  try {
    if (options.currentPolicy) currentPolicy = readPolicy(options.currentPolicy)
    const stdin = options.files.includes('-')
    const files = options.files.map((f) => ({ path: f, name: f }))
    const inThread = async (file: { name: string }) => {
      try {
        await feed(analysis, file.name, io)
      } catch (error) {
        throw cannotRead(file.name, error)
      }
    }
    if (stdin) for (const file of files) await inThread(file)
    else await scanFiles(analysis, files, inThread)
  } catch (error) {
    io.stderr.write(`whydenied: ${(error as Error).message}\n`)
    return 2
  }
  const report = await completeReport(analysis.report(), {
    decode: options.decode,
    requireEnvCredentials: false,
    region: options.region,
    env: io.env,
    oidc: oidcContextFromEnv(io.env),
    currentPolicy,
    warn: (m) => io.stderr.write(`whydenied: ${m}\n`)
  })
  for (const note of inputNotes(report)) io.stderr.write(`${note}\n`)
  io.stdout.write(render(report, options.format, options.color, io.stdoutColumns))
  return 0
}
