// --repo DIR: reads the checkout's IaC files and attaches where each remedy's target is defined.
import type { Report } from '../model/Report.js'
import { locateRemedies } from '../iac/index.js'
import { readRepoFiles } from '../source/readRepoFiles.js'
import { errorMessage } from '../common/errorMessage.js'

export async function locateInRepo(
  report: Report,
  dir: string,
  warn: (message: string) => void
): Promise<Report> {
  try {
    const remedies = await locateRemedies(report.remedies, readRepoFiles(dir), { warn })
    return { ...report, remedies }
  } catch (error) {
    warn(`could not look for the definitions in ${dir}: ${errorMessage(error)}`)
    return report
  }
}
