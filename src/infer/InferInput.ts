import type { Denial } from '../model/Denial.js'
import type { LogContext, UrlSpread } from '../model/Inferred.js'

/** What one inference rule reads: the denial as printed, its action, and what the log showed. */
export interface InferInput {
  d: Denial
  /** The action as printed, else the one the operation maps to; null when neither. */
  action: string | null
  ctx: LogContext
  spread: UrlSpread | null
}

/** One source of a value: the first rule that finds one wins. */
export interface InferRule {
  from: string | ((x: InferInput) => string)
  find(x: InferInput): string | null
  /** Its value may keep a masked part (`***` for the bucket): the part it adds is still known. */
  keepsMask?: boolean
}

/** The IAM service prefix of the action (`s3`), else the one the message's service gives. */
export function serviceOf(x: InferInput): string | null {
  return x.action?.split(':')[0]?.toLowerCase() ?? x.d.service
}
