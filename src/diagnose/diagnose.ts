// Turns a parsed denial into a finding: who, which layer, which account, which traps, what to fix.
import { actionForOperation } from '../catalog/Catalog.js'
import { UNRECOGNISED_CODE_GRAMMAR } from '../model/Denial.js'
import type { Evidence, LocatedDenial } from '../model/Denial.js'
import type { Finding } from '../model/Finding.js'
import { crossAccountOf } from './crossAccount.js'
import { explanationOf, denialTitle } from './explain.js'
import { fixTargetOf } from './fixTarget.js'
import { parsePrincipal } from './Principal.js'
import type { TrapInput } from './Trap.js'
import { TRAPS } from './traps/index.js'

// The IAM catalog (pure data) names the action behind an operation; marked as inferred.
function inferAction(service: string | null, operation: string): string | null {
  return actionForOperation(service, operation)
}

export function diagnose(
  d: LocatedDenial,
  occurrences: number,
  evidence: Evidence = 'text'
): Finding {
  const principal = parsePrincipal(d.principal)
  const crossAccount = crossAccountOf(principal, d.resource)
  const input: TrapInput = { d, principal, crossAccount }
  const traps = TRAPS.filter((t) => t.applies(input))
  const trapIds = traps.map((t) => t.id)
  const fixTarget = fixTargetOf(d, principal, trapIds)
  const inferredAction =
    !d.action && d.operation && (d.kind === 'denial' || d.kind === 'encoded')
      ? inferAction(d.service, d.operation)
      : null
  const stated =
    d.kind === 'credentials' || d.kind === 'not-found' || (d.action !== null && d.deny !== null)
  return {
    ...d,
    occurrences,
    crossAccount,
    traps: trapIds,
    title: denialTitle(d, principal, trapIds),
    explanation: explanationOf(
      d,
      fixTarget,
      crossAccount,
      traps.map((t) => t.advice(input)),
      inferredAction
    ),
    fixTarget,
    confidence:
      d.grammar === UNRECOGNISED_CODE_GRAMMAR
        ? 'low'
        : stated && !inferredAction
          ? 'stated'
          : 'inferred',
    inferredAction,
    evidence
  }
}
