// `whydenied oidc`: the OIDC doctor without a token. The claims come from a file (a decoded
// token, the `claims` of a whydenied JSON finding) or from --sub; the trust policy from a file;
// STS's answer, when there is one, as printed in the failed run's log.
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import type { OidcClaims, StsError } from '../model/Oidc.js'
import { claimsFrom, decodeClaims, emptyClaims } from '../oidc/claims.js'
import { DEFAULT_AUDIENCE, diagnoseOidc, type StsOutcome } from '../oidc/doctor.js'
import type { CliIo } from './main.js'
import { oidcContextFromEnv } from '../remedy/oidcContext.js'
import { FORMATS, render, type Format } from './render.js'

export const OIDC_HELP = `Usage: whydenied oidc --role-arn ARN [--audience A] [--trust-policy FILE]
                     [--claims FILE | --sub SUB] [--sts-error TEXT] [--format F]

Explains why GitHub Actions could not assume ROLE with OIDC (configure-aws-credentials),
without a token: give the claims of the failed run (or the sub you expect) and the role's
trust policy, and whydenied names the statement and condition that reject them and
proposes the trust statement for these claims.

Options:
      --role-arn ARN        the role-to-assume of the failed step
      --audience A          the token's audience (default: sts.amazonaws.com)
      --trust-policy FILE   the role's trust policy: the JSON document, or the output of
                            aws iam get-role
      --claims FILE         the token's claims as JSON (the decoded payload, or the claims
                            object of a whydenied JSON report); a raw token is decoded too
      --sub SUB             the sub claim to check, instead of --claims
      --sts-error TEXT      the error STS gave, as printed in the log (for example
                            "Could not assume role with OIDC: Not authorized to perform
                            sts:AssumeRoleWithWebIdentity")
  -f, --format text|markdown|json   report format (default: text)
  -h, --help                show this help

Exit status: 0 when a verdict was printed, 2 on a usage error or an unreadable file.

Example:
  whydenied oidc --role-arn arn:aws:iam::111122223333:role/gha-deploy \\
    --sub repo:octo-org/octo-repo:environment:prod --trust-policy trust.json
`

class UsageError extends Error {}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`
    )
  }
}

function readJson(file: string, what: string): unknown {
  const text = readText(file)
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new UsageError(`${file} is not ${what} as JSON`)
  }
}

/** Claims from a decoded payload, a whydenied report or finding, or a raw token. */
function readClaims(file: string): OidcClaims {
  const text = readText(file).trim()
  if (!text.startsWith('{')) {
    const decoded = decodeClaims(text)
    if (decoded) return decoded
    throw new UsageError(`${file} holds neither claims as JSON nor a token`)
  }
  let doc = readJson(file, 'claims') as Record<string, unknown>
  const findings = doc.findings
  if (Array.isArray(findings))
    doc = (findings.find((f) => f?.kind === 'oidc') ?? findings[0] ?? {}) as Record<string, unknown>
  if (doc.claims && typeof doc.claims === 'object') doc = doc.claims as Record<string, unknown>
  return claimsFrom(doc)
}

// `An error occurred (Code) when calling the X operation: message` (AWS CLI, botocore),
// `Code: message` (SDKs), or the message alone (configure-aws-credentials).
function parseStsError(text: string): StsError {
  const t = text.trim().replace(/^(Error:\s*)?(Could not assume role with OIDC:\s*)?/i, '')
  const cli = /\((\w+)\) when calling the \w+ operation:\s*(.*)$/s.exec(t)
  if (cli) return { code: cli[1]!, message: cli[2]!.trim() }
  const sdk = /^([A-Z][A-Za-z]+(?:Exception|Error|Token|Denied)?):\s+(.*)$/s.exec(t)
  if (sdk && !/\s/.test(sdk[1]!)) return { code: sdk[1]!, message: sdk[2]!.trim() }
  return { code: '', message: t }
}

export async function oidcSubcommand(argv: string[], io: CliIo): Promise<number> {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        'role-arn': { type: 'string' },
        audience: { type: 'string' },
        'trust-policy': { type: 'string' },
        claims: { type: 'string' },
        sub: { type: 'string' },
        'sts-error': { type: 'string' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (error) {
    io.stderr.write(`whydenied oidc: ${(error as Error).message}\nTry 'whydenied oidc --help'.\n`)
    return 2
  }
  if (values.help) {
    io.stdout.write(OIDC_HELP)
    return 0
  }
  try {
    const format = (values.format ?? 'text') as Format
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`)
    if (!values['role-arn']) throw new UsageError('--role-arn is required')
    if (values.claims && values.sub) throw new UsageError('give --claims or --sub, not both')
    const audience = values.audience || DEFAULT_AUDIENCE
    let claims: OidcClaims
    if (values.claims) claims = readClaims(values.claims)
    else claims = { ...emptyClaims(), sub: values.sub ?? null, aud: audience }
    if (!claims.sub)
      throw new UsageError('give the sub to check: --sub SUB, or --claims FILE with a sub')
    if (claims.aud === null) claims.aud = audience
    const trustPolicy = values['trust-policy']
      ? readJson(values['trust-policy'], 'a trust policy')
      : undefined
    const stsText = values['sts-error']
    const sts: StsOutcome = stsText
      ? { status: 'error', error: parseStsError(stsText) }
      : { status: 'skipped' }
    const report = diagnoseOidc({
      roleArn: values['role-arn'],
      audience,
      token: { status: 'claims', claims },
      sts,
      trustPolicy,
      context: oidcContextFromEnv(io.env)
    })
    io.stdout.write(render(report, format, io.stdoutIsTTY && !io.env.NO_COLOR, io.stdoutColumns))
    return 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`whydenied oidc: ${error.message}\n`)
    return 2
  }
}
