// What makes two parsed denials the same finding, as plain data: the fields the finding
// collector folds on (see engine/FindingCollector), plus what its cap sorts by. Scanning uses it
// to reuse the parse of a line whose shape it has seen: a reused result must give exactly these.
import type { Denial } from './Denial.js'

/** The fields of a denial that its finding's identity depends on, in a fixed order. */
export function identityOf(d: Denial): string {
  return JSON.stringify([
    d.kind,
    d.code,
    d.operation,
    d.action?.toLowerCase() ?? null,
    d.service,
    d.principal,
    d.resource,
    d.layer,
    d.deny,
    d.policyArn,
    d.encodedMessage,
    d.grammar,
    d.detail.cause ?? null
  ])
}

/**
 * The values of the identity fields that text of the log can supply (enumerations such as the
 * layer or grammar come from fixed phrases, not from the varying parts of a line). Lower case.
 */
export function identityValues(d: Denial): string[] {
  const out: string[] = []
  for (const v of [
    d.code,
    d.operation,
    d.action,
    d.service,
    d.principal,
    d.resource,
    d.policyArn,
    d.encodedMessage,
    d.detail.cause
  ]) {
    if (v) out.push(v.toLowerCase())
  }
  return out
}
