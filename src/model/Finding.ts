import type { Denial, Evidence } from './Denial.js'
import type { FixTarget } from './FixTarget.js'

export type Confidence = 'stated' | 'inferred'

/** Names of the known traps (see src/diagnose/traps/). Stable: they are part of the JSON contract. */
export type TrapId = string

/** A diagnosed finding: the JSON contract's element (version 1). Fields may be added, never renamed. */
export interface Finding extends Denial {
  file: string | null
  line: number
  occurrences: number
  /** Principal account differs from the resource account; null when either is unknown. */
  crossAccount: boolean | null
  traps: TrapId[]
  /** One-line cause. */
  title: string
  /** Plain-English explanation: what happened and what to do. */
  explanation: string
  fixTarget: FixTarget
  /** `stated` when action/layer come from the message itself; `inferred` when any field was derived. */
  confidence: Confidence
  /** Action derived from the operation name when the message names none. */
  inferredAction: string | null
  evidence: Evidence
}
