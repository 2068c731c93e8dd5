import { joinedAction } from '../model/wrappedArn.js'
import type { Denial } from '../model/Denial.js'
import type { Inferred } from '../model/Inferred.js'
import type { PrincipalInfo } from './Principal.js'

export interface TrapInput {
  d: Denial
  principal: PrincipalInfo | null
  crossAccount: boolean | null
  /** What src/infer found around the denial (IaC resource, companions...). */
  inferred?: Inferred
}

/** A known way a denial misleads; `advice` is appended to the explanation when it applies. */
export interface Trap {
  id: string
  applies(input: TrapInput): boolean
  advice(input: TrapInput): string
  /** It names the real cause: its advice opens the explanation instead of closing it. */
  lead?: boolean
  /** Like `lead`, for this input only: what the log says makes it the first thing to check. */
  leadsWhen?(input: TrapInput): boolean
  /** No policy decided the refusal: the generic "which policy refused" sentence is left out. */
  noPolicy?: boolean
  /** Like `noPolicy`, for this input only: its advice says all the generic sentence would. */
  noPolicyWhen?(input: TrapInput): boolean
}

export { codeSpan, tick } from '../common/tick.js'

export function actionIs(d: Denial, ...actions: string[]): boolean {
  const a = d.action && joinedAction(d.action).toLowerCase()
  return a !== undefined && actions.some((x) => x.toLowerCase() === a)
}

/**
 * The operation is one of these `service:Operation`s. An operation name alone is not enough:
 * Kinesis and Organizations both have PutResourcePolicy (heldout11 review, h11-020), so a denial
 * whose service is another one never matches; one with no service named still does.
 */
export function operationIs(d: Denial, ...qualified: string[]): boolean {
  if (!d.operation) return false
  const op = d.operation.toLowerCase()
  const service = d.service?.toLowerCase() ?? null
  return qualified.some((q) => {
    const [svc, name] = q.toLowerCase().split(':')
    return name === op && (service === null || service === svc)
  })
}
