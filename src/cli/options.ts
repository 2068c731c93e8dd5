// The options of `whydenied` and `whydenied run`, in one table read by one parser, so the two
// commands cannot drift apart. `run` stops reading options at `--` or at the first word of the
// command: everything after belongs to the command.
import { parseArgs } from 'node:util'
import { FORMATS, type Format } from './render.js'
import { editDistance } from '../catalog/editDistance.js'

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  decode: { type: 'boolean' },
  whoami: { type: 'boolean' },
  region: { type: 'string' },
  'current-policy': { type: 'string' },
  'fix-intended': { type: 'boolean' },
  repo: { type: 'string' },
  'no-color': { type: 'boolean' },
  'fail-on-findings': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

export interface CliOptions {
  format: Format
  /** Write the report to this file instead of the terminal. */
  output?: string
  decode: boolean
  /** Ask sts:GetCallerIdentity who the credentials are, for findings that name no principal. */
  whoami: boolean
  region?: string
  currentPolicy?: string
  /** Draft statements for refusals the log marks as intended too. */
  fixIntended: boolean
  /**
   * The checkout whose IaC defines the remedies' targets (src/iac). Unset: the git work tree of
   * the current directory (`git rev-parse --show-toplevel`, src/source/gitTopLevel.ts), if any.
   */
  repo?: string
  noColor: boolean
  /** Exit 1 when there are findings (like the Action's input of that name). */
  failOnFindings: boolean
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

const LONG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`)

/** The known option closest to a mistyped one, when it is close enough to be a typo. */
export function suggestOption(unknown: string): string | null {
  const name = unknown.split('=', 1)[0] ?? unknown
  const bare = name.replace(/^-+/, '')
  let best: string | null = null
  let bestDistance = Math.max(1, Math.min(3, Math.floor(bare.length / 3)))
  for (const known of LONG_NAMES) {
    const d = editDistance(bare, known.slice(2), bestDistance)
    if (d <= bestDistance && (best === null || d < bestDistance)) {
      best = known
      bestDistance = d
    }
  }
  return best
}

/**
 * node:util's messages name its own internals (`To specify a positional argument...`); the
 * user gets ours, with the option they probably meant.
 */
function ourWords(error: unknown): string {
  const code = (error as { code?: unknown })?.code
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-[^']*)'/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const suggestion = suggestOption(option)
    return `unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = /--[a-z-]+/.exec(option)?.[0] ?? option
    return /argument missing/.test(message)
      ? `option ${name} needs a value`
      : `option ${name} takes no value`
  }
  return message
}

function parse(argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(ourWords(error))
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
    whoami: values.whoami === true,
    region: text('region'),
    currentPolicy: text('current-policy'),
    fixIntended: values['fix-intended'] === true,
    repo: text('repo'),
    noColor: values['no-color'] === true,
    failOnFindings: values['fail-on-findings'] === true,
    help: values.help === true,
    version: values.version === true,
    operands: mode === 'run' ? split.command : positionals
  }
  if (mode === 'run' && !options.help && !options.version && options.operands.length === 0) {
    throw new UsageError('no command given after --')
  }
  return options
}

/** Exit 1 for findings when asked, as the Action's fail-on-findings input does. */
export function findingsExit(
  options: Pick<CliOptions, 'failOnFindings'>,
  report: { findings: unknown[] }
): number {
  return options.failOnFindings && report.findings.length > 0 ? 1 : 0
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
  -f, --format FORMAT              text (default), markdown (the full report, as the job
                                   summary shows it), comment (as the PR comment shows it:
                                   the fix first), json (the stable contract, version 1),
                                   sarif (for code scanning) or compact (one line per finding)
  -o, --output FILE                write the report to FILE instead of the terminal
      --decode                     decode encoded authorization messages with STS
                                   (needs AWS credentials and sts:DecodeAuthorizationMessage)
      --whoami                     ask sts:GetCallerIdentity who your credentials are and
                                   name that identity where a message names none
      --region REGION              Region for STS (default: AWS_REGION, AWS_DEFAULT_REGION,
                                   then us-east-1)
      --current-policy FILE        the target's current policy document: the fix is shown as
                                   a change to it, and a fix already present says so
      --fix-intended               propose statements for refusals the log marks as the
                                   intended outcome of a test or guardrail as well
      --repo DIR                   the repository that defines the roles and policies: each
                                   fix names the file and line (Terraform, CloudFormation/SAM,
                                   CDK, Serverless) and a patch to that file (default: the git
                                   work tree of the current directory; none outside one)
      --no-color                   plain text even on a terminal (NO_COLOR and TERM=dumb too)
      --fail-on-findings           exit 1 when AWS authorization failures are found
  -h, --help                       show this help
  -v, --version                    show the version
`
