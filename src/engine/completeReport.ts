// After a scan: decode encoded messages (when allowed) and attach remedies. Shared by the Action
// and `whydenied run`. A stage that fails is a warning; it never loses the report.
import type { Report } from '../model/Report.js'
import type { OidcContext } from '../remedy/RemedyOptions.js'
import { buildRemedies } from '../remedy/buildRemedies.js'
import { decodeReport } from '../decode/decodeReport.js'
import { errorMessage } from '../common/errorMessage.js'
import { hasAwsCredentials } from '../decode/sts/hasAwsCredentials.js'
import { loadCallerIdentity } from '../decode/sts/loadStsDecoder.js'
import { needsPrincipal, withCallerIdentity } from './callerIdentity.js'

export interface CompleteReportOptions {
  decode: boolean
  /** The Action decodes only with credentials in the environment (see decodeReport). */
  requireEnvCredentials: boolean
  region?: string
  env: NodeJS.ProcessEnv
  oidc?: OidcContext
  /** The target's current policy document (CLI --current-policy): the fix is a change to it. */
  currentPolicy?: unknown
  /** Draft statements for refusals the log marks as intended too (CLI --fix-intended). */
  fixIntended?: boolean
  warn: (message: string) => void
  /**
   * Ask sts:GetCallerIdentity who the job's credentials are, for findings that name no
   * principal (the Action: with env credentials; the CLI: --whoami). Never fails the run.
   */
  whoami?: boolean
  /** Injection point for tests; defaults to the STS adapter. */
  callerIdentity?: typeof loadCallerIdentity
}

/** The job's identity on the findings that name none, when asked and credentials allow. */
async function withJobIdentity(report: Report, opts: CompleteReportOptions): Promise<Report> {
  if (!opts.whoami || !report.findings.some(needsPrincipal)) return report
  if (opts.requireEnvCredentials && !hasAwsCredentials(opts.env)) return report
  const lookup = opts.callerIdentity ?? loadCallerIdentity
  const arn = await lookup({ region: opts.region || undefined, env: opts.env })
  return arn ? withCallerIdentity(report, arn) : report
}

export async function completeReport(
  scanned: Report,
  opts: CompleteReportOptions
): Promise<Report> {
  let report = scanned
  try {
    report = await withJobIdentity(report, opts)
  } catch (error) {
    opts.warn(`whydenied could not ask STS who the job is: ${errorMessage(error)}`)
  }
  try {
    report = await decodeReport(report, {
      decode: opts.decode,
      requireEnvCredentials: opts.requireEnvCredentials,
      region: opts.region || undefined,
      env: opts.env
    })
  } catch (error) {
    opts.warn(
      `whydenied could not decode the encoded authorization messages: ${errorMessage(error)}`
    )
  }
  return withRemedies(report, opts.oidc, opts.warn, opts.currentPolicy, opts.fixIntended)
}

/** Remedies for a report whose findings are final (e.g. a merge of decoded per-job reports). */
export function withRemedies(
  report: Report,
  oidc: OidcContext | undefined,
  warn: (message: string) => void,
  currentPolicy?: unknown,
  fixIntended = false
): Report {
  try {
    return {
      ...report,
      remedies: buildRemedies(report.findings, { oidc, currentPolicy, fixIntended })
    }
  } catch (error) {
    warn(`whydenied could not build the proposed policy changes: ${errorMessage(error)}`)
    return { ...report, remedies: [] }
  }
}
