// The job's own identity for findings that name no principal (issue 13): the refused caller is
// the job's credentials unless the log shows a tool switching identity (then the finding says so
// and keeps it). An assumed-role session stands for its role.
import type { Finding } from '../model/Finding.js'
import type { Report } from '../model/Report.js'
import { diagnose } from '../diagnose/diagnose.js'
import { entityArnOf } from '../infer/roleArn.js'

/** Findings that name no principal, printed or inferred, and whose caller is the job. */
export function needsPrincipal(f: Finding): boolean {
  if (f.kind !== 'denial' && f.kind !== 'encoded' && f.kind !== 'not-found') return false
  if (f.principal || f.inferred?.principal || f.inferred?.roleSwitch) return false
  // A refused web-identity exchange has no caller yet: the token is the one asking.
  return !/assumerolewithwebidentity/i.test(`${f.action ?? ''} ${f.inferredAction ?? ''}`)
}

export function withCallerIdentity(report: Report, arn: string): Report {
  const principal = { value: entityArnOf(arn), from: 'sts:GetCallerIdentity' }
  return {
    ...report,
    findings: report.findings.map((f) =>
      needsPrincipal(f)
        ? diagnose(f, f.occurrences, f.evidence, { ...(f.inferred ?? {}), principal })
        : f
    )
  }
}
