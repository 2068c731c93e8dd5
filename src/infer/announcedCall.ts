// The call a tool announced above a bare refusal that names no operation: the EB CLI's debug
// `Making api call: (s3, list_multipart_uploads)` a line above `Response: {'Error': {'Code':
// 'AccessDenied', …}}` (aws/aws-elastic-beanstalk-cli#68). The scanner keeps what was announced
// up to TARGET_LINES above (see parse/requestTarget); the nearest call of the refusal's service
// is the one it answered.
import { actionForOperation } from '../catalog/Catalog.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/**
 * The EB CLI prints its `Response:` on the line after the call; a few lines allow for a retry
 * note. A service may be named ten lines up (TARGET_LINES), but an operation only this close.
 */
const CALL_LINES = 3

/** The action of the nearest announced call of `service` (any service when null), or null. */
export function announcedAction(ctx: LogContext, service: string | null): InferredValue | null {
  const calls = (ctx.announced ?? []).filter(
    (a) =>
      a.operation !== null && a.above <= CALL_LINES && (service === null || a.service === service)
  )
  const nearest = calls.reduce<(typeof calls)[number] | null>(
    (best, a) => (best === null || a.above <= best.above ? a : best),
    null
  )
  if (!nearest) return null
  const action = actionForOperation(nearest.service, nearest.operation!)
  if (!action) return null
  const where = nearest.above === 0 ? 'on the same line' : `${nearest.above} line(s) above`
  return { value: action, from: `the call the tool announced ${where} (${nearest.operation})` }
}
