// Parts of a denial's context that lines below it fill in after the denial was reported (a decoded
// message printed under an encoded one, Terraform getting past a failed credentials check): a copy
// of the context keeps these by reference, so what arrives later still reaches the finding.
import type { LogContext } from './Inferred.js'

export function liveHolders(ctx: LogContext): Pick<LogContext, 'decoded' | 'laterSuccess'> {
  return {
    ...(ctx.decoded ? { decoded: ctx.decoded } : {}),
    ...(ctx.laterSuccess ? { laterSuccess: ctx.laterSuccess } : {})
  }
}
