// The key of one job's comment. Push and pull-request runs of one workflow both find the PR, so
// the event family is part of it; matrix legs whose display name is unknown (no `actions: read`)
// are told apart by `strategy.job-index`. Pull-request keys stay as before so existing comments
// are found again after an upgrade.
const PR_FAMILY = /^pull_request(_target)?$/

export interface KeyParts {
  eventName: string
  /** '' when the job name already tells the legs apart. */
  jobIndex: string
}

export function commentKey(workflow: string, job: string, parts: KeyParts): string {
  const leg = parts.jobIndex && parts.jobIndex !== '0' ? `#${parts.jobIndex}` : ''
  const family = !parts.eventName || PR_FAMILY.test(parts.eventName) ? '' : `${parts.eventName}:`
  return `${family}${workflow}/${job}${leg}`
}
