// Which of an action's resource types a statement names. The catalog lists every type the action
// can be authorised against, in alphabetical order: the first is often the wrong one (S3 object
// actions list the access-point form first). The required types are what every call is authorised
// against; when none is marked, the direct form wins over the access-point forms.
import type { CatalogAction, ResourceTypeInfo } from '../catalog/Catalog.js'

/** Types a request names only when it goes through an access point. */
const ALTERNATE_FORM = /accesspoint|objectlambda/i

export function primaryTypes(entry: CatalogAction): ResourceTypeInfo[] {
  const usable = entry.resourceTypes.filter((t) => t.arnFormats.length > 0)
  const required = usable.filter((t) => t.required)
  if (required.length > 0) return required
  const direct = usable.filter((t) => !ALTERNATE_FORM.test(t.name))
  return (direct.length > 0 ? direct : usable).slice(0, 1)
}

/**
 * Creating calls authorise against an ID AWS has not assigned yet (`vpc/${VpcId}` for CreateVpc):
 * only `*` can name it. Names the caller chooses stay placeholders.
 */
export function slotIsAssigned(entry: CatalogAction, slot: string): boolean {
  return /^(Create|Run|Allocate|Request|Import|Copy)/.test(entry.name) && /Id$/.test(slot)
}
