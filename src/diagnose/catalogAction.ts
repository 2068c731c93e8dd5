// The IAM action a denial is about, checked against the catalog: the printed action (or the API
// operation printed in its place), else the one the operation maps to.
import { actionForOperation, actionForPrinted } from '../catalog/Catalog.js'
import type { Denial } from '../model/Denial.js'
import type { Inferred } from '../model/Inferred.js'

export function catalogActionOf(d: Denial): string | null {
  if (d.action) return actionForPrinted(d.action)
  return d.operation ? actionForOperation(d.service, d.operation) : null
}

/** The action as printed, else the operation's, else the one the tool's words imply (as inferred). */
export function calledAction(d: Denial, inferred?: Inferred): string | null {
  return (
    d.action ??
    (d.operation ? actionForOperation(d.service, d.operation) : null) ??
    inferred?.action?.value ??
    null
  )
}
