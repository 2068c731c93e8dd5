// The options of `whydenied` and `whydenied run`, in one table read by one parser, so the two
// commands cannot drift apart. `run` stops reading options at `--` or at the first word of the
// command: everything after belongs to the command.
import { parseArgs } from 'node:util'
import { FORMATS, type Format } from './render.js'

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  decode: { type: 'boolean' },
  region: { type: 'string' },
  'current-policy': { type: 'string' },
  repo: { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

export interface CliOptions {
  format: Format
  /** Write the report to this file instead of the terminal. */
  output?: string
  decode: boolean
  region?: string
  currentPolicy?: string
  /**
   * The checkout whose IaC defines the remedies' targets (src/iac). Unset: the git work tree of
   * the current directory (`git rev-parse --show-toplevel`, src/source/gitTopLevel.ts), if any.
   */
  repo?: string
  noColor: boolean
  help: boolean
  version: boolean
  /** Files to read (`whydenied`) or the command and its arguments (`whydenied run`). */
  operands: string[]
}

const TAKES_VALUE = new Set(
  Object.entries(OPTIONS).flatMap(([name, o]) =>
    o.type === 'string' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : []
  )
)

/** Where `run`'s command starts: after `--`, or at the first word that is not an option. */
function splitCommand(argv: string[]): { options: string[]; command: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') return { options: argv.slice(0, i), command: argv.slice(i + 1) }
    if (!arg.startsWith('-') || arg === '-') {
      return { options: argv.slice(0, i), command: argv.slice(i) }
    }
    // The option's value, unless it is missing (then parseArgs says so).
    if (TAKES_VALUE.has(arg) && argv[i + 1] !== '--') i++
  }
  return { options: argv, command: [] }
}

function parse(argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

/** Options of either command; `mode` says what the operands are. Throws UsageError. */
export function parseCliOptions(argv: string[], mode: 'files' | 'run'): CliOptions {
  const split = mode === 'run' ? splitCommand(argv) : { options: argv, command: [] }
  const { values, positionals } = parse(split.options)
  const format = (values.format ?? 'text') as string
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`
    )
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  const options: CliOptions = {
    format: format as Format,
    output: text('output'),
    decode: values.decode === true,
    region: text('region'),
    currentPolicy: text('current-policy'),
    repo: text('repo'),
    noColor: values['no-color'] === true,
    help: values.help === true,
    version: values.version === true,
    operands: mode === 'run' ? split.command : positionals
  }
  if (mode === 'run' && !options.help && !options.version && options.operands.length === 0) {
    throw new UsageError('no command given after --')
  }
  return options
}

/**
 * Colour only for text on a terminal that can show it, and not when the user or the terminal
 * says no (--no-color, NO_COLOR, TERM=dumb) or the report goes to a file.
 */
export function wantsColor(options: CliOptions, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return (
    options.format === 'text' &&
    !options.output &&
    isTTY &&
    !options.noColor &&
    !env.NO_COLOR &&
    env.TERM !== 'dumb'
  )
}

/** The options block of both help texts. */
export const OPTIONS_HELP = `Options:
  -f, --format text|markdown|json  report format (default: text; markdown is what a PR
                                   comment shows; json is the stable contract, version 1)
  -o, --output FILE                write the report to FILE instead of the terminal
      --decode                     decode encoded authorization messages with STS
                                   (needs AWS credentials and sts:DecodeAuthorizationMessage)
      --region REGION              Region for STS (default: AWS_REGION, AWS_DEFAULT_REGION,
                                   then us-east-1)
      --current-policy FILE        the target's current policy document: the fix is shown as
                                   a change to it, and a fix already present says so
      --repo DIR                   the repository that defines the roles and policies: each
                                   fix names the file and line (Terraform, CloudFormation/SAM,
                                   CDK, Serverless) and a patch to that file (default: the git
                                   work tree of the current directory; none outside one)
      --no-color                   plain text even on a terminal (NO_COLOR and TERM=dumb too)
  -h, --help                       show this help
  -v, --version                    show the version
`
