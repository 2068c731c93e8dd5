// Lambda runs a function as its execution role: CreateFunction always hands that role over, and
// UpdateFunctionConfiguration does when it changes it. IAM checks the hand-over as iam:PassRole on
// the role (Lambda Developer Guide, "Lambda execution role": the user needs iam:PassRole to pass
// it), so granting the refused call alone fails at the next check.
import type { CompanionNeed } from '../model/Inferred.js'
import type { InferInput } from './InferInput.js'
import { entityArnOf } from './roleArn.js'

/** A role ARN as printed (an account masked with `*` or `x` kept: the remedy fills it). */
const ROLE_ARN = /\barn:aws[\w-]*:iam::[\d*xX]{1,12}:role\/[\w+=,.@/-]{1,512}/g

/** Words that say the call was given a role: the CLI's flag, the API's and Terraform's fields. */
const ROLE_GIVEN = /(?:^|\s)--role[=\s]|"Role"\s*:|\brole\s*=\s*["a-z]/m

/** The calls that pass the execution role: always, or only when the log shows a role given. */
const PASSES: Record<string, 'always' | 'when-given'> = {
  'lambda:createfunction': 'always',
  'lambda:updatefunctionconfiguration': 'when-given'
}

function textOf(x: InferInput): string {
  return [x.ctx.command ?? '', x.ctx.before, x.ctx.line, x.ctx.after].join('\n')
}

/** The execution role the log prints, never the caller's own role (`User: arn:...:role/x`). */
function executionRoleOf(x: InferInput, text: string): string | null {
  const callers = [x.d.principal, x.ctx.callerArn, x.ctx.roleToAssume]
    .filter((a): a is string => !!a)
    .map(entityArnOf)
  const roles = [...text.matchAll(ROLE_ARN)]
    // `User: arn:aws:iam::1:role/x is not authorized` is the caller, not the role it passes.
    .filter((m) => !/\bUser:\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index)))
    .map((m) => m[0].replace(/[.,:;]+$/, ''))
    .filter((r) => !callers.includes(r))
  const unique = [...new Set(roles)]
  // Two roles printed and no way to tell which one the function gets: a placeholder.
  return unique.length === 1 ? unique[0]! : null
}

export function lambdaPassRoleOf(x: InferInput): CompanionNeed[] {
  const action = x.action?.toLowerCase() ?? ''
  const passes = Object.hasOwn(PASSES, action) ? PASSES[action] : undefined
  if (!passes) return []
  const text = textOf(x)
  const role = executionRoleOf(x, text)
  if (passes === 'when-given' && !role && !ROLE_GIVEN.test(text)) return []
  const call = action === 'lambda:createfunction' ? 'CreateFunction' : 'UpdateFunctionConfiguration'
  return [
    {
      action: 'iam:PassRole',
      resource: role,
      from: `${call} hands the function's execution role to Lambda, which IAM checks as iam:PassRole on that role`
    }
  ]
}
