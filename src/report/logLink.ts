// Where a finding's log line is on GitHub. GitHub anchors a job log line as
// `…/actions/runs/RUN/job/JOB#step:STEP:LINE`, with LINE counted within the step: without the
// step number a line anchor would point at the wrong line, so the link is then the job (or run).

/** The page of one job of a run: only these take a line anchor. */
const JOB_PAGE = /^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/actions\/runs\/\d+\/job\/\d+$/

export interface StepLine {
  /** The step's number, as the jobs API lists it (1-based). */
  step: number
  /** The line within that step's log (1-based). */
  line: number
}

export function logLineUrl(
  pageUrl: string | undefined,
  at: StepLine | null | undefined
): string | undefined {
  if (!pageUrl) return undefined
  const ok = (n: number | undefined): n is number => Number.isSafeInteger(n) && (n ?? 0) > 0
  if (!at || !ok(at.step) || !ok(at.line) || !JOB_PAGE.test(pageUrl)) return pageUrl
  return `${pageUrl}#step:${at.step}:${at.line}`
}
