// One finding per credentials failure: a tool prints one refusal of the credentials on more than
// one line (botocore's `An error occurred (InvalidIdentityToken) … Incorrect token audience`, then
// configure-aws-credentials' `Failed to assume role: InvalidIdentityToken: Token audience
// mismatch`). Lines a few apart with the same code, call and caller are one failure: they fold
// into the line whose own words named the cause, never into one the code alone implied
// (heldout14 review h14-160, where the second line once said "no OIDC provider").
import type { LocatedDenial } from '../model/Denial.js'
import type { Collected } from './FindingCollector.js'

/** Lines one failure and its wrappers span at most (as echoes.ts). */
const REPEAT_LINES = 12

const same = (a: string | null, b: string | null) => a === null || b === null || a === b

/**
 * Terraform's `IAM Role (…) cannot be assumed.` names no cause; the chain's own error a few lines
 * below (`NoCredentialProviders`, an SSO token) is why, and the one finding (h65-037).
 */
const UNEXPLAINED = 'assume-role-failed'

function explainedBy(a: LocatedDenial, b: LocatedDenial): boolean {
  return (
    a.kind === 'credentials' &&
    b.kind === 'credentials' &&
    a.detail.cause === UNEXPLAINED &&
    b.detail.cause !== UNEXPLAINED &&
    a.code === null &&
    a.file === b.file &&
    b.line > a.line &&
    b.line - a.line <= REPEAT_LINES
  )
}

function oneFailure(a: LocatedDenial, b: LocatedDenial): boolean {
  if (explainedBy(a, b) || explainedBy(b, a)) return true
  const causeA = a.detail.cause
  const causeB = b.detail.cause
  return (
    a.kind === 'credentials' &&
    b.kind === 'credentials' &&
    a.file === b.file &&
    Math.abs(a.line - b.line) <= REPEAT_LINES &&
    a.code !== null &&
    a.code === b.code &&
    // A service one line took from the call announced above it keeps that line apart.
    a.service === b.service &&
    same(a.operation, b.operation) &&
    same(a.principal, b.principal) &&
    same(a.resource, b.resource) &&
    (causeA === causeB || causeA === undefined || causeB === undefined)
  )
}

/** The line that says more: a cause read from its words, then the earlier line. */
function keeps(a: Collected, b: Collected): Collected {
  if (explainedBy(a.denial, b.denial)) return b
  if (explainedBy(b.denial, a.denial)) return a
  const read = (c: Collected) => Number(c.denial.detail.cause !== undefined)
  if (read(a) !== read(b)) return read(a) > read(b) ? a : b
  return a.denial.line <= b.denial.line ? a : b
}

export function withoutCredentialRepeats(collected: Collected[]): Collected[] {
  const absorbed = new Set<Collected>()
  for (const a of collected) {
    if (absorbed.has(a)) continue
    for (const b of collected) {
      if (b === a || absorbed.has(b) || !oneFailure(a.denial, b.denial)) continue
      const into = keeps(a, b)
      const from = into === a ? b : a
      into.denial.operation ??= from.denial.operation
      into.denial.principal ??= from.denial.principal
      into.denial.resource ??= from.denial.resource
      into.occurrences += from.occurrences
      absorbed.add(from)
      if (from === a) break
    }
  }
  return collected.filter((c) => !absorbed.has(c))
}
