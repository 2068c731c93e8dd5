// A refused AssumeRole leaves the tool with no credentials: Terraform's `No valid credential
// sources found` a few lines below an `AccessDenied … AssumeRole` (an Atlantis plan, heldout11
// h11-004) is that refusal's effect, not a second cause with advice of its own. It folds into the
// refusal. A "no credentials" printed before the refusal, or far below it, stays a finding.
import type { Denial } from '../model/Denial.js'
import type { Collected } from './FindingCollector.js'

/** Lines between a refused AssumeRole and the tool's report that it then had no credentials. */
const AFTERMATH_LINES = 12

function refusedAssumeRole(d: Denial): boolean {
  return (
    (d.kind === 'denial' || d.kind === 'encoded') &&
    (/^AssumeRole/.test(d.operation ?? '') || /^sts:AssumeRole/i.test(d.action ?? ''))
  )
}

function noCredentials(d: Denial): boolean {
  return d.kind === 'credentials' && (d.detail.cause ?? null) === 'missing'
}

export function withoutAssumeRoleAftermath(collected: Collected[]): Collected[] {
  const refusals = collected.filter((c) => refusedAssumeRole(c.denial))
  if (refusals.length === 0) return collected
  return collected.filter(
    (c) =>
      !noCredentials(c.denial) ||
      !refusals.some(
        (r) =>
          r.denial.file === c.denial.file &&
          c.denial.line > r.denial.line &&
          c.denial.line - r.denial.line <= AFTERMATH_LINES
      )
  )
}
