// One trap per refusal code no policy decides (src/model/nonIamRefusals.ts holds the data).
import type { Trap } from '../Trap.js'
import { NON_IAM_REFUSALS, nonIamRefusalOf } from '../../model/nonIamRefusals.js'

export const NON_IAM_REFUSAL_TRAPS: Trap[] = NON_IAM_REFUSALS.map((r) => ({
  id: r.trap,
  lead: true,
  noPolicy: true,
  applies: ({ d, inferred }) => nonIamRefusalOf(d, inferred?.statedCause?.value) === r,
  advice: ({ d, inferred }) => {
    const said = r.adviceWith?.(d)
    if (said) return said.advice
    const bucket = /^arn:[\w-]+:s3:::([^/]+)/.exec(
      d.resource ?? inferred?.resource?.value ?? ''
    )?.[1]
    return bucket && r.adviceFor ? r.adviceFor(bucket) : r.advice
  }
}))
