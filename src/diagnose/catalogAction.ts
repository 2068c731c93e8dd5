// The IAM action a denial is about, checked against the catalog: the printed action (or the API
// operation printed in its place), else the one the operation maps to.
import { actionForOperation, actionForPrinted } from '../catalog/Catalog.js'
import type { Denial } from '../model/Denial.js'

export function catalogActionOf(d: Denial): string | null {
  if (d.action) return actionForPrinted(d.action)
  return d.operation ? actionForOperation(d.service, d.operation) : null
}
