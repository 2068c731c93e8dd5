// ec2:CreateTags refused while a launch tags what it creates: the decoded authorization message
// pasted below the refusal (`"action":"RunInstances"`) or the SDK's `when calling the RunInstances
// operation` names the create call, which the statement's ec2:CreateAction condition then names
// (tag-on-create; EC2 User Guide, "Grant permission to tag Amazon EC2 resources during creation").
import type { InferredValue, LogContext } from '../model/Inferred.js'

/** EC2 calls that create, and may tag, what they create (CreateTags itself is no such call). */
const CREATE_CALL =
  '(?:Run|Create(?!Tags\\b)|Request|Allocate|Import|Copy|Register|Purchase)[A-Z]\\w*'

/** A decoded message's action field (pretty JSON or the CLI's escaped string), or the SDK's words. */
const SHOWN = new RegExp(
  `\\\\*"action\\\\*"\\s*:\\s*\\\\*"(?:ec2:)?(${CREATE_CALL})\\\\*"|\\bwhen calling the\\s{1,8}(${CREATE_CALL})\\s{1,8}operation\\b`,
  'g'
)

/** The one create call the log shows around a refused ec2:CreateTags; null for none or several. */
export function createActionOf(ctx: LogContext): InferredValue | null {
  const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`
  const calls = new Set([...text.matchAll(SHOWN)].map((m) => (m[1] ?? m[2])!))
  if (calls.size !== 1) return null
  const [call] = [...calls]
  return {
    value: call!,
    from: `the ${call} call the log shows (a decoded message or the SDK's words)`
  }
}
