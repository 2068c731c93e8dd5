// One finding per distinct denial: a tool often prints one refusal twice, once in full (the IAM
// sentence) and once as a wrapper's generic line (`Aws::S3::Errors::AccessDenied in PurgeJob`,
// Test Kitchen's `Failed to complete #create action: [You are not authorized…]` above its nested
// exception). The generic line states nothing the full one does not, so it is an echo: folded
// into the fuller finding a few lines away, lending it only its code. Two generic lines that say
// as much as each other stay two findings.
import { actionForOperation } from '../catalog/Catalog.js'
import type { Denial } from '../model/Denial.js'
import { nonIamRefusalOf } from '../model/nonIamRefusals.js'
import type { Collected } from './FindingCollector.js'

/** Lines one error and its wrappers span at most (a nested exception block, a Terraform box). */
const ECHO_LINES = 12

/** How much a denial states: an echo states no caller, action, resource or layer. */
function stated(d: Denial): number {
  return [d.code, d.service, d.operation, d.action, d.principal, d.resource, d.layer].filter(
    (v) => v !== null
  ).length
}

function isEcho(d: Denial): boolean {
  return (
    d.kind === 'denial' &&
    // Wording that names its own non-IAM cause is another failure, never a wrapper's line
    // (h10-105: a cross-account pass role under a CloudFormation refusal).
    nonIamRefusalOf(d)?.grammar !== d.grammar &&
    // A short restatement may name the action (`AccessDenied: Not authorized to perform
    // sts:AssumeRole` under the full sentence, heldout14 review h14-153): `agrees` then asks the
    // fuller denial for the same one. So may the sentence with no caller in it (a troubleshooting
    // page's heading `User is not authorized to perform: sts:AssumeRole` above its example error
    // `User: arn:… is not authorized to perform: sts:AssumeRole`, heldout15 h15-106).
    (d.action === null || d.grammar === 'iam-short' || d.grammar === 'iam-sentence') &&
    // A writer's summary above the error may name the caller as the error does (`1. User XXX is
    // not authorized to perform: \`cloudformation:UpdateStack\`.` over Ansible's full message,
    // trailofbits/algo#14438): `agrees` then asks the fuller denial for the same caller.
    (d.principal === null || d.grammar === 'iam-sentence') &&
    d.resource === null &&
    d.layer === null &&
    d.deny === null &&
    d.policyArn === null &&
    d.encodedMessage === null
  )
}

/** Nothing the echo says contradicts the fuller denial: same service, code and operation or none. */
function agrees(echo: Denial, full: Denial): boolean {
  const same = (a: string | null, b: string | null) => a === null || b === null || a === b
  const service = full.service ?? full.action?.split(':')[0]?.toLowerCase() ?? null
  // An operation whose action is not the stated one is another call (PutObject beside s3:GetObject).
  const called = echo.operation ? actionForOperation(service, echo.operation) : null
  return (
    (full.kind === 'denial' || full.kind === 'encoded') &&
    same(echo.service, service) &&
    same(echo.code, full.code) &&
    same(echo.operation, full.operation) &&
    (echo.principal === null || echo.principal === full.principal) &&
    (echo.action === null ||
      (full.action !== null && echo.action.toLowerCase() === full.action.toLowerCase())) &&
    (called === null || full.action === null || called.toLowerCase() === full.action.toLowerCase())
  )
}

/**
 * A code printed alone (`AccessDeniedException` in an error chain, `(InvalidClientTokenId) when
 * calling the CreateRole` cut by a wrap from its `operation: The security token …`): the message
 * it belongs to says as much and its words besides, so it folds there even at equal fields
 * (heldout7 h7-011, h7-177).
 */
function loneCode(d: Denial): boolean {
  return d.grammar === 'bare-code' && d.code !== null && d.operation === null && d.service === null
}

/** The cause a credentials code names: its message must be of that cause to be the same failure. */
const CODE_CAUSE: Record<string, string> = {
  InvalidClientTokenId: 'invalid',
  UnrecognizedClientException: 'invalid',
  InvalidAccessKeyId: 'invalid',
  AuthFailure: 'invalid',
  ExpiredToken: 'expired',
  ExpiredTokenException: 'expired',
  SignatureDoesNotMatch: 'signature'
}

/** A credentials failure's lone code and the message of the same failure (no other code). */
function credentialsEcho(echo: Denial, full: Denial): boolean {
  return (
    loneCode(echo) &&
    echo.kind === 'credentials' &&
    full.kind === 'credentials' &&
    full.grammar !== 'bare-code' &&
    (full.code === null || full.code === echo.code) &&
    Object.hasOwn(CODE_CAUSE, echo.code!) &&
    CODE_CAUSE[echo.code!] === full.detail.cause
  )
}

/**
 * The echo is a piece of the fuller denial's printed error, not a print of its own: a field of
 * the SDK error object dumped below it (`code: 'AccessDenied',` under `{ AccessDenied: Access
 * Denied`, h36-024), or its code ending the line above it, the message cut onto the fuller line
 * by a wrap (`CreateFileSystem failed: AccessDeniedException` above `: User: … is not
 * authorized`, h38-022). A code with its own message on the line above is a print of its own.
 */
function partOf(echo: Collected, full: Collected): boolean {
  const [e, f] = [echo.denial, full.denial]
  if (e.file !== f.file) return false
  if (e.grammar === 'map-dump') return e.line > f.line
  const line = echo.context?.line.trimEnd() ?? ''
  return loneCode(e) && f.line - e.line === 1 && line.endsWith(e.code!)
}

/** Says more than the echo: more fields, or as many with the words a lone code lacks. */
function fuller(full: Denial, echo: Denial): boolean {
  const s = stated(full)
  const e = stated(echo)
  return (
    s > e ||
    (s === e &&
      (loneCode(echo) || dumpField(echo) || codeOfCall(echo, full)) &&
      full.grammar !== 'bare-code')
  )
}

/**
 * A service's code in the response body a client printed below its call (Guzzle's `resulted in a
 * \`403 Forbidden\` response:` then S3's XML over indented lines, heldout88 review h88-007): the
 * call's line names the operation and no code, the body the code and the same service.
 */
function codeOfCall(echo: Denial, full: Denial): boolean {
  return (
    echo.grammar === 'bare-code' &&
    echo.operation === null &&
    echo.code !== null &&
    full.code === null &&
    full.operation !== null &&
    echo.service !== null &&
    echo.service === full.service
  )
}

/**
 * A field of an SDK error object dumped below its header (`code: 'AccessDenied',`): it restates
 * the header's code, so it folds there even at equal fields, and wherever its first copy stands
 * (a loop printing the object again puts a later copy's field beside a service hint the first
 * lacked: two keys, one refusal).
 */
function dumpField(d: Denial): boolean {
  return d.grammar === 'map-dump'
}

export function withoutEchoes(collected: Collected[]): Collected[] {
  const absorbed = new Set<Collected>()
  for (const echo of collected) {
    const credentials = echo.denial.kind === 'credentials'
    if (!isEcho(echo.denial) && !(credentials && loneCode(echo.denial))) continue
    const near = collected.filter(
      (c) =>
        c !== echo &&
        !absorbed.has(c) &&
        c.denial.file === echo.denial.file &&
        (Math.abs(c.denial.line - echo.denial.line) <= ECHO_LINES ||
          (dumpField(echo.denial) && c.denial.line < echo.denial.line)) &&
        (credentials
          ? credentialsEcho(echo.denial, c.denial)
          : fuller(c.denial, echo.denial) && agrees(echo.denial, c.denial))
    )
    if (near.length === 0) continue
    // The fullest, then the nearest: the one the echo wraps.
    const into = near.reduce((a, b) =>
      stated(b.denial) > stated(a.denial) ||
      (stated(b.denial) === stated(a.denial) &&
        Math.abs(b.denial.line - echo.denial.line) < Math.abs(a.denial.line - echo.denial.line))
        ? b
        : a
    )
    into.denial.code ??= echo.denial.code
    into.denial.service ??= echo.denial.service
    // An echo that is part of the fuller line's own printed error is no refusal of its own: it
    // happened as often as the more frequent of the two was printed. A restatement elsewhere is
    // a print of its own, counted.
    into.occurrences = partOf(echo, into)
      ? Math.max(into.occurrences, echo.occurrences)
      : into.occurrences + echo.occurrences
    absorbed.add(echo)
  }
  return collected.filter((c) => !absorbed.has(c))
}
