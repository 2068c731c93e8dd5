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

export function actionIs(d: Denial, ...actions: string[]): boolean {
  const a = d.action && joinedAction(d.action).toLowerCase()
  return a !== undefined && actions.some((x) => x.toLowerCase() === a)
}
