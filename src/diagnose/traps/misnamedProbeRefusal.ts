// A tool that calls a refused probe "invalid credentials" (src/model/misnamedProbes.ts): the
// probe's action is what to grant or switch off, before any credential setup (heldout13 review,
// h13-096: Vector's aws_s3 health check, a HeadBucket answered 403).
import { MISNAMED_PROBES } from '../../model/misnamedProbes.js'
import type { Trap, TrapInput } from '../Trap.js'

const probeOf = ({ d }: TrapInput) =>
  d.kind === 'credentials' && d.detail.cause === 'probe-forbidden'
    ? MISNAMED_PROBES.find((p) => p.id === d.detail.probe)
    : undefined

export const misnamedProbeRefusal: Trap = {
  id: 'misnamed-probe-refusal',
  lead: true,
  noPolicy: true,
  applies: (input) => probeOf(input) !== undefined,
  advice: (input) => probeOf(input)!.advice(input.d.detail.probeTarget ?? null)
}
