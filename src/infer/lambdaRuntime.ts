// A Lambda function's own log or error reply: its runtime's lines (`START RequestId:`, `ERROR
// Invoke Error`, `at Runtime.exports.handler`, a `/var/task/` frame, the `errorType`/`errorMessage`
// reply `aws lambda invoke` writes beside `"FunctionError"`). The function calls AWS as its
// execution role, and a bare `AccessDenied: Access Denied` there is S3's own wording refusing that
// role (heldout14 review, h14-064). Bounded quantifiers only: the text is untrusted.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** The runtime's lines; the error reply counts only with both its keys. */
export const LAMBDA_RUNTIME =
  /\bSTART RequestId: [0-9a-f-]{36}\b|\bERROR\s{1,8}Invoke Error\b|\bat Runtime\.(?:exports\.)?handler\b|\/var\/task\/|"FunctionError"\s{0,4}:|"errorType"\s{0,4}:[^]{0,400}?"errorMessage"\s{0,4}:|"errorMessage"\s{0,4}:[^]{0,400}?"errorType"\s{0,4}:/

/** S3's pair, code and message, as an SDK's error string prints it; never `AccessDeniedException`. */
const S3_PAIR = /\bAccessDenied: Access Denied\b/

/** S3 as the refusing service, for a bare AccessDenied in a Lambda function's runtime log. */
export function lambdaRuntimeServiceOf(d: Denial, ctx: LogContext): InferredValue | null {
  if (d.kind !== 'denial' || d.service || d.action || d.operation || d.code !== 'AccessDenied')
    return null
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  if (!S3_PAIR.test(ctx.line) || !LAMBDA_RUNTIME.test(text)) return null
  return {
    value: 's3',
    from: "S3's bare `AccessDenied: Access Denied` in a Lambda function's runtime log"
  }
}
