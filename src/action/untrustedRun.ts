// workflow_run mode reads another run's log. When that run's code came from a fork, its log is
// attacker-controlled: it can print a fake denial so that we propose `prod-admin` trust the
// attacker's account. Such findings are labelled unverified, get no policy, Terraform, CDK or CLI
// snippet, and their encoded messages are not decoded with this repository's credentials.
import type { Report } from '../model/Report.js'
import type { WorkflowRunPayload } from './pullRequest.js'

export const UNVERIFIED_PREFIX = 'Unverified (log of a fork): '

/** True unless the run's head repository is this repository; an unknown head is not trusted. */
export function isForeignRun(run: WorkflowRunPayload, owner: string, repo: string): boolean {
  const head = run.head_repository?.full_name
  if (typeof head !== 'string' || head === '') return true
  return head.toLowerCase() !== `${owner}/${repo}`.toLowerCase()
}

/** The report as facts claimed by an untrusted log: labelled, and with nothing to apply. */
export function unverifiedReport(report: Report): Report {
  return {
    ...report,
    remedies: [],
    findings: report.findings.map((f) =>
      f.title.startsWith(UNVERIFIED_PREFIX) ? f : { ...f, title: UNVERIFIED_PREFIX + f.title }
    )
  }
}

/** The summary and comment note that says why there is no fix. */
export const UNTRUSTED_NOTE =
  '> [!CAUTION]\n> These findings come from the log of a run whose code came from another repository ' +
  '(a fork): anyone can print a fake AWS denial there. They are unverified, and no policy change is ' +
  'proposed. Check the run yourself before changing any permission.'
