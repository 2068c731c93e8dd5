// What the Action writes on the runner itself: annotations, the job summary and the outputs. All
// of it is written before any pull request comment is attempted, so a stalled or refusing GitHub
// API cannot lose it.
import { errorMessage } from '../common/errorMessage.js'
import type { Report } from '../model/Report.js'
import { mergedPolicy } from '../remedy/mergedPolicy.js'
import { decodedContext } from '../decode/publicDecoded.js'
import { annotations, renderJson, renderMarkdown } from '../report/index.js'
import { fitOutput } from './fitOutput.js'
import type { ActionLogger } from './logger.js'
import type { ScanOutcome } from './scan.js'

export const ANALYSIS_FAILED_NOTE =
  '> [!CAUTION]\n> whydenied could not analyse all of the output (an internal error): the findings below may be incomplete. This is not an all-clear.'

export const API_TIMEOUT_NOTE =
  '> [!WARNING]\n> No pull request comment: the GitHub API did not answer in time.'

/** Error annotations (GitHub shows 10 per step); returns how many findings were left out. */
export function annotate(logger: ActionLogger, shown: Report, located: boolean): number {
  const { items, omitted } = annotations(shown, 10)
  for (const a of items) {
    logger.error(a.message, {
      title: a.title,
      // Job-log "files" are job names, not paths GitHub could open: annotate without a location.
      ...(located && a.file ? { file: a.file, startLine: a.line } : {})
    })
  }
  return omitted
}

export async function writeSummary(
  logger: ActionLogger,
  shown: Report,
  omitted: number,
  notes: string[]
): Promise<void> {
  const parts = [...notes, renderMarkdown(shown).trimEnd()]
  if (omitted > 0) {
    parts.push(
      `_${omitted} more finding${omitted === 1 ? ' is' : 's are'} listed here but not annotated: GitHub shows at most 10 error annotations per step._`
    )
  }
  await appendSummary(logger, parts)
}

export async function appendSummary(logger: ActionLogger, parts: string[]): Promise<void> {
  try {
    await logger.writeSummary(parts.join('\n\n') + '\n')
  } catch (error) {
    logger.warning(`whydenied could not write the job summary: ${errorMessage(error)}`)
  }
}

/**
 * Outputs feed later steps, so they keep account IDs and the decoded context; secrets are masked
 * by the caller. `complete` false (the analysis failed) leaves `count` unset: never a 0 that reads
 * as success.
 */
export function writeOutputs(
  logger: ActionLogger,
  report: Report,
  scan: ScanOutcome,
  complete: boolean
): void {
  const contract = JSON.parse(renderJson(report)) as { findings: unknown[] }
  const findingsOutput = fitOutput(contract.findings)
  if (findingsOutput.kept < contract.findings.length) {
    logger.warning(
      `whydenied: the findings output holds the first ${findingsOutput.kept} of ${contract.findings.length} findings (GitHub limits outputs to 1 MiB per job).`
    )
  }
  logger.setOutput('findings', findingsOutput.json)
  if (complete) logger.setOutput('count', String(report.findings.length))
  if (scan.exitCode !== null) logger.setOutput('exit-code', String(scan.exitCode))
  const policy = mergedPolicy(report.remedies)
  if (policy) logger.setOutput('policy', JSON.stringify(policy, null, 2))
}

/** A public comment leaves out the decoded context; the job log keeps it, one line per finding. */
export function logDecodedContext(logger: ActionLogger, report: Report): void {
  for (const f of decodedContext(report)) {
    logger.info(
      `whydenied: decoded context of ${f.action ?? 'a denial'} for ${f.principal ?? 'an unknown principal'}: ${f.explanation}`
    )
  }
}
